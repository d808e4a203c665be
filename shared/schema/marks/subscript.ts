import { Mark } from '@tiptap/core';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterSubscript: {
      toggleSubscript: () => ReturnType;
    };
  }
}

/** Subscript: H₂O, x₁. */
export const Subscript = Mark.create({
  name: 'subscript',
  excludes: 'superscript',
  parseHTML() {
    return [{ tag: 'sub' }];
  },
  renderHTML() {
    return ['sub', 0];
  },
  addCommands() {
    return {
      toggleSubscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.subscript]: () => this.editor.commands.toggleSubscript() };
  },
});

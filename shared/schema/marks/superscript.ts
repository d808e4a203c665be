import { Mark } from '@tiptap/core';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterSuperscript: {
      toggleSuperscript: () => ReturnType;
    };
  }
}

/** Superscript: 2⁸, the 1st. */
export const Superscript = Mark.create({
  name: 'superscript',
  excludes: 'subscript',
  parseHTML() {
    return [{ tag: 'sup' }];
  },
  renderHTML() {
    return ['sup', 0];
  },
  addCommands() {
    return {
      toggleSuperscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.superscript]: () => this.editor.commands.toggleSuperscript() };
  },
});

import { mergeAttributes, Node } from '@tiptap/core';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterParagraph: {
      /** Turns the current block (a heading, say) into a plain paragraph. */
      setParagraph: () => ReturnType;
    };
  }
}

/** Body text. */
export const Paragraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'inline*',
  priority: 1000,
  parseHTML() {
    return [{ tag: 'p' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes), 0];
  },
  addCommands() {
    return {
      setParagraph:
        () =>
        ({ commands }) =>
          commands.setNode(this.name),
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.paragraph]: () => this.editor.commands.setParagraph() };
  },
});

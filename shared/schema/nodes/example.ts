import { mergeAttributes, Node } from '@tiptap/core';
import { idAttribute } from '../attributes';
import { shortcuts } from '../shortcuts';
import { toggleWrapper } from '../toggleWrapper';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterExample: {
      /** Makes the selected paragraphs a example, or takes them out of one; in a heading, inserts an empty example. */
      toggleExample: () => ReturnType;
    };
  }
}

/**
 * Example: "EXAMPLE" when it is the only one of its clause (or table), "EXAMPLE 1", "EXAMPLE 2" when there
 * are several. The label is computed; only the body is text.
 */
export const Example = Node.create({
  name: 'example',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  addAttributes() {
    return { id: idAttribute() };
  },
  parseHTML() {
    return [{ tag: 'aside[data-type="example"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { 'data-type': 'example', class: 'example' }), 0];
  },
  addCommands() {
    return {
      toggleExample: () => (props) => toggleWrapper(this.name, {}, props),
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.example]: () => this.editor.commands.toggleExample() };
  },
});

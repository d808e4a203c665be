import { mergeAttributes, Node } from '@tiptap/core';
import { idAttribute } from '../attributes';
import { shortcuts } from '../shortcuts';
import { toggleWrapper } from '../toggleWrapper';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterNote: {
      /** Makes the selected paragraphs a note, or takes them out of one; in a heading, inserts an empty note. */
      toggleNote: () => ReturnType;
    };
  }
}

/**
x"NOTE" when it is the only one of its clause (or table), "NOTE 1", "NOTE 2" when there
 * are several. The label is computed; only the body is text.
 */
export const Note = Node.create({
  name: 'note',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  addAttributes() {
    return { id: idAttribute() };
  },
  parseHTML() {
    return [{ tag: 'aside[data-type="note"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { 'data-type': 'note', class: 'note' }), 0];
  },
  addCommands() {
    return {
      toggleNote: () => (props) => toggleWrapper(this.name, {}, props),
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.note]: () => this.editor.commands.toggleNote() };
  },
});

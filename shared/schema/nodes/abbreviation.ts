import { mergeAttributes, Node } from '@tiptap/core';

/** The abbreviation or acronym, e.g. "ASN.1". */
export const Abbreviation = Node.create({
  name: 'abbreviation',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'span[data-type="abbreviation"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'abbreviation', class: 'abbreviation' }), 0];
  },
});

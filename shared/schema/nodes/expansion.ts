import { mergeAttributes, Node } from '@tiptap/core';

/** What the abbreviation stands for, e.g. "Abstract Syntax Notation One". */
export const Expansion = Node.create({
  name: 'expansion',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'span[data-type="expansion"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'expansion', class: 'expansion' }), 0];
  },
});

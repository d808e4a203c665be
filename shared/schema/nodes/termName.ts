import { mergeAttributes, Node } from '@tiptap/core';

/** The term being defined, in bold. */
export const TermName = Node.create({
  name: 'termName',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'span[data-type="termName"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'termName', class: 'termName' }), 0];
  },
});

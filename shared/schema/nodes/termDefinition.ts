import { mergeAttributes, Node } from '@tiptap/core';

/** The definition that follows the term and its colon. */
export const TermDefinition = Node.create({
  name: 'termDefinition',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'span[data-type="termDefinition"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'termDefinition', class: 'termDefinition' }), 0];
  },
});

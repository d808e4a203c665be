import { mergeAttributes, Node } from '@tiptap/core';

/** The title of a table (above it) or a figure (below it); "Table 3 – " before it is computed. */
export const Caption = Node.create({
  name: 'caption',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'p[data-type="caption"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'caption', class: 'caption' }), 0];
  },
});

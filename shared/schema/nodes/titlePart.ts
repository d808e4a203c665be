import { mergeAttributes, Node } from '@tiptap/core';

/** One part of the title; the parts print joined by " – ". */
export const TitlePart = Node.create({
  name: 'titlePart',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'p[data-type="titlePart"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'titlePart', class: 'titlePart' }), 0];
  },
});

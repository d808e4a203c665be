import { mergeAttributes, Node } from '@tiptap/core';
import { placeholderKinds } from '../../domain/documentModel';
import { choiceAttribute, textAttribute } from '../attributes';

/**
 * Something from a Word file that the editor cannot hold (an embedded object, an EMF drawing, a
 * text box, a chart): shown as a labelled box, with a preview image when there is one, and its
 * original kept in `original` so that export can write it back unchanged.
 */
export const Placeholder = Node.create({
  name: 'placeholder',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      kind: choiceAttribute('kind', placeholderKinds, 'object'),
      description: textAttribute('description', ''),
      /** The text it holds (a text box's words), shown and searched though not editable. */
      text: textAttribute('text', ''),
      src: { default: '', parseHTML: (element) => element.querySelector('img')?.getAttribute('src') ?? '', renderHTML: () => ({}) },
      original: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-original'),
        renderHTML: (attributes) => (typeof attributes.original === 'string' ? { 'data-original': attributes.original } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="placeholder"]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const src = String(node.attrs.src ?? '');
    const label = String(node.attrs.description ?? '') || String(node.attrs.kind);
    const text = String(node.attrs.text ?? '');
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-type': 'placeholder', class: 'placeholder', title: label, contenteditable: 'false' }),
      ...(src === '' ? [] : [['img', { src, alt: label, draggable: 'false' }] as const]),
      ['span', { class: 'placeholderLabel' }, label],
      ...(text === '' ? [] : [['span', { class: 'placeholderText' }, text] as const]),
    ];
  },
  renderText({ node }) {
    return String(node.attrs.text ?? '');
  },
});

import { mergeAttributes, Node } from '@tiptap/core';
import { idAttribute } from '../attributes';
import { insertBlock } from '../insertBlock';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterFigure: {
      /** Inserts a figure showing the image (a data: URL), with an empty title below it for the cursor. */
      insertFigure: (image: { src: string; alt: string }) => ReturnType;
    };
  }
}

/**
 * A numbered figure: the image, then its title below ("Figure 2 – …", "Figure A.1 – …"). `original`
 * keeps what the editor cannot show (an EMF from Word, say) so that export writes it back.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'caption',
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      id: idAttribute(),
      src: { default: '', parseHTML: (element) => element.querySelector('img')?.getAttribute('src') ?? '', renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (element) => element.querySelector('img')?.getAttribute('alt') ?? '', renderHTML: () => ({}) },
      original: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-original'),
        renderHTML: (attributes) => (typeof attributes.original === 'string' ? { 'data-original': attributes.original } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-type="figure"]', contentElement: 'div.figureTitle' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-type': 'figure', class: 'figure' }),
      // A drawing the browser cannot show (an EMF from Word) is a labelled box; export writes the original.
      String(node.attrs.src ?? '') === ''
        ? ['div', { class: 'figurePlaceholder', contenteditable: 'false' }, String(node.attrs.alt ?? '') || 'Drawing kept for export']
        : ['img', { src: String(node.attrs.src ?? ''), alt: String(node.attrs.alt ?? ''), draggable: 'false', contenteditable: 'false' }],
      ['div', { class: 'figureTitle' }, 0],
    ];
  },
  addCommands() {
    return {
      insertFigure:
        (image) =>
        ({ state, dispatch }) => {
          const { figure, caption } = state.schema.nodes;
          if (!figure || !caption) return false;
          return insertBlock(state, dispatch, figure.create({ src: image.src, alt: image.alt, original: null }, caption.create()));
        },
    };
  },
});

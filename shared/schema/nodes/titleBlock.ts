import { mergeAttributes, Node } from '@tiptap/core';
import { insertBlock } from '../insertBlock';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterTitleBlock: {
      /** Inserts the title block: "Information technology – …" in parts, one per line. */
      insertTitleBlock: () => ReturnType;
    };
  }
}

/**
 * The title of the text in its parts ("Information technology", "Open Systems Interconnection",
 * "The Directory: Overview of concepts, models and services"). The numbers above it come from the
 * project's metadata, not from the text.
 */
export const TitleBlock = Node.create({
  name: 'titleBlock',
  group: 'block',
  content: 'titlePart+',
  defining: true,
  parseHTML() {
    return [{ tag: 'header[data-type="titleBlock"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['header', mergeAttributes(HTMLAttributes, { 'data-type': 'titleBlock', class: 'titleBlock' }), 0];
  },
  addCommands() {
    return {
      insertTitleBlock:
        () =>
        ({ state, dispatch }) => {
          const { titleBlock, titlePart } = state.schema.nodes;
          if (!titleBlock || !titlePart) return false;
          const parts = ['Information technology', '', ''].map((part) => titlePart.create(null, part ? state.schema.text(part) : null));
          return insertBlock(state, dispatch, titleBlock.create(null, parts));
        },
    };
  },
});

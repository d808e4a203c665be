import { mergeAttributes, Node } from '@tiptap/core';
import { insertBlock } from '../insertBlock';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterAbbreviationEntry: {
      /** Inserts an entry of Abbreviations and acronyms; the cursor goes to the abbreviation. */
      insertAbbreviationEntry: () => ReturnType;
    };
  }
}

/** "ASN.1  Abstract Syntax Notation One": the abbreviation, then what it stands for. */
export const AbbreviationEntry = Node.create({
  name: 'abbreviationEntry',
  group: 'block',
  content: 'abbreviation expansion',
  defining: true,
  parseHTML() {
    return [{ tag: 'div[data-type="abbreviationEntry"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'abbreviationEntry', class: 'abbreviationEntry' }), 0];
  },
  addCommands() {
    return {
      insertAbbreviationEntry:
        () =>
        ({ state, dispatch }) => {
          const { abbreviationEntry, abbreviation, expansion } = state.schema.nodes;
          if (!abbreviationEntry || !abbreviation || !expansion) return false;
          return insertBlock(state, dispatch, abbreviationEntry.create(null, [abbreviation.create(), expansion.create()]));
        },
    };
  },
});

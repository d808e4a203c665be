import { mergeAttributes, Node } from '@tiptap/core';
import { idAttribute } from '../attributes';
import { insertBlock } from '../insertBlock';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterTermEntry: {
      /** Inserts a term entry of Definitions; the cursor goes to the term. */
      insertTermEntry: () => ReturnType;
    };
  }
}

/** A defined term: "3.2.1 term: definition". The number is computed within its clause. */
export const TermEntry = Node.create({
  name: 'termEntry',
  group: 'block',
  content: 'termName termDefinition',
  defining: true,
  addAttributes() {
    return { id: idAttribute() };
  },
  parseHTML() {
    return [{ tag: 'div[data-type="termEntry"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'termEntry', class: 'termEntry' }), 0];
  },
  addCommands() {
    return {
      insertTermEntry:
        () =>
        ({ state, dispatch }) => {
          const { termEntry, termName, termDefinition } = state.schema.nodes;
          if (!termEntry || !termName || !termDefinition) return false;
          return insertBlock(state, dispatch, termEntry.create(null, [termName.create(), termDefinition.create()]));
        },
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.termEntry]: () => this.editor.commands.insertTermEntry() };
  },
});

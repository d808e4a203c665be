import { mergeAttributes, Node } from '@tiptap/core';
import { idAttribute } from '../attributes';
import { insertBlock } from '../insertBlock';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterTableBlock: {
      /** Inserts a titled table with a header row; the cursor goes to its title. */
      insertTitledTable: (options?: { rows?: number; columns?: number }) => ReturnType;
    };
  }
}

/**
 * A numbered table: its title above ("Table 3 – …", "Table A.1 – …"), the table, then the notes
 * and examples that belong to it, numbered within the table.
 */
export const TableBlock = Node.create({
  name: 'tableBlock',
  group: 'block',
  content: 'caption table (note | example)*',
  defining: true,
  isolating: true,
  addAttributes() {
    return { id: idAttribute() };
  },
  parseHTML() {
    return [{ tag: 'div[data-type="tableBlock"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'tableBlock', class: 'tableBlock' }), 0];
  },
  addCommands() {
    return {
      insertTitledTable:
        (options = {}) =>
        ({ state, dispatch }) => {
          const { tableBlock, caption, table, tableRow, tableHeader, tableCell, paragraph } = state.schema.nodes;
          if (!tableBlock || !caption || !table || !tableRow || !tableHeader || !tableCell || !paragraph) return false;
          const rows = Math.max(2, Math.min(100, options.rows ?? 3));
          const columns = Math.max(1, Math.min(20, options.columns ?? 3));
          const row = (cell: typeof tableCell) =>
            tableRow.create(
              null,
              Array.from({ length: columns }, () => cell.create(null, paragraph.create())),
            );
          const body = [row(tableHeader), ...Array.from({ length: rows - 1 }, () => row(tableCell))];
          return insertBlock(state, dispatch, tableBlock.create(null, [caption.create(), table.create(null, body)]));
        },
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.table]: () => this.editor.commands.insertTitledTable() };
  },
});

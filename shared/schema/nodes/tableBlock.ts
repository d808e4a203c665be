import { mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { idAttribute } from '../attributes';
import { insertBlock } from '../insertBlock';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterTableBlock: {
      /** Inserts a titled table with a header row; the cursor goes to its title. */
      insertTitledTable: (options?: { rows?: number; columns?: number }) => ReturnType;
      /** Adds a note below the table the cursor is in, numbered with the table's other notes. */
      addTableNote: () => ReturnType;
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
      addTableNote:
        () =>
        ({ state, dispatch }) => {
          const { $from } = state.selection;
          const { note, paragraph } = state.schema.nodes;
          if (!note || !paragraph) return false;
          for (let depth = $from.depth; depth > 0; depth -= 1) {
            if ($from.node(depth).type.name !== this.name) continue;
            const end = $from.end(depth);
            if (dispatch) {
              const tr = state.tr.insert(end, note.create(null, paragraph.create()));
              dispatch(tr.setSelection(TextSelection.create(tr.doc, end + 2)).scrollIntoView());
            }
            return true;
          }
          return false;
        },
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.table]: () => this.editor.commands.insertTitledTable() };
  },
});

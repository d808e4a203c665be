import { callOrReturn, getExtensionField, mergeAttributes, Node } from '@tiptap/core';
import type { NodeConfig } from '@tiptap/core';
import {
  addColumnAfter,
  addColumnBefore,
  addRowAfter,
  addRowBefore,
  deleteColumn,
  deleteRow,
  goToNextCell,
  mergeCells,
  splitCell,
  tableEditing,
  toggleHeaderRow,
} from '@tiptap/pm/tables';

declare module '@tiptap/core' {
  interface NodeConfig<Options, Storage> {
    /** The node's part in a table, for prosemirror-tables: table, row, cell or header_cell. */
    tableRole?: string | ((this: { name: string; options: Options; storage: Storage }) => string);
  }
  interface Commands<ReturnType> {
    masterTable: {
      addTableRowBefore: () => ReturnType;
      addTableRowAfter: () => ReturnType;
      addTableColumnBefore: () => ReturnType;
      addTableColumnAfter: () => ReturnType;
      deleteTableRow: () => ReturnType;
      deleteTableColumn: () => ReturnType;
      /** Merges the selected cells into one (colspan/rowspan). */
      mergeTableCells: () => ReturnType;
      /** Splits a merged cell back into single cells. */
      splitTableCell: () => ReturnType;
      /** Makes the row a header row (repeated on each page when printed), or a body row again. */
      toggleTableHeaderRow: () => ReturnType;
    };
  }
}

/**
 * The grid of a titled table; cell editing, selection and merging come from prosemirror-tables.
 * Standing alone, outside a tableBlock, it is an unnumbered table: a layout table of a cover page
 * or a History table in a Word file, which has no title and takes no number.
 */
export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  tableRole: 'table',
  isolating: true,
  extendNodeSchema(extension) {
    const context = { name: extension.name, options: extension.options, storage: extension.storage };
    return { tableRole: callOrReturn(getExtensionField<NodeConfig['tableRole']>(extension, 'tableRole', context)) };
  },
  parseHTML() {
    return [{ tag: 'table' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(HTMLAttributes), ['tbody', 0]];
  },
  addCommands() {
    return {
      addTableRowBefore:
        () =>
        ({ state, dispatch }) =>
          addRowBefore(state, dispatch),
      addTableRowAfter:
        () =>
        ({ state, dispatch }) =>
          addRowAfter(state, dispatch),
      addTableColumnBefore:
        () =>
        ({ state, dispatch }) =>
          addColumnBefore(state, dispatch),
      addTableColumnAfter:
        () =>
        ({ state, dispatch }) =>
          addColumnAfter(state, dispatch),
      deleteTableRow:
        () =>
        ({ state, dispatch }) =>
          deleteRow(state, dispatch),
      deleteTableColumn:
        () =>
        ({ state, dispatch }) =>
          deleteColumn(state, dispatch),
      mergeTableCells:
        () =>
        ({ state, dispatch }) =>
          mergeCells(state, dispatch),
      splitTableCell:
        () =>
        ({ state, dispatch }) =>
          splitCell(state, dispatch),
      toggleTableHeaderRow:
        () =>
        ({ state, dispatch }) =>
          toggleHeaderRow(state, dispatch),
    };
  },
  addKeyboardShortcuts() {
    return {
      Tab: () => goToNextCell(1)(this.editor.state, this.editor.view.dispatch),
      'Shift-Tab': () => goToNextCell(-1)(this.editor.state, this.editor.view.dispatch),
    };
  },
  addProseMirrorPlugins() {
    return [tableEditing()];
  },
});

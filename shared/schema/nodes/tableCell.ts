import { mergeAttributes, Node } from '@tiptap/core';
import { tableCellContent } from '../blockGroups';
import { spanAttribute } from '../spanAttribute';

/** A cell of the table body. */
export const TableCell = Node.create({
  name: 'tableCell',
  content: tableCellContent,
  tableRole: 'cell',
  isolating: true,
  addAttributes() {
    return { colspan: spanAttribute('colspan'), rowspan: spanAttribute('rowspan') };
  },
  parseHTML() {
    return [{ tag: 'td' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['td', mergeAttributes(HTMLAttributes), 0];
  },
});

import { mergeAttributes, Node } from '@tiptap/core';
import { tableCellContent } from '../blockGroups';
import { spanAttribute } from '../spanAttribute';

/** A cell of a header row: bold, centred, repeated at the top of each page of the table. */
export const TableHeader = Node.create({
  name: 'tableHeader',
  content: tableCellContent,
  tableRole: 'header_cell',
  isolating: true,
  addAttributes() {
    return { colspan: spanAttribute('colspan'), rowspan: spanAttribute('rowspan') };
  },
  parseHTML() {
    return [{ tag: 'th' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['th', mergeAttributes(HTMLAttributes), 0];
  },
});

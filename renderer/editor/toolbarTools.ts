import type { Editor } from '@tiptap/react';
import type { ShortcutName } from '../../shared/schema/shortcuts';

/** A toolbar button's action and state. */
export interface Tool {
  readonly name: string;
  /** The button's text: short, as printed in the standard where possible ("NOTE", "Table"). */
  readonly text: string;
  readonly label: string;
  readonly shortcut?: ShortcutName;
  readonly className?: string;
  run(editor: Editor): boolean;
  active?(editor: Editor): boolean;
  /** Whether the tool can act where the cursor is (e.g. a table tool outside a table cannot). */
  enabled?(editor: Editor): boolean;
}

const inTable = (editor: Editor) => editor.isActive('table');

/** Character formatting. */
export const markTools: readonly Tool[] = [
  {
    name: 'bold',
    text: 'B',
    label: 'Bold',
    shortcut: 'bold',
    className: 'toolGlyph-bold',
    run: (e) => e.chain().focus().toggleBold().run(),
    active: (e) => e.isActive('bold'),
  },
  {
    name: 'italic',
    text: 'I',
    label: 'Italic',
    shortcut: 'italic',
    className: 'toolGlyph-italic',
    run: (e) => e.chain().focus().toggleItalic().run(),
    active: (e) => e.isActive('italic'),
  },
  {
    name: 'underline',
    text: 'U',
    label: 'Underline',
    shortcut: 'underline',
    className: 'toolGlyph-underline',
    run: (e) => e.chain().focus().toggleUnderline().run(),
    active: (e) => e.isActive('underline'),
  },
  {
    name: 'subscript',
    text: 'x₂',
    label: 'Subscript',
    shortcut: 'subscript',
    run: (e) => e.chain().focus().toggleSubscript().run(),
    active: (e) => e.isActive('subscript'),
  },
  {
    name: 'superscript',
    text: 'x²',
    label: 'Superscript',
    shortcut: 'superscript',
    run: (e) => e.chain().focus().toggleSuperscript().run(),
    active: (e) => e.isActive('superscript'),
  },
  {
    name: 'code',
    text: '{ }',
    label: 'Inline code',
    shortcut: 'code',
    className: 'toolGlyph-code',
    run: (e) => e.chain().focus().toggleCode().run(),
    active: (e) => e.isActive('code'),
  },
];

/** Lists. */
export const listTools: readonly Tool[] = [
  {
    name: 'dashList',
    text: '–',
    label: 'Dashed list',
    shortcut: 'bulletList',
    run: (e) => e.chain().focus().toggleDashList().run(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    name: 'alphaList',
    text: 'a)',
    label: 'Lettered list a), b), c)',
    shortcut: 'orderedList',
    run: (e) => e.chain().focus().toggleOrderedListStyle('alpha').run(),
    active: (e) => e.isActive('orderedList', { style: 'alpha' }),
  },
  {
    name: 'numericList',
    text: '1)',
    label: 'Numbered list 1), 2), 3)',
    run: (e) => e.chain().focus().toggleOrderedListStyle('numeric').run(),
    active: (e) => e.isActive('orderedList', { style: 'numeric' }),
  },
];

/** The blocks of a common text, inserted or made from the current paragraph. */
export const blockTools: readonly Tool[] = [
  {
    name: 'note',
    text: 'NOTE',
    label: 'Note',
    shortcut: 'note',
    run: (e) => e.chain().focus().toggleNote().run(),
    active: (e) => e.isActive('note'),
  },
  {
    name: 'example',
    text: 'EXAMPLE',
    label: 'Example',
    shortcut: 'example',
    run: (e) => e.chain().focus().toggleExample().run(),
    active: (e) => e.isActive('example'),
  },
  { name: 'table', text: 'Table', label: 'Insert table', shortcut: 'table', run: (e) => e.chain().focus().insertTitledTable().run() },
  {
    name: 'codeBlock',
    text: 'ASN.1',
    label: 'Formal notation (ASN.1)',
    shortcut: 'codeBlock',
    run: (e) => e.chain().focus().toggleFormalCode('asn1').run(),
    active: (e) => e.isActive('codeBlock'),
  },
  {
    name: 'term',
    text: 'Term',
    label: 'Insert term entry (Definitions)',
    shortcut: 'termEntry',
    run: (e) => e.chain().focus().insertTermEntry().run(),
  },
  {
    name: 'abbreviation',
    text: 'Abbr.',
    label: 'Insert abbreviation entry',
    run: (e) => e.chain().focus().insertAbbreviationEntry().run(),
  },
  {
    name: 'reference',
    text: 'Ref.',
    label: 'Insert normative reference (identical, 2.1)',
    run: (e) => e.chain().focus().insertReferenceEntry('identical').run(),
  },
  { name: 'titleBlock', text: 'Title', label: 'Insert title block', run: (e) => e.chain().focus().insertTitleBlock().run() },
];

/** Text for one organization only. */
export const organizationTools: readonly Tool[] = [
  {
    name: 'ituText',
    text: 'ITU-T',
    label: 'Words for ITU-T only',
    className: 'toolGlyph-itu',
    run: (e) => e.chain().focus().toggleOrganizationText('itu-t').run(),
    active: (e) => e.isActive('organization', { organization: 'itu-t' }) || e.isActive('organizationBlock', { organization: 'itu-t' }),
  },
  {
    name: 'isoText',
    text: 'ISO/IEC',
    label: 'Words for ISO/IEC only',
    className: 'toolGlyph-iso',
    run: (e) => e.chain().focus().toggleOrganizationText('iso-iec').run(),
    active: (e) => e.isActive('organization', { organization: 'iso-iec' }) || e.isActive('organizationBlock', { organization: 'iso-iec' }),
  },
  {
    name: 'ituBlock',
    text: '¶ ITU-T',
    label: 'Paragraphs for ITU-T only',
    run: (e) => e.chain().focus().toggleOrganizationBlock('itu-t').run(),
  },
  {
    name: 'isoBlock',
    text: '¶ ISO/IEC',
    label: 'Paragraphs for ISO/IEC only',
    run: (e) => e.chain().focus().toggleOrganizationBlock('iso-iec').run(),
  },
];

/** Shown while the cursor is in a table. */
export const tableTools: readonly Tool[] = [
  {
    name: 'rowAbove',
    text: '+ Row ↑',
    label: 'Insert row above',
    run: (e) => e.chain().focus().addTableRowBefore().run(),
    enabled: inTable,
  },
  {
    name: 'rowBelow',
    text: '+ Row ↓',
    label: 'Insert row below',
    run: (e) => e.chain().focus().addTableRowAfter().run(),
    enabled: inTable,
  },
  {
    name: 'columnLeft',
    text: '+ Col ←',
    label: 'Insert column left',
    run: (e) => e.chain().focus().addTableColumnBefore().run(),
    enabled: inTable,
  },
  {
    name: 'columnRight',
    text: '+ Col →',
    label: 'Insert column right',
    run: (e) => e.chain().focus().addTableColumnAfter().run(),
    enabled: inTable,
  },
  { name: 'deleteRow', text: '− Row', label: 'Delete row', run: (e) => e.chain().focus().deleteTableRow().run(), enabled: inTable },
  {
    name: 'deleteColumn',
    text: '− Col',
    label: 'Delete column',
    run: (e) => e.chain().focus().deleteTableColumn().run(),
    enabled: inTable,
  },
  {
    name: 'merge',
    text: 'Merge',
    label: 'Merge selected cells',
    run: (e) => e.chain().focus().mergeTableCells().run(),
    enabled: (e) => e.can().mergeTableCells(),
  },
  {
    name: 'split',
    text: 'Split',
    label: 'Split merged cell',
    run: (e) => e.chain().focus().splitTableCell().run(),
    enabled: (e) => e.can().splitTableCell(),
  },
  {
    name: 'headerRow',
    text: 'Header row',
    label: 'Header row on or off',
    run: (e) => e.chain().focus().toggleTableHeaderRow().run(),
    enabled: inTable,
  },
  {
    name: 'tableNote',
    text: '+ NOTE',
    label: 'Add a note to this table',
    run: (e) => e.chain().focus().addTableNote().run(),
    enabled: inTable,
  },
];

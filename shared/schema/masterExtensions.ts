import type { Extensions } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Code from '@tiptap/extension-code';
import Italic from '@tiptap/extension-italic';
import Underline from '@tiptap/extension-underline';
import { BlockIds } from './blockIds';
import { SectionCommands } from './sectionCommands';
import { StructuredEnter } from './structuredEnter';
import { Organization } from './marks/organization';
import { Deletion, Insertion } from './marks/trackedChange';
import { Subscript } from './marks/subscript';
import { Superscript } from './marks/superscript';
import { AbbreviationEntry } from './nodes/abbreviationEntry';
import { Abbreviation } from './nodes/abbreviation';
import { AnnexHeading } from './nodes/annexHeading';
import { BulletList } from './nodes/bulletList';
import { Caption } from './nodes/caption';
import { CodeBlock } from './nodes/codeBlock';
import { CrossReference } from './nodes/crossReference';
import { Document } from './nodes/document';
import { Example } from './nodes/example';
import { Expansion } from './nodes/expansion';
import { Figure } from './nodes/figure';
import { Footnote } from './nodes/footnote';
import { HardBreak } from './nodes/hardBreak';
import { Heading } from './nodes/heading';
import { ListItem } from './nodes/listItem';
import { Note } from './nodes/note';
import { OrderedList } from './nodes/orderedList';
import { OrganizationBlock } from './nodes/organizationBlock';
import { Paragraph } from './nodes/paragraph';
import { Placeholder } from './nodes/placeholder';
import { ReferenceEntry } from './nodes/referenceEntry';
import { Table } from './nodes/table';
import { TableBlock } from './nodes/tableBlock';
import { TableCell } from './nodes/tableCell';
import { TableHeader } from './nodes/tableHeader';
import { TableRow } from './nodes/tableRow';
import { TermDefinition } from './nodes/termDefinition';
import { TermEntry } from './nodes/termEntry';
import { TermName } from './nodes/termName';
import { Text } from './nodes/text';
import { TitleBlock } from './nodes/titleBlock';
import { TitlePart } from './nodes/titlePart';
import { UnnumberedHeading } from './nodes/unnumberedHeading';

export interface MasterModelOptions {
  /** Asked for by Ctrl-Shift-K: the editor lets the user pick a target, then inserts the reference. */
  readonly requestCrossReference?: () => void;
  /** Asked for by Ctrl-Shift-F: the editor asks for the footnote's text, then inserts it. */
  readonly requestFootnote?: () => void;
}

/** The nodes that show a computed number or a cross-reference's text. */
export const numberedNodeNames = ['heading', 'annexHeading', 'note', 'example', 'termEntry', 'caption', 'crossReference'] as const;

/**
 * The document model of a master: one Tiptap extension per node and mark of
 * ../domain/documentModel, and the plugin that keeps block ids. Paragraph comes first, so that
 * Enter at the end of a heading starts a paragraph.
 */
export function masterModelExtensions(options: MasterModelOptions = {}): Extensions {
  return [
    Document,
    Paragraph,
    Text,
    HardBreak,
    TitleBlock,
    TitlePart,
    UnnumberedHeading,
    Heading,
    AnnexHeading,
    BulletList,
    OrderedList,
    ListItem,
    Note,
    Example,
    TableBlock,
    Caption,
    Table,
    TableRow,
    TableHeader,
    TableCell,
    Figure,
    CodeBlock,
    TermEntry,
    TermName,
    TermDefinition,
    AbbreviationEntry,
    Abbreviation,
    Expansion,
    ReferenceEntry,
    OrganizationBlock,
    Footnote.configure({ request: options.requestFootnote ?? null }),
    CrossReference.configure({ request: options.requestCrossReference ?? null }),
    Placeholder,
    Bold,
    Italic,
    Underline,
    Subscript,
    Superscript,
    Code,
    Organization,
    Insertion,
    Deletion,
    BlockIds,
    StructuredEnter,
    SectionCommands,
  ];
}

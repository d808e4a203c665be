/**
 * The vocabulary of a master text: the ProseMirror node and mark names, and their attributes,
 * shared by the editor (Tiptap extensions with these names), the importer, the exporter, the
 * numbering engine and the CLI. A master is stored as ProseMirror JSON in these terms.
 *
 * Structure is flat, as in the published Word files: a clause is a `heading` followed by its
 * blocks up to the next heading of the same or a higher level; an annex or appendix starts at its
 * `annexHeading` and runs to the next one. Numbers are never stored: they are computed from the
 * order of the blocks (see ./numbering). Every block that can be numbered or referred to carries a
 * stable `id`, which cross-references point at and which survives edits, moves and iterations.
 */

/** Blocks that may stand at the top level of the document (and inside an `organizationBlock`). */
export const blockNodeTypes = [
  'titleBlock',
  'unnumberedHeading',
  'heading',
  'annexHeading',
  'paragraph',
  'bulletList',
  'orderedList',
  'note',
  'example',
  'tableBlock',
  'table',
  'figure',
  'codeBlock',
  'termEntry',
  'abbreviationEntry',
  'referenceEntry',
  'organizationBlock',
] as const;
export type BlockNodeType = (typeof blockNodeTypes)[number];

/** Nodes that appear only inside another node. */
export const innerNodeTypes = [
  'titlePart',
  'listItem',
  'caption',
  'tableRow',
  'tableHeader',
  'tableCell',
  'termName',
  'termDefinition',
  'abbreviation',
  'expansion',
] as const;
export type InnerNodeType = (typeof innerNodeTypes)[number];

export const inlineNodeTypes = ['text', 'hardBreak', 'footnote', 'crossReference', 'placeholder'] as const;
export type InlineNodeType = (typeof inlineNodeTypes)[number];

export const markTypes = [
  'bold',
  'italic',
  'underline',
  'subscript',
  'superscript',
  'code',
  'organization',
  'insertion',
  'deletion',
] as const;
export type MarkType = (typeof markTypes)[number];

/** Unnumbered headings of the front and back matter (ITU's `Headingb` style). */
export const unnumberedHeadingKinds = ['summary', 'keywords', 'history', 'foreword', 'introduction', 'bibliography', 'other'] as const;
export type UnnumberedHeadingKind = (typeof unnumberedHeadingKinds)[number];

/** The two organizations that publish a common text; text may apply to one of them only. */
export const organizations = ['itu-t', 'iso-iec'] as const;
export type Organization = (typeof organizations)[number];

/** What a placeholder stands for: something of a Word file the editor keeps but cannot show as text. */
export const placeholderKinds = ['image', 'drawing', 'object', 'textBox', 'chart', 'equation', 'field'] as const;
export type PlaceholderKind = (typeof placeholderKinds)[number];

/** Where a normative reference is listed: 2.1 identical, 2.2 paired, 2.3 additional. */
export const referenceGroups = ['identical', 'paired', 'additional'] as const;
export type ReferenceGroup = (typeof referenceGroups)[number];

export const codeLanguages = ['asn1', 'xml', 'abnf', 'text'] as const;
export type CodeLanguage = (typeof codeLanguages)[number];

export const orderedListStyles = ['alpha', 'numeric'] as const;
export type OrderedListStyle = (typeof orderedListStyles)[number];

/** How a cross-reference shows its target: "6.2" or "clause 6.2" / "Table A.1" / "Annex B". */
export const crossReferenceForms = ['number', 'full'] as const;
export type CrossReferenceForm = (typeof crossReferenceForms)[number];

/**
 * The attributes of each node that has any. Content expressions, as the schema states them:
 * - doc: block+
 * - titleBlock: titlePart+ (the parts of the title, "Information technology", "…"; the numbers come from the project)
 * - unnumberedHeading, heading, annexHeading, caption, titlePart, termName, abbreviation, expansion,
 *   referenceEntry: inline*
 * - paragraph: inline*
 * - bulletList (dashes), orderedList: listItem+; listItem: paragraph block* (nesting to three levels)
 * - note, example: paragraph+ (numbered per clause, or per table when inside one)
 * - tableBlock: caption table (note | example)* (the title above the table, its notes below it, numbered within
 *   the table); table: tableRow+; tableRow: (tableHeader | tableCell)+;
 *   tableHeader, tableCell: paragraph+; a `table` standing alone is an unnumbered table (a layout or
 *   History table of a Word file: no title, no number)
 * - figure: caption (the title below the image)
 * - codeBlock: text* (whitespace kept exactly)
 * - termEntry: termName termDefinition; termDefinition: inline*
 * - abbreviationEntry: abbreviation expansion
 * - organizationBlock: block+ (text for one organization only)
 */
export interface NodeAttributes {
  readonly unnumberedHeading: { readonly id: string; readonly kind: UnnumberedHeadingKind };
  /** A clause or subclause heading, level 1–6. Inside an annex, level 1 is "A.1". */
  readonly heading: { readonly id: string; readonly level: number };
  /** Starts an annex (A, B, …; normative or informative) or an appendix (I, II, …; always informative). */
  readonly annexHeading: { readonly id: string; readonly kind: 'annex' | 'appendix'; readonly normative: boolean };
  readonly orderedList: { readonly style: OrderedListStyle };
  readonly note: { readonly id: string };
  readonly example: { readonly id: string };
  readonly tableBlock: { readonly id: string };
  readonly tableHeader: { readonly colspan: number; readonly rowspan: number };
  readonly tableCell: { readonly colspan: number; readonly rowspan: number };
  /** `src` is a data: URL of the image; `original` keeps what the model cannot show (e.g. an EMF) for export. */
  readonly figure: { readonly id: string; readonly src: string; readonly alt: string; readonly original: string | null };
  readonly codeBlock: { readonly language: CodeLanguage };
  readonly termEntry: { readonly id: string };
  readonly referenceEntry: { readonly id: string; readonly group: ReferenceGroup };
  readonly organizationBlock: { readonly organization: Organization };
  /** A footnote's text (plain, inline). */
  readonly footnote: { readonly text: string };
  /** `target` is the `id` of a heading, annexHeading, tableBlock, figure, note, example, termEntry or referenceEntry. */
  readonly crossReference: { readonly target: string; readonly form: CrossReferenceForm };
  /** `original` is what export writes back (JSON: the Word XML and the parts it uses); `src` a preview, if any. */
  readonly placeholder: {
    readonly kind: PlaceholderKind;
    readonly description: string;
    readonly text: string;
    readonly src: string;
    readonly original: string | null;
  };
}

/** Marks with attributes. */
export interface MarkAttributes {
  readonly organization: { readonly organization: Organization };
  /** A tracked revision kept from a Word file: who and when (ISO date, or ''). */
  readonly insertion: { readonly author: string; readonly date: string };
  readonly deletion: { readonly author: string; readonly date: string };
}

/** The node types a cross-reference may point at. */
export const referableNodeTypes = [
  'heading',
  'annexHeading',
  'tableBlock',
  'figure',
  'note',
  'example',
  'termEntry',
  'referenceEntry',
] as const;
export type ReferableNodeType = (typeof referableNodeTypes)[number];

/** The fixed statement under an annex or appendix title. */
export function annexStatement(kind: 'annex' | 'appendix', normative: boolean): string {
  return kind === 'annex' && normative
    ? '(This annex forms an integral part of this Recommendation | International Standard.)'
    : `(This ${kind} does not form an integral part of this Recommendation | International Standard.)`;
}

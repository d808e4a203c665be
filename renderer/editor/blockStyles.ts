import type { Editor } from '@tiptap/react';
import type { ShortcutName } from '../../shared/schema/shortcuts';

/** A paragraph style of the toolbar's list: what it applies, and how to tell the cursor is in it. */
export interface BlockStyle {
  readonly value: string;
  readonly label: string;
  readonly group: 'Text' | 'Clauses' | 'Annexes' | 'Front and back matter' | 'References';
  readonly shortcut?: ShortcutName;
  apply(editor: Editor): boolean;
  /** Whether a textblock of this type and attributes is in this style. */
  matches(type: string, attrs: Readonly<Record<string, unknown>>): boolean;
}

const headingStyle = (level: number): BlockStyle => ({
  value: `heading${level}`,
  label: `Heading ${level}`,
  group: 'Clauses',
  shortcut: `heading${level}` as ShortcutName,
  apply: (editor) => editor.chain().focus().setClauseHeading(level).run(),
  matches: (type, attrs) => type === 'heading' && attrs.level === level,
});

const unnumbered = (
  kind: 'summary' | 'keywords' | 'history' | 'foreword' | 'introduction' | 'bibliography' | 'other',
  label: string,
): BlockStyle => ({
  value: `unnumbered-${kind}`,
  label,
  group: 'Front and back matter',
  apply: (editor) => editor.chain().focus().setUnnumberedHeading(kind).run(),
  matches: (type, attrs) => type === 'unnumberedHeading' && attrs.kind === kind,
});

const referenceStyle = (group: 'identical' | 'paired' | 'additional', label: string): BlockStyle => ({
  value: `reference-${group}`,
  label,
  group: 'References',
  apply: (editor) => editor.chain().focus().setReferenceEntryStyle(group).run(),
  matches: (type, attrs) => type === 'referenceEntry' && attrs.group === group,
});

/** The paragraph styles the toolbar offers, in the order of its list. */
export const blockStyles: readonly BlockStyle[] = [
  {
    value: 'paragraph',
    label: 'Body text',
    group: 'Text',
    shortcut: 'paragraph',
    apply: (editor) => editor.chain().focus().setParagraph().run(),
    matches: (type) => type === 'paragraph',
  },
  {
    value: 'codeBlock',
    label: 'Formal notation (ASN.1)',
    group: 'Text',
    shortcut: 'codeBlock',
    apply: (editor) => editor.chain().focus().toggleFormalCode('asn1').run(),
    matches: (type) => type === 'codeBlock',
  },
  ...[1, 2, 3, 4, 5, 6].map(headingStyle),
  {
    value: 'annex-normative',
    label: 'Annex (normative)',
    group: 'Annexes',
    shortcut: 'annex',
    apply: (editor) => editor.chain().focus().setAnnexHeading('annex', true).run(),
    matches: (type, attrs) => type === 'annexHeading' && attrs.kind === 'annex' && attrs.normative === true,
  },
  {
    value: 'annex-informative',
    label: 'Annex (informative)',
    group: 'Annexes',
    apply: (editor) => editor.chain().focus().setAnnexHeading('annex', false).run(),
    matches: (type, attrs) => type === 'annexHeading' && attrs.kind === 'annex' && attrs.normative !== true,
  },
  {
    value: 'appendix',
    label: 'Appendix',
    group: 'Annexes',
    apply: (editor) => editor.chain().focus().setAnnexHeading('appendix', false).run(),
    matches: (type, attrs) => type === 'annexHeading' && attrs.kind === 'appendix',
  },
  unnumbered('summary', 'Summary'),
  unnumbered('keywords', 'Keywords'),
  unnumbered('foreword', 'Foreword'),
  unnumbered('introduction', 'Introduction'),
  unnumbered('history', 'History'),
  unnumbered('bibliography', 'Bibliography'),
  unnumbered('other', 'Other unnumbered heading'),
  referenceStyle('identical', 'Reference: identical (2.1)'),
  referenceStyle('paired', 'Reference: paired (2.2)'),
  referenceStyle('additional', 'Reference: additional (2.3)'),
];

import type { ImportCounts } from './wordImport';

/** What each count of an import report is called, in the order the report lists them. */
export const importCountLabels: Readonly<Record<keyof ImportCounts, string>> = {
  clauses: 'Clauses',
  annexes: 'Annexes',
  appendices: 'Appendices',
  tables: 'Tables',
  figures: 'Figures',
  notes: 'Notes',
  examples: 'Examples',
  lists: 'Lists',
  terms: 'Terms',
  references: 'References',
  crossReferences: 'Cross-references',
  footnotes: 'Footnotes',
  codeBlocks: 'ASN.1 and code blocks',
  trackedChanges: 'Tracked changes',
  placeholders: 'Placeholders',
  paragraphs: 'Paragraphs',
};

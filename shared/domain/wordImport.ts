import type { Language } from './language';

/**
 * What importing a Word document produced and what it could not carry over: shown at the end of
 * File > Import Word document, printed by `cts import-docx`.
 */

/** What to do with the revisions tracked in the Word file: keep them as change marks, or accept them. */
export const trackedChangesChoices = ['keep', 'accept'] as const;
export type TrackedChangesChoice = (typeof trackedChangesChoices)[number];

/** How many of each thing the imported master holds. */
export interface ImportCounts {
  readonly paragraphs: number;
  readonly clauses: number;
  readonly annexes: number;
  readonly appendices: number;
  readonly tables: number;
  readonly figures: number;
  readonly notes: number;
  readonly examples: number;
  readonly lists: number;
  readonly codeBlocks: number;
  readonly terms: number;
  /** Entries of the normative references (clause 2). */
  readonly references: number;
  /** Hyperlinks and REF fields that became cross-references. */
  readonly crossReferences: number;
  readonly footnotes: number;
  /** Insertions and deletions tracked in the Word file (kept as change marks, or accepted). */
  readonly trackedChanges: number;
  /** Things the editor cannot show, kept as placeholders with the original for export. */
  readonly placeholders: number;
}

export const importWarningKinds = [
  /** A typed number ("6.3⇥Scope") that differs from the number the structure gives. */
  'numberMismatch',
  /** A paragraph style the importer does not know: imported as a plain paragraph. */
  'unknownStyle',
  /** Something kept as a placeholder: an embedded object, an EMF or other drawing, a text box. */
  'placeholder',
  /** A hyperlink or REF field whose target is not a clause, annex, table or figure of the text. */
  'unresolvedReference',
  /** Revisions tracked in the Word file, and what was done with them. */
  'trackedChanges',
  /** Anything else worth a look: an empty table, a skipped table of contents, a field shown as its result. */
  'other',
] as const;
export type ImportWarningKind = (typeof importWarningKinds)[number];

export interface ImportWarning {
  readonly kind: ImportWarningKind;
  /** Where, in the reader's words: "clause 6.2", "Table 3", "paragraph 214". */
  readonly where: string;
  readonly message: string;
}

/** Identifiers and title read from the title block, to fill a new project's properties. */
export interface ImportedIdentity {
  /** "X.500" from "Recommendation ITU-T X.500", or '' when not found. */
  readonly ituNumber: string;
  /** "9594-1" from "ISO/IEC 9594-1", or '' when not found. */
  readonly isoNumber: string;
  readonly title: string;
}

export interface ImportReport {
  /** The file's name, without its folder. */
  readonly fileName: string;
  readonly language: Language;
  readonly trackedChanges: TrackedChangesChoice;
  readonly counts: ImportCounts;
  readonly warnings: readonly ImportWarning[];
  readonly identity: ImportedIdentity;
  readonly milliseconds: number;
}

/** The steps of an import, for the progress bar. */
export const importPhases = ['reading', 'converting', 'numbering', 'saving'] as const;
export type ImportPhase = (typeof importPhases)[number];

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** 0 to 1 over the whole import. */
  readonly fraction: number;
}

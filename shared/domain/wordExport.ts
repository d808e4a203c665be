/** How change marks are written into a .docx: Word revisions, or coloured text for print. */
export const marksStyles = ['revisions', 'visible'] as const;
export type MarksStyle = (typeof marksStyles)[number];

/** Which text of a master is exported: the working text, or an iteration by its number. */
export type ExportedTextChoice = 'working' | number;

/** What an export wrote, for the user. */
export interface ExportSummary {
  readonly paragraphs: number;
  readonly tables: number;
  readonly footnotes: number;
  /** Tracked revisions written (insertions, deletions, property changes). */
  readonly revisions: number;
  /** "built-in", or the name of the template file the user chose. */
  readonly template: string;
  /** Styles the chosen template lacked, taken from the built-in one. */
  readonly stylesFromBuiltIn: readonly string[];
}

/** One file of a submission package, as its cover sheet lists it. */
export interface SubmissionFile {
  /** "ISO-IEC-9594-1_X.500_DIS_2026-11-22_clean.docx". */
  readonly name: string;
  /** "English text, clean (the working text)". */
  readonly description: string;
}

/** How far the writing of a submission package has got. */
export interface ExportProgress {
  /** "Writing the clean English text". */
  readonly step: string;
  /** 0 to 1 over the whole package. */
  readonly fraction: number;
}

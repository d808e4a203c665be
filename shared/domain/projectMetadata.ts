import type { Stage } from './stage';

/** One editor of the text, appointed by the Study Group, the Subcommittee, or both. */
export interface Editor {
  readonly name: string;
  readonly affiliation: string;
  readonly email: string;
}

/** What identifies a common text and the groups that own it. */
export interface ProjectMetadata {
  /** Rec. ITU-T number, e.g. "X.500"; empty when the text is ISO/IEC only. */
  readonly ituNumber: string;
  /** ISO/IEC number with its part, e.g. "9594-1"; empty when the text is ITU-T only. */
  readonly isoNumber: string;
  /** Full title, e.g. "Information technology – Open Systems Interconnection – The Directory: …". */
  readonly title: string;
  /** Edition, e.g. "9" or "2016". */
  readonly edition: string;
  readonly stage: Stage | null;
  /** ITU-T Study Group, e.g. "17". */
  readonly studyGroup: string;
  /** ITU-T Question, e.g. "11/17". */
  readonly question: string;
  /** ISO/IEC JTC 1 Subcommittee, e.g. "6". */
  readonly subcommittee: string;
  /** Working group within the Subcommittee, e.g. "10". */
  readonly workingGroup: string;
  /** JTC 1 project number, e.g. "1.06.9594.01.00". */
  readonly projectNumber: string;
  readonly editors: readonly Editor[];
}

export const emptyMetadata: ProjectMetadata = {
  ituNumber: '',
  isoNumber: '',
  title: '',
  edition: '',
  stage: null,
  studyGroup: '',
  question: '',
  subcommittee: '',
  workingGroup: '',
  projectNumber: '',
  editors: [],
};

/** ITU-T numbers are a series letter and a number, with optional sub-numbers: X.500, H.222.0. */
export const ituNumberPattern = /^[A-Z]\.\d+(\.\d+)*$/;

/** ISO/IEC numbers are a number with optional part numbers: 9594-1, 13818-1, 8824. */
export const isoNumberPattern = /^\d+(-\d+)*$/;

/**
 * The designation of the text as it is cited: "Rec. ITU-T X.500 | ISO/IEC 9594-1",
 * or the one side alone, or the title when neither number is known.
 */
export function designation(metadata: Pick<ProjectMetadata, 'ituNumber' | 'isoNumber' | 'title'>): string {
  const parts: string[] = [];
  if (metadata.ituNumber) parts.push(`Rec. ITU-T ${metadata.ituNumber}`);
  if (metadata.isoNumber) parts.push(`ISO/IEC ${metadata.isoNumber}`);
  return parts.length > 0 ? parts.join(' | ') : metadata.title;
}

/**
 * The identifier shown in the status bar, with the JTC 1 stage before the ISO/IEC number:
 * "ISO/IEC DIS 9594-1 | ITU-T X.500".
 */
export function stagedDesignation(metadata: ProjectMetadata): string {
  const parts: string[] = [];
  if (metadata.isoNumber) {
    parts.push(metadata.stage ? `ISO/IEC ${metadata.stage} ${metadata.isoNumber}` : `ISO/IEC ${metadata.isoNumber}`);
  }
  if (metadata.ituNumber) parts.push(`ITU-T ${metadata.ituNumber}`);
  return parts.join(' | ');
}

/** A file name that says which text a project holds: "X.500 - 9594-1.ctproj". */
export function suggestedFileName(metadata: Pick<ProjectMetadata, 'ituNumber' | 'isoNumber' | 'title'>): string {
  const numbers = [metadata.ituNumber, metadata.isoNumber].filter((part) => part !== '');
  const stem = numbers.length > 0 ? numbers.join(' - ') : metadata.title.slice(0, 60);
  const safe = stem.replace(/[\\/:*?"<>|]/g, '_').trim();
  return `${safe === '' ? 'Untitled' : safe}.ctproj`;
}

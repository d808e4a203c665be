/**
 * Ballot comments and their dispositions (issue 7), as the ISO/IEC commenting template
 * (2012-03; DOMAIN.md, "The ballot comment form") and the ITU-T members' sheets give them.
 */

/** ge general, te technical, ed editorial; a comment may carry several ("te/ed"). */
export const commentTypes = ['ge', 'te', 'ed'] as const;
export type CommentType = (typeof commentTypes)[number];

/** The decision on a comment, as the Disposition of Comments records it. */
export const decisions = ['accepted', 'accepted-in-principle', 'noted', 'not-accepted', 'withdrawn'] as const;
export type Decision = (typeof decisions)[number];

export const decisionNames: Readonly<Record<Decision, string>> = {
  accepted: 'Accepted',
  'accepted-in-principle': 'Accepted in principle',
  noted: 'Noted',
  'not-accepted': 'Not accepted',
  withdrawn: 'Withdrawn',
};

/** Where a disposition stands: written by nobody yet, proposed by the editor, agreed by the group. */
export const commentStatuses = ['open', 'proposed', 'agreed'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

/** The layouts of comment sheet the importer reads. */
export type SheetFormat = 'docx' | 'xlsx' | 'csv';

/** One comment as a sheet gives it, before it is stored. */
export interface SheetComment {
  /** The row in the source as its user sees it: the spreadsheet's row number, or the Word table's row (1 = first row). */
  readonly row: number;
  /** "US-001", "DE-01-002" when the sheet carries one; '' when it does not (the importer then makes one). */
  readonly identifier: string;
  /** The member body (ISO 3166 code, "US") or ITU-T member, without the "**" mark. */
  readonly memberBody: string;
  /** "**" before the member code: a comment of ISO/CS's editing unit. */
  readonly editingUnit: boolean;
  readonly lineNumber: string;
  /** "3.1", "Annex A", "6.2.1". */
  readonly clause: string;
  /** "Table 1", "Note 2", "paragraph 3". */
  readonly paragraph: string;
  /** In the order written; empty when the sheet gives none. */
  readonly types: readonly CommentType[];
  readonly comment: string;
  readonly proposedChange: string;
  /** The "Observations of the secretariat" column, as written in the sheet. */
  readonly observations: string;
}

/** A row that could not be read, and why, in the user's words. */
export interface SheetProblem {
  readonly row: number;
  readonly message: string;
}

/** What a comment sheet holds. */
export interface CommentSheet {
  readonly fileName: string;
  readonly format: SheetFormat;
  /** "ISO/IEC template 2012-03 (8 columns)", "older ISO/IEC template (7 columns)", "spreadsheet". */
  readonly layout: string;
  /** Date, document and project above the table, where the sheet gives them ('' otherwise). */
  readonly date: string;
  readonly document: string;
  readonly project: string;
  readonly comments: readonly SheetComment[];
  readonly problems: readonly SheetProblem[];
}

/** A comment as the project holds it, with its disposition. */
export interface Comment {
  readonly id: number;
  /** The ballot's name, or '' for a comment imported without one. */
  readonly ballot: string;
  readonly identifier: string;
  readonly memberBody: string;
  readonly editingUnit: boolean;
  readonly lineNumber: string;
  readonly clause: string;
  readonly paragraph: string;
  readonly types: readonly CommentType[];
  readonly comment: string;
  readonly proposedChange: string;
  readonly observations: string;
  readonly sourceFile: string;
  readonly sourceRow: number | null;
  readonly decision: Decision | null;
  readonly resolution: string;
  readonly status: CommentStatus;
  readonly assignee: string;
  /** Identifiers of the comment this one duplicates, or that supersedes it; '' when none. */
  readonly duplicateOf: string;
  readonly supersededBy: string;
  readonly updatedAt: string;
}

/** Which comments to list; every given criterion must hold. */
export interface CommentFilter {
  readonly ballot?: string;
  readonly memberBody?: string;
  readonly type?: CommentType;
  /** "6" lists clause 6 and its subclauses (6.1, 6.2.3), not 60. */
  readonly clause?: string;
  /** A decision, or 'none' for comments with no decision yet. */
  readonly decision?: Decision | 'none';
  readonly status?: CommentStatus;
  readonly assignee?: string;
  /** Found in the comment, the proposed change, the resolution or the identifier, case aside. */
  readonly text?: string;
}

/** Whether `clause` ("6.2.1", "A.3") is `wanted` ("6") or one of its subclauses. */
export function inClause(clause: string, wanted: string): boolean {
  const trimmed = wanted.trim().replace(/\.$/, '');
  if (trimmed === '') return true;
  const value = clause.trim();
  return value === trimmed || value.startsWith(`${trimmed}.`);
}

/** What importing a sheet did. */
export interface CommentImportResult {
  readonly fileName: string;
  readonly layout: string;
  readonly ballot: string;
  readonly added: number;
  /** Identifiers of the comments whose sheet text changed since the last import. */
  readonly updated: readonly string[];
  readonly unchanged: number;
  readonly problems: readonly SheetProblem[];
}

/** A change to a comment's disposition; the fields left out stay as they are. */
export interface DispositionChange {
  readonly decision?: Decision | null;
  readonly resolution?: string;
  readonly status?: CommentStatus;
  readonly assignee?: string;
  /** The identifier of the comment this one duplicates, or that supersedes it (same ballot); '' clears it. */
  readonly duplicateOf?: string;
  readonly supersededBy?: string;
}

/** One recorded change to a comment: who, when, which field, before and after. */
export interface DispositionHistoryEntry {
  readonly changedAt: string;
  readonly changedBy: string;
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

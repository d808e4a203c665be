import type { Language } from './language';
import type { ProjectMetadata } from './projectMetadata';

/** A master text: the single authoritative text of the common text in one publication language. */
export interface MasterSummary {
  readonly language: Language;
  /** Characters of text in the master (not of its JSON). */
  readonly characters: number;
  /** Bytes of the stored ProseMirror JSON. */
  readonly bytes: number;
  readonly updatedAt: string;
}

/** A ProseMirror document as JSON, as the editor produces and consumes it. */
export interface DocumentJson {
  readonly type: string;
  readonly content?: readonly DocumentJson[];
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly marks?: readonly { readonly type: string; readonly attrs?: Readonly<Record<string, unknown>> }[];
}

export interface Master extends MasterSummary {
  readonly content: DocumentJson;
}

/** How many records the project holds in each register. */
export interface RegisterCounts {
  readonly iterations: number;
  readonly comments: number;
  readonly defectReports: number;
  readonly ballots: number;
}

/** Why a project was opened without the right to write. */
export interface ReadOnlyReason {
  readonly message: string;
}

/** Everything the shell needs to show an open project. */
export interface ProjectSnapshot {
  readonly path: string;
  readonly schemaVersion: number;
  readonly metadata: ProjectMetadata;
  readonly masters: readonly MasterSummary[];
  readonly counts: RegisterCounts;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Null when this window may write; otherwise why it may not. */
  readonly readOnly: ReadOnlyReason | null;
}

/** A project the user opened before, for the start screen and File > Open Recent. */
export interface RecentProject {
  readonly path: string;
  readonly title: string;
  readonly designation: string;
  readonly openedAt: string;
  /** False when the file is no longer where it was (moved, renamed, on a drive not mounted). */
  readonly available: boolean;
}

/** Plain text of a ProseMirror document: the text of its leaves, blocks separated by newlines. */
export function documentText(doc: DocumentJson): string {
  if (doc.text !== undefined) return doc.text;
  if (!doc.content) return '';
  const inline = doc.content.every((child) => child.text !== undefined || child.type === 'hardBreak');
  return doc.content.map(documentText).join(inline ? '' : '\n');
}

export function emptyDocument(): DocumentJson {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

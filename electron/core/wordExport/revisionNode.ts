import type { DocumentJson } from '../../../shared/domain/project';

/**
 * What the writer walks: a master as ProseMirror JSON, where a node may say it was inserted or
 * deleted since the older text, or what its attributes or marks were (see
 * shared/domain/diff/revisionDocument). A clean export walks the master itself: no node says so.
 */
export interface WrittenNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly text?: string;
  readonly marks?: DocumentJson['marks'];
  readonly content?: readonly WrittenNode[];
  readonly revision?: 'inserted' | 'deleted';
  readonly attrsBefore?: Readonly<Record<string, unknown>> | null;
  readonly marksBefore?: NonNullable<DocumentJson['marks']>;
}

export type Revision = 'inserted' | 'deleted';

import type { DocumentJson } from './project';

/**
 * What the change marks of a working master are counted from: the latest iteration, with the
 * changes the editor has accepted since made in it.
 */
export interface ReviewBase {
  readonly iteration: number;
  /** The iteration's date, YYYY-MM-DD, to name it: "changes since iteration 3 (2026-11-22)". */
  readonly date: string;
  readonly content: DocumentJson;
}

import type { CrossReferenceUse } from './crossReferenceUse';
import type { NumberedEntry } from './numberedEntry';
import type { NumberingProblem } from './numberingProblem';

/** The computed numbers of a document, its cross-references and what is wrong with them. */
export interface Numbering<N = unknown> {
  /** Every numbered or referable node, in document order. */
  readonly entries: readonly NumberedEntry<N>[];
  /** Entries by id; with duplicate ids, the first. */
  readonly byId: ReadonlyMap<string, NumberedEntry<N>>;
  /** Every cross-reference, in document order. */
  readonly crossReferences: readonly CrossReferenceUse<N>[];
  /** In document order; broken cross-references come last, in the order of the references. */
  readonly problems: readonly NumberingProblem<N>[];
}

import type { CrossReferenceForm } from '../documentModel';
import type { NumberedEntry } from './numberedEntry';

/** One `crossReference` node of the document and what it points at. */
export interface CrossReferenceUse<N = unknown> {
  readonly node: N;
  /** Position among the document's cross-references, from 0, in document order. */
  readonly index: number;
  /** The `target` attribute; '' when missing. */
  readonly target: string;
  readonly form: CrossReferenceForm;
  /** The nearest heading before the reference (of any kind), to say where it stands; null before the first. */
  readonly section: NumberedEntry<N> | null;
  /** The node it points at; null when broken. */
  readonly entry: NumberedEntry<N> | null;
}

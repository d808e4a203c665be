import type { CrossReferenceForm } from '../documentModel';

/** What a numbered or referable node is, which decides how its number is made and printed. */
export type NumberedKind =
  'clause' | 'annex' | 'appendix' | 'table' | 'figure' | 'note' | 'example' | 'term' | 'reference' | 'unnumberedHeading';

/** One numbered or referable node of the document, with its computed number and the texts made from it. */
export interface NumberedEntry<N = unknown> {
  /** The node's `id`; '' when it has none (listed as a problem). */
  readonly id: string;
  readonly node: N;
  readonly nodeType: string;
  readonly kind: NumberedKind;
  /** "6.2.1", "A", "II", "A.1", "3.2.1", "2" for NOTE 2, "" for a single NOTE, a reference or an unnumbered heading. */
  readonly number: string;
  /** As printed before the node: "6.2.1", "Annex B", "Appendix II", "Table A.1", "NOTE", "NOTE 2", "EXAMPLE 1", "3.2.1". */
  readonly label: string;
  /** What a cross-reference to the node reads, in each form: "6.2" / "clause 6.2", "Table A.1" in both. */
  readonly referenceText: Readonly<Record<CrossReferenceForm, string>>;
  /** Plain text of the heading, caption, term name or reference; '' for notes and examples. */
  readonly title: string;
  /** 1–6 for a clause heading; 0 for everything else. */
  readonly level: number;
  /** For an annex: whether it is normative; an appendix never is. Null for everything else. */
  readonly normative: boolean | null;
  /**
   * What the node is numbered within: a heading's enclosing heading (or its annex); for a note or
   * example in a table, the table; for anything else the nearest heading before it. Null at the top.
   */
  readonly parent: NumberedEntry<N> | null;
  /** The annex or appendix the node stands in; null in the body, the front and the back matter. */
  readonly annex: NumberedEntry<N> | null;
  /** Position in `Numbering.entries`. */
  readonly index: number;
}

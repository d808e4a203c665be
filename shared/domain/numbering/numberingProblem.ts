import type { CrossReferenceUse } from './crossReferenceUse';
import type { NumberedEntry } from './numberedEntry';

/** Something in the document that stops numbering or cross-references from being right. */
export type NumberingProblem<N = unknown> =
  /** A cross-reference whose target is not in the document (deleted, or never there). */
  | { readonly kind: 'brokenReference'; readonly reference: CrossReferenceUse<N> }
  /** Two nodes share an id: references go to the first. */
  | { readonly kind: 'duplicateId'; readonly id: string; readonly first: NumberedEntry<N>; readonly duplicate: NumberedEntry<N> }
  /** A numbered or referable node without an id cannot be referred to. */
  | { readonly kind: 'missingId'; readonly entry: NumberedEntry<N> }
  /** A heading more than one level below the one before it (1 then 3): its number shows a 0, "6.0.1". */
  | { readonly kind: 'skippedHeadingLevel'; readonly entry: NumberedEntry<N>; readonly previousLevel: number }
  /** A heading whose level is not 1–6: it is numbered at the nearest level that is. */
  | { readonly kind: 'headingLevelOutOfRange'; readonly entry: NumberedEntry<N>; readonly level: unknown };

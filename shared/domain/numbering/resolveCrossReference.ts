import type { CrossReferenceForm } from '../documentModel';
import type { NumberedEntry } from './numberedEntry';
import type { Numbering } from './numbering';

/** The text a cross-reference shows, or a marker that says it is broken. */
export type ResolvedCrossReference<N = unknown> =
  | { readonly broken: false; readonly text: string; readonly entry: NumberedEntry<N> }
  | { readonly broken: true; readonly text: string; readonly target: string };

/** What a cross-reference to `target` reads in the given form: "clause 6.2", "Table A.1", "[broken reference: t-7]". */
export function resolveCrossReference<N>(numbering: Numbering<N>, target: string, form: CrossReferenceForm): ResolvedCrossReference<N> {
  const entry = numbering.byId.get(target);
  if (entry) return { broken: false, text: entry.referenceText[form], entry };
  return { broken: true, text: `[broken reference: ${target}]`, target };
}

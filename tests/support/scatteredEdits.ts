import type { DocumentJson } from '../../shared/domain/project';
import type { EditedText, EditKind } from './randomEdits';
import { randomEdits, randomSource } from './randomEdits';

// Issue 5's 200 scattered edits between two iterations of a master (words, sentences, table cells,
// a row, bold, ASN.1 lines, a clause inserted, a clause moved, an annex deleted), shared by the
// diff benchmark and the change-marks benchmark so that both measure the same pair of texts.

/** The 200 edits: one moved clause and one deleted annex, the rest shared out in these numbers. */
export const editMix: readonly [EditKind, number][] = [
  ['insert-words', 40],
  ['delete-words', 30],
  ['replace-words', 30],
  ['insert-sentence', 20],
  ['delete-sentence', 20],
  ['edit-cell', 30],
  ['add-row', 4],
  ['toggle-bold', 12],
  ['edit-code-line', 10],
  ['insert-clause', 2],
];

/** The kinds of the mix in an order the seed shuffles, the clause move and the annex deletion last. */
export function scatteredKinds(seed: number): EditKind[] {
  const kinds: EditKind[] = editMix.flatMap(([kind, count]) => Array.from({ length: count }, () => kind));
  const random = randomSource(seed);
  for (let index = kinds.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [kinds[index], kinds[other]] = [kinds[other]!, kinds[index]!];
  }
  // The clause moves and the annex goes last, so that no later edit lands in them by chance.
  return [...kinds, 'move-clause', 'delete-annex'];
}

/** The newer iteration: `older` with the 200 scattered edits the seed places. */
export function scatteredEdits(older: DocumentJson, seed = 5): EditedText {
  return randomEdits(older, { seed, kinds: scatteredKinds(seed) });
}

import type { DocumentJson } from '../project';
import { plainText } from './plainText';
import { textWords } from './textWords';

interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

/** Unmatched neighbours pair up as one changed block when their words are at least this alike. */
export const similarEnough = 0.5;

const bags = new WeakMap<DocumentJson, WordBag>();
const wordLike = /[\p{L}\p{N}]/u;

function wordBag(block: DocumentJson): WordBag {
  let bag = bags.get(block);
  if (!bag) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const word of textWords(plainText([block]))) {
      if (!wordLike.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total += 1;
    }
    bag = { counts, total };
    bags.set(block, bag);
  }
  return bag;
}

/**
 * How alike two blocks read, from 0 to 1: the Dice coefficient of their words counted with
 * repetition, so word order and formatting do not matter.
 * Used to decide whether an unmatched older block became an unmatched newer one (an edited
 * paragraph) or was replaced by it. Two rows are at least as alike as the share of their cells
 * that are equal, place by place: a row whose one cell was rewritten is still that row.
 */
export function blockSimilarity(older: DocumentJson, newer: DocumentJson): number {
  const words = diceOfWords(wordBag(older), wordBag(newer));
  return older.type === 'tableRow' && newer.type === 'tableRow' ? Math.max(words, equalCells(older, newer)) : words;
}

/** Wordless blocks are alike; one emptied of its words is just alike enough to be that block emptied. */
function diceOfWords(a: WordBag, b: WordBag): number {
  if (a.total === 0 && b.total === 0) return 1;
  if (a.total === 0 || b.total === 0) return similarEnough;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [word, count] of small.counts) common += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * common) / (a.total + b.total);
}

function equalCells(older: DocumentJson, newer: DocumentJson): number {
  const a = older.content ?? [];
  const b = newer.content ?? [];
  const equal = a.filter((cell, index) => b[index] !== undefined && JSON.stringify(cell) === JSON.stringify(b[index])).length;
  return equal / Math.max(1, a.length, b.length);
}

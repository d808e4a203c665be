import type { DocumentJson } from '../project';
import type { MarkJson } from './documentDiff';
import type { EqualRun } from './equalRuns';
import { equalRuns } from './equalRuns';
import type { InlineRun } from './inlineRuns';
import { inlineRuns, inlineSlice } from './inlineRuns';
import { plainText } from './plainText';
import { stableJson } from './stableJson';
import { textWords } from './textWords';

/** A change inside one textblock, at offsets of its inline content in each text (see ChangeLocation). */
export interface InlineChange {
  readonly kind: 'insert' | 'delete' | 'format';
  /** The text inserted, deleted or reformatted (see plainText). */
  readonly text: string;
  readonly older: { readonly from: number; readonly to: number };
  readonly newer: { readonly from: number; readonly to: number };
  readonly inserted?: readonly DocumentJson[];
  readonly deleted?: readonly DocumentJson[];
  readonly marksBefore?: readonly MarkJson[];
  readonly marksAfter?: readonly MarkJson[];
}

/** A word, a space, a punctuation mark or an inline node, and where it stands. */
interface Token {
  /** What it is compared by: its text, or for an inline node the node without its marks. */
  readonly key: string;
  readonly run: InlineRun;
  readonly from: number;
  readonly to: number;
}

/** A stretch that differs: tokens [a0, a1) of the older text became [b0, b1) of the newer. */
interface Hunk {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * Past these, the middle of a block (or of a changed stretch of lines) is taken as replaced whole.
 * Myers's cost is (N + M) · D, so the allowed D shrinks as the block grows: no block costs more
 * than about `maxWork` steps, however long and however rewritten.
 */
const maxWordEdits = 1000;
const maxLineEdits = 2000;
const maxWork = 4_000_000;
const editsWithin = (most: number, lengthA: number, lengthB: number): number =>
  Math.min(most, Math.max(64, Math.floor(maxWork / Math.max(1, lengthA + lengthB))));
/** How far a pure insertion or deletion may slide to land on word boundaries. */
const maxSlide = 64;

const space = /^\s+$/;
const sentenceEnd = /^[.;:!?]$/;

/**
 * The changes between two versions of a textblock: a word-level diff (tokens: words, runs of
 * spaces, punctuation, each inline node), then the marks of the words that stayed compared, so that
 * bold added is a `format`, not a deletion and an insertion. A code block is compared line by line
 * first, then word by word inside the lines that changed.
 *
 * The diff is made readable the way people mark changes by hand: two replacements separated by one
 * space are one; an insertion or deletion slides to start on a word, at a sentence's start if it
 * can (so a deleted sentence reads as that sentence); a word extended or cut short ("quick" to
 * "quickly") shows as the letters inserted or deleted.
 */
export function diffInline(older: DocumentJson, newer: DocumentJson): InlineChange[] {
  const runsA = inlineRuns(older.content);
  const runsB = inlineRuns(newer.content);
  const tokensA = tokensOf(runsA);
  const tokensB = tokensOf(runsB);
  const runs = align(tokensA, tokensB, older.type === 'codeBlock');
  const hunks = slide(mergeAcrossSpaces(hunksBetween(runs, tokensA.length, tokensB.length), tokensA), tokensA, tokensB);
  const endA = runsA.at(-1)?.to ?? 0;
  const endB = runsB.at(-1)?.to ?? 0;
  const offsetA = (index: number): number => tokensA[index]?.from ?? endA;
  const offsetB = (index: number): number => tokensB[index]?.from ?? endB;

  const changes: InlineChange[] = [];
  let x = 0;
  let y = 0;
  for (const hunk of [...hunks, { a0: tokensA.length, a1: tokensA.length, b0: tokensB.length, b1: tokensB.length }]) {
    for (const change of formatChanges(tokensA, tokensB, x, y, hunk.a0 - x)) {
      changes.push({ ...change, text: plainText(inlineSlice(runsB, change.newer.from, change.newer.to)) });
    }
    x = hunk.a1;
    y = hunk.b1;
    if (hunk.a0 === hunk.a1 && hunk.b0 === hunk.b1) continue;
    const [olderFrom, olderTo, newerFrom, newerTo] = trimLetters(tokensA, tokensB, hunk, offsetA, offsetB);
    if (olderTo > olderFrom) {
      const deleted = inlineSlice(runsA, olderFrom, olderTo);
      changes.push({
        kind: 'delete',
        text: plainText(deleted),
        older: { from: olderFrom, to: olderTo },
        newer: { from: newerFrom, to: newerFrom },
        deleted,
      });
    }
    if (newerTo > newerFrom) {
      const inserted = inlineSlice(runsB, newerFrom, newerTo);
      changes.push({
        kind: 'insert',
        text: plainText(inserted),
        older: { from: olderTo, to: olderTo },
        newer: { from: newerFrom, to: newerTo },
        inserted,
      });
    }
  }
  return changes;
}

function tokensOf(runs: readonly InlineRun[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    if (run.text === null) {
      const { type, attrs, content, text } = run.node!;
      tokens.push({ key: `\u0000${stableJson({ type, attrs, content, text })}`, run, from: run.from, to: run.to });
      continue;
    }
    let offset = run.from;
    for (const word of textWords(run.text)) {
      tokens.push({ key: word, run, from: offset, to: offset + word.length });
      offset += word.length;
    }
  }
  return tokens;
}

/** Equal runs of tokens; for code, of whole lines first. */
function align(tokensA: readonly Token[], tokensB: readonly Token[], byLines: boolean): EqualRun[] {
  const numbers = new Map<string, number>();
  const number = (key: string): number => {
    let value = numbers.get(key);
    if (value === undefined) numbers.set(key, (value = numbers.size));
    return value;
  };
  const keysA = Int32Array.from(tokensA, (token) => number(token.key));
  const keysB = Int32Array.from(tokensB, (token) => number(token.key));
  if (!byLines) return [...equalRuns(keysA, keysB, editsWithin(maxWordEdits, keysA.length, keysB.length)).runs];

  const linesA = lineStarts(tokensA);
  const linesB = lineStarts(tokensB);
  const lineKey = (tokens: readonly Token[], starts: readonly number[], line: number): number =>
    number(
      `\u0001${tokens
        .slice(starts[line], starts[line + 1])
        .map((token) => token.key)
        .join('\u0002')}`,
    );
  const lineKeysA = Int32Array.from({ length: linesA.length - 1 }, (_, line) => lineKey(tokensA, linesA, line));
  const lineKeysB = Int32Array.from({ length: linesB.length - 1 }, (_, line) => lineKey(tokensB, linesB, line));
  const runs: EqualRun[] = [];
  let lineA = 0;
  let lineB = 0;
  const wordsBetween = (toLineA: number, toLineB: number): void => {
    const fromA = linesA[lineA]!;
    const fromB = linesB[lineB]!;
    const regionA = keysA.subarray(fromA, linesA[toLineA]);
    const regionB = keysB.subarray(fromB, linesB[toLineB]);
    const inner = equalRuns(regionA, regionB, editsWithin(maxWordEdits, regionA.length, regionB.length));
    for (const run of inner.runs) runs.push({ older: fromA + run.older, newer: fromB + run.newer, length: run.length });
  };
  for (const run of equalRuns(lineKeysA, lineKeysB, editsWithin(maxLineEdits, lineKeysA.length, lineKeysB.length)).runs) {
    wordsBetween(run.older, run.newer);
    const fromA = linesA[run.older]!;
    runs.push({ older: fromA, newer: linesB[run.newer]!, length: linesA[run.older + run.length]! - fromA });
    lineA = run.older + run.length;
    lineB = run.newer + run.length;
  }
  wordsBetween(linesA.length - 1, linesB.length - 1);
  return runs;
}

/** The token index where each line starts, and the token count at the end. */
function lineStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  tokens.forEach((token, index) => {
    if (token.key === '\n' && index + 1 < tokens.length) starts.push(index + 1);
  });
  starts.push(tokens.length);
  return tokens.length === 0 ? [0, 0] : starts;
}

function hunksBetween(runs: readonly EqualRun[], lengthA: number, lengthB: number): Hunk[] {
  const hunks: Hunk[] = [];
  let x = 0;
  let y = 0;
  for (const run of [...runs, { older: lengthA, newer: lengthB, length: 0 }]) {
    if (run.older > x || run.newer > y) hunks.push({ a0: x, a1: run.older, b0: y, b1: run.newer });
    x = run.older + run.length;
    y = run.newer + run.length;
  }
  return hunks;
}

const replaces = (hunk: Hunk): boolean => hunk.a1 > hunk.a0 && hunk.b1 > hunk.b0;

/**
 * A replacement and another change with only a space between read as one ("quick brown" to "slow
 * red"; "match a" to "directory new filter"); two pure insertions or deletions stay apart.
 */
function mergeAcrossSpaces(hunks: readonly Hunk[], tokensA: readonly Token[]): Hunk[] {
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const last = merged.at(-1);
    if (last && (replaces(last) || replaces(hunk)) && hunk.a0 === last.a1 + 1 && space.test(tokensA[last.a1]!.key)) {
      last.a1 = hunk.a1;
      last.b1 = hunk.b1;
    } else {
      merged.push({ ...hunk });
    }
  }
  return merged;
}

/**
 * Slides each pure insertion or deletion along the equal text around it, where the same tokens
 * repeat, to the place that reads best (see `boundaryScore`).
 */
function slide(hunks: Hunk[], tokensA: readonly Token[], tokensB: readonly Token[]): Hunk[] {
  hunks.forEach((hunk, index) => {
    const deletion = hunk.b0 === hunk.b1;
    if (!deletion && hunk.a0 !== hunk.a1) return;
    const tokens = deletion ? tokensA : tokensB;
    const start = deletion ? hunk.a0 : hunk.b0;
    const end = deletion ? hunk.a1 : hunk.b1;
    const previous = hunks[index - 1];
    const next = hunks[index + 1];
    const lowest = previous ? (deletion ? previous.a1 : previous.b1) : 0;
    const highest = next ? (deletion ? next.a0 : next.b0) : tokens.length;
    let left = 0;
    while (left < maxSlide && start - left > lowest && tokens[start - left - 1]!.key === tokens[end - left - 1]!.key) left += 1;
    let right = 0;
    while (right < maxSlide && end + right < highest && tokens[start + right]!.key === tokens[end + right]!.key) right += 1;
    let best = 0;
    let bestScore = -1;
    for (let shift = -left; shift <= right; shift += 1) {
      const score = boundaryScore(tokens, start + shift, end + shift);
      if (score > bestScore) {
        bestScore = score;
        best = shift;
      }
    }
    hunk.a0 += best;
    hunk.a1 += best;
    hunk.b0 += best;
    hunk.b1 += best;
  });
  return hunks;
}

/**
 * Higher where tokens [start, end) are whole lines (code), start on a word after a space, end at a
 * space, and start a sentence.
 */
function boundaryScore(tokens: readonly Token[], start: number, end: number): number {
  const isSpace = (token: Token | undefined): boolean => token !== undefined && space.test(token.key);
  const before = tokens[start - 1];
  let score = 0;
  if ((!before || before.key === '\n') && (end === tokens.length || tokens[end - 1]!.key === '\n')) score += 4;
  if ((!before || isSpace(before)) && !isSpace(tokens[start])) score += 2;
  if (isSpace(tokens[end - 1]) || end === tokens.length || isSpace(tokens[end])) score += 1;
  if (!before || (isSpace(before) && (start < 2 || sentenceEnd.test(tokens[start - 2]!.key)))) score += 1;
  return score;
}

/**
 * The hunk in offsets [olderFrom, olderTo, newerFrom, newerTo]. Where the older tokens, letter by
 * letter (marks included), are the newer ones with letters added, or the reverse, only those
 * letters count ("quick" to "quickly" inserts "ly").
 */
function trimLetters(
  tokensA: readonly Token[],
  tokensB: readonly Token[],
  hunk: Hunk,
  offsetA: (index: number) => number,
  offsetB: (index: number) => number,
): [number, number, number, number] {
  const whole: [number, number, number, number] = [offsetA(hunk.a0), offsetA(hunk.a1), offsetB(hunk.b0), offsetB(hunk.b1)];
  if (!replaces(hunk)) return whole;
  const unitsA = letters(tokensA, hunk.a0, hunk.a1);
  const unitsB = letters(tokensB, hunk.b0, hunk.b1);
  const shorter = Math.min(unitsA.length, unitsB.length);
  let prefix = 0;
  while (prefix < shorter && unitsA[prefix]!.key === unitsB[prefix]!.key) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && unitsA[unitsA.length - 1 - suffix]!.key === unitsB[unitsB.length - 1 - suffix]!.key) suffix += 1;
  if (prefix + suffix < shorter) return whole;
  const at = (units: readonly Letter[], index: number, end: number): number => units[index]?.from ?? end;
  return [
    at(unitsA, prefix, whole[1]),
    at(unitsA, unitsA.length - suffix, whole[1]),
    at(unitsB, prefix, whole[3]),
    at(unitsB, unitsB.length - suffix, whole[3]),
  ];
}

interface Letter {
  readonly key: string;
  readonly from: number;
}

/** The characters (code points) of tokens [start, end) with their marks, an inline node as one. */
function letters(tokens: readonly Token[], start: number, end: number): Letter[] {
  const units: Letter[] = [];
  for (let index = start; index < end; index += 1) {
    const token = tokens[index]!;
    if (token.run.text === null) {
      units.push({ key: `${token.key}\u0000${token.run.marksKey}`, from: token.from });
      continue;
    }
    let offset = token.from;
    for (const character of token.key) {
      units.push({ key: `${character}\u0000${token.run.marksKey}`, from: offset });
      offset += character.length;
    }
  }
  return units;
}

/** Among `length` equal tokens from a and b: runs of the same marks before and after that differ, each one change. */
function formatChanges(
  tokensA: readonly Token[],
  tokensB: readonly Token[],
  a: number,
  b: number,
  length: number,
): Omit<InlineChange, 'text'>[] {
  const changes: Omit<InlineChange, 'text'>[] = [];
  let open: { a: Token; b: Token; lastA: Token; lastB: Token } | null = null;
  const close = (): void => {
    if (!open) return;
    changes.push({
      kind: 'format',
      older: { from: open.a.from, to: open.lastA.to },
      newer: { from: open.b.from, to: open.lastB.to },
      marksBefore: open.a.run.marks,
      marksAfter: open.b.run.marks,
    });
    open = null;
  };
  for (let k = 0; k < length; k += 1) {
    const tokenA = tokensA[a + k]!;
    const tokenB = tokensB[b + k]!;
    if (tokenA.run.marksKey === tokenB.run.marksKey) {
      close();
    } else if (open && open.a.run.marksKey === tokenA.run.marksKey && open.b.run.marksKey === tokenB.run.marksKey) {
      open.lastA = tokenA;
      open.lastB = tokenB;
    } else {
      close();
      open = { a: tokenA, b: tokenB, lastA: tokenA, lastB: tokenB };
    }
  }
  close();
  return changes;
}

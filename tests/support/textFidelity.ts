/**
 * How much of a reference text a candidate text reproduces, character by character, whitespace aside.
 *
 * The Word importer's fidelity measure: the reference is LibreOffice's plain text of a sample, the candidate the
 * imported master's plain text. Whitespace never counts because LibreOffice writes tabs and blank lines where the
 * importer writes spaces. Tokens (runs of non-whitespace) are aligned with Myers' diff; inside each replaced
 * region the characters are aligned again, so a token split differently ("1–" against "1 –") keeps its credit.
 */
export interface TextFidelity {
  /** Characters of the reference (whitespace excluded) that the candidate also has, in order: 0–1. */
  readonly recall: number;
  /** Characters of the candidate (whitespace excluded) that the reference also has, in order: 0–1. */
  readonly precision: number;
  readonly referenceCharacters: number;
  readonly candidateCharacters: number;
  /** The first few differences, for a failing test's message: what the reference has that the candidate lacks, and the reverse, with a little context. */
  readonly differences: readonly { readonly missing: string; readonly extra: string; readonly context: string }[];
  /** True when the texts differ too much for a token alignment, and whole paragraphs were compared instead. */
  readonly approximate: boolean;
}

type Difference = TextFidelity['differences'][number];

interface Alignment {
  readonly matched: number;
  readonly differences: readonly Difference[];
  readonly approximate: boolean;
}

/** Past this many token insertions and deletions the texts are unrelated enough that paragraphs will do. */
const maximumTokenEdits = 20_000;
/** The same bound for the paragraph comparison; past it paragraphs are matched regardless of order. */
const maximumParagraphEdits = 20_000;
/** A replaced region longer than this on either side is different text, not the same text cut differently. */
const maximumRegionCharacters = 2_000;
const maximumDifferences = 10;
const contextTokens = 6;
const shownCharacters = 160;

export function textFidelity(reference: string, candidate: string): TextFidelity {
  const referenceText = normalised(reference);
  const candidateText = normalised(candidate);
  const referenceTokens = tokens(referenceText);
  const candidateTokens = tokens(candidateText);
  const referenceCharacters = sum(referenceTokens.map(characterCount));
  const candidateCharacters = sum(candidateTokens.map(characterCount));
  const alignment = tokenAlignment(referenceTokens, candidateTokens) ?? paragraphAlignment(referenceText, candidateText);
  return {
    recall: ratio(alignment.matched, referenceCharacters),
    precision: ratio(alignment.matched, candidateCharacters),
    referenceCharacters,
    candidateCharacters,
    differences: alignment.differences,
    approximate: alignment.approximate,
  };
}

/**
 * NFC, with the characters Word and LibreOffice spell differently made alike: non-breaking spaces become spaces,
 * a non-breaking hyphen a hyphen, and invisible format characters (soft hyphen, byte order mark, zero-width and
 * direction marks) go. Quotes stay as they are: curly against straight is a real difference.
 */
function normalised(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00A0\u202F]/gu, ' ')
    .replace(/\u2011/gu, '-')
    .replace(/\p{Cf}/gu, '');
}

function tokens(text: string): string[] {
  return text.split(/\s+/u).filter((token) => token.length > 0);
}

/** Code points, so that a character outside the Basic Multilingual Plane counts once. */
function characterCount(text: string): number {
  let count = 0;
  for (const _character of text) count++;
  return count;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** An empty text has nothing to miss. */
function ratio(matched: number, total: number): number {
  return total === 0 ? 1 : matched / total;
}

function tokenAlignment(referenceTokens: readonly string[], candidateTokens: readonly string[]): Alignment | undefined {
  const codes = new Map<string, number>();
  const referenceCodes = encoded(referenceTokens, codes);
  const candidateCodes = encoded(candidateTokens, codes);
  // Cheap to know, and spares the diff's worst case on texts that are plainly unrelated.
  if (editsAtLeast(referenceCodes, candidateCodes, codes.size) > maximumTokenEdits) return undefined;
  const common = commonSubsequence(referenceCodes, candidateCodes, maximumTokenEdits);
  if (common === undefined) return undefined;
  let matched = 0;
  const differences: Difference[] = [];
  let referenceNext = 0;
  let candidateNext = 0;
  for (let index = 0; index <= common.first.length; index++) {
    const referenceIndex = common.first[index] ?? referenceTokens.length;
    const candidateIndex = common.second[index] ?? candidateTokens.length;
    if (referenceIndex > referenceNext || candidateIndex > candidateNext) {
      const missing = referenceTokens.slice(referenceNext, referenceIndex);
      const extra = candidateTokens.slice(candidateNext, candidateIndex);
      const missingText = missing.join('');
      const extraText = extra.join('');
      const inCommon = commonCharacters(missingText, extraText);
      matched += inCommon;
      const whollyMatched = inCommon === characterCount(missingText) && inCommon === characterCount(extraText);
      if (!whollyMatched && differences.length < maximumDifferences) {
        differences.push({
          missing: shortened(missing.join(' ')),
          extra: shortened(extra.join(' ')),
          context: context(referenceTokens, referenceNext, referenceIndex),
        });
      }
    }
    const token = referenceTokens[referenceIndex];
    if (token !== undefined) matched += characterCount(token);
    referenceNext = referenceIndex + 1;
    candidateNext = candidateIndex + 1;
  }
  return { matched, differences, approximate: false };
}

/** Characters two replaced regions share in order, or none when a region is too long to be a rewording. */
function commonCharacters(missing: string, extra: string): number {
  if (missing.length === 0 || extra.length === 0) return 0;
  const missingCodes = codePoints(missing);
  const extraCodes = codePoints(extra);
  if (missingCodes.length > maximumRegionCharacters || extraCodes.length > maximumRegionCharacters) return 0;
  return commonSubsequence(missingCodes, extraCodes, Infinity)?.first.length ?? 0;
}

function codePoints(text: string): Int32Array {
  return Int32Array.from(text, (character) => character.codePointAt(0) ?? 0);
}

/** Each distinct string as a small number, the same number in both texts, so that the diff compares integers. */
function encoded(strings: readonly string[], codes: Map<string, number>): Int32Array {
  return Int32Array.from(strings, (text) => {
    let code = codes.get(text);
    if (code === undefined) {
      code = codes.size;
      codes.set(text, code);
    }
    return code;
  });
}

/** A lower bound of the insertions and deletions: each surplus occurrence of a value in either sequence is one. */
function editsAtLeast(first: Int32Array, second: Int32Array, distinctValues: number): number {
  const balance = new Int32Array(distinctValues);
  for (const value of first) balance[value] = (balance[value] ?? 0) + 1;
  for (const value of second) balance[value] = (balance[value] ?? 0) - 1;
  return balance.reduce((total, count) => total + Math.abs(count), 0);
}

/** The reference's words either side of a difference, with "[…]" where the difference sits. */
function context(referenceTokens: readonly string[], start: number, end: number): string {
  const before = referenceTokens.slice(Math.max(0, start - contextTokens), start).join(' ');
  const after = referenceTokens.slice(end, end + contextTokens).join(' ');
  return `${before} […] ${after}`.trim();
}

function shortened(text: string): string {
  return text.length <= shownCharacters ? text : `${text.slice(0, shownCharacters)}…`;
}

/**
 * The coarse comparison for texts too different to align word by word: each line (a paragraph in both
 * LibreOffice's text and the importer's) counts its characters when the other text has it too, whitespace aside.
 */
function paragraphAlignment(referenceText: string, candidateText: string): Alignment {
  const referenceParagraphs = paragraphs(referenceText);
  const candidateParagraphs = paragraphs(candidateText);
  const codes = new Map<string, number>();
  const referenceCodes = encoded(
    referenceParagraphs.map((paragraph) => paragraph.key),
    codes,
  );
  const candidateCodes = encoded(
    candidateParagraphs.map((paragraph) => paragraph.key),
    codes,
  );
  const common =
    editsAtLeast(referenceCodes, candidateCodes, codes.size) > maximumParagraphEdits
      ? undefined
      : commonSubsequence(referenceCodes, candidateCodes, maximumParagraphEdits);
  if (common === undefined) return unorderedParagraphAlignment(referenceParagraphs, candidateParagraphs);
  let matched = 0;
  const differences: Difference[] = [];
  let referenceNext = 0;
  let candidateNext = 0;
  for (let index = 0; index <= common.first.length; index++) {
    const referenceIndex = common.first[index] ?? referenceParagraphs.length;
    const candidateIndex = common.second[index] ?? candidateParagraphs.length;
    const regionChanged = referenceIndex > referenceNext || candidateIndex > candidateNext;
    if (regionChanged && differences.length < maximumDifferences) {
      differences.push({
        missing: shortened(lines(referenceParagraphs.slice(referenceNext, referenceIndex))),
        extra: shortened(lines(candidateParagraphs.slice(candidateNext, candidateIndex))),
        context: shortened(referenceParagraphs[referenceNext - 1]?.text ?? ''),
      });
    }
    matched += referenceParagraphs[referenceIndex]?.characters ?? 0;
    referenceNext = referenceIndex + 1;
    candidateNext = candidateIndex + 1;
  }
  return { matched, differences, approximate: true };
}

interface Paragraph {
  /** The paragraph without its whitespace: what is compared. */
  readonly key: string;
  /** The paragraph as written, trimmed: what a message shows. */
  readonly text: string;
  readonly characters: number;
}

function paragraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((line) => {
      const key = line.replace(/\s+/gu, '');
      return { key, text: line.trim(), characters: characterCount(key) };
    })
    .filter((paragraph) => paragraph.characters > 0);
}

function lines(paragraphList: readonly Paragraph[]): string {
  return paragraphList.map((paragraph) => paragraph.text).join(' / ');
}

/** The last resort, linear in the size of the texts: paragraphs both texts have, in whatever order. */
function unorderedParagraphAlignment(referenceParagraphs: readonly Paragraph[], candidateParagraphs: readonly Paragraph[]): Alignment {
  const available = new Map<string, number>();
  for (const paragraph of candidateParagraphs) available.set(paragraph.key, (available.get(paragraph.key) ?? 0) + 1);
  let matched = 0;
  const differences: Difference[] = [];
  for (const paragraph of referenceParagraphs) {
    const count = available.get(paragraph.key) ?? 0;
    if (count > 0) {
      available.set(paragraph.key, count - 1);
      matched += paragraph.characters;
    } else if (differences.length < maximumDifferences) {
      differences.push({ missing: shortened(paragraph.text), extra: '', context: '(paragraphs compared regardless of order)' });
    }
  }
  return { matched, differences, approximate: true };
}

/** Positions of a longest common subsequence: first[i] in the first sequence pairs with second[i] in the second. */
interface CommonSubsequence {
  readonly first: number[];
  readonly second: number[];
}

/**
 * A longest common subsequence by Myers' O(ND) difference algorithm in linear space (the "middle snake"
 * bisection, as diff-match-patch does it), or undefined when the sequences need more than maximumEdits
 * insertions and deletions: unrelated texts would otherwise cost time quadratic in their length.
 */
function commonSubsequence(first: Int32Array, second: Int32Array, maximumEdits: number): CommonSubsequence | undefined {
  const common: CommonSubsequence = { first: [], second: [] };
  return collect(first, 0, first.length, second, 0, second.length, maximumEdits, common) ? common : undefined;
}

/** Appends the common subsequence of first[firstStart, firstEnd) and second[secondStart, secondEnd), in order. */
function collect(
  first: Int32Array,
  firstStart: number,
  firstEnd: number,
  second: Int32Array,
  secondStart: number,
  secondEnd: number,
  maximumEdits: number,
  common: CommonSubsequence,
): boolean {
  while (firstStart < firstEnd && secondStart < secondEnd && first[firstStart] === second[secondStart]) {
    common.first.push(firstStart++);
    common.second.push(secondStart++);
  }
  let suffix = 0;
  while (
    firstStart < firstEnd - suffix &&
    secondStart < secondEnd - suffix &&
    first[firstEnd - 1 - suffix] === second[secondEnd - 1 - suffix]
  ) {
    suffix++;
  }
  const middleFirstEnd = firstEnd - suffix;
  const middleSecondEnd = secondEnd - suffix;
  if (firstStart < middleFirstEnd && secondStart < middleSecondEnd) {
    const split = bisection(first, firstStart, middleFirstEnd, second, secondStart, middleSecondEnd, maximumEdits);
    if (split === 'too many edits') return false;
    if (split !== 'nothing in common') {
      // Only the whole problem needs the bound: each half of an optimal path has fewer edits than the whole.
      collect(first, firstStart, split.first, second, secondStart, split.second, Infinity, common);
      collect(first, split.first, middleFirstEnd, second, split.second, middleSecondEnd, Infinity, common);
    }
  }
  for (let offset = 0; offset < suffix; offset++) {
    common.first.push(middleFirstEnd + offset);
    common.second.push(middleSecondEnd + offset);
  }
  return true;
}

/**
 * Where an optimal edit path crosses its middle: the forward and the backward searches run until their furthest
 * points meet on a diagonal. The sequences must differ at both ends, so that both halves are smaller problems.
 */
function bisection(
  first: Int32Array,
  firstStart: number,
  firstEnd: number,
  second: Int32Array,
  secondStart: number,
  secondEnd: number,
  maximumEdits: number,
): { readonly first: number; readonly second: number } | 'nothing in common' | 'too many edits' {
  const firstLength = firstEnd - firstStart;
  const secondLength = secondEnd - secondStart;
  const largestStep = Math.ceil((firstLength + secondLength) / 2);
  const stepLimit = Math.min(largestStep, Math.ceil(maximumEdits / 2) + 1);
  const offset = stepLimit + 1;
  // forward[offset + k]: the furthest x reached on diagonal k = x - y; backward likewise from the far corner.
  // -1 marks a diagonal not reached yet.
  const forward = new Int32Array(2 * offset + 2).fill(-1);
  const backward = new Int32Array(2 * offset + 2).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = firstLength - secondLength;
  // With an odd delta the paths can first meet during a forward step, with an even one during a backward step.
  const meetForward = delta % 2 !== 0;
  // Diagonals that have run off the grid are skipped from then on.
  let forwardStartTrim = 0;
  let forwardEndTrim = 0;
  let backwardStartTrim = 0;
  let backwardEndTrim = 0;
  for (let step = 0; step < stepLimit; step++) {
    for (let diagonal = -step + forwardStartTrim; diagonal <= step - forwardEndTrim; diagonal += 2) {
      const index = offset + diagonal;
      let x =
        diagonal === -step || (diagonal !== step && at(forward, index - 1) < at(forward, index + 1))
          ? at(forward, index + 1)
          : at(forward, index - 1) + 1;
      let y = x - diagonal;
      while (x < firstLength && y < secondLength && first[firstStart + x] === second[secondStart + y]) {
        x++;
        y++;
      }
      forward[index] = x;
      if (x > firstLength) {
        forwardEndTrim += 2;
      } else if (y > secondLength) {
        forwardStartTrim += 2;
      } else if (meetForward) {
        const backwardIndex = offset + delta - diagonal;
        const reached = backwardIndex >= 0 && backwardIndex < backward.length ? at(backward, backwardIndex) : -1;
        if (reached !== -1 && x >= firstLength - reached) return { first: firstStart + x, second: secondStart + y };
      }
    }
    for (let diagonal = -step + backwardStartTrim; diagonal <= step - backwardEndTrim; diagonal += 2) {
      const index = offset + diagonal;
      let x =
        diagonal === -step || (diagonal !== step && at(backward, index - 1) < at(backward, index + 1))
          ? at(backward, index + 1)
          : at(backward, index - 1) + 1;
      let y = x - diagonal;
      while (x < firstLength && y < secondLength && first[firstEnd - 1 - x] === second[secondEnd - 1 - y]) {
        x++;
        y++;
      }
      backward[index] = x;
      if (x > firstLength) {
        backwardEndTrim += 2;
      } else if (y > secondLength) {
        backwardStartTrim += 2;
      } else if (!meetForward) {
        const forwardIndex = offset + delta - diagonal;
        const reached = forwardIndex >= 0 && forwardIndex < forward.length ? at(forward, forwardIndex) : -1;
        if (reached !== -1 && reached >= firstLength - x) {
          return { first: firstStart + reached, second: secondStart + reached - (delta - diagonal) };
        }
      }
    }
  }
  return stepLimit < largestStep ? 'too many edits' : 'nothing in common';
}

function at(values: Int32Array, index: number): number {
  return values[index] ?? -1;
}

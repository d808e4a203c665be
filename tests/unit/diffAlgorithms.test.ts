import { describe, expect, it } from 'vitest';
import { equalRuns } from '../../shared/domain/diff/equalRuns';
import { longestIncreasing } from '../../shared/domain/diff/longestIncreasing';
import { textWords } from '../../shared/domain/diff/textWords';
import { randomSource } from '../support/randomEdits';

/** The length of a longest common subsequence, by the textbook table. */
function commonLength(a: readonly number[], b: readonly number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}

const randomList = (random: () => number, length: number, letters: number): number[] =>
  Array.from({ length }, () => Math.floor(random() * letters));

describe('equalRuns', () => {
  it('finds a longest common subsequence, in runs that are equal and in order on both sides', () => {
    const random = randomSource(11);
    for (let round = 0; round < 500; round += 1) {
      const a = randomList(random, Math.floor(random() * 30), 1 + Math.floor(random() * 5));
      const b = randomList(random, Math.floor(random() * 30), 1 + Math.floor(random() * 5));
      const { runs, exact } = equalRuns(a, b, 1000);
      expect(exact).toBe(true);
      let x = 0;
      let y = 0;
      for (const run of runs) {
        expect(run.older).toBeGreaterThanOrEqual(x);
        expect(run.newer).toBeGreaterThanOrEqual(y);
        expect(a.slice(run.older, run.older + run.length)).toEqual(b.slice(run.newer, run.newer + run.length));
        x = run.older + run.length;
        y = run.newer + run.length;
      }
      expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(commonLength(a, b));
    }
  });

  it('gives up on the middle past the edits allowed, keeping the common start and end', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 9];
    const b = [1, 2, 7, 6, 5, 4, 3, 9];
    expect(equalRuns(a, b, 2)).toEqual({
      runs: [
        { older: 0, newer: 0, length: 2 },
        { older: 7, newer: 7, length: 1 },
      ],
      exact: false,
    });
    expect(equalRuns(a, b, 100).exact).toBe(true);
  });
});

describe('longestIncreasing', () => {
  it('marks a longest strictly increasing subsequence', () => {
    const random = randomSource(12);
    for (let round = 0; round < 300; round += 1) {
      const values = randomList(random, Math.floor(random() * 25), 20);
      const members = longestIncreasing(values);
      const chosen = values.filter((_, index) => members[index]);
      chosen.forEach((value, index) => index > 0 && expect(value).toBeGreaterThan(chosen[index - 1]!));
      // The longest, by the quadratic recurrence.
      const best = values.map(() => 1);
      values.forEach((value, i) => values.slice(0, i).forEach((other, j) => other < value && (best[i] = Math.max(best[i]!, best[j]! + 1))));
      expect(chosen.length).toBe(Math.max(0, ...best));
    }
  });
});

describe('textWords', () => {
  it('cuts text into words, spaces, line breaks and single punctuation marks, and gives it back whole', () => {
    expect(textWords('ISO/IEC 9594-2:2020,  see  clause 6.2.\n  next')).toEqual([
      'ISO',
      '/',
      'IEC',
      ' ',
      '9594',
      '-',
      '2',
      ':',
      '2020',
      ',',
      '  ',
      'see',
      '  ',
      'clause',
      ' ',
      '6',
      '.',
      '2',
      '.',
      '\n',
      '  ',
      'next',
    ]);
    const samples = ['Ромашка – цветок.', 'نص عربي، هنا', '本建议书 | 国际标准', 'naïve café', 'emoji 😀 here'];
    for (const sample of samples) expect(textWords(sample).join('')).toBe(sample);
  });

  it('takes each Chinese or Japanese character as a word, as those scripts put no spaces between words', () => {
    expect(textWords('目录服务')).toEqual(['目', '录', '服', '务']);
    expect(textWords('カタカナX.500')).toEqual(['カ', 'タ', 'カ', 'ナ', 'X', '.', '500']);
  });
});

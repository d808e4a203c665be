import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { masterPlainText } from '../../electron/cli/masterPlainText';
import { applyDiff } from '../../shared/domain/diff/applyDiff';
import { diffDocuments } from '../../shared/domain/diff/diffDocuments';
import { changeKinds } from '../../shared/domain/diff/documentDiff';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { DocumentJson } from '../../shared/domain/project';
import { generateCommonText } from '../support/commonTextGenerator';
import { scatteredEdits } from '../support/scatteredEdits';
import { temporaryFolder } from '../support/temporaryFolder';

// Issue 5: the diff between two iterations of the generated 300-page master, the newer with 200
// scattered edits (words, sentences, table cells, a row, bold, ASN.1 lines, a clause inserted, a
// clause moved, an annex deleted), beside `git diff --no-index --word-diff` on the two plain texts
// in the same run, for scale. The figures are printed beside the target, never asserted.

const folder = temporaryFolder('cts-bench-diff-');
afterAll(() => folder.remove());

const target = 300;
const rounds = 15;

const plainTextOf = (master: DocumentJson): string => masterPlainText(master, computeNumbering(master, documentJsonAdapter));

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

describe('diff between two iterations of a 300-page master', () => {
  const { doc: older, stats } = generateCommonText();
  const { doc: newer, made } = scatteredEdits(older, 5);

  // A copy, not the same object: diffDocuments answers `older === newer` at once.
  const copy = structuredClone(older);

  test('with 200 scattered edits', async ({ bench }) => {
    await bench.compare(
      bench('diffDocuments, 200 scattered edits', () => diffDocuments(older, newer)),
      bench('diffDocuments, identical texts (a copy)', () => diffDocuments(older, copy)),
      { iterations: 10, time: 2000 },
    );

    // The same figures by hand, with what git takes on the plain texts, in one table.
    const diffTimes: number[] = [];
    let diff = diffDocuments(older, newer);
    for (let round = 0; round < rounds; round += 1) {
      const [result, time] = timed(() => diffDocuments(older, newer));
      diff = result;
      diffTimes.push(time);
    }
    const [, applyTime] = timed(() => applyDiff(older, diff));
    const identicalTimes = Array.from({ length: 5 }, () => timed(() => diffDocuments(older, copy))[1]);

    const olderFile = path.join(folder.path, 'older.txt');
    const newerFile = path.join(folder.path, 'newer.txt');
    fs.writeFileSync(olderFile, plainTextOf(older));
    fs.writeFileSync(newerFile, plainTextOf(newer));
    const gitTimes: number[] = [];
    let gitOutput = '';
    for (let round = 0; round < 3; round += 1) {
      const [result, time] = timed(() =>
        spawnSync('git', ['diff', '--no-index', '--word-diff', '--no-color', olderFile, newerFile], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        }),
      );
      gitOutput = result.stdout ?? '';
      gitTimes.push(time);
    }
    const gitHunks = gitOutput.split('\n').filter((line) => line.startsWith('@@')).length;

    const counts = changeKinds.map((kind) => `${diff.changes.filter((change) => change.kind === kind).length} ${kind}`).join(', ');
    const rows: [string, string, string][] = [
      ['diffDocuments (median of 15)', ms(median(diffTimes)), `< ${target} ms`],
      ['  slowest of 15', ms(Math.max(...diffTimes)), ''],
      ['applyDiff (gives the newer text back)', ms(applyTime), ''],
      ['diffDocuments on identical texts (a copy, median of 5)', ms(median(identicalTimes)), ''],
      ['git diff --no-index --word-diff on the plain texts (median of 3)', ms(median(gitTimes)), 'for scale'],
    ];
    const widths = [0, 1, 2].map((column) => Math.max(8, ...rows.map((row) => row[column]!.length)));
    const line = (values: readonly string[]) => `| ${values.map((value, index) => value.padEnd(widths[index]!)).join(' | ')} |`;
    const cpus = os.cpus();
    console.log(
      [
        '',
        `Diff of two iterations of the generated master (${stats.words} words, ${stats.headings} headings, ${stats.tables} tables, ${stats.codeBlocks} ASN.1 blocks; ` +
          `${(JSON.stringify(older).length / 1e6).toFixed(1)} MB of JSON, ${(fs.statSync(olderFile).size / 1e6).toFixed(1)} MB of plain text)`,
        '',
        line(['Measure', 'This run', 'Target']),
        `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
        ...rows.map(line),
        '',
        `Edits made: ${made.length} (${made.filter((edit) => edit.startsWith('move-clause')).join('; ')}; ${made.filter((edit) => edit.startsWith('delete-annex')).join('; ')}).`,
        `Changes found: ${diff.changes.length} (${counts}); git: ${gitHunks} hunks.`,
        `Machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}; Node ${process.versions.node}.`,
        '',
      ].join('\n'),
    );
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportWordDocument } from '../../electron/core/wordExport/exportWordDocument';
import { openWordPackage } from '../../electron/core/wordImport/wordPackage';
import { parseXml } from '../../electron/core/wordImport/xmlTree';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import { generateCommonText } from '../support/commonTextGenerator';
import { masterHtml } from '../support/masterHtml';
import { scatteredEdits } from '../support/scatteredEdits';
import { temporaryFolder } from '../support/temporaryFolder';

// Issue 6: the DOCX export of the generated 300-page master, clean and with the change marks of 200
// scattered edits as Word revisions (target under 3 s each), beside pandoc converting the same
// content, as HTML, to DOCX in the same run. The figures are printed, never asserted; the files are
// checked to be real documents, so an empty export cannot pass for a fast one.

const folder = temporaryFolder('cts-bench-export-');
afterAll(() => folder.remove());

const edition = {
  metadata: { ituNumber: 'X.500', isoNumber: '9594-1', title: 'The Directory' },
  stage: 'DIS' as const,
  language: 'en' as const,
  date: '2026-11-22',
};
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Time (median of `rounds`) and the memory the first run added, heap and resident. */
function measure(rounds: number, run: () => Buffer): { ms: number; heap: number; rss: number; bytes: Buffer } {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let bytes = run();
  const after = process.memoryUsage();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    bytes = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, bytes };
}

/** The produced file is a Word document with this many paragraphs at least. */
function paragraphsOf(bytes: Buffer): number {
  const pack = openWordPackage(bytes, 'export.docx');
  const xml = pack.text(pack.documentPath) ?? '';
  parseXml(xml, 'document');
  return xml.split('<w:p>').length - 1;
}

describe('Word export of a 300-page master', () => {
  test('clean and with 200 change marks, beside pandoc', { timeout: 10 * 60_000 }, () => {
    const { doc: older, stats } = generateCommonText();
    const { doc: newer } = scatteredEdits(older, 5);
    const clean = measure(5, () => exportWordDocument({ edition, master: older }).bytes);
    const marks = { since: older, sinceName: 'iteration 1', style: 'revisions' as const, author: 'J. Smith', date: '2026-11-22' };
    let revisions = 0;
    const marked = measure(5, () => {
      const result = exportWordDocument({ edition, master: newer, marks });
      revisions = result.summary.revisions;
      return result.bytes;
    });
    expect(paragraphsOf(clean.bytes)).toBeGreaterThan(3000);
    expect(paragraphsOf(marked.bytes)).toBeGreaterThan(3000);
    expect(revisions).toBeGreaterThan(200);

    const htmlFile = path.join(folder.path, 'master.html');
    fs.writeFileSync(htmlFile, masterHtml(older, computeNumbering(older, documentJsonAdapter)));
    let pandoc = 'pandoc is not installed: skipped (apt-get install -y pandoc)';
    if (spawnSync('pandoc', ['--version']).status === 0) {
      const out = path.join(folder.path, 'pandoc.docx');
      const times: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        const start = performance.now();
        const result = spawnSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', out, htmlFile], { encoding: 'utf8' });
        times.push(performance.now() - start);
        if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
      }
      pandoc = `${median(times).toFixed(0)} ms (median of 3; ${paragraphsOf(fs.readFileSync(out))} paragraphs, ${(fs.statSync(out).size / 1024).toFixed(0)} KB file)`;
    }
    const cpus = os.cpus();
    console.log(
      [
        '',
        `Word export of the generated master (${stats.words} words, ${stats.headings} headings, ${stats.tables} tables, ${stats.codeBlocks} ASN.1 blocks)`,
        `  clean:                 ${clean.ms.toFixed(0)} ms (median of 5; target < 3000 ms), heap +${megabytes(clean.heap)}, RSS +${megabytes(clean.rss)}, ` +
          `${paragraphsOf(clean.bytes)} paragraphs, ${(clean.bytes.length / 1024).toFixed(0)} KB file`,
        `  200 scattered edits:   ${marked.ms.toFixed(0)} ms (median of 5; target < 3000 ms), heap +${megabytes(marked.heap)}, RSS +${megabytes(marked.rss)}, ` +
          `${revisions} revisions`,
        `  pandoc, HTML to DOCX:  ${pandoc}`,
        `Machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}; Node ${process.versions.node}.`,
        '',
      ].join('\n'),
    );
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WordExportRequest } from '../../electron/core/wordExport/exportWordDocument';
import { exportWordDocument } from '../../electron/core/wordExport/exportWordDocument';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';
import { masterPlainText } from '../../electron/cli/masterPlainText';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { Language } from '../../shared/domain/language';
import type { DocumentJson } from '../../shared/domain/project';
import { generateCommonText } from '../support/commonTextGenerator';
import { crossReference, doc, heading, note, paragraph, table } from '../support/documentBuilders';
import { convertToPdf, libreOfficeAvailable, pdfPageCount, pdfText, renderPages } from '../support/libreOfficePdf';
import { revisionTexts } from '../support/libreOfficeRevisions';
import { samplePath } from '../support/samples';
import { scatteredEdits } from '../support/scatteredEdits';
import { temporaryFolder } from '../support/temporaryFolder';
import { textFidelity } from '../support/textFidelity';

/** Pages rendered for a person to look at, beside the end-to-end screenshots. */
const pagesFolder = path.resolve(__dirname, '../../test-results/exported-pages');

const edition = (language: Language, stage: WordExportRequest['edition']['stage'] = 'DIS'): WordExportRequest['edition'] => ({
  metadata: { ituNumber: 'X.500', isoNumber: '9594-1', title: 'Information technology – The Directory' },
  stage,
  language,
  date: '2026-11-22',
});

if (!libreOfficeAvailable)
  console.warn(
    'The LibreOffice checks of the Word export did not run: soffice is not installed (apt-get install -y libreoffice-writer python3-uno poppler-utils).',
  );

describe.skipIf(!libreOfficeAvailable)('exported Word files, as LibreOffice reads them', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  beforeAll(() => {
    folder = temporaryFolder('cts-export-lo-');
    fs.mkdirSync(pagesFolder, { recursive: true });
  });
  afterAll(() => folder.remove());

  const write = (name: string, bytes: Uint8Array): string => {
    const file = path.join(folder.path, name);
    fs.writeFileSync(file, bytes);
    return file;
  };

  /** The PDF holds the master's text in order: what a reader of the exported file sees. */
  const expectTextInPdf = (master: DocumentJson, pdf: string, minimum: number) => {
    const expected = masterPlainText(master, computeNumbering(master, documentJsonAdapter));
    const fidelity = textFidelity(expected, pdfText(pdf).normalize('NFKC'));
    expect(fidelity.recall, JSON.stringify(fidelity.differences.filter((each) => each.missing !== '').slice(0, 3))).toBeGreaterThanOrEqual(
      minimum,
    );
  };

  it('converts X.500 and a generated text to PDF with their whole text in order; the title, a clause with a table and a note, and an annex are rendered', async () => {
    const imported = await importWordDocument(fs.readFileSync(samplePath('T-REC-X.500-2016-E.docx')), {
      fileName: 'T-REC-X.500-2016-E.docx',
      language: 'en',
      trackedChanges: 'keep',
    });
    const x500 = write('x500.docx', exportWordDocument({ edition: edition('en', 'IS'), master: imported.document }).bytes);
    const x500Pdf = convertToPdf(x500, folder.path);
    expect(pdfPageCount(x500Pdf)).toBeGreaterThan(20);
    expectTextInPdf(imported.document, x500Pdf, 0.98);
    // pdftotext writes the non-breaking hyphen of "ITU‑T" as a hyphen.
    const text = pdfText(x500Pdf).replace(/\u2011/g, '-');
    expect(text).toContain('ISO/IEC 9594-1:2026 (E)');
    expect(text).toContain('Rec. ITU-T X.500 (11/2026)');

    const generated = generateCommonText({ pages: 20, seed: 3 }).doc;
    const generatedPdf = convertToPdf(
      write('generated.docx', exportWordDocument({ edition: edition('en'), master: generated }).bytes),
      folder.path,
    );
    expectTextInPdf(generated, generatedPdf, 0.98);
    expect(pdfText(generatedPdf)).toContain('Draft ISO/IEC DIS 9594-1 – 2026-11-22');
    // The pages to look at: the title page, the first clauses, a clause with a table and a note, an annex.
    const pages = pdfPageCount(generatedPdf);
    const pageOf = (needle: string) =>
      Array.from({ length: pages }, (_, index) => index + 1).find((page) => pdfTextOfPage(generatedPdf, page).includes(needle)) ?? 1;
    const rendered = renderPages(
      generatedPdf,
      [1, pageOf('Table 1 –'), pageOf('This annex forms an integral part')],
      pagesFolder,
      'generated',
    );
    for (const png of rendered) expect(fs.statSync(png).size).toBeGreaterThan(5_000);
  }, 240_000);

  it('converts the Arabic E.119 right to left with its text in order', async () => {
    const imported = await importWordDocument(fs.readFileSync(samplePath('T-REC-E.119-201704-A.docx')), {
      fileName: 'T-REC-E.119-201704-A.docx',
      language: 'ar',
      trackedChanges: 'keep',
    });
    const pdf = convertToPdf(
      write('e119-ar.docx', exportWordDocument({ edition: edition('ar', 'IS'), master: imported.document }).bytes),
      folder.path,
    );
    // pdftotext reorders right-to-left lines its own way: the words are checked, not their order on the line.
    // pdftotext may give a right-to-left word in visual order, and splits the lam-alef ligatures ("لا", "لإ" …)
    // as alef then lam;
    // kashida (tatweel) stretches words in justified lines.
    // It also wraps words in directional formatting characters, and punctuation sticks to them.
    const plainWord = (word: string) =>
      word.replace(/[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[.,:;()\-–«»"،؛]/g, '');
    const asPdfSpells = (word: string) => word.replace(/ل([اأإآ])/g, '$1ل');
    const words = new Set(
      pdfText(pdf)
        .normalize('NFKC')
        .split(/\s+/)
        .flatMap((word) => [plainWord(word), [...plainWord(word)].reverse().join('')]),
    );
    // The words of the text itself (the text boxes of the cover are drawings the PDF lays out its own way).
    const expected = textNodes(imported.document)
      .normalize('NFKC')
      .split(/\s+/)
      .map((word) => asPdfSpells(plainWord(word)))
      .filter((word) => /[\u0600-\u06FF]{3,}/.test(word) && /^[\u0600-\u06FF]+$/.test(word));
    const found = expected.filter((word) => words.has(word)).length;
    const missing = expected.filter((word) => !words.has(word));
    expect(found / expected.length, missing.slice(0, 20).join(' ')).toBeGreaterThan(0.9);
    renderPages(pdf, [2], pagesFolder, 'e119-arabic');
  }, 240_000);

  it('writes change marks that LibreOffice accepts into the newer text and rejects into the older, and renders a marked page', () => {
    const older = generateCommonText({ pages: 5, seed: 7 }).doc;
    const { doc: edited } = scatteredEdits(older, 11);
    // Beside the scattered edits: a clause whose number changes, a heading made a subclause, a table row replaced, a note added.
    const handmade = (body: DocumentJson[]) => doc(heading(1, 'Extra', 'x-extra'), ...body);
    const olderText = doc(
      ...(older.content ?? []),
      ...(handmade([
        paragraph('See ', crossReference('x-table'), '.'),
        table(
          'Rows',
          [
            ['A', 'B'],
            ['old', 'row'],
          ],
          'x-table',
        ),
      ]).content ?? []),
    );
    const newerText = doc(
      ...(edited.content ?? []),
      ...(handmade([
        paragraph('See ', crossReference('x-table'), ' again.'),
        note('A new note.', 'x-note'),
        table(
          'Rows',
          [
            ['A', 'B'],
            ['completely', 'different'],
          ],
          'x-table',
        ),
      ]).content ?? []),
    );
    const marks = {
      since: olderText,
      sinceName: 'iteration 1',
      style: 'revisions' as const,
      author: 'J. Smith',
      date: '2026-11-22T09:00:00Z',
    };
    const marked = write('marked.docx', exportWordDocument({ edition: edition('en'), master: newerText, marks }).bytes);
    const cleanNewer = write('newer.docx', exportWordDocument({ edition: edition('en'), master: newerText }).bytes);
    const cleanOlder = write('older.docx', exportWordDocument({ edition: edition('en'), master: olderText }).bytes);

    const judged = revisionTexts(marked);
    const body = (text: string) => withoutContents(text.split('\n'));
    if (process.env.CTS_DEBUG_EXPORT) {
      fs.writeFileSync('/tmp/accepted.txt', body(judged.accepted).join('\n'));
      fs.writeFileSync('/tmp/newer.txt', body(revisionTexts(cleanNewer).original).join('\n'));
      fs.writeFileSync('/tmp/rejected.txt', body(judged.rejected).join('\n'));
      fs.writeFileSync('/tmp/older.txt', body(revisionTexts(cleanOlder).original).join('\n'));
    }
    expect(body(judged.accepted)).toEqual(body(revisionTexts(cleanNewer).original));
    expect(body(judged.rejected)).toEqual(body(revisionTexts(cleanOlder).original));

    const pdf = convertToPdf(marked, folder.path);
    const pages = pdfPageCount(pdf);
    const markedPage =
      Array.from({ length: pages }, (_, index) => index + 1).find((page) => pdfTextOfPage(pdf, page).includes('A new note.')) ?? pages;
    renderPages(pdf, [markedPage], pagesFolder, 'marked');
  }, 300_000);
});

/**
 * The text without the table of contents (it lists the newer headings in every export, marked or not) and
 * without empty lines: LibreOffice 7.4 keeps a paragraph whose tracked mark it accepts or rejects when a table
 * follows it (a table's title) or when it ends the document, emptied; Word removes it. The XML-level judge of
 * tests/unit/exportWordDocument.test.ts checks the paragraph marks themselves.
 */
function withoutContents(lines: readonly string[]): string[] {
  return lines.filter((line) => line !== '' && line !== 'CONTENTS' && line !== '\tPage' && !/\t\t\d*$/.test(line));
}

function textNodes(node: DocumentJson): string {
  if (node.type === 'placeholder') return ' ';
  return node.text ?? (node.content ?? []).map(textNodes).join(' ');
}

function pdfTextOfPage(pdf: string, page: number): string {
  return pdfText(pdf).split('\f')[page - 1] ?? '';
}

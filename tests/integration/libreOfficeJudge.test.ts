import fs from 'node:fs';
import path from 'node:path';
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, libreOfficeAvailable, pdfPageCount, pdfText, renderPages } from '../support/libreOfficePdf';
import { revisionTexts } from '../support/libreOfficeRevisions';
import { temporaryFolder } from '../support/temporaryFolder';

// The helpers that let LibreOffice judge the Word files the app exports, proved on a file the docx package writes.

if (!libreOfficeAvailable) {
  console.warn(
    'The LibreOffice judge spec did not run: soffice is not on PATH. Install it to run it: apt-get install -y libreoffice-writer python3-uno poppler-utils',
  );
}

/** soffice starts in 10–20 s on a loaded two-core machine, and revisionTexts loads the file three times. */
const libreOfficeTestTimeout = 240_000;

const change = { author: 'Test Author', date: '2024-05-01T10:00:00Z' };

function trackedChangesDocument(): Document {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 4000, type: WidthType.DXA } });
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun('The '),
              new InsertedTextRun({ text: 'quick ', id: 1, ...change }),
              new DeletedTextRun({ text: 'slow ', id: 2, ...change }),
              new TextRun('brown fox'),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Cell A1'), cell('Cell B1')] }),
              new TableRow({ children: [cell('Cell A2'), cell('Cell B2')] }),
            ],
          }),
          new Paragraph('jumps over the lazy dog.'),
        ],
      },
    ],
  });
}

describe.skipIf(!libreOfficeAvailable)('LibreOffice as the independent judge of Word files', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let docx: string;

  beforeAll(async () => {
    folder = temporaryFolder('cts-libreoffice-judge-');
    docx = path.join(folder.path, 'tracked changes.docx');
    fs.writeFileSync(docx, await Packer.toBuffer(trackedChangesDocument()));
  });
  afterAll(() => folder.remove());

  it(
    'reads the text after Accept All, after Reject All and as opened, table cells in order',
    () => {
      const started = performance.now();
      const texts = revisionTexts(docx);
      console.info(`revisionTexts: ${Math.round(performance.now() - started)} ms`);

      expect(texts.accepted).toContain('The quick brown fox');
      expect(texts.accepted).not.toContain('slow');
      expect(texts.rejected).toContain('The slow brown fox');
      expect(texts.rejected).not.toContain('quick');
      // As opened, the changes are shown: both the inserted and the deleted words are in the text.
      expect(texts.original).toContain('quick');
      expect(texts.original).toContain('slow');

      const lines = (text: string) => text.split('\n').filter((line) => line !== '');
      const after = ['Cell A1', 'Cell B1', 'Cell A2', 'Cell B2', 'jumps over the lazy dog.'];
      expect(lines(texts.accepted)).toEqual(['The quick brown fox', ...after]);
      expect(lines(texts.rejected)).toEqual(['The slow brown fox', ...after]);
    },
    libreOfficeTestTimeout,
  );

  it(
    'converts to PDF, reads its text and page count, and renders a page as PNG',
    () => {
      let started = performance.now();
      const pdf = convertToPdf(docx, path.join(folder.path, 'pdf'));
      console.info(`convertToPdf: ${Math.round(performance.now() - started)} ms`);
      expect(path.basename(pdf)).toBe('tracked changes.pdf');

      const text = pdfText(pdf);
      for (const word of ['quick', 'brown fox', 'Cell A1', 'Cell B2', 'lazy dog']) expect(text).toContain(word);
      expect(text.indexOf('Cell A1')).toBeLessThan(text.indexOf('Cell B2'));
      expect(pdfPageCount(pdf)).toBe(1);

      started = performance.now();
      const pngs = renderPages(pdf, [1], path.join(folder.path, 'png'), 'page');
      console.info(`renderPages (1 page): ${Math.round(performance.now() - started)} ms`);
      expect(pngs).toEqual([path.join(folder.path, 'png', 'page-1.png')]);
      const png = fs.readFileSync(pngs[0] ?? '');
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(() => renderPages(pdf, [2], path.join(folder.path, 'png'), 'page')).toThrow(/has no page 2: it has 1/u);
    },
    libreOfficeTestTimeout,
  );
});

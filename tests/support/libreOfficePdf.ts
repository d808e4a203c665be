import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { convertWithLibreOffice } from './libreOffice';

export { libreOfficeAvailable } from './libreOffice';

/** soffice's start takes 10–20 s on a loaded two-core machine; a 200-page file converts in about 7 s more. */
const conversionTimeout = 180_000;
const popplerTimeout = 60_000;

/** Converts a Word file to PDF with LibreOffice (headless, a profile of its own); returns the PDF's path in outFolder. */
export function convertToPdf(docxPath: string, outFolder: string): string {
  fs.mkdirSync(outFolder, { recursive: true });
  return convertWithLibreOffice(docxPath, 'pdf', outFolder, conversionTimeout);
}

/** The PDF's text, as pdftotext reads it (reading order, no layout padding); pages end in a form feed. */
export function pdfText(pdfPath: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
}

/** The PDF's number of pages, from pdfinfo. */
export function pdfPageCount(pdfPath: string): number {
  const info = poppler('pdfinfo', [pdfPath]);
  const pages = /^Pages:\s+(\d+)\s*$/mu.exec(info)?.[1];
  if (pages === undefined) throw new Error(`pdfinfo gave no page count for ${pdfPath}:\n${info}`);
  return Number(pages);
}

/**
 * Renders the given pages (1-based) of a PDF as PNG files at 60 dpi, `<prefix>-<page>.png` in outFolder, and
 * returns their paths in the order asked: small pictures for a person or a test to look at.
 */
export function renderPages(pdfPath: string, pages: readonly number[], outFolder: string, prefix: string): string[] {
  const count = pdfPageCount(pdfPath);
  fs.mkdirSync(outFolder, { recursive: true });
  return pages.map((page) => {
    if (!Number.isInteger(page) || page < 1 || page > count) throw new Error(`${pdfPath} has no page ${page}: it has ${count}.`);
    const root = path.join(outFolder, `${prefix}-${page}`);
    // -singlefile: the name is root.png, without the page number pdftoppm would add (zero-padded to the page count's width).
    poppler('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, root]);
    const png = `${root}.png`;
    if (!fs.existsSync(png)) throw new Error(`pdftoppm wrote no ${png} for page ${page} of ${pdfPath}.`);
    return png;
  });
}

function poppler(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, {
      timeout: popplerTimeout,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} is not installed: apt-get install -y poppler-utils`, { cause: error });
    }
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`${command} failed on ${args.join(' ')}: ${stderr || String(error)}`, { cause: error });
  }
}

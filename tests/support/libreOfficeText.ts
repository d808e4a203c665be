import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertWithLibreOffice } from './libreOffice';
import { temporaryFolder } from './temporaryFolder';

/**
 * The plain text LibreOffice extracts from a Word file, table of contents left out: the reference the Word
 * importer's text is measured against, taken from a program that shares none of the importer's code.
 *
 * A conversion takes seconds, so its raw text is kept in the system's temp folder under the file's path, size and
 * modification time, and a test run converts each sample once however many tests ask for it.
 */
export function libreOfficeText(docxPath: string): string {
  return withoutTableOfContents(convertedText(path.resolve(docxPath)));
}

/** Raise when the cached text's meaning changes (another filter, another cleaning), so old entries are not read. */
const cacheVersion = 1;
const conversionTimeout = 120_000;

function convertedText(file: string): string {
  const status = fs.statSync(file, { throwIfNoEntry: false });
  if (status === undefined) throw new Error(`LibreOffice cannot convert ${file}: the file does not exist.`);
  const key = createHash('sha256').update(`${cacheVersion}\0${file}\0${status.size}\0${status.mtimeMs}`).digest('hex');
  const cacheFolder = path.join(os.tmpdir(), 'cts-libreoffice-text');
  const cached = path.join(cacheFolder, `${key}.txt`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, 'utf8');
  const text = conversion(file).replace(/^\uFEFF/u, '');
  fs.mkdirSync(cacheFolder, { recursive: true });
  // Written aside and renamed, so that a test file running in parallel never reads half a text.
  const partial = `${cached}.${process.pid}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, cached);
  return text;
}

function conversion(file: string): string {
  const output = temporaryFolder('cts-libreoffice-text-');
  try {
    return fs.readFileSync(convertWithLibreOffice(file, 'txt:Text (encoded):UTF8', output.path, conversionTimeout), 'utf8');
  } finally {
    output.remove();
  }
}

/**
 * The text without its tables of contents. A table of contents is a run of entry lines that end in a tab and a
 * page number (arabic or roman), with the "Page" line and the heading above it when there are. The heading
 * and "Page" words are those of ITU's six publication languages; a run of three entries or more goes even
 * without them (a list of figures, a heading in another language). Blank lines between entries go with them.
 */
export function withoutTableOfContents(text: string): string {
  const lines = text.split(/\r?\n/u);
  const removed = new Set<number>();
  let index = 0;
  while (index < lines.length) {
    if (!isEntry(lines[index] ?? '')) {
      index++;
      continue;
    }
    const firstEntry = index;
    let entries = 0;
    let lastEntry = index;
    for (; index < lines.length; index++) {
      const line = lines[index] ?? '';
      if (isEntry(line)) {
        entries++;
        lastEntry = index;
      } else if (line.trim() !== '') {
        break;
      }
    }
    const start = blockStart(lines, firstEntry);
    if (start < firstEntry || entries >= minimumEntriesWithoutHeading) {
      for (let line = start; line <= lastEntry; line++) removed.add(line);
    }
    index = lastEntry + 1;
  }
  return lines.filter((_line, lineIndex) => !removed.has(lineIndex)).join('\n');
}

const minimumEntriesWithoutHeading = 3;

/** What follows an entry's last tab: its page number, arabic or roman. */
const pageNumberPattern = /^ *(?:\p{Nd}+|[ivxlcdm]+) *$/iu;

/** "1\tScope\t\t1", "Annex A – Applying the Directory\t\t19", "Foreword\tv": some text, a tab, a page number. */
function isEntry(line: string): boolean {
  const lastTab = line.lastIndexOf('\t');
  return lastTab > 0 && pageNumberPattern.test(line.slice(lastTab + 1)) && line.slice(0, lastTab).trim() !== '';
}

/** Contents headings in English, French, Spanish, Russian, Arabic and Chinese, as normalised by `label`. */
const contentsHeadings = new Set([
  'contents',
  'table of contents',
  'table des matières',
  'sommaire',
  'índice',
  'indice',
  'содержание',
  'оглавление',
  'المحتويات',
  'جدول المحتويات',
  '目录',
  '目 录',
]);

/** The word over the page-number column. */
const pageLabels = new Set(['page', 'pages', 'página', 'pagina', 'págs', 'стр', 'страница', 'الصفحة', 'صفحة', '页', '页次', '页码']);

/**
 * The first line of the block whose entries start at firstEntry: the heading's, the "Page" line's, or the first
 * entry's when neither is there. Blank lines between them belong to the block.
 */
function blockStart(lines: readonly string[], firstEntry: number): number {
  let start = firstEntry;
  let above = previousNonBlank(lines, firstEntry);
  const pageLine = lines[above] ?? '';
  if (above >= 0 && isPageLine(pageLine)) {
    start = above;
    // "CONTENTS\tPage" on one line is both.
    if (isContentsHeading(pageLine)) return start;
    above = previousNonBlank(lines, above);
  }
  if (above >= 0 && isContentsHeading(lines[above] ?? '')) start = above;
  return start;
}

function previousNonBlank(lines: readonly string[], index: number): number {
  let above = index - 1;
  while (above >= 0 && (lines[above] ?? '').trim() === '') above--;
  return above;
}

/** A line whose last tab-separated field is a page label, after at most a contents heading. */
function isPageLine(line: string): boolean {
  const fields = line
    .split('\t')
    .map(label)
    .filter((field) => field !== '');
  const last = fields.at(-1);
  if (last === undefined || !pageLabels.has(last)) return false;
  return fields.slice(0, -1).every((field) => contentsHeadings.has(field));
}

function isContentsHeading(line: string): boolean {
  return line
    .split('\t')
    .map(label)
    .some((field) => contentsHeadings.has(field));
}

/** Lower case, spaces collapsed, the Arabic tatweel (a stretching stroke, as in "المحتـويات") and a final "." or ":" dropped. */
function label(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u0640/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.:]$/u, '')
    .toLowerCase();
}

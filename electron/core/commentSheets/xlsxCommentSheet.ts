import type { CommentSheet } from '../../../shared/domain/comment';
import { ProjectError } from '../projectError';
import type { ZipEntry } from '../wordImport/wordPackage';
import { readZipDirectory, unpackEntry } from '../wordImport/wordPackage';
import type { XmlElement } from '../wordImport/xmlTree';
import { childElement, childElements, descendants, elementText, parseXml } from '../wordImport/xmlTree';
import { tableComments } from './sheetColumns';

/** A part of a workbook may unpack to this much at most. */
const partLimit = 200 * 1024 * 1024;

/**
 * A comment sheet as an Excel workbook (the spreadsheet variant of the ISO/IEC template): its first
 * worksheet, shared strings (rich text joined), inline strings and numbers, read from the OOXML;
 * row numbers are the spreadsheet's.
 */
export function readXlsxCommentSheet(bytes: Uint8Array, fileName: string): CommentSheet {
  const entries = new Map<string, ZipEntry>(readZipDirectory(bytes, fileName).map((entry) => [entry.path.toLowerCase(), entry]));
  const part = (path: string): XmlElement | null => {
    const entry = entries.get(path.toLowerCase());
    if (!entry) return null;
    if (entry.size > partLimit)
      throw new ProjectError('too-large', `“${fileName}” is too large to read: its part ${entry.path} unpacks to more than 200 MB.`);
    return parseXml(Buffer.from(unpackEntry(bytes, entry, fileName)).toString('utf8'), `${fileName}: ${entry.path}`);
  };
  const workbook = part('xl/workbook.xml');
  if (!workbook)
    throw new ProjectError('invalid-arguments', `“${fileName}” is a ZIP archive, but no Excel workbook: there is no comment table in it.`);
  const firstSheet = descendants(workbook, 'sheet')[0];
  const relationshipId = firstSheet?.attributes['r:id'] ?? '';
  const relationships = part('xl/_rels/workbook.xml.rels');
  const target = relationships
    ? childElements(relationships, 'Relationship').find((each) => each.attributes.Id === relationshipId)?.attributes.Target
    : undefined;
  const sheetPath = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  const sheet = part(sheetPath);
  if (!sheet) throw new ProjectError('damaged', `“${fileName}” is damaged: its first worksheet (${sheetPath}) is missing.`);

  const sharedStrings = part('xl/sharedStrings.xml');
  const strings = sharedStrings ? childElements(sharedStrings, 'si').map((item) => descendants(item, 't').map(elementText).join('')) : [];
  const records: { line: number; fields: string[] }[] = [];
  for (const row of descendants(sheet, 'row')) {
    const line = Number(row.attributes.r ?? records.length + 1);
    const fields: string[] = [];
    for (const [position, cell] of childElements(row, 'c').entries()) {
      const reference = /^([A-Z]+)/.exec(cell.attributes.r ?? '')?.[1];
      const column = reference ? columnIndex(reference) : position;
      fields[column] = cellText(cell, strings);
    }
    records.push({ line, fields: Array.from(fields, (field) => field ?? '') });
  }
  const { comments, problems } = tableComments(records, fileName);
  return { fileName, format: 'xlsx', layout: 'spreadsheet (Excel)', date: '', document: '', project: '', comments, problems };
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function cellText(cell: XmlElement, strings: readonly string[]): string {
  const type = cell.attributes.t ?? 'n';
  if (type === 'inlineStr') return descendants(cell, 't').map(elementText).join('');
  const value = childElement(cell, 'v');
  const text = value ? elementText(value) : '';
  if (type === 's') return strings[Number(text)] ?? '';
  if (type === 'b') return text === '1' ? 'TRUE' : 'FALSE';
  return text;
}

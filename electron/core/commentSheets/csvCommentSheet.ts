import type { CommentSheet } from '../../../shared/domain/comment';
import { tableComments } from './sheetColumns';

/** The records of a CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), each with the line it starts on. */
export function csvRecords(text: string, separator: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else {
        if (character === '\n') line += 1;
        field += character;
      }
      continue;
    }
    if (character === '"' && field === '') quoted = true;
    else if (character === separator) {
      fields.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      line += 1;
      start = line;
    } else field += character;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records;
}

/**
 * A comment sheet saved as CSV (from the spreadsheet variant of the template, or any table with its
 * headings): the heading row is found among the first 20, the separator (comma or semicolon) from it.
 */
export function readCsvCommentSheet(bytes: Uint8Array, fileName: string): CommentSheet {
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const firstLines = text.split(/\r?\n/, 20);
  const separator = firstLines.some((line) => (line.match(/;/g) ?? []).length > (line.match(/,/g) ?? []).length) ? ';' : ',';
  const { comments, problems } = tableComments(csvRecords(text, separator), fileName);
  return { fileName, format: 'csv', layout: 'spreadsheet (CSV)', date: '', document: '', project: '', comments, problems };
}

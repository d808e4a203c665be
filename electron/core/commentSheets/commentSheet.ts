import type { CommentSheet } from '../../../shared/domain/comment';
import { ProjectError } from '../projectError';
import { readCsvCommentSheet } from './csvCommentSheet';

/**
 * Reads a comment sheet. CSV is read here; a Word or Excel sheet is refused with how to make it
 * readable, until their readers land (issue 7 goes on); any other file is named for what it is.
 */
export function readCommentSheet(bytes: Uint8Array, fileName: string): CommentSheet {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.toString('latin1', 0, 4) === '%PDF') throw refused(fileName, 'is a PDF');
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const zip = Buffer.from(bytes).toString('latin1');
    const kind = zip.includes('word/document.xml')
      ? 'a Word document'
      : zip.includes('xl/workbook.xml')
        ? 'an Excel workbook'
        : 'a ZIP archive';
    if (kind === 'a ZIP archive') throw refused(fileName, 'is a ZIP archive');
    throw new ProjectError(
      'invalid-arguments',
      `“${fileName}” is ${kind}: this version reads comment sheets as CSV. In ${kind === 'a Word document' ? 'Word, copy the comment table into a spreadsheet and' : 'Excel,'} save it as CSV (UTF-8), then import that file.`,
    );
  }
  if (head[0] === 0xd0 && head[1] === 0xcf) throw refused(fileName, 'is an old Office file (.doc or .xls)');
  if (bytes.includes(0)) throw refused(fileName, 'is a binary file');
  return readCsvCommentSheet(bytes, fileName);
}

function refused(fileName: string, what: string): ProjectError {
  return new ProjectError('invalid-arguments', `“${fileName}” ${what}, not a comment sheet (.csv).`);
}

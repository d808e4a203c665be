import type { CommentSheet } from '../../../shared/domain/comment';
import { ProjectError } from '../projectError';
import { readCsvCommentSheet } from './csvCommentSheet';
import { readXlsxCommentSheet } from './xlsxCommentSheet';

/**
 * Reads a comment sheet: CSV or an Excel workbook. A Word sheet is refused with how to make it
 * readable, until its reader lands (issue 7 goes on); any other file is named for what it is.
 */
export function readCommentSheet(bytes: Uint8Array, fileName: string): CommentSheet {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.toString('latin1', 0, 4) === '%PDF') throw refused(fileName, 'is a PDF');
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const zip = Buffer.from(bytes).toString('latin1');
    if (zip.includes('xl/workbook.xml')) return readXlsxCommentSheet(bytes, fileName);
    if (!zip.includes('word/document.xml')) throw refused(fileName, 'is a ZIP archive');
    throw new ProjectError(
      'invalid-arguments',
      `“${fileName}” is a Word document: this version reads comment sheets as Excel workbooks or CSV. In Word, copy the comment table into a spreadsheet, save it, then import that file.`,
    );
  }
  if (head[0] === 0xd0 && head[1] === 0xcf) throw refused(fileName, 'is an old Office file (.doc or .xls)');
  if (bytes.includes(0)) throw refused(fileName, 'is a binary file');
  return readCsvCommentSheet(bytes, fileName);
}

function refused(fileName: string, what: string): ProjectError {
  return new ProjectError('invalid-arguments', `“${fileName}” ${what}, not a comment sheet (.xlsx or .csv).`);
}

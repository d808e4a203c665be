import type { CommentType, SheetComment, SheetProblem } from '../../../shared/domain/comment';
import { ProjectError } from '../projectError';

/** What a column of a comment sheet holds. */
export type SheetColumn =
  'identifier' | 'memberBody' | 'lineNumber' | 'clause' | 'paragraph' | 'type' | 'comment' | 'proposedChange' | 'observations';

/** Headings as written in the ISO/IEC templates and the sheets groups make of them, lower-cased, letters and digits only. */
const headings: readonly [SheetColumn, RegExp][] = [
  ['identifier', /^(commentid|id|identifier|commentnumber|no)$/],
  ['memberBody', /^(mbnc\d?|mb\d?|nb\d?|nc\d?|memberbody|member|country|itutmember)$/],
  ['lineNumber', /^(linenumber|line|lineno)(eg\d+)?$/],
  ['clause', /^(clause|clausesubclause|clausesubclauseannexfiguretable)(eg.*)?$/],
  ['paragraph', /^(paragraph|paragraphfiguretable|paragraphlistitemnote)(eg.*)?$/],
  ['type', /^(typeofcomment|type)$/],
  ['comment', /^(comments?|commentjustificationforchange|commentsjustificationforchange)$/],
  ['proposedChange', /^(proposedchanges?)$/],
  ['observations', /^(observationsofthesecretariat|secretariatobservations|secretariatobservationsoneachcommentsubmitted|observations)$/],
];

/** The column a heading names, or null. "MB/NC¹", "Line number (e.g. 17)", "Type of com-ment²" all count. */
export function columnOf(heading: string): SheetColumn | null {
  const key = heading
    .toLowerCase()
    .replace(/\(e\.g\.[^)]*\)/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/\d+$/, '');
  for (const [column, pattern] of headings) if (pattern.test(key)) return column;
  return null;
}

/** The columns every comment sheet has; the others are optional. */
export const requiredColumns: readonly SheetColumn[] = ['memberBody', 'type', 'comment'];

/** The names of the template's columns, for messages. */
export const templateColumns =
  'MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment, Comments, Proposed change, Observations of the secretariat';

const typeWords: Readonly<Record<string, CommentType>> = { ge: 'ge', general: 'ge', te: 'te', technical: 'te', ed: 'ed', editorial: 'ed' };

/** "te/ED", "Te, ed", "technical" → ['te', 'ed']; null when a code is none of them. */
export function commentTypesOf(text: string): { types: CommentType[]; unknown: string | null } {
  const types: CommentType[] = [];
  for (const word of text
    .toLowerCase()
    .split(/[\s/,;&+]+/)
    .filter((each) => each !== '' && each !== 'and')) {
    const type = typeWords[word];
    if (!type) return { types, unknown: word };
    if (!types.includes(type)) types.push(type);
  }
  return { types, unknown: null };
}

/** One row of a sheet, its cells by column. */
export type SheetRow = Partial<Record<SheetColumn, string>>;

/**
 * The comments of a sheet's rows: member codes with the editing unit's "**" and identifiers such as
 * "US-001" in the member cell read apart, type codes read, empty rows skipped, a row with no member
 * directly after a comment taken as its continuation, and each row that cannot be read reported.
 */
export function sheetComments(rows: readonly { row: number; cells: SheetRow }[]): { comments: SheetComment[]; problems: SheetProblem[] } {
  const comments: SheetComment[] = [];
  const problems: SheetProblem[] = [];
  let previous: SheetComment | null = null;
  for (const { row, cells } of rows) {
    const cell = (column: SheetColumn) => (cells[column] ?? '').replace(/\r\n?/g, '\n').trim();
    if (Object.values(cells).every((value) => (value ?? '').trim() === '')) continue;
    const member = cell('memberBody');
    if (member === '' && previous !== null && cell('identifier') === '' && cell('type') === '') {
      // A continuation row: Word users often break one comment over two rows.
      const join = (before: string, more: string) => (more === '' ? before : before === '' ? more : `${before}\n${more}`);
      const merged: SheetComment = {
        ...previous,
        comment: join(previous.comment, cell('comment')),
        proposedChange: join(previous.proposedChange, cell('proposedChange')),
        observations: join(previous.observations, cell('observations')),
      };
      comments[comments.length - 1] = merged;
      previous = merged;
      continue;
    }
    const { memberBody, editingUnit, identifier } = memberCode(member, cell('identifier'));
    const { types, unknown } = commentTypesOf(cell('type'));
    if (memberBody === '') {
      problems.push({ row, message: `row ${row}: no member body (MB/NC) is given` });
      previous = null;
      continue;
    }
    if (unknown !== null) {
      problems.push({ row, message: `row ${row}: the type “${unknown}” is none of ge, te, ed` });
      previous = null;
      continue;
    }
    if (cell('comment') === '') {
      problems.push({ row, message: `row ${row}: ${memberBody} gives no comment text` });
      previous = null;
      continue;
    }
    previous = {
      row,
      identifier,
      memberBody,
      editingUnit,
      lineNumber: cell('lineNumber'),
      clause: cell('clause'),
      paragraph: cell('paragraph'),
      types,
      comment: cell('comment'),
      proposedChange: cell('proposedChange'),
      observations: cell('observations'),
    };
    comments.push(previous);
  }
  return { comments, problems };
}

/** "**US" → US of the editing unit; "US-001" or "US 001" → US with that identifier. */
function memberCode(text: string, identifierCell: string): { memberBody: string; editingUnit: boolean; identifier: string } {
  let value = text.replace(/\s+/g, ' ').trim();
  const editingUnit = value.startsWith('**');
  if (editingUnit) value = value.slice(2).trim();
  const numbered = /^([A-Za-z]{2,8})[-\s]+(\d+(?:-\d+)*)$/.exec(value);
  if (numbered) {
    const memberBody = numbered[1]!.toUpperCase();
    return { memberBody, editingUnit, identifier: identifierCell || `${memberBody}-${numbered[2]!}` };
  }
  return { memberBody: value.length <= 8 ? value.toUpperCase() : value, editingUnit, identifier: identifierCell };
}

/**
 * The comments of a table given as records (a CSV's, a worksheet's rows): the heading row is found
 * among the first 20 by its headings, and the cells below are read by the column they stand in.
 */
export function tableComments(
  records: readonly { line: number; fields: readonly string[] }[],
  fileName: string,
): { comments: SheetComment[]; problems: SheetProblem[] } {
  const headingAt = records
    .slice(0, 20)
    .findIndex((record) => requiredColumns.every((column) => record.fields.some((field) => columnOf(field) === column)));
  if (headingAt < 0) {
    const seen =
      records[0]?.fields
        .filter((field) => field.trim() !== '')
        .slice(0, 8)
        .join(', ') ?? '';
    throw new ProjectError(
      'invalid-arguments',
      `“${fileName}” has no comment table: ${seen ? `its columns are ${seen}; ` : ''}a comment sheet has the columns ${templateColumns}.`,
    );
  }
  const columns: (SheetColumn | null)[] = records[headingAt]!.fields.map(columnOf);
  const rows = records.slice(headingAt + 1).map((record) => {
    const cells: SheetRow = {};
    record.fields.forEach((field, index) => {
      const column = columns[index];
      if (column && cells[column] === undefined) cells[column] = field;
    });
    return { row: record.line, cells };
  });
  return sheetComments(rows);
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { zipPackage } from '../../electron/core/wordExport/zipPackage';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the built command (`npm run build` makes it), as a user runs it.
const cts = path.resolve(__dirname, '../../dist/cli/cts.cjs');
let folder: ReturnType<typeof temporaryFolder>;
let file: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cts, ...args], { cwd: folder.path, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The spreadsheet variant of the ISO/IEC template saved as CSV, with every awkward kind of row. */
const sheet = [
  '\uFEFFTemplate for comments and secretariat observations;;;;;;;',
  'MB/NC¹;Line number (e.g. 17);Clause/ Subclause (e.g. 3.1);Paragraph/ Figure/ Table/ (e.g. Table 1);Type of comment²;Comments;Proposed change;Observations of the secretariat',
  'US;12;6.1;;te;"The text is ""unclear"".";Clarify it.;',
  ';;;;;;;',
  'US;;6.2;Table 3;TE/ed;"First line',
  'second line";Rewrite.;',
  ';;;;;and more of the same comment;;',
  '**FR;;A.2;;Ed;Typo.;Fix the typo.;',
  'DE-007;;60;;xx;Unknown type.;;',
  'GB;;5;;ge;;;',
].join('\r\n');

beforeAll(() => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `npm run build` first.');
});
beforeEach(() => {
  folder = temporaryFolder('cts-comments-cli-');
  file = path.join(folder.path, 'x500.ctproj');
  ProjectFile.create(file, { title: 'The Directory' }, { program: 'test' }).close();
  fs.writeFileSync(path.join(folder.path, 'dis.csv'), sheet);
});
afterEach(() => folder.remove());

describe('cts import-comments and cts comments', () => {
  it('imports a CSV sheet, lists the rows it could not read, and adds nothing the second time', () => {
    const first = run('import-comments', file, 'dis.csv', '--ballot', 'DIS ballot');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      [
        'dis.csv (spreadsheet (CSV)) under “DIS ballot”: 3 added, 0 updated, 0 unchanged, 2 not read.',
        '  row 9: the type “xx” is none of ge, te, ed',
        '  row 10: GB gives no comment text',
        '',
      ].join('\n'),
    );
    const listed = JSON.parse(run('comments', file, '--json').stdout) as {
      identifier: string;
      comment: string;
      types: string[];
      editingUnit: boolean;
    }[];
    expect(listed.map((comment) => comment.identifier)).toEqual(['US-001', 'US-002', 'FR-EU-001']);
    expect(listed[0]!.comment).toBe('The text is "unclear".');
    expect(listed[1]).toMatchObject({ comment: 'First line\nsecond line\nand more of the same comment', types: ['te', 'ed'] });
    expect(listed[2]).toMatchObject({ editingUnit: true, types: ['ed'] });
    expect(JSON.parse(run('import-comments', file, 'dis.csv', '--ballot', 'DIS ballot', '--json').stdout)).toMatchObject({
      added: 0,
      unchanged: 3,
    });

    const text = run('comments', file, '--clause', '6', '--type', 'te');
    expect(text.stdout.split('\n')[0]).toBe('2 comments');
    expect(text.stdout).toContain('US-002\tUS\t6.2\tte/ed\tno decision, open\tFirst line second line and more of the same comment');
    expect(run('comments', file, '--type', 'xx').code).toBe(2);
  });

  it('imports the spreadsheet variant as an Excel workbook: shared and inline strings, rich text, a title row above the headings', () => {
    const cell = (reference: string, index: number) => `<c r="${reference}" t="s"><v>${index}</v></c>`;
    const strings = [
      'MB/NC',
      'Clause/ Subclause',
      'Type of comment',
      'Comments',
      'Proposed change',
      'US',
      '6.1',
      'te',
      'Proposed text.',
      'DE-002',
      'ed',
    ];
    const sharedStrings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings
      .map((text) => `<si><t>${text}</t></si>`)
      .join('')}</sst>`;
    const sheetXml =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Template for comments</t></is></c></row>' +
      `<row r="3">${cell('A3', 0)}${cell('B3', 1)}${cell('C3', 2)}${cell('D3', 3)}${cell('E3', 4)}</row>` +
      `<row r="4">${cell('A4', 5)}${cell('B4', 6)}${cell('C4', 7)}<c r="D4" t="inlineStr"><is><r><t>Rich </t></r><r><t>text.</t></r></is></c>${cell('E4', 8)}</row>` +
      `<row r="7">${cell('A7', 9)}<c r="B7"><v>4</v></c>${cell('C7', 10)}<c r="D7" t="str"><v>A number clause.</v></c></row>` +
      '</sheetData></worksheet>';
    fs.writeFileSync(
      path.join(folder.path, 'dis.xlsx'),
      zipPackage([
        {
          path: '[Content_Types].xml',
          data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        },
        {
          path: '_rels/.rels',
          data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        },
        {
          path: 'xl/workbook.xml',
          data: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Comments" sheetId="1" r:id="rId1"/></sheets></workbook>',
        },
        {
          path: 'xl/_rels/workbook.xml.rels',
          data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/comments.xml"/></Relationships>',
        },
        { path: 'xl/worksheets/comments.xml', data: sheetXml },
        { path: 'xl/sharedStrings.xml', data: sharedStrings },
      ]),
    );
    const result = run('import-comments', file, 'dis.xlsx', '--json');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ layout: 'spreadsheet (Excel)', added: 2, problems: [] });
    const listed = JSON.parse(run('comments', file, '--json').stdout) as {
      identifier: string;
      clause: string;
      comment: string;
      proposedChange: string;
      sourceRow: number;
    }[];
    expect(
      listed.map((comment) => [comment.identifier, comment.clause, comment.comment, comment.proposedChange, comment.sourceRow]),
    ).toEqual([
      ['US-001', '6.1', 'Rich text.', 'Proposed text.', 4],
      ['DE-002', '4', 'A number clause.', '', 7],
    ]);
  });

  it('refuses a file that is no comment sheet, or a table with other columns, and leaves the project as it was', () => {
    const before = fileDigest(file);
    fs.writeFileSync(path.join(folder.path, 'other.csv'), 'Name,Age\nAda,36\n');
    const other = run('import-comments', file, 'other.csv');
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(
      'cts import-comments: “other.csv” has no comment table: its columns are Name, Age; a comment sheet has the columns MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment, Comments, Proposed change, Observations of the secretariat.\n',
    );
    fs.writeFileSync(path.join(folder.path, 'report.pdf'), '%PDF-1.7\n');
    expect(run('import-comments', file, 'report.pdf').stderr).toBe(
      'cts import-comments: “report.pdf” is a PDF, not a comment sheet (.xlsx or .csv).\n',
    );
    fs.copyFileSync(
      path.resolve(__dirname, '../../../shared/samples/iso_comment_template_2012-03.docx'),
      path.join(folder.path, 'template.docx'),
    );
    expect(run('import-comments', file, 'template.docx').stderr).toMatch(
      /is a Word document: this version reads comment sheets as Excel workbooks or CSV/,
    );
    expect(run('import-comments', file, 'missing.csv').stderr).toBe(
      'cts import-comments: “missing.csv” cannot be read: there is no such file.\n',
    );
    expect(fileDigest(file)).toBe(before);
  });
});

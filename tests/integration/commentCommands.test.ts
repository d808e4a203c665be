import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
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
      'cts import-comments: “report.pdf” is a PDF, not a comment sheet (.csv).\n',
    );
    fs.copyFileSync(
      path.resolve(__dirname, '../../../shared/samples/iso_comment_template_2012-03.docx'),
      path.join(folder.path, 'template.docx'),
    );
    expect(run('import-comments', file, 'template.docx').stderr).toMatch(/is a Word document: this version reads comment sheets as CSV/);
    expect(run('import-comments', file, 'missing.csv').stderr).toBe(
      'cts import-comments: “missing.csv” cannot be read: there is no such file.\n',
    );
    expect(fileDigest(file)).toBe(before);
  });
});

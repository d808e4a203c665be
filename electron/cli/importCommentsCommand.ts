import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CommentImportResult } from '../../shared/domain/comment';
import { readCommentSheet } from '../core/commentSheets/commentSheet';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const importCommentsHelp = `Usage: cts import-comments <project> <sheet> [--ballot "<name>"] [--json]

Imports the comments of a comment sheet into the project: the ISO/IEC template as .docx (the 2012-03
layout with 8 columns, or the older one with 7), its spreadsheet variant as .xlsx, or .csv. Each row
that cannot be read is listed with its row number and why; the others are imported. Importing the
same sheet again adds nothing; a revised sheet updates the rows whose text changed and names them.
Takes the project's write lock.

Options:
  --ballot <name>  the ballot or consultation the comments answer, e.g. "DIS ballot 2026" (made if new)
  --json           print the result as JSON
  -h, --help       show this help
`;

export function importCommentsCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(importCommentsHelp);
    return 0;
  }
  const [file, sheetFile, ...extra] = positionals;
  if (!file || !sheetFile) throw new UsageError('Name the project file and the comment sheet to import.', importCommentsHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, importCommentsHelp);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(sheetFile);
  } catch (error) {
    throw new ProjectError(
      'not-found',
      `“${sheetFile}” cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`,
    );
  }
  // Read before the project is touched: a sheet that cannot be read changes nothing.
  const sheet = readCommentSheet(bytes, path.basename(sheetFile));
  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'write' });
  let result: CommentImportResult;
  try {
    if (project.readOnly) throw new ProjectError('locked', `No comment was imported: ${project.readOnly.message}`);
    result = project.importComments(sheet, values.ballot ?? '');
  } finally {
    project.close();
  }
  if (values.json) {
    output.out.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const under = result.ballot ? ` under “${result.ballot}”` : '';
  output.out.write(
    `${result.fileName} (${result.layout})${under}: ${result.added} added, ${result.updated.length} updated, ${result.unchanged} unchanged, ${result.problems.length} not read.\n`,
  );
  if (result.updated.length > 0) output.out.write(`Updated: ${result.updated.join(', ')}\n`);
  for (const problem of result.problems) output.out.write(`  ${problem.message}\n`);
  return 0;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ballot: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, importCommentsHelp);
  }
}

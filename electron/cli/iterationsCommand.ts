import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IterationList } from '../../shared/domain/iteration';
import { iterationLine } from '../../shared/domain/iterationLine';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const iterationsHelp = `Usage: cts iterations <project> [--json]

Lists a project's iterations, newest first: number, date, label, document number and editor,
then the masters each holds and their sizes. Says which iteration the working text was last
started from, if any. Opens the file read-only, so it works while the project is open in the app.

Options:
  --json       print the list as JSON ({ "iterations": […], "workingBasedOn": n or null })
  -h, --help   show this help
`;

export function iterationsCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(iterationsHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file whose iterations to list.', iterationsHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, iterationsHelp);

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  let list: IterationList;
  try {
    list = project.iterations();
  } finally {
    project.close();
  }
  output.out.write(values.json ? `${JSON.stringify(list, null, 2)}\n` : describe(path.basename(project.path), list));
  return 0;
}

function describe(name: string, list: IterationList): string {
  const count = list.iterations.length;
  if (count === 0) return `${name} has no iteration yet. Save one with: cts iterate ${name} --label "<label>"\n`;
  let text = `${name}: ${count} iteration${count === 1 ? '' : 's'}, newest first\n`;
  for (const iteration of list.iterations) {
    text += `  ${iterationLine(iteration)}\n`;
    const held = iteration.languages.map((entry) => `${entry.language} ${entry.characters.toLocaleString('en')} characters`).join(', ');
    const from = iteration.basedOn === null ? '' : `; working text started from iteration ${iteration.basedOn}`;
    text += `      ${held}; saved ${iteration.createdAt}${from}\n`;
  }
  if (list.workingBasedOn !== null) text += `The working text was last started from iteration ${list.workingBasedOn}.\n`;
  return text;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, iterationsHelp);
  }
}

import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IterationSummary } from '../../shared/domain/iteration';
import { iterationLine } from '../../shared/domain/iterationLine';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const iterateHelp = `Usage: cts iterate <project> --label "<label>" [--date YYYY-MM-DD] [--number <document>] [--editor "<name>"] [--json]

Saves an iteration: freezes every language master of the project, as it is saved now, as an
immutable, dated snapshot, numbered after the last one, and prints it. Takes the project's write
lock, so it refuses a project open for editing elsewhere (save the iteration there instead).

Options:
  --label <label>      what the iteration is (required), e.g. "Output of the Geneva meeting"
  --date <date>        the date it carries, YYYY-MM-DD (default: today)
  --number <document>  the SC's N-number or the SG's TD number, e.g. N1234 or "TD 56"
  --editor <name>      who saved it (default: the first editor in the project's metadata)
  --json               print the iteration as JSON
  -h, --help           show this help
`;

/** Where a value that failed validation came from on the command line. */
const optionOf: Readonly<Record<string, string>> = { label: '--label', date: '--date', documentNumber: '--number', editor: '--editor' };

export function iterateCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(iterateHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to save an iteration of.', iterateHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, iterateHelp);
  if (values.label === undefined)
    throw new UsageError('Give the iteration a label with --label, e.g. --label "Output of the Geneva meeting".', iterateHelp);

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'write' });
  let saved: IterationSummary;
  try {
    if (project.readOnly) throw new ProjectError('locked', `No iteration was saved: ${project.readOnly.message}`);
    const editor = values.editor ?? project.metadata().editors[0]?.name ?? '';
    try {
      saved = project.saveIteration({ label: values.label, documentNumber: values.number ?? '', date: values.date, editor });
    } catch (error) {
      if (!(error instanceof ProjectError) || error.code !== 'invalid-arguments' || !error.issues) throw error;
      const problems = error.issues.map((issue) => `  ${optionOf[issue.field] ?? issue.field}: ${issue.message}`);
      throw new ProjectError('invalid-arguments', `No iteration was saved:\n${problems.join('\n')}`);
    }
  } finally {
    project.close();
  }
  if (values.json) {
    output.out.write(`${JSON.stringify(saved, null, 2)}\n`);
  } else {
    const languages = saved.languages.map((entry) => `${entry.language} ${entry.characters.toLocaleString('en')} characters`).join(', ');
    output.out.write(`Saved iteration ${iterationLine(saved)} in ${path.basename(project.path)} (${languages}).\n`);
  }
  return 0;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        label: { type: 'string' },
        date: { type: 'string' },
        number: { type: 'string' },
        editor: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, iterateHelp);
  }
}

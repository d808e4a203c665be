import { parseArgs } from 'node:util';
import { newProjectSchema } from '../../shared/contract/schemas';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const newHelp = `Usage: cts new <file> --title "<title>" [--itu <number>] [--iso <number>] [--force]

Creates a project file with the given metadata and an empty English master, and prints its path.

Options:
  --title <title>   the title of the text (required), e.g. "Information technology – The Directory"
  --itu <number>    the ITU-T Recommendation number, e.g. X.500
  --iso <number>    the ISO/IEC number with its part, e.g. 9594-1
  --force           replace a file that already exists at <file>
  -h, --help        show this help
`;

export function newCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(newHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to create.', newHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, newHelp);
  if (values.title === undefined) throw new UsageError('Give the project a title with --title.', newHelp);

  const parsed = newProjectSchema.safeParse({ title: values.title, ituNumber: values.itu ?? '', isoNumber: values.iso ?? '' });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${optionFor(issue.path.join('.'))}: ${issue.message}`);
    throw new ProjectError('invalid-arguments', `The project was not created:\n${problems.join('\n')}`);
  }
  const path = file.endsWith('.ctproj') ? file : `${file}.ctproj`;
  const project = ProjectFile.create(path, parsed.data, { program: `cts ${appVersion} (command line)`, replace: values.force === true });
  project.close();
  output.out.write(`${project.path}\n`);
  return 0;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        itu: { type: 'string' },
        iso: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, newHelp);
  }
}

function optionFor(field: string): string {
  switch (field) {
    case 'ituNumber':
      return '--itu';
    case 'isoNumber':
      return '--iso';
    case 'title':
      return '--title';
    default:
      return field;
  }
}

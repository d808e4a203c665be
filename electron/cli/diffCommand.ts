import { parseArgs } from 'node:util';
import type { Language } from '../../shared/domain/language';
import { isLanguage } from '../../shared/domain/language';
import type { DocumentJson } from '../../shared/domain/project';
import { appVersion } from '../core/appVersion';
import { masterText } from '../core/project/masterText';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { ListedChange } from './changeList';
import { changeList } from './changeList';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const diffHelp = `Usage: cts diff <project> <from> <to> [--language en] [--json]

Prints the change marks from one text of a master to another: each change with its kind (insert,
delete, format, move, block-insert, block-delete), the number of its clause as published, and the
text inserted and deleted. Computed numbers never count as changes.

<from> and <to> are each an iteration number (3), an iteration's date (2026-11-22: the latest
iteration of that day), or "working" for the working text.

Options:
  --language <code>  the master to compare (default en)
  --json             print the changes as JSON
  -h, --help         show this help
`;

export function diffCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(diffHelp);
    return 0;
  }
  const [file, from, to, ...extra] = positionals;
  if (!file || !from || !to)
    throw new UsageError('Name the project and the two texts to compare (an iteration number, a date, or "working").', diffHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, diffHelp);
  const language = values.language ?? 'en';
  if (!isLanguage(language)) throw new UsageError(`“${language}” is not a publication language (en, fr, es, ru, zh, ar).`, diffHelp);

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  let changes: ListedChange[];
  let names: [string, string];
  try {
    const older = text(project, from, language);
    const newer = text(project, to, language);
    names = [older.name, newer.name];
    changes = changeList(older.document, newer.document);
  } finally {
    project.close();
  }
  if (values.json) {
    output.out.write(`${JSON.stringify({ from: names[0], to: names[1], language, changes }, null, 2)}\n`);
    return 0;
  }
  output.out.write(`${changes.length} change${changes.length === 1 ? '' : 's'} from ${names[0]} to ${names[1]} (${language})\n`);
  for (const change of changes) output.out.write(`${describe(change)}\n`);
  return 0;
}

/** A text named on the command line; a malformed name is a usage error. */
function text(project: ProjectFile, which: string, language: Language): { name: string; document: DocumentJson } {
  try {
    return masterText(project, which, language);
  } catch (error) {
    if (error instanceof ProjectError && error.code === 'invalid-arguments') throw new UsageError(error.message, diffHelp);
    throw error;
  }
}

function describe(change: ListedChange): string {
  const place =
    change.clause === '' ? 'front matter' : /^\d|^[A-Z]\.|^[IVX]+\./.test(change.clause) ? `clause ${change.clause}` : change.clause;
  const quote = (text: string) => `“${text.length > 120 ? `${text.slice(0, 118)}…` : text}”`;
  switch (change.kind) {
    case 'insert':
    case 'block-insert':
      return `${place}: ${change.kind} ${quote(change.inserted)}`;
    case 'delete':
    case 'block-delete':
      return `${place}: ${change.kind} ${quote(change.deleted)}`;
    default:
      return `${place}: ${change.kind} ${quote(change.text)}`;
  }
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { language: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, diffHelp);
  }
}

import { parseArgs } from 'node:util';
import type { Language } from '../../shared/domain/language';
import { isLanguage, languageInfo, languages } from '../../shared/domain/language';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { Master } from '../../shared/domain/project';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';
import { masterOutline } from './masterOutline';
import { masterPlainText } from './masterPlainText';

const formats = ['text', 'json', 'outline'] as const;
type Format = (typeof formats)[number];

export const showHelp = `Usage: cts show <file> [--language <code>] [--format text|json|outline]

Prints a master of a project. Numbers are computed as the published text shows them: clause
numbers, annex letters and appendix numerals, table, figure, note and example labels, term
numbers; cross-references read as they will be printed, and a broken one as
"[broken reference: <id>]". Opens the file read-only, so it works while the project is open in
the app.

Options:
  --language <code>   the master to print: ${languages.join(', ')} (default: en)
  --format <format>   text      plain text, numbered (the default)
                      json      the master as stored (ProseMirror JSON)
                      outline   the numbered headings, indented by level
  -h, --help          show this help
`;

export function showCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(showHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to show.', showHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, showHelp);
  const language = values.language ?? 'en';
  if (!isLanguage(language)) throw new UsageError(`There is no language “${language}”: use one of ${languages.join(', ')}.`, showHelp);
  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`There is no format “${format}”: use text, json or outline.`, showHelp);

  const master = readMaster(file, language);
  if (format === 'json') {
    output.out.write(`${JSON.stringify(master.content, null, 2)}\n`);
    return 0;
  }
  const numbering = computeNumbering(master.content, documentJsonAdapter);
  output.out.write(format === 'outline' ? masterOutline(numbering) : masterPlainText(master.content, numbering));
  return 0;
}

function readMaster(file: string, language: Language): Master {
  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  try {
    const held = project.masters().map((master) => master.language);
    if (!held.includes(language)) {
      const has = held.length === 0 ? 'it has none' : `it has: ${held.join(', ')}`;
      throw new ProjectError('not-found', `The project has no ${languageInfo[language].name} master; ${has}.`);
    }
    return project.master(language);
  } finally {
    project.close();
  }
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { language: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, showHelp);
  }
}

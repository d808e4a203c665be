import path from 'node:path';
import { parseArgs } from 'node:util';
import { importReportText } from '../../shared/domain/importReportText';
import { isLanguage, languageInfo, languages } from '../../shared/domain/language';
import { appVersion } from '../core/appVersion';
import { importWordMaster } from '../core/project/importWordMaster';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const importDocxHelp = `Usage: cts import-docx <project> <file.docx> [--language <code>] [--accept-changes] [--replace] [--json]

Imports a Word document (.docx) in ITU's format as a master of a project, and prints the import
report: what the master holds (clauses, annexes, tables, figures, notes, references …), then
each warning with its place, one per line ("Figure 5: The Word file types 5a where the structure
gives 5"). A file that cannot be imported is refused with a message, and the project is left as
it was. Takes the project's write lock, so it refuses a project open for editing elsewhere.

Options:
  --language <code>   the master to import into: ${languages.join(', ')} (default: en)
  --accept-changes    accept the revisions tracked in the Word file (default: keep them as change marks)
  --replace           replace a master that already holds text (default: refuse)
  --json              print the report as JSON
  -h, --help          show this help
`;

export async function importDocxCommand(args: readonly string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(importDocxHelp);
    return 0;
  }
  const [file, source, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to import into.', importDocxHelp);
  if (!source) throw new UsageError('Name the Word document (.docx) to import.', importDocxHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, importDocxHelp);
  const language = values.language ?? 'en';
  if (!isLanguage(language))
    throw new UsageError(`There is no language “${language}”: use one of ${languages.join(', ')}.`, importDocxHelp);
  const replace = values.replace === true;

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'write' });
  try {
    if (project.readOnly) throw new ProjectError('locked', `Nothing was imported: ${project.readOnly.message}`);
    const existing = project.masters().find((master) => master.language === language);
    if (existing && existing.characters > 0 && !replace) {
      throw new ProjectError(
        'already-exists',
        `The ${languageInfo[language].name} master of “${path.basename(project.path)}” already holds text (${existing.characters.toLocaleString('en')} characters), so nothing was imported. Add --replace to replace it, or --language to import as another language.`,
      );
    }
    const report = await importWordMaster(project, source, {
      language,
      trackedChanges: values['accept-changes'] ? 'accept' : 'keep',
      replace,
    });
    output.out.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : importReportText(report));
    return 0;
  } finally {
    project.close();
  }
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        language: { type: 'string' },
        'accept-changes': { type: 'boolean' },
        replace: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, importDocxHelp);
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguage } from '../../shared/domain/language';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { MasterExport } from '../core/wordExport/exportProject';
import { exportProjectMaster } from '../core/wordExport/exportProject';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const exportDocxHelp = `Usage: cts export-docx <project> --out <file.docx> [--language en] [--iteration K|working]
                       [--marks-since K] [--marks-style revisions|visible] [--template <file.docx>] [--json]

Writes one language master as a Word document in the common template: the title block, the table of
contents, the clauses with their computed numbers, annexes on new pages, running header and footer.
With --marks-since, the changes since that iteration are written as Word revisions (Accept All gives
the exported text, Reject All the iteration's), or as coloured text with --marks-style visible.

Options:
  --out <file.docx>       where to write (required); an existing file is replaced only once the new one is complete
  --language <code>       the master (default en)
  --iteration <K>         the text to export: an iteration number, its date, or "working" (default)
  --marks-since <K>       write the change marks since iteration K (a number or a date)
  --marks-style <style>   revisions (default) or visible
  --template <file>       a .docx or .dotx whose styles replace the built-in ITU ones
  --json                  print what was written as JSON
  -h, --help              show this help
`;

export function exportDocxCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(exportDocxHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to export from.', exportDocxHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, exportDocxHelp);
  if (!values.out) throw new UsageError('Say where to write the Word document with --out <file.docx>.', exportDocxHelp);
  if (!/\.docx$/i.test(values.out))
    throw new UsageError(`--out must name a .docx file, not “${path.basename(values.out)}”.`, exportDocxHelp);
  const language = values.language ?? 'en';
  if (!isLanguage(language)) throw new UsageError(`“${language}” is not a publication language (en, fr, es, ru, zh, ar).`, exportDocxHelp);
  const style = values['marks-style'] ?? 'revisions';
  if (style !== 'revisions' && style !== 'visible')
    throw new UsageError(`--marks-style is revisions or visible, not “${style}”.`, exportDocxHelp);
  if (values['marks-style'] && !values['marks-since']) throw new UsageError('--marks-style needs --marks-since.', exportDocxHelp);

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  let result: MasterExport;
  try {
    result = usage(() =>
      exportProjectMaster(project, {
        language,
        text: values.iteration ?? 'working',
        marksSince: values['marks-since'],
        marksStyle: style,
        templatePath: values.template,
      }),
    );
  } finally {
    project.close();
  }
  writeAtomically(values.out, result.bytes);
  const { summary } = result;
  if (values.json) {
    output.out.write(
      `${JSON.stringify({ out: path.resolve(values.out), text: result.textName, marksSince: result.sinceName, suggestedName: result.fileName, ...summary }, null, 2)}\n`,
    );
    return 0;
  }
  const marks = result.sinceName
    ? `, with ${summary.revisions} revision${summary.revisions === 1 ? '' : 's'} since ${result.sinceName}`
    : '';
  output.out.write(
    `Wrote ${values.out}: ${result.textName} (${language})${marks}; ${summary.paragraphs} paragraphs, ${summary.tables} tables, ${summary.footnotes} footnotes; template ${summary.template}.\n`,
  );
  if (summary.stylesFromBuiltIn.length > 0)
    output.out.write(`The template lacked these styles; the built-in ones were used: ${summary.stylesFromBuiltIn.join(', ')}.\n`);
  return 0;
}

/** Writes beside the target, then renames: a failure never leaves half a file, nor destroys the one there. */
export function writeAtomically(target: string, bytes: Uint8Array): void {
  const partial = `${target}.partial-${process.pid}`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new ProjectError('io-error', `“${target}” could not be written: ${(error as Error).message}`);
  }
}

/** A malformed iteration name is a usage error on the command line. */
function usage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ProjectError && error.code === 'invalid-arguments') throw new UsageError(error.message, exportDocxHelp);
    throw error;
  }
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        language: { type: 'string' },
        iteration: { type: 'string' },
        'marks-since': { type: 'string' },
        'marks-style': { type: 'string' },
        template: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, exportDocxHelp);
  }
}

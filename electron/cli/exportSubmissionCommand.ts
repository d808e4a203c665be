import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import { ProjectError } from '../core/projectError';
import type { SubmissionPackage } from '../core/wordExport/exportProject';
import { exportSubmission } from '../core/wordExport/exportProject';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const exportSubmissionHelp = `Usage: cts export-submission <project> --out <folder> [--iteration K|working] [--marks-since K]
                             [--template <file.docx>] [--json]

Writes the submission package into <folder>: a folder and a ZIP of the same files, named
ISO-IEC-9594-1_X.500_DIS_2026-11-22, holding a cover sheet, the clean text of each language master
and, with --marks-since, each text with its change marks since that iteration as Word revisions.
An existing package of the same name is never overwritten: the new one is named "-2", "-3" ….

Options:
  --out <folder>       the folder to write the package into (required; created if missing)
  --iteration <K>      the text to submit: an iteration number, its date, or "working" (default)
  --marks-since <K>    add the texts with change marks since iteration K
  --template <file>    a .docx or .dotx whose styles replace the built-in ITU ones
  --json               print the package as JSON
  -h, --help           show this help
`;

export async function exportSubmissionCommand(args: readonly string[], output: CliOutput): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(exportSubmissionHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to export from.', exportSubmissionHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, exportSubmissionHelp);
  if (!values.out) throw new UsageError('Say which folder to write the package into with --out <folder>.', exportSubmissionHelp);
  if (fs.existsSync(values.out) && !fs.statSync(values.out).isDirectory())
    throw new UsageError(`--out must name a folder; “${values.out}” is a file.`, exportSubmissionHelp);
  fs.mkdirSync(values.out, { recursive: true });

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  let written: SubmissionPackage;
  try {
    written = await exportSubmission(project, {
      folder: values.out,
      text: values.iteration ?? 'working',
      marksSince: values['marks-since'],
      templatePath: values.template,
    });
  } catch (error) {
    if (error instanceof ProjectError && error.code === 'invalid-arguments') throw new UsageError(error.message, exportSubmissionHelp);
    throw error;
  } finally {
    project.close();
  }
  if (values.json) {
    output.out.write(`${JSON.stringify(written, null, 2)}\n`);
    return 0;
  }
  output.out.write(`Wrote the submission package ${written.folder} and ${written.zip}:\n`);
  for (const each of written.files) output.out.write(`  ${each.name}  ${each.description}\n`);
  return 0;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        iteration: { type: 'string' },
        'marks-since': { type: 'string' },
        template: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, exportSubmissionHelp);
  }
}

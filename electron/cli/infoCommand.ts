import path from 'node:path';
import { parseArgs } from 'node:util';
import { languageInfo } from '../../shared/domain/language';
import type { ProjectSnapshot } from '../../shared/domain/project';
import { designation } from '../../shared/domain/projectMetadata';
import { stageNames } from '../../shared/domain/stage';
import { appVersion } from '../core/appVersion';
import { ProjectFile } from '../core/project/projectFile';
import type { CliOutput } from './cliOutput';
import { UsageError } from './cliOutput';

export const infoHelp = `Usage: cts info <file> [--json]

Prints what a project holds: its file format version, metadata, masters (language and size),
and the number of iterations, comments, defect reports and ballots. Opens the file read-only,
so it works while the project is open in the app.

Options:
  --json       print the same as JSON
  -h, --help   show this help
`;

export function infoCommand(args: readonly string[], output: CliOutput): number {
  const { values, positionals } = parse(args);
  if (values.help) {
    output.out.write(infoHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('Name the project file to describe.', infoHelp);
  if (extra.length > 0) throw new UsageError(`Unexpected argument “${extra[0]}”.`, infoHelp);

  const project = ProjectFile.open(file, { program: `cts ${appVersion} (command line)`, access: 'read' });
  let snapshot: ProjectSnapshot;
  try {
    snapshot = project.snapshot();
  } finally {
    project.close();
  }
  if (values.json) {
    const { readOnly: _readOnly, ...rest } = snapshot;
    output.out.write(`${JSON.stringify(rest, null, 2)}\n`);
  } else {
    output.out.write(describe(snapshot));
  }
  return 0;
}

function describe(snapshot: ProjectSnapshot): string {
  const m = snapshot.metadata;
  const row = (label: string, value: string): string => `  ${label.padEnd(16)}${value === '' ? '—' : value}\n`;
  let text = `${path.basename(snapshot.path)}  (${designation(m)})\n`;
  text += row('File format', String(snapshot.schemaVersion));
  text += row('Title', m.title);
  text += row('ITU-T', m.ituNumber ? `Rec. ITU-T ${m.ituNumber}` : '');
  text += row('ISO/IEC', m.isoNumber ? `ISO/IEC ${m.isoNumber}` : '');
  text += row('Edition', m.edition);
  text += row('Stage', m.stage ? `${m.stage} (${stageNames[m.stage]})` : '');
  text += row('Study Group', [m.studyGroup && `SG${m.studyGroup}`, m.question && `Q${m.question}`].filter(Boolean).join(' / '));
  text += row(
    'Subcommittee',
    [m.subcommittee && `JTC 1/SC ${m.subcommittee}`, m.workingGroup && `WG ${m.workingGroup}`].filter(Boolean).join(' / '),
  );
  text += row('Project number', m.projectNumber);
  text += row(
    'Editors',
    m.editors
      .map((editor) =>
        [editor.name, editor.affiliation && `(${editor.affiliation})`, editor.email && `<${editor.email}>`].filter(Boolean).join(' '),
      )
      .join('; '),
  );
  text += row('Created', snapshot.createdAt);
  text += row('Last changed', snapshot.updatedAt);
  text += `Masters (${snapshot.masters.length})\n`;
  for (const master of snapshot.masters) {
    text += `  ${master.language}  ${languageInfo[master.language].name.padEnd(10)}${String(master.characters).padStart(9)} characters ${String(master.bytes).padStart(10)} bytes   updated ${master.updatedAt}\n`;
  }
  const c = snapshot.counts;
  text += `Registers\n`;
  text += row('Iterations', String(c.iterations));
  text += row('Comments', String(c.comments));
  text += row('Defect reports', String(c.defectReports));
  text += row('Ballots', String(c.ballots));
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
    throw new UsageError((error as Error).message, infoHelp);
  }
}

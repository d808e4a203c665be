import fs from 'node:fs';
import path from 'node:path';
import { localCalendarDate } from '../../../shared/domain/calendarDate';
import type { Language } from '../../../shared/domain/language';
import { languageInfo } from '../../../shared/domain/language';
import type { DocumentJson } from '../../../shared/domain/project';
import type { Edition } from '../../../shared/domain/presentation/commonTextPresentation';
import { exportedFileName, submissionName } from '../../../shared/domain/presentation/commonTextPresentation';
import { stageNames } from '../../../shared/domain/stage';
import { masterText } from '../project/masterText';
import type { ProjectFile } from '../project/projectFile';
import { ProjectError } from '../projectError';
import type { WordExport } from './exportWordDocument';
import { exportWordDocument } from './exportWordDocument';
import type { MarksStyle } from './writerContext';
import { zipPackage } from './zipPackage';

/** Which text of which master to export, and how. */
export interface MasterExportOptions {
  readonly language: Language;
  /** "working", an iteration number or an iteration's date. */
  readonly text: string;
  /** An iteration number (or date) whose text the change marks count from; none for a clean text. */
  readonly marksSince?: string;
  readonly marksStyle?: MarksStyle;
  readonly templatePath?: string;
  /** Today, for the date of the working text (tests fix it). */
  readonly today?: string;
}

export interface MasterExport extends WordExport {
  /** The conventional name of the file ("ISO-IEC-9594-1_X.500_DIS_2026-11-22_clean.docx"). */
  readonly fileName: string;
  /** "iteration 4 (2026-11-22)" or "the working text", and the marks' base when any. */
  readonly textName: string;
  readonly sinceName: string | null;
}

/** Exports one language master of an open project as a .docx (nothing is written to disk here). */
export function exportProjectMaster(project: ProjectFile, options: MasterExportOptions): MasterExport {
  const metadata = project.metadata();
  if (!project.masters().some((master) => master.language === options.language)) {
    throw new ProjectError('not-found', `The project has no ${languageInfo[options.language].name} master.`);
  }
  const newer = masterText(project, options.text, options.language);
  const since = options.marksSince === undefined ? null : masterText(project, options.marksSince, options.language);
  if (since !== null && since.iteration === null) {
    throw new ProjectError('invalid-arguments', 'Change marks count from an iteration: name its number or date, not the working text.');
  }
  const date = newer.iteration?.date ?? options.today ?? localCalendarDate();
  const edition: Edition = { metadata, stage: metadata.stage, language: options.language, date };
  const author = newer.iteration?.editor || metadata.editors[0]?.name || 'Common Text Studio';
  const result = exportWordDocument({
    edition,
    master: newer.document,
    templatePath: options.templatePath,
    ...(since
      ? {
          marks: {
            since: since.document,
            sinceName: since.name,
            style: options.marksStyle ?? 'revisions',
            author,
            date: newer.iteration?.createdAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          },
        }
      : {}),
  });
  return {
    ...result,
    fileName: exportedFileName(edition, since?.iteration ? { kind: 'marked', since: since.iteration.number } : { kind: 'clean' }),
    textName: newer.name,
    sinceName: since?.name ?? null,
  };
}

/** What goes into a submission package. */
export interface SubmissionOptions {
  /** The folder the package's folder and ZIP are written into. */
  readonly folder: string;
  /** "working" (default) or an iteration. */
  readonly text?: string;
  /** The iteration the change-marked texts count from; none: clean texts only. */
  readonly marksSince?: string;
  readonly templatePath?: string;
  readonly today?: string;
  readonly onProgress?: (step: string, fraction: number) => void;
}

export interface SubmissionPackage {
  /** The package's folder and ZIP. */
  readonly folder: string;
  readonly zip: string;
  /** The files in it, in the order of the cover sheet. */
  readonly files: readonly { readonly name: string; readonly description: string }[];
}

/**
 * Writes the submission package: a folder, and a ZIP of the same files, holding for each language
 * master with text the clean text and (when asked) the text with change marks since an iteration,
 * and a cover sheet listing them. Named by the convention of `exportedFileName`; an existing folder
 * is never written into: the name gets "-2", "-3" …
 */
export async function exportSubmission(project: ProjectFile, options: SubmissionOptions): Promise<SubmissionPackage> {
  const metadata = project.metadata();
  const which = options.text ?? 'working';
  const languages = project
    .masters()
    .filter((master) => master.characters > 0)
    .map((master) => master.language);
  if (languages.length === 0)
    throw new ProjectError('invalid-arguments', 'Every master of the project is empty: there is nothing to submit.');
  const first = masterText(project, which, languages[0]!);
  const date = first.iteration?.date ?? options.today ?? localCalendarDate();
  const stem = submissionName({ metadata, stage: metadata.stage, date });

  const files: { name: string; description: string; bytes: Buffer }[] = [];
  const steps = languages.length * (options.marksSince ? 2 : 1) + 1;
  let done = 0;
  // Each step yields to the event loop, so its progress reaches the window before the next file is written.
  const progress = async (step: string) => {
    options.onProgress?.(step, done / steps);
    await new Promise((resolve) => setImmediate(resolve));
  };
  for (const language of languages) {
    const name = languageInfo[language].name;
    await progress(`Writing the clean ${name} text`);
    const clean = exportProjectMaster(project, { language, text: which, templatePath: options.templatePath, today: date });
    files.push({ name: clean.fileName, description: `${name} text, clean (${clean.textName})`, bytes: clean.bytes });
    done += 1;
    if (options.marksSince) {
      await progress(`Writing the ${name} text with change marks`);
      const marked = exportProjectMaster(project, {
        language,
        text: which,
        marksSince: options.marksSince,
        templatePath: options.templatePath,
        today: date,
      });
      files.push({
        name: marked.fileName,
        description: `${name} text with change marks since ${marked.sinceName ?? ''} (${marked.summary.revisions} revisions)`,
        bytes: marked.bytes,
      });
      done += 1;
    }
  }
  await progress('Writing the cover sheet');
  const edition: Edition = { metadata, stage: metadata.stage, language: 'en', date };
  const coverName = exportedFileName(edition, { kind: 'cover' });
  const cover = exportWordDocument({
    edition,
    master: coverSheet(project, first.name, date, [{ name: coverName, description: 'This cover sheet' }, ...files]),
    templatePath: options.templatePath,
  });
  files.unshift({ name: coverName, description: 'This cover sheet', bytes: cover.bytes });

  const free = freeStem(options.folder, stem);
  const folder = path.resolve(options.folder, free);
  const zip = `${folder}.zip`;
  // Written aside, then renamed: a failure leaves no half-written package under the final name.
  const partial = `${folder}.partial-${process.pid}`;
  try {
    fs.mkdirSync(partial, { recursive: true });
    for (const file of files) fs.writeFileSync(path.join(partial, file.name), file.bytes);
    fs.writeFileSync(
      `${zip}.partial`,
      zipPackage(files.map((file) => ({ path: `${path.basename(folder)}/${file.name}`, data: file.bytes }))),
    );
    fs.renameSync(partial, folder);
    fs.renameSync(`${zip}.partial`, zip);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    fs.rmSync(`${zip}.partial`, { force: true });
    throw new ProjectError('io-error', `The submission package could not be written to “${options.folder}”: ${(error as Error).message}`);
  }
  done = steps;
  await progress('Done');
  return { folder, zip, files: files.map(({ name, description }) => ({ name, description })) };
}

/** `stem`, or `stem-2`, `stem-3` … when a folder or ZIP of that name is already in `folder`. */
function freeStem(folder: string, stem: string): string {
  for (let count = 1; ; count += 1) {
    const candidate = count === 1 ? stem : `${stem}-${count}`;
    if (!fs.existsSync(path.join(folder, candidate)) && !fs.existsSync(path.join(folder, `${candidate}.zip`))) return candidate;
  }
}

/** The cover sheet: what the package is, and the list of the files enclosed. */
function coverSheet(
  project: ProjectFile,
  textName: string,
  date: string,
  files: readonly { name: string; description: string }[],
): DocumentJson {
  const metadata = project.metadata();
  const text = (value: string) => (value === '' ? [] : [{ type: 'text', text: value }]);
  const paragraph = (value: string): DocumentJson => ({ type: 'paragraph', content: text(value) });
  const cell = (value: string, header = false): DocumentJson => ({
    type: header ? 'tableHeader' : 'tableCell',
    attrs: { colspan: 1, rowspan: 1 },
    content: [paragraph(value)],
  });
  const row = (cells: readonly string[], header = false): DocumentJson => ({
    type: 'tableRow',
    content: cells.map((value) => cell(value, header)),
  });
  const facts: [string, string][] = [
    [
      'Text',
      [metadata.ituNumber && `Rec. ITU-T ${metadata.ituNumber}`, metadata.isoNumber && `ISO/IEC ${metadata.isoNumber}`]
        .filter(Boolean)
        .join(' | '),
    ],
    ['Title', metadata.title],
    ['Stage', metadata.stage ? `${metadata.stage} (${stageNames[metadata.stage]})` : ''],
    ['Edition', metadata.edition],
    [
      'ITU-T Study Group / Question',
      [metadata.studyGroup && `SG${metadata.studyGroup}`, metadata.question && `Q${metadata.question}`].filter(Boolean).join(', '),
    ],
    [
      'ISO/IEC JTC 1 Subcommittee',
      [metadata.subcommittee && `SC ${metadata.subcommittee}`, metadata.workingGroup && `WG ${metadata.workingGroup}`]
        .filter(Boolean)
        .join(', '),
    ],
    ['Project', metadata.projectNumber],
    ['Text submitted', textName],
    ['Date', date],
    ['Editors', metadata.editors.map((editor) => [editor.name, editor.affiliation, editor.email].filter(Boolean).join(', ')).join('; ')],
  ];
  return {
    type: 'doc',
    content: [
      { type: 'unnumberedHeading', attrs: { id: 'cover-heading', kind: 'other' }, content: text('Submission') },
      { type: 'table', content: facts.filter(([, value]) => value !== '').map(([name, value]) => row([name, value])) },
      { type: 'unnumberedHeading', attrs: { id: 'cover-files', kind: 'other' }, content: text('Files enclosed') },
      { type: 'table', content: [row(['File', 'Content'], true), ...files.map((file) => row([file.name, file.description]))] },
    ],
  };
}

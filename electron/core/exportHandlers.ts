import path from 'node:path';
import type { CoreHandlers } from '../../shared/contract/contract';
import type { FailureCode } from '../../shared/contract/result';
import { localCalendarDate } from '../../shared/domain/calendarDate';
import { exportedFileName } from '../../shared/domain/presentation/commonTextPresentation';
import type { ExportedTextChoice, ExportProgress } from '../../shared/domain/wordExport';
import { ProjectFile } from './project/projectFile';
import { ProjectError } from './projectError';
import { exportProjectMaster, exportSubmission } from './wordExport/exportProject';
import { writeWholeFile } from './writeWholeFile';

export type ExportHandlers = Pick<CoreHandlers, 'export.suggestedName' | 'export.master' | 'export.submission'>;

/** "working" or "3", as the export core names a text. */
const textName = (text: ExportedTextChoice): string => String(text);
const optionalText = (text: number | undefined): string | undefined => (text === undefined ? undefined : String(text));

/** Refusals of a file as a Word package: with a template chosen, the template is the only such file an export reads. */
const templateRefusals: ReadonlySet<FailureCode> = new Set<FailureCode>([
  'not-a-word-document',
  'damaged',
  'password-protected',
  'too-large',
]);

/** Runs an export, saying what to do next when the user's template was refused. */
async function withTemplate<T>(templatePath: string | undefined, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (templatePath !== undefined && error instanceof ProjectError && templateRefusals.has(error.code)) {
      throw new ProjectError(error.code, `${error.message} Choose another template (a Word .docx or .dotx), or the built-in one.`);
    }
    throw error;
  }
}

/**
 * The export calls: the conventional file name, one master as a .docx, the submission package.
 * They only read the project, so they work in a window that opened it read-only.
 */
export function createExportHandlers(requireProject: () => ProjectFile, onProgress: (progress: ExportProgress) => void): ExportHandlers {
  return {
    'export.suggestedName': ({ language, text, marksSince }) => {
      const project = requireProject();
      const metadata = project.metadata();
      // The date the export itself gives the file: the iteration's, or today's (local time) for the working text.
      const date = text === 'working' ? localCalendarDate() : project.iteration(text).date;
      const what = marksSince === undefined ? ({ kind: 'clean' } as const) : ({ kind: 'marked', since: marksSince } as const);
      return { fileName: exportedFileName({ metadata, stage: metadata.stage, language, date }, what) };
    },

    'export.master': async ({ path: file, language, text, marksSince, marksStyle, templatePath }) => {
      const project = requireProject();
      const target = path.resolve(file);
      if (ProjectFile.resolve(target) === project.path) {
        throw new ProjectError('invalid-arguments', 'That is the project file itself: choose another name for the Word document.');
      }
      // Made in memory first: a refusal (a template that is no Word file) writes nothing.
      const exported = await withTemplate(templatePath, () =>
        exportProjectMaster(project, { language, text: textName(text), marksSince: optionalText(marksSince), marksStyle, templatePath }),
      );
      writeWholeFile(target, exported.bytes);
      return { path: target, summary: exported.summary, textName: exported.textName, sinceName: exported.sinceName };
    },

    'export.submission': async ({ folder, text, marksSince, templatePath }) => {
      const project = requireProject();
      const written = await withTemplate(templatePath, () =>
        exportSubmission(project, {
          folder: path.resolve(folder),
          text: textName(text),
          marksSince: optionalText(marksSince),
          templatePath,
          onProgress: (step, fraction) => onProgress({ step, fraction }),
        }),
      );
      return { folder: written.folder, zip: written.zip, files: written.files };
    },
  };
}

import type { Language } from '../../../shared/domain/language';
import type { ImportProgress, ImportReport, TrackedChangesChoice } from '../../../shared/domain/wordImport';
import { readWordFile } from '../readWordFile';
import type { ProjectFile } from './projectFile';

export interface WordMasterOptions {
  readonly language: Language;
  readonly trackedChanges: TrackedChangesChoice;
  /** The user agreed to lose the text the master holds now. */
  readonly replace: boolean;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports a Word document as a master of an open project. What would be refused is refused
 * before the conversion starts, and the file is read and converted before anything is written,
 * so a document that cannot be imported leaves the project as it was.
 */
export async function importWordMaster(project: ProjectFile, source: string, options: WordMasterOptions): Promise<ImportReport> {
  project.assertImportable(options.language, options);
  const { document, report } = await readWordFile(source, options);
  options.onProgress?.({ phase: 'saving', fraction: 0.96 });
  project.importMaster(options.language, document, options);
  options.onProgress?.({ phase: 'saving', fraction: 1 });
  return report;
}

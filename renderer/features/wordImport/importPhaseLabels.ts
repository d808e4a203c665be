import type { ImportPhase } from '../../../shared/domain/wordImport';

/** What the progress bar says each step of an import is doing. */
export const importPhaseLabels: Readonly<Record<ImportPhase, string>> = {
  reading: 'Reading the Word file',
  converting: 'Converting styles to the structure',
  numbering: 'Numbering and linking cross-references',
  saving: 'Saving into the project',
};

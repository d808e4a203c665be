import type { ImportWarningKind } from './wordImport';

/** The heading each kind of import warning is listed under, in the order the report lists them. */
export const importWarningHeadings: Readonly<Record<ImportWarningKind, string>> = {
  numberMismatch: 'Typed numbers that differ from the computed ones',
  unknownStyle: 'Styles not recognized, imported as plain paragraphs',
  placeholder: 'Kept as placeholders',
  unresolvedReference: 'Links kept as text',
  trackedChanges: 'Tracked changes',
  other: 'Other',
};

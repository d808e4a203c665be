import { importWarningHeadings } from './importWarningHeadings';
import type { ImportWarning, ImportWarningKind } from './wordImport';

export interface WarningGroup {
  readonly kind: ImportWarningKind;
  readonly heading: string;
  /** In the order of the text. */
  readonly warnings: readonly ImportWarning[];
}

/** An import's warnings by kind, in the order of their headings; kinds without a warning left out. */
export function groupedWarnings(warnings: readonly ImportWarning[]): WarningGroup[] {
  return (Object.entries(importWarningHeadings) as [ImportWarningKind, string][])
    .map(([kind, heading]) => ({ kind, heading, warnings: warnings.filter((warning) => warning.kind === kind) }))
    .filter((group) => group.warnings.length > 0);
}

import { importCountLabels } from './importCountLabels';
import { groupedWarnings } from './groupedWarnings';
import { languageInfo } from './language';
import type { ImportCounts, ImportReport } from './wordImport';

/**
 * An import report as plain text: what was imported, the counts, then the warnings one per line
 * ("clause 6.2: …"). `cts import-docx` prints it; the report dialog copies it to the clipboard.
 */
export function importReportText(report: ImportReport): string {
  const counts = Object.entries(importCountLabels) as [keyof ImportCounts, string][];
  const width = Math.max(...counts.map(([, label]) => label.length)) + 2;
  const lines = [
    `${report.fileName}: imported as the ${languageInfo[report.language].name} master, ${trackedChangesText(report)}, in ${seconds(report.milliseconds)}.`,
    '',
    ...counts.map(([key, label]) => `${label.padEnd(width)}${String(report.counts[key]).padStart(6)}`),
    '',
  ];
  const warnings = groupedWarnings(report.warnings).flatMap((group) => group.warnings);
  lines.push(warnings.length === 0 ? 'No warnings.' : `${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
  for (const warning of warnings) lines.push(`${warning.where}: ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

function trackedChangesText(report: ImportReport): string {
  if (report.counts.trackedChanges === 0) return 'no tracked changes';
  return report.trackedChanges === 'keep' ? 'tracked changes kept as change marks' : 'tracked changes accepted';
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

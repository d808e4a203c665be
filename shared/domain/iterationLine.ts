import type { IterationSummary } from './iteration';

/** An iteration on one line, as the sidebar and `cts iterations` list it: "3 · 2026-11-22 · Output of the Geneva meeting · N1234 · J. Smith". */
export function iterationLine(iteration: Pick<IterationSummary, 'number' | 'date' | 'label' | 'documentNumber' | 'editor'>): string {
  return [String(iteration.number), iteration.date, iteration.label, iteration.documentNumber, iteration.editor]
    .filter((part) => part !== '')
    .join(' · ');
}

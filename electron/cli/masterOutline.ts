import type { Numbering } from '../../shared/domain/numbering/numbering';

/**
 * The numbered heading tree of a master, one heading a line, indented by level: clauses, annexes
 * and appendices with their clauses, and the unnumbered headings of the front and back matter.
 */
export function masterOutline<N>(numbering: Numbering<N>): string {
  const lines: string[] = [];
  for (const entry of numbering.entries) {
    switch (entry.kind) {
      case 'unnumberedHeading':
        lines.push(entry.title);
        break;
      case 'annex':
      case 'appendix':
        lines.push(`${entry.label}  ${entry.title}  (${entry.normative ? 'normative' : 'informative'})`);
        break;
      case 'clause':
        // An annex's clauses sit one step in from its heading; the body's level-1 clauses at the margin.
        lines.push(`${'  '.repeat(entry.annex ? entry.level : entry.level - 1)}${entry.number}  ${entry.title}`);
        break;
      default:
        break;
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

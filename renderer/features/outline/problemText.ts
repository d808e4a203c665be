import { assertNever } from '../../../shared/domain/assertNever';
import type { NumberedEntry } from '../../../shared/domain/numbering/numberedEntry';
import type { NumberingProblem } from '../../../shared/domain/numbering/numberingProblem';
import type { PositionedNode } from '../../../shared/schema/proseMirrorAdapter';

/** One line of the problems list: what is wrong, in the editor's words, and where to go to mend it. */
export interface ProblemLine {
  readonly message: string;
  /** Where the block or reference at fault starts. */
  readonly pos: number;
  /** Errors break what the reader sees (a reference with no target); warnings are untidy numbering. */
  readonly severity: 'error' | 'warning';
}

/** Where a section is, as a reader would say it: "6.2", "Annex A", "Introduction", "the front matter". */
function sectionName(section: NumberedEntry<PositionedNode> | null): string {
  if (section === null) return 'the text before the first heading';
  if (section.kind === 'clause') return section.number;
  if (section.kind === 'unnumberedHeading') return section.title === '' ? 'an untitled heading' : `“${section.title}”`;
  return section.label;
}

/** What a numbered block is called: "clause 6.2", "Table A.1", "NOTE 2 in 6.1", "Annex B". */
function blockName(entry: NumberedEntry<PositionedNode>): string {
  if (entry.kind === 'unnumberedHeading') return `the heading “${entry.title}”`;
  if (entry.kind === 'reference') return `the reference ${entry.referenceText.full}`;
  return entry.referenceText.full === '' ? `a ${entry.nodeType}` : entry.referenceText.full;
}

/** The problems list's line for one numbering problem. */
export function problemLine(problem: NumberingProblem<PositionedNode>): ProblemLine {
  switch (problem.kind) {
    case 'brokenReference':
      return {
        message: `Broken reference in ${sectionName(problem.reference.section)}: its target was deleted`,
        pos: problem.reference.node.pos,
        severity: 'error',
      };
    case 'duplicateId':
      return {
        message: `${capitalize(blockName(problem.duplicate))} has the same id as ${blockName(problem.first)}: references go to ${blockName(problem.first)}`,
        pos: problem.duplicate.node.pos,
        severity: 'error',
      };
    case 'missingId':
      return {
        message: `${capitalize(blockName(problem.entry))} has no id: nothing can refer to it`,
        pos: problem.entry.node.pos,
        severity: 'warning',
      };
    case 'skippedHeadingLevel':
      return {
        message: `Skipped heading level at ${problem.entry.number}: a level ${problem.entry.level} heading follows ${
          problem.previousLevel === 0 ? 'no heading above it' : `a level ${problem.previousLevel} heading`
        }`,
        pos: problem.entry.node.pos,
        severity: 'warning',
      };
    case 'headingLevelOutOfRange':
      return {
        message: `Heading ${problem.entry.number} has level ${String(problem.level)}, outside 1–6: numbered as level ${problem.entry.level}`,
        pos: problem.entry.node.pos,
        severity: 'warning',
      };
    default:
      return assertNever(problem);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

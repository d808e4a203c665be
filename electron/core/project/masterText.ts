import type { IterationSummary } from '../../../shared/domain/iteration';
import type { Language } from '../../../shared/domain/language';
import type { DocumentJson } from '../../../shared/domain/project';
import { ProjectError } from '../projectError';
import type { ProjectFile } from './projectFile';

/** One text of a master: the working text, or an iteration's. */
export interface MasterText {
  /** "the working text", "iteration 3 (2026-11-22)". */
  readonly name: string;
  readonly document: DocumentJson;
  /** The iteration, or null for the working text. */
  readonly iteration: IterationSummary | null;
}

/**
 * The text named by `which`: "working", an iteration number ("3"), or a date ("2026-11-22", the
 * latest iteration of that day). Used by the CLI (diff, export) and by export.
 */
export function masterText(project: ProjectFile, which: string, language: Language): MasterText {
  if (which === 'working') return { name: 'the working text', document: project.master(language).content, iteration: null };
  const iteration = findIteration(project.iterations().iterations, which);
  return {
    name: `iteration ${iteration.number} (${iteration.date})`,
    document: project.iterationMaster(iteration.number, language).content,
    iteration,
  };
}

function findIteration(iterations: readonly IterationSummary[], which: string): IterationSummary {
  if (/^\d+$/.test(which)) {
    const found = iterations.find((iteration) => iteration.number === Number(which));
    if (!found) throw new ProjectError('not-found', `There is no iteration ${which}: the project has ${describeCount(iterations.length)}.`);
    return found;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(which)) {
    // Newest first: the latest iteration of that day.
    const found = iterations.find((iteration) => iteration.date === which);
    if (!found) throw new ProjectError('not-found', `No iteration is dated ${which}.`);
    return found;
  }
  throw new ProjectError('invalid-arguments', `“${which}” is neither an iteration number, a date (YYYY-MM-DD) nor "working".`);
}

function describeCount(count: number): string {
  return count === 0 ? 'no iteration yet' : count === 1 ? 'one iteration' : `iterations 1 to ${count}`;
}

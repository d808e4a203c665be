import { newIterationSchema } from '../../../shared/contract/schemas';
import { localCalendarDate } from '../../../shared/domain/calendarDate';
import type { NewIteration } from '../../../shared/domain/iteration';
import { ProjectError } from '../projectError';
import type { IterationRecord } from './iterationRepository';

/**
 * Checks what an iteration is to record, with the same schema the app's calls are checked by (the
 * CLI and the tests reach the project without them), and dates it today when no date is given.
 */
export function validIteration(input: NewIteration, now: Date): IterationRecord {
  const parsed = newIterationSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
    const first = issues[0]!;
    throw new ProjectError('invalid-arguments', `No iteration was saved: ${first.message}`, issues);
  }
  const { label, documentNumber, date, editor } = parsed.data;
  return { label, documentNumber, editor, date: date ?? localCalendarDate(now) };
}

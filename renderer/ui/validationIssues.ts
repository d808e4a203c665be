import type { z } from 'zod';
import type { FieldIssue } from '../../shared/contract/result';

/** A schema's verdict on a value, as field issues (empty when valid). */
export function validationIssues(schema: z.ZodType, value: unknown): readonly FieldIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
}

import type { FieldIssue } from '../../shared/contract/result';

/** The first message for each field path ("title", "editors.0.email"), for showing beside the fields. */
export function issuesByField(issues: readonly FieldIssue[]): ReadonlyMap<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues) if (!byField.has(issue.field)) byField.set(issue.field, issue.message);
  return byField;
}

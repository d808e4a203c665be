import type { FailureCode, FieldIssue } from '../../shared/contract/result';

/** A failure the user can act on; its message is shown as it is. */
export class ProjectError extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly issues?: readonly FieldIssue[],
  ) {
    super(message);
    this.name = 'ProjectError';
  }
}

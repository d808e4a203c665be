/** Why a call failed, as a closed set the renderer can switch on. */
export type FailureCode =
  | 'invalid-arguments'
  | 'unknown-channel'
  | 'not-found'
  | 'already-exists'
  | 'not-a-database'
  | 'not-a-project'
  | 'newer-schema'
  | 'damaged'
  | 'not-a-word-document'
  | 'password-protected'
  | 'too-large'
  | 'locked'
  | 'read-only'
  | 'no-project-open'
  | 'io-error'
  | 'internal';

/** One field that failed validation, named as the user sees it. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** A failure as it crosses the process boundary: a readable message, never a stack. */
export interface Failure {
  readonly code: FailureCode;
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure };

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(error: Failure): Result<T> {
  return { ok: false, error };
}

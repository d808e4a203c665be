import type { ArgsOf, ChannelName, ValueOf } from '../shared/contract/contract';
import type { MenuEvent } from '../shared/contract/shellEvents';
import type { Failure, FailureCode, FieldIssue, Result } from '../shared/contract/result';
import type { ExportProgress } from '../shared/domain/wordExport';
import type { ImportProgress } from '../shared/domain/wordImport';

/** A call to main that failed, with the message written for the user. */
export class ApiError extends Error {
  readonly code: FailureCode;
  readonly issues: readonly FieldIssue[];

  constructor(failure: Failure) {
    super(failure.message);
    this.name = 'ApiError';
    this.code = failure.code;
    this.issues = failure.issues ?? [];
  }
}

/**
 * Calls main on one channel of the contract: returns the value, or throws an ApiError that
 * carries the failure's code, message and field issues.
 */
export async function call<K extends ChannelName>(channel: K, args: ArgsOf<K>): Promise<ValueOf<K>> {
  let result: Result<ValueOf<K>>;
  try {
    result = await window.api[channel](args);
  } catch (error) {
    // The bridge itself failed (main is gone or restarting): nothing was done.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError({ code: 'internal', message: `The app could not reach its main process, so nothing was changed. ${detail}` });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Listens to the application menu; returns the function that stops listening. */
export function onMenu(listener: (event: MenuEvent) => void): () => void {
  return window.shell.onMenu(listener);
}

/** Runs `handler` (for example, the last save) before the window closes; returns the function that stops it. */
export function onBeforeClose(handler: () => Promise<unknown>): () => void {
  return window.shell.onBeforeClose(handler);
}

/** Listens to the progress of a Word import; returns the function that stops listening. */
export function onImportProgress(listener: (progress: ImportProgress) => void): () => void {
  return window.shell.onImportProgress(listener);
}

/** Listens to the progress of a submission package's export; returns the function that stops listening. */
export function onExportProgress(listener: (progress: ExportProgress) => void): () => void {
  return window.shell.onExportProgress(listener);
}

import { ProjectError } from '../projectError';

/**
 * Turns an error SQLite raised while a project was in use into one the user can act on;
 * returns null for errors that are not SQLite's.
 */
export function sqliteFailure(error: unknown): ProjectError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return new ProjectError(
      'io-error',
      'The disk is full, so the change was not saved. Free some space; the project file is as it was before the change.',
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new ProjectError(
      'read-only',
      'The project file can no longer be written (it was made read-only, or its drive was). The change was not saved.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ProjectError('locked', 'The project file is busy in another program, so the change was not saved. Try again in a moment.');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new ProjectError('damaged', 'The project file is damaged, so the change was not saved. Open a backup copy of it.');
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new ProjectError(
      'io-error',
      `The project file could not be read or written (${code}); the change was not saved. Check that its drive is still there.`,
    );
  }
  return null;
}

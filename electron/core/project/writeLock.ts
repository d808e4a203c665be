import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';

/** Who holds a project open for writing. */
export interface LockHolder {
  readonly program: string;
  readonly pid: number;
  readonly host: string;
  readonly user: string;
  readonly since: string;
}

export type LockAttempt =
  { readonly acquired: true; readonly lock: WriteLock } | { readonly acquired: false; readonly holder: LockHolder | null };

const attempts = 5;

/**
 * The right to write one project, held by one program at a time.
 *
 * The lock is a SQLite write transaction held open on a small file beside the project
 * (`<project>-lock`), so the operating system releases it when the holder exits or crashes:
 * there is never a stale lock to clear by hand. The holder's name is committed in that file
 * before the lock is taken, so a program that is refused can say who holds it.
 */
export class WriteLock {
  private released = false;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {}

  static lockPathFor(projectPath: string): string {
    return `${projectPath}-lock`;
  }

  static acquire(projectPath: string, program: string): LockAttempt {
    const path = WriteLock.lockPathFor(projectPath);
    const token = randomUUID();
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const db = new Database(path, { timeout: 0 });
      try {
        if (!tryCreateTable(db) || !tryBegin(db)) return { acquired: false, holder: readHolder(db) };
        db.prepare('DELETE FROM holder').run();
        db.prepare('INSERT INTO holder VALUES (?, ?, ?, ?, ?, ?)').run(
          token,
          program,
          process.pid,
          os.hostname(),
          userName(),
          new Date().toISOString(),
        );
        db.exec('COMMIT');
        // Between that commit and this begin another program may have taken the lock: then try again.
        if (tryBegin(db)) {
          const ours = (db.prepare('SELECT token FROM holder').get() as { token: string } | undefined)?.token === token;
          if (ours && sameFile(db, path)) return { acquired: true, lock: new WriteLock(db, path) };
          db.exec('ROLLBACK');
        }
      } catch (error) {
        db.close();
        throw error;
      }
      db.close();
    }
    return { acquired: false, holder: peekHolder(path) };
  }

  /** Gives up the lock and removes its file. Safe to call twice. */
  release(): void {
    if (this.released) return;
    this.released = true;
    // Unlinking before letting go means no one can lock a file that is about to vanish.
    const removed = tryUnlink(this.path);
    this.db.exec('ROLLBACK');
    this.db.close();
    // Windows does not remove a file that is still open: try again now that it is closed.
    if (!removed) tryUnlink(this.path);
  }
}

/** Reads who holds the lock without trying to take it; null when no one has said. */
export function peekHolder(path: string): LockHolder | null {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return readHolder(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

function tryCreateTable(db: Database.Database): boolean {
  try {
    db.exec('CREATE TABLE IF NOT EXISTS holder (token TEXT, program TEXT, pid INTEGER, host TEXT, user TEXT, since TEXT)');
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  }
}

function tryBegin(db: Database.Database): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  }
}

function readHolder(db: Database.Database): LockHolder | null {
  try {
    const row = db.prepare('SELECT program, pid, host, user, since FROM holder').get() as LockHolder | undefined;
    return row ?? null;
  } catch {
    return null;
  }
}

/** True when the path still names the file this connection locked (it was not removed and re-created meanwhile). */
function sameFile(db: Database.Database, path: string): boolean {
  try {
    const row = db.prepare('SELECT token FROM holder').get() as { token: string } | undefined;
    const check = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (check.prepare('SELECT token FROM holder').get() as { token: string } | undefined)?.token === row?.token;
    } finally {
      check.close();
    }
  } catch {
    return false;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function tryUnlink(path: string): boolean {
  try {
    fs.unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/** How the holder is named in a message: "Common Text Studio (process 4121 on ed-laptop, since 14:02)". */
export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'another program';
  const since = new Date(holder.since);
  const time = Number.isNaN(since.getTime()) ? holder.since : since.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const who = holder.user ? `${holder.user} on ${holder.host}` : holder.host;
  return `${holder.program} (process ${holder.pid}, ${who}, since ${time})`;
}

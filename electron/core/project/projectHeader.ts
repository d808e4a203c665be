import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from '../projectError';

/** Written into every project's SQLite header (`PRAGMA application_id`): "CTS1". */
export const projectApplicationId = 0x43545331;

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Checks, from the file's first bytes alone, that it could be a project; throws a
 * ProjectError that says what the file is instead. Reads only: the file is never touched.
 */
export interface ProjectHeader {
  readonly applicationId: number;
  readonly userVersion: number;
}

export function checkProjectHeader(file: string): ProjectHeader {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw fileError(error, name);
  }
  if (stat.isDirectory()) throw new ProjectError('not-a-project', `“${name}” is a folder, not a project file.`);
  if (stat.size === 0) throw new ProjectError('not-a-project', `“${name}” is empty: it is not a Common Text Studio project.`);

  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < header.length || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    throw new ProjectError(
      'not-a-database',
      `“${name}” is not a Common Text Studio project: ${whatItLooksLike(header.subarray(0, read))}.`,
    );
  }
  // SQLite's header keeps user_version at offset 60 and application_id at 68, big-endian.
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

/** Throws unless the application id read from the database is the project's. */
export function checkApplicationId(file: string, applicationId: number): void {
  if (applicationId !== projectApplicationId) {
    throw new ProjectError(
      'not-a-project',
      `“${path.basename(file)}” is a SQLite database made by another program, not a Common Text Studio project. It was left unchanged.`,
    );
  }
}

function whatItLooksLike(start: Buffer): string {
  if (start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return 'it is a ZIP archive, such as a Word document (to bring in a Word document, use File › Import)';
  }
  if (start.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return 'it is an old-format Office file (.doc or .xls)';
  }
  if (start.subarray(0, 5).toString('latin1') === '%PDF-') return 'it is a PDF file';
  if (start.length < 100 && start.subarray(0, Math.min(start.length, 16)).equals(sqliteMagic.subarray(0, Math.min(start.length, 16)))) {
    return 'the file is cut short';
  }
  return 'it is not a database file';
}

export function fileError(error: unknown, name: string): ProjectError {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return new ProjectError('not-found', `There is no file “${name}”: it may have been moved, renamed or deleted.`);
    case 'EACCES':
    case 'EPERM':
      return new ProjectError('io-error', `You do not have permission to open “${name}”.`);
    case 'EISDIR':
      return new ProjectError('not-a-project', `“${name}” is a folder, not a project file.`);
    default:
      return new ProjectError('io-error', `“${name}” could not be read (${String(code ?? (error as Error).message)}).`);
  }
}

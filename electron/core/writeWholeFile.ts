import fs from 'node:fs';
import path from 'node:path';
import { ProjectError } from './projectError';

/**
 * Writes `bytes` to `file` so that the file appears only once complete: written beside it as
 * `file.partial`, then renamed over it. A failure (disk full, no right to write, the file open
 * in Word) removes the partial file and leaves whatever was at `file` as it was.
 */
export function writeWholeFile(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new ProjectError('io-error', `“${path.basename(file)}” could not be written: ${reason(error)}`);
  }
}

/** What went wrong, in the user's words, and what to do next. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist. Choose another folder.';
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return 'the file is open in another program (Word?), or you may not write in that folder. Close it there, or choose another name or folder.';
    case 'EISDIR':
      return 'a folder has that name. Choose another name.';
    case 'ENOSPC':
      return 'the disk is full. Make room, or choose another disk.';
    case 'EROFS':
      return 'the disk is read-only. Choose another folder.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

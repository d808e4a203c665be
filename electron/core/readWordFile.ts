import fs from 'node:fs';
import path from 'node:path';
import type { WordImport, WordImportOptions } from './wordImport/importWordDocument';
import { importWordDocument } from './wordImport/importWordDocument';
import { wordPackageLimits } from './wordImport/wordPackage';
import { ProjectError } from './projectError';

/**
 * Reads a Word document from disk and converts it into a master. Writes nothing: callers store
 * the result only once this has succeeded, so a file that cannot be imported changes nothing.
 */
export async function readWordFile(file: string, options: Omit<WordImportOptions, 'fileName'>): Promise<WordImport> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    const stats = await fs.promises.stat(file);
    if (stats.isDirectory()) throw new ProjectError('not-a-word-document', `“${name}” is a folder, not a Word document.`);
    // A package cannot unpack to less than it holds packed: a file this big would be refused anyway, after reading it all.
    if (stats.size > wordPackageLimits.totalBytes) {
      throw new ProjectError(
        'too-large',
        `“${name}” is too large to import (${Math.ceil(stats.size / 2 ** 20).toLocaleString('en')} MB; at most ${wordPackageLimits.totalBytes / 2 ** 20} MB). If it holds large videos or pictures, make them smaller in Word and import it again.`,
      );
    }
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    if (error instanceof ProjectError) throw error;
    throw readError(error, name);
  }
  return importWordDocument(bytes, { ...options, fileName: name });
}

function readError(error: unknown, name: string): ProjectError {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return new ProjectError('not-found', `There is no file “${name}”: it may have been moved, renamed or deleted.`);
    case 'EACCES':
    case 'EPERM':
      return new ProjectError('io-error', `You do not have permission to open “${name}”.`);
    default:
      return new ProjectError('io-error', `“${name}” could not be read: ${(error as Error).message}`);
  }
}

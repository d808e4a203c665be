import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 of a file's bytes, to prove a refused file was not touched. */
export function fileDigest(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

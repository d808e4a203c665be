import fs from 'node:fs';
import path from 'node:path';

/** The real sample documents beside the project (../shared/samples). */
export const samplesFolder = path.resolve(__dirname, '../../../shared/samples');

export function samplePath(name: string): string {
  const file = path.join(samplesFolder, name);
  if (!fs.existsSync(file)) {
    throw new Error(`The sample file ${file} is missing: the tests expect ../shared/samples beside the project.`);
  }
  return file;
}

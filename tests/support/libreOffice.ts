import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the LibreOffice helpers (text, revisions, PDF) share: how soffice is found and run with a profile of its own. */

export const sofficeMissingMessage = 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer python3-uno';

/** Whether soffice is on PATH: the tests that need LibreOffice skip, with a message, only where it is not. */
export const libreOfficeAvailable: boolean = onPath('soffice');

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((folder) => {
    if (folder === '') return false;
    try {
      fs.accessSync(path.join(folder, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Runs `work` with the `-env:UserInstallation` argument of a fresh LibreOffice profile folder, removed afterwards.
 * A profile of its own keeps soffice from handing the job to a running instance or locking the user's profile,
 * and lets test files run LibreOffice in parallel.
 */
export function withPrivateProfile<T>(work: (profileArgument: string) => T): T {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-libreoffice-profile-'));
  try {
    return work(`-env:UserInstallation=${pathToFileURL(folder).href}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Converts a file with `soffice --headless --convert-to <filter>` and a private profile into outFolder, and returns
 * the converted file's path. The filter is an extension with an optional filter name ("pdf",
 * "txt:Text (encoded):UTF8"). soffice exits with 0 when it cannot load a file, so the output's absence is the error.
 */
export function convertWithLibreOffice(file: string, filter: string, outFolder: string, timeout: number): string {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`LibreOffice cannot convert ${source}: the file does not exist.`);
  const extension = filter.split(':')[0] ?? filter;
  const converted = path.join(path.resolve(outFolder), `${path.parse(source).name}.${extension}`);
  fs.rmSync(converted, { force: true });
  const result = withPrivateProfile((profileArgument) =>
    spawnSync(
      'soffice',
      ['--headless', '--norestore', profileArgument, '--convert-to', filter, '--outdir', path.dirname(converted), source],
      {
        timeout,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    ),
  );
  const said = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() || 'nothing';
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(sofficeMissingMessage, { cause: result.error });
  }
  if (result.error !== undefined || result.status !== 0) {
    const why = result.error === undefined ? `exit ${result.status ?? result.signal}` : `${String(result.error)} (timeout ${timeout} ms)`;
    throw new Error(`LibreOffice could not convert ${source} to ${extension}: ${why}; it said: ${said}`, { cause: result.error });
  }
  if (!fs.existsSync(converted)) {
    throw new Error(`LibreOffice wrote no ${extension} for ${source} (expected ${converted}); it said: ${said}`);
  }
  return converted;
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sofficeMissingMessage, withPrivateProfile } from './libreOffice';

/** The plain text of a Word file in LibreOffice's reading: one paragraph per line, table cells row by row in place. */
export interface RevisionTexts {
  /** After Accept All tracked changes: the newer text. */
  readonly accepted: string;
  /** After Reject All tracked changes: the older text. */
  readonly rejected: string;
  /** As opened, changes shown: inserted and deleted text both. */
  readonly original: string;
}

/**
 * The text of a Word file after LibreOffice accepts all its tracked changes, after it rejects them all, and as
 * opened: the independent judge of the tracked changes an export writes. LibreOffice runs headless over UNO,
 * driven by libreOfficeRevisions.py with Debian's python3 (its `uno` module is python3-uno), with a profile of
 * its own; soffice is ended in every case. Takes several seconds (soffice starts for each call).
 */
export function revisionTexts(docxPath: string): RevisionTexts {
  const file = path.resolve(docxPath);
  if (!fs.existsSync(file)) throw new Error(`LibreOffice cannot read the revisions of ${file}: the file does not exist.`);
  const result = withPrivateProfile((profileArgument) =>
    spawnSync(python, [script, file, profileArgument, String(libreOfficeSeconds)], {
      // The script ends soffice at its own deadline; this one is the last resort should the script itself hang.
      timeout: (libreOfficeSeconds + 30) * 1000,
      killSignal: 'SIGTERM',
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  const said = (result.stderr ?? '').trim();
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${python} is missing: LibreOffice is driven with Debian's python3 and python3-uno (apt-get install -y python3-uno)`, {
      cause: result.error,
    });
  }
  if (result.error !== undefined)
    throw new Error(`LibreOffice could not read ${file}: ${String(result.error)}; ${said}`, { cause: result.error });
  switch (result.status) {
    case 0:
      return parsed(result.stdout, file);
    case 3:
      throw new Error(`${python} has no uno module: apt-get install -y python3-uno`);
    case 4:
      throw new Error(sofficeMissingMessage);
    default:
      throw new Error(
        `LibreOffice could not read the revisions of ${file} (exit ${result.status ?? result.signal}): ${said || 'no message'}`,
      );
  }
}

/** Debian's python3: the one python3-uno installs the `uno` module for (a pyenv python3 on PATH has none). */
const python = '/usr/bin/python3';
const script = path.join(__dirname, 'libreOfficeRevisions.py');
/** soffice's start alone takes 10–20 s on a loaded two-core machine; three loads of a large file add more. */
const libreOfficeSeconds = 150;

function parsed(stdout: string, file: string): RevisionTexts {
  const value: unknown = JSON.parse(stdout);
  if (typeof value === 'object' && value !== null) {
    const { accepted, rejected, original } = value as Record<string, unknown>;
    if (typeof accepted === 'string' && typeof rejected === 'string' && typeof original === 'string')
      return { accepted, rejected, original };
  }
  throw new Error(`libreOfficeRevisions.py printed no texts for ${file}: ${stdout.slice(0, 200)}`);
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the system's temp folder, removed by the returned function. */
export function temporaryFolder(prefix = 'cts-test-'): { readonly path: string; readonly remove: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { path: folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

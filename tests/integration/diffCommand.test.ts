import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { doc, heading, paragraph } from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the built command (`npm run build` makes it), as a user runs it.
const cts = path.resolve(__dirname, '../../dist/cli/cts.cjs');
let folder: ReturnType<typeof temporaryFolder>;
let file: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cts, ...args], { cwd: folder.path, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const first = doc(
  heading(1, 'Scope', 'h-scope'),
  paragraph('The Directory provides capabilities.'),
  heading(1, 'Overview', 'h-overview'),
  paragraph('A set of systems.'),
);
// A clause inserted before "Overview" renumbers it to 3; a word inserted in clause 1.
const second = doc(
  heading(1, 'Scope', 'h-scope'),
  paragraph('The Directory provides naming capabilities.'),
  heading(1, 'Conformance', 'h-conformance'),
  paragraph('Implementations shall conform.'),
  heading(1, 'Overview', 'h-overview'),
  paragraph('A set of systems.'),
);
const working = doc(
  heading(1, 'Scope', 'h-scope'),
  paragraph('The Directory provides naming capabilities.'),
  heading(1, 'Overview', 'h-overview'),
  paragraph('A set of systems.'),
);

beforeAll(() => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `npm run build` first.');
});
beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'x500.ctproj');
  const project = ProjectFile.create(file, { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' }, { program: 'test' });
  project.saveMaster('en', first);
  project.saveIteration({ label: 'Geneva', documentNumber: 'N1', date: '2026-10-01', editor: '' });
  project.saveMaster('en', second);
  project.saveIteration({ label: 'Paris', documentNumber: 'N2', date: '2026-11-22', editor: '' });
  project.saveMaster('en', working);
  project.close();
});
afterEach(() => folder.remove());

describe('cts diff', () => {
  it('lists the changes between two iterations as JSON, with clause numbers, and none for renumbering', () => {
    const before = fileDigest(file);
    const { code, stdout, stderr } = run('diff', file, '1', '2', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      from: string;
      to: string;
      changes: { kind: string; clause: string; inserted: string; deleted: string }[];
    };
    expect(result.from).toBe('iteration 1 (2026-10-01)');
    expect(result.changes.map((change) => [change.kind, change.clause, change.inserted.trim()])).toEqual([
      ['insert', '1', 'naming'],
      ['block-insert', '2', 'Conformance\nImplementations shall conform.'],
    ]);
    // Read-only: the file is not touched.
    expect(fileDigest(file)).toBe(before);
  });

  it('compares an iteration, named by its date, with the working text, and prints a line a change', () => {
    const { code, stdout } = run('diff', file, '2026-11-22', 'working');
    expect(code).toBe(0);
    expect(stdout).toBe(
      '1 change from iteration 2 (2026-11-22) to the working text (en)\nclause 2: block-delete “Conformance\nImplementations shall conform.”\n',
    );
  });

  it('says what is wrong with an iteration that does not exist or a text it cannot read', () => {
    expect(run('diff', file, '7', 'working')).toMatchObject({
      code: 1,
      stderr: 'cts diff: There is no iteration 7: the project has iterations 1 to 2.\n',
    });
    expect(run('diff', file, 'yesterday', 'working')).toMatchObject({ code: 2 });
    expect(run('diff', file, '1')).toMatchObject({ code: 2 });
  });

  it('ends quietly when the reader closes the pipe early, as with | head', async () => {
    // Thousands of changes: far more output than a pipe holds, so the command is still writing when it closes.
    const project = ProjectFile.open(file, { program: 'test', access: 'write' });
    try {
      const lines = (word: string) =>
        doc(heading(1, 'Scope', 'h-scope'), ...Array.from({ length: 3000 }, (_, line) => paragraph(`Line ${line} of the ${word} text.`)));
      project.saveMaster('en', lines('older'));
      project.saveIteration({ label: 'Long', documentNumber: '', date: '2026-11-22', editor: '' });
      project.saveMaster('en', lines('newer'));
    } finally {
      project.close();
    }
    const child = spawn(process.execPath, [cts, 'diff', file, '3', 'working'], { cwd: folder.path, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

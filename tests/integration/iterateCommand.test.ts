import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { localCalendarDate } from '../../shared/domain/calendarDate';
import { documentText } from '../../shared/domain/project';
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

const scope = doc(heading(1, 'Scope', 'h-scope'), paragraph('This Recommendation | International Standard introduces the Directory.'));

beforeAll(() => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `npm run build` first.');
});
beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'x500.ctproj');
  const project = ProjectFile.create(file, { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' }, { program: 'test' });
  project.saveMaster('en', scope);
  project.updateMetadata({ ...project.metadata(), editors: [{ name: 'Erik Andersen', affiliation: 'Denmark', email: '' }] });
  project.close();
});
afterEach(() => folder.remove());

describe('cts iterate', () => {
  it('saves an iteration of every master and prints it', () => {
    const { code, stdout, stderr } = run(
      'iterate',
      'x500.ctproj',
      '--label',
      'Output of the Geneva meeting',
      '--date',
      '2026-11-22',
      '--number',
      'N1234',
      '--editor',
      'J. Smith',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const characters = documentText(scope).length;
    expect(stdout).toBe(
      `Saved iteration 1 · 2026-11-22 · Output of the Geneva meeting · N1234 · J. Smith in x500.ctproj (en ${characters} characters).\n`,
    );
    const project = ProjectFile.open(file, { program: 'test', access: 'read' });
    try {
      expect(project.iterationMaster(1, 'en').content).toEqual(scope);
    } finally {
      project.close();
    }
  });

  it('dates it today and signs it with the first editor of the project unless told otherwise, and prints JSON with --json', () => {
    const { code, stdout } = run('iterate', 'x500.ctproj', '--label', 'Draft for the CD ballot', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      number: 1,
      label: 'Draft for the CD ballot',
      documentNumber: '',
      date: localCalendarDate(),
      editor: 'Erik Andersen',
      basedOn: null,
      languages: [{ language: 'en', characters: documentText(scope).length }],
    });
  });

  it('refuses an impossible or malformed date, or an empty label, with exit code 1, saving nothing', () => {
    const before = fileDigest(file);
    const impossible = run('iterate', 'x500.ctproj', '--label', 'Draft', '--date', '2026-02-30');
    expect(impossible.code).toBe(1);
    expect(impossible.stdout).toBe('');
    expect(impossible.stderr).toBe('cts iterate: No iteration was saved:\n  --date: February 2026 has no day 30.\n');
    const malformed = run('iterate', 'x500.ctproj', '--label', ' ', '--date', '22/11/2026');
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('  --label: Give the iteration a label, e.g. “Output of the Geneva meeting”.\n');
    expect(malformed.stderr).toContain('  --date: Write the date as YYYY-MM-DD, e.g. 2026-11-22.\n');
    expect(fileDigest(file)).toBe(before);
  });

  it('needs a project and a label, and knows its options (exit code 2)', () => {
    const noLabel = run('iterate', 'x500.ctproj');
    expect(noLabel.code).toBe(2);
    expect(noLabel.stderr).toMatch(/^cts iterate: Give the iteration a label with --label/);
    expect(noLabel.stderr).toContain('Usage: cts iterate <project> --label');
    expect(run('iterate', '--label', 'Draft').stderr).toMatch(/Name the project file to save an iteration of/);
    const unknown = run('iterate', 'x500.ctproj', '--label', 'Draft', '--when', 'today');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--when'/);
    expect(run('iterate', '--help').stdout).toMatch(/^Usage: cts iterate/);
  });

  it('refuses a project open for editing elsewhere, saying where', () => {
    const holder = ProjectFile.open(file, { program: 'Common Text Studio on the rapporteur’s laptop', access: 'write' });
    try {
      const { code, stderr } = run('iterate', 'x500.ctproj', '--label', 'Draft');
      expect(code).toBe(1);
      expect(stderr).toMatch(/^cts iterate: No iteration was saved: .*open for editing in Common Text Studio on the rapporteur’s laptop/);
      expect(holder.counts().iterations).toBe(0);
    } finally {
      holder.close();
    }
  });
});

describe('cts iterations', () => {
  it('lists the iterations newest first, with their masters, and where the working text was started from', () => {
    run(
      'iterate',
      'x500.ctproj',
      '--label',
      'Output of the Geneva meeting',
      '--date',
      '2026-11-22',
      '--number',
      'N1234',
      '--editor',
      'J. Smith',
    );
    run('iterate', 'x500.ctproj', '--label', 'Output of the Berlin meeting', '--date', '2027-03-09', '--number', 'TD 56');
    const project = ProjectFile.open(file, { program: 'test', access: 'write' });
    project.startFromIteration(1);
    project.close();
    const { code, stdout, stderr } = run('iterations', 'x500.ctproj');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('x500.ctproj: 2 iterations, newest first');
    expect(lines[1]).toBe('  2 · 2027-03-09 · Output of the Berlin meeting · TD 56 · Erik Andersen');
    expect(lines[2]).toMatch(/^ {6}en \d+ characters; saved \d{4}-\d{2}-\d{2}T/);
    expect(lines[3]).toBe('  1 · 2026-11-22 · Output of the Geneva meeting · N1234 · J. Smith');
    expect(lines[5]).toBe('The working text was last started from iteration 1.');
  });

  it('prints the list as JSON with --json', () => {
    run('iterate', 'x500.ctproj', '--label', 'Output of the Geneva meeting', '--date', '2026-11-22');
    const list = JSON.parse(run('iterations', 'x500.ctproj', '--json').stdout);
    expect(list).toEqual({
      iterations: [
        {
          number: 1,
          label: 'Output of the Geneva meeting',
          documentNumber: '',
          date: '2026-11-22',
          editor: 'Erik Andersen',
          createdAt: expect.any(String),
          languages: [{ language: 'en', characters: documentText(scope).length }],
          basedOn: null,
        },
      ],
      workingBasedOn: null,
    });
  });

  it('says how to save one when there is none, and works while the project is open in the app', () => {
    const holder = ProjectFile.open(file, { program: 'Common Text Studio', access: 'write' });
    try {
      const { code, stdout } = run('iterations', 'x500.ctproj');
      expect(code).toBe(0);
      expect(stdout).toBe('x500.ctproj has no iteration yet. Save one with: cts iterate x500.ctproj --label "<label>"\n');
    } finally {
      holder.close();
    }
    expect(run('iterations').code).toBe(2);
    expect(run('iterations', 'missing.ctproj').code).toBe(1);
  });
});

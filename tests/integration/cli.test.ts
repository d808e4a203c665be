import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../electron/core/database/migrationRunner';
import { migrations } from '../../electron/core/database/migrations';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the built command (`npm run build` makes it), as a user runs it.
const cts = path.resolve(__dirname, '../../dist/cli/cts.cjs');
let folder: ReturnType<typeof temporaryFolder>;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cts, ...args], { cwd: folder.path, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `npm run build` first.');
});
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe('cts new', () => {
  it('creates a project and prints its path', () => {
    const { code, stdout, stderr } = run(
      'new',
      'x500',
      '--title',
      'Information technology – The Directory',
      '--itu',
      'X.500',
      '--iso',
      '9594-1',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(path.join(fs.realpathSync(folder.path), 'x500.ctproj'));
    expect(fs.existsSync(stdout.trim())).toBe(true);
  });

  it('says what is wrong with each option, on stderr, and creates nothing', () => {
    const { code, stdout, stderr } = run('new', 'bad.ctproj', '--title', 'T', '--itu', 'X500', '--iso', 'ISO 9594');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('--itu: Write the ITU-T number as e.g. X.500.');
    expect(stderr).toContain('--iso: Write the ISO/IEC number as e.g. 9594-1.');
    expect(fs.readdirSync(folder.path)).toEqual([]);
  });

  it('needs a file and a title', () => {
    expect(run('new').stderr).toMatch(/Name the project file to create/);
    const noTitle = run('new', 'p.ctproj');
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toMatch(/Give the project a title with --title/);
    expect(run('new', 'p.ctproj', '--title', 'T', '--colour', 'red').stderr).toMatch(/Unknown option '--colour'/);
  });

  it('will not overwrite a file without --force', () => {
    fs.writeFileSync(path.join(folder.path, 'taken.ctproj'), 'keep me');
    const { code, stderr } = run('new', 'taken.ctproj', '--title', 'T');
    expect(code).toBe(1);
    expect(stderr).toMatch(/already exists/);
    expect(fs.readFileSync(path.join(folder.path, 'taken.ctproj'), 'utf8')).toBe('keep me');
  });
});

describe('cts info', () => {
  it('prints the schema version, metadata, masters and register counts', () => {
    run('new', 'x500.ctproj', '--title', 'The Directory', '--itu', 'X.500', '--iso', '9594-1');
    const { code, stdout } = run('info', 'x500.ctproj');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^x500\.ctproj {2}\(Rec\. ITU-T X\.500 \| ISO\/IEC 9594-1\)$/m);
    expect(stdout).toMatch(new RegExp(`^ {2}File format +${latestVersion(migrations)}$`, 'm'));
    expect(stdout).toMatch(/^ {2}Title +The Directory$/m);
    expect(stdout).toMatch(/^ {2}en {2}English +0 characters +\d+ bytes/m);
    expect(stdout).toMatch(/^ {2}Iterations +0$/m);
    expect(stdout).toMatch(/^ {2}Ballots +0$/m);
  });

  it('prints the same as JSON with --json', () => {
    run('new', 'x500.ctproj', '--title', 'The Directory', '--itu', 'X.500');
    const info = JSON.parse(run('info', 'x500.ctproj', '--json').stdout);
    expect(info.schemaVersion).toBe(latestVersion(migrations));
    expect(info.metadata).toMatchObject({ title: 'The Directory', ituNumber: 'X.500', isoNumber: '' });
    expect(info.masters).toEqual([expect.objectContaining({ language: 'en', characters: 0 })]);
    expect(info.counts).toEqual({ iterations: 0, comments: 0, defectReports: 0, ballots: 0 });
  });

  it('refuses what is not a project with a clear message and a non-zero exit, leaving it unchanged', () => {
    const foreign = path.join(folder.path, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = fileDigest(foreign);
    const { code, stdout, stderr } = run('info', 'foreign.db');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'cts info: “foreign.db” is a SQLite database made by another program, not a Common Text Studio project. It was left unchanged.\n',
    );
    expect(fileDigest(foreign)).toBe(before);
    expect(run('info', 'missing.ctproj').stderr).toMatch(/There is no file “missing.ctproj”/);
  });
});

describe('cts', () => {
  it('has --help on every command, on stdout, exit 0', () => {
    for (const args of [['--help'], ['new', '--help'], ['info', '--help'], ['info', '-h'], ['iterate', '--help'], ['iterations', '-h']]) {
      const { code, stdout } = run(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: cts/);
    }
  });

  it('names an unknown command and shows the help on stderr', () => {
    const { code, stderr } = run('explode');
    expect(code).toBe(2);
    expect(stderr).toMatch(/there is no command “explode”/);
    expect(stderr).toMatch(/Usage: cts <command>/);
  });
});

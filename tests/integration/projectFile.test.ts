import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../electron/core/database/migrationRunner';
import { migrations } from '../../electron/core/database/migrations';
import { projectApplicationId } from '../../electron/core/project/projectHeader';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { ProjectError } from '../../electron/core/projectError';
import { sqliteFailure } from '../../electron/core/database/sqliteFailure';
import { emptyMetadata } from '../../shared/domain/projectMetadata';
import { fileDigest } from '../support/fileDigest';
import { samplePath } from '../support/samples';
import { temporaryFolder } from '../support/temporaryFolder';

const program = 'integration test';
let folder: ReturnType<typeof temporaryFolder>;
const inFolder = (name: string): string => path.join(folder.path, name);

beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

function openFailure(file: string): ProjectError {
  try {
    ProjectFile.open(file, { program, access: 'write' }).close();
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error('The file was opened, but it should have been refused.');
}

/** Opening must refuse the file with this code and message, and leave its bytes and its folder as they were. */
function expectRefusedUntouched(file: string, code: string, message: RegExp): void {
  const before = fileDigest(file);
  const siblings = fs.readdirSync(path.dirname(file)).sort();
  const error = openFailure(file);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(fileDigest(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblings);
}

describe('a project file', () => {
  it('is created with its metadata and an English master, then reopens with the same content', () => {
    const file = inFolder('x500.ctproj');
    const created = ProjectFile.create(file, { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' }, { program });
    expect(created.readOnly).toBeNull();
    created.saveMaster('en', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Scope of the text' }] }] });
    created.updateMetadata({
      ...created.metadata(),
      edition: '9',
      stage: 'DIS',
      editors: [{ name: 'Erik Andersen', affiliation: 'Denmark', email: 'era@example.org' }],
    });
    created.addMaster('fr');
    created.close();

    const reopened = ProjectFile.open(file, { program, access: 'write' });
    const snapshot = reopened.snapshot();
    expect(snapshot.schemaVersion).toBe(latestVersion(migrations));
    expect(snapshot.metadata).toEqual({
      ...emptyMetadata,
      title: 'The Directory',
      ituNumber: 'X.500',
      isoNumber: '9594-1',
      edition: '9',
      stage: 'DIS',
      editors: [{ name: 'Erik Andersen', affiliation: 'Denmark', email: 'era@example.org' }],
    });
    expect(snapshot.masters.map((master) => [master.language, master.characters])).toEqual([
      ['en', 'Scope of the text'.length],
      ['fr', 0],
    ]);
    expect(reopened.master('en').content).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Scope of the text' }] }],
    });
    expect(snapshot.counts).toEqual({ iterations: 0, comments: 0, defectReports: 0, ballots: 0 });
    reopened.close();
  });

  it('is one SQLite file in WAL mode with foreign keys on, marked as a project', () => {
    const file = inFolder('p.ctproj');
    const project = ProjectFile.create(file, { title: 'T' }, { program });
    const peek = new Database(file, { readonly: true });
    expect(peek.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(peek.pragma('application_id', { simple: true })).toBe(projectApplicationId);
    expect(peek.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    peek.close();
    expect((project as unknown as { db: Database.Database }).db.pragma('foreign_keys', { simple: true })).toBe(1);
    project.close();
    // A clean close leaves the project alone: no lock file, no write-ahead log.
    expect(fs.readdirSync(folder.path)).toEqual(['p.ctproj']);
  });

  it('keeps what was saved when a save fails because the disk is full', () => {
    const file = inFolder('full.ctproj');
    const project = ProjectFile.create(file, { title: 'Full' }, { program });
    const saved = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Saved text' }] }] };
    project.saveMaster('en', saved);
    // Let the file grow no further: the next large save hits SQLITE_FULL, as on a full disk.
    const db = (project as unknown as { db: Database.Database }).db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const large = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(200_000) }] }] };
    let thrown: unknown = null;
    try {
      project.saveMaster('en', large);
    } catch (error) {
      thrown = error;
    }
    expect(sqliteFailure(thrown)?.message).toMatch(/^The disk is full, so the change was not saved/);
    expect(project.master('en').content).toEqual(saved);
    project.close();
    expect(ProjectFile.open(file, { program, access: 'read' }).master('en').content).toEqual(saved);
  });

  it('refuses to create over an existing file unless told to replace it', () => {
    const file = inFolder('taken.ctproj');
    fs.writeFileSync(file, 'precious');
    expect(() => ProjectFile.create(file, { title: 'T' }, { program })).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
    ProjectFile.create(file, { title: 'Replacement' }, { program, replace: true }).close();
    expect(ProjectFile.open(file, { program, access: 'read' }).metadata().title).toBe('Replacement');
  });

  it('refuses to create in a folder that does not exist', () => {
    expect(() => ProjectFile.create(inFolder('missing/p.ctproj'), { title: 'T' }, { program })).toThrow(/does not exist/);
  });

  it('refuses a project written by a newer schema, untouched', () => {
    const file = inFolder('newer.ctproj');
    ProjectFile.create(file, { title: 'T' }, { program }).close();
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion(migrations) + 990}`);
    db.close();
    expectRefusedUntouched(file, 'newer-schema', /saved by a newer version of Common Text Studio.*Update the app/);
  });

  it('refuses a file of garbage, untouched', () => {
    const file = inFolder('garbage.ctproj');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expectRefusedUntouched(file, 'not-a-database', /“garbage.ctproj” is not a Common Text Studio project: it is not a database file/);
  });

  it('refuses a Word document and says what it is, untouched', () => {
    const file = inFolder('A.12.ctproj');
    fs.copyFileSync(samplePath('T-REC-A.12-201611-E.docx'), file);
    expectRefusedUntouched(file, 'not-a-database', /ZIP archive, such as a Word document.*File › Import/);
  });

  it('refuses a SQLite database of another program, untouched', () => {
    const file = inFolder('foreign.ctproj');
    const db = new Database(file);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    db.close();
    expectRefusedUntouched(file, 'not-a-project', /SQLite database made by another program.*left unchanged/);
  });

  it('refuses a project cut short, untouched', () => {
    const whole = inFolder('whole.ctproj');
    ProjectFile.create(whole, { title: 'T' }, { program }).close();
    const file = inFolder('cut.ctproj');
    fs.writeFileSync(file, fs.readFileSync(whole).subarray(0, 60));
    expectRefusedUntouched(file, 'not-a-database', /cut short/);
  });

  it('refuses an empty file, a folder and a missing file with their own messages', () => {
    fs.writeFileSync(inFolder('empty.ctproj'), '');
    expectRefusedUntouched(inFolder('empty.ctproj'), 'not-a-project', /is empty/);
    fs.mkdirSync(inFolder('folder.ctproj'));
    expect(openFailure(inFolder('folder.ctproj')).message).toMatch(/is a folder/);
    expect(openFailure(inFolder('nowhere.ctproj')).code).toBe('not-found');
  });

  it('opened read-only, can be read but not written, and is left byte for byte as it was', () => {
    const file = inFolder('read.ctproj');
    ProjectFile.create(file, { title: 'Read me' }, { program }).close();
    const before = fileDigest(file);
    const project = ProjectFile.open(file, { program, access: 'read' });
    expect(project.metadata().title).toBe('Read me');
    expect(project.readOnly?.message).toMatch(/opened read-only/);
    expect(() => project.updateMetadata({ ...project.metadata(), title: 'New' })).toThrow(ProjectError);
    expect(() => project.saveMaster('en', { type: 'doc', content: [] })).toThrow(/read-only/);
    expect(() => project.addMaster('ru')).toThrow(/read-only/);
    project.close();
    expect(fileDigest(file)).toBe(before);
  });
});

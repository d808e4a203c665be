import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/core/database/migration';
import { migrations } from '../../electron/core/database/migrations';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { ProjectError } from '../../electron/core/projectError';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

const program = 'migration test';
let folder: ReturnType<typeof temporaryFolder>;
let file: string;

/** A later version of the schema, as a future issue would add: editors get a role, moved out of their affiliation. */
const editorRoles: Migration = {
  version: 20,
  name: 'editor-roles',
  up: (db) =>
    db.exec(`
      ALTER TABLE editor ADD COLUMN role TEXT NOT NULL DEFAULT '';
      UPDATE editor SET role = 'ITU-T', affiliation = trim(substr(affiliation, 8)) WHERE affiliation LIKE 'ITU-T: %';
    `),
};
const broken: Migration = {
  version: 20,
  name: 'broken',
  up: (db) => db.exec('ALTER TABLE editor ADD COLUMN x TEXT; SELECT * FROM nowhere'),
};
const v20 = [...migrations, editorRoles];

beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'old.ctproj');
  const project = ProjectFile.create(file, { title: 'Made by version 10' }, { program });
  project.updateMetadata({ ...project.metadata(), editors: [{ name: 'Ann Editor', affiliation: 'ITU-T: SG17', email: '' }] });
  project.close();
});
afterEach(() => folder.remove());

const peek = (sql: string): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get();
  } finally {
    db.close();
  }
};

describe('opening a project made by an earlier version', () => {
  it('migrates the file on open, moving its data, and reopens it without migrating again', () => {
    const project = ProjectFile.open(file, { program, access: 'write', migrations: v20 });
    expect(project.schemaVersion).toBe(20);
    expect(project.metadata().title).toBe('Made by version 10');
    project.close();
    expect(peek('PRAGMA user_version')).toEqual({ user_version: 20 });
    expect(peek('SELECT name, role, affiliation FROM editor')).toEqual({ name: 'Ann Editor', role: 'ITU-T', affiliation: 'SG17' });

    // Running editor-roles twice would fail (the column exists): reopening proves it ran once.
    const reopened = ProjectFile.open(file, { program, access: 'write', migrations: v20 });
    expect(reopened.metadata().editors).toEqual([{ name: 'Ann Editor', affiliation: 'SG17', email: '' }]);
    reopened.close();
    expect(peek('PRAGMA user_version')).toEqual({ user_version: 20 });
  });

  it('is then refused by the earlier version, which says to update', () => {
    ProjectFile.open(file, { program, access: 'write', migrations: v20 }).close();
    expect(() => ProjectFile.open(file, { program, access: 'write' })).toThrow(/file format 20; this version reads up to 10/);
  });

  it('leaves the file byte for byte as it was when a migration fails', () => {
    const before = fileDigest(file);
    let error: unknown;
    try {
      ProjectFile.open(file, { program, access: 'write', migrations: [...migrations, broken] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ProjectError);
    expect(String((error as Error).message)).toMatch(/no such table: nowhere/);
    expect(fileDigest(file)).toBe(before);
    // The write lock was let go: the app can open it again.
    const again = ProjectFile.open(file, { program, access: 'write' });
    expect(again.readOnly).toBeNull();
    again.close();
  });

  it('reads it read-only through an upgraded copy, without writing the file', () => {
    const before = fileDigest(file);
    const project = ProjectFile.open(file, { program, access: 'read', migrations: v20 });
    expect(project.schemaVersion).toBe(20);
    expect(project.metadata().editors[0]?.affiliation).toBe('SG17');
    project.close();
    expect(fileDigest(file)).toBe(before);
  });
});

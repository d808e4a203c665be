import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/core/database/migration';
import { latestVersion } from '../../electron/core/database/migrationRunner';
import { migrations } from '../../electron/core/database/migrations';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { ProjectError } from '../../electron/core/projectError';
import { documentText } from '../../shared/domain/project';
import { doc, heading, note, paragraph } from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

const program = 'migration test';
let folder: ReturnType<typeof temporaryFolder>;
let file: string;

/** The schema this version writes, and the one after it that a future issue would add. */
const current = latestVersion(migrations);
const next = current + 10;

/** A later version of the schema, as a future issue would add: editors get a role, moved out of their affiliation. */
const editorRoles: Migration = {
  version: next,
  name: 'editor-roles',
  up: (db) =>
    db.exec(`
      ALTER TABLE editor ADD COLUMN role TEXT NOT NULL DEFAULT '';
      UPDATE editor SET role = 'ITU-T', affiliation = trim(substr(affiliation, 8)) WHERE affiliation LIKE 'ITU-T: %';
    `),
};
const broken: Migration = {
  version: next,
  name: 'broken',
  up: (db) => db.exec('ALTER TABLE editor ADD COLUMN x TEXT; SELECT * FROM nowhere'),
};
const later = [...migrations, editorRoles];

beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'old.ctproj');
  const project = ProjectFile.create(file, { title: 'Made by an earlier version' }, { program });
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
    const project = ProjectFile.open(file, { program, access: 'write', migrations: later });
    expect(project.schemaVersion).toBe(next);
    expect(project.metadata().title).toBe('Made by an earlier version');
    project.close();
    expect(peek('PRAGMA user_version')).toEqual({ user_version: next });
    expect(peek('SELECT name, role, affiliation FROM editor')).toEqual({ name: 'Ann Editor', role: 'ITU-T', affiliation: 'SG17' });

    // Running editor-roles twice would fail (the column exists): reopening proves it ran once.
    const reopened = ProjectFile.open(file, { program, access: 'write', migrations: later });
    expect(reopened.metadata().editors).toEqual([{ name: 'Ann Editor', affiliation: 'SG17', email: '' }]);
    reopened.close();
    expect(peek('PRAGMA user_version')).toEqual({ user_version: next });
  });

  it('is then refused by the earlier version, which says to update', () => {
    ProjectFile.open(file, { program, access: 'write', migrations: later }).close();
    expect(() => ProjectFile.open(file, { program, access: 'write' })).toThrow(`file format ${next}; this version reads up to ${current}`);
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
    const project = ProjectFile.open(file, { program, access: 'read', migrations: later });
    expect(project.schemaVersion).toBe(next);
    expect(project.metadata().editors[0]?.affiliation).toBe('SG17');
    project.close();
    expect(fileDigest(file)).toBe(before);
  });
});

describe('migration 20: iterations', () => {
  const version10 = migrations.filter((migration) => migration.version <= 10);
  const version20 = migrations.filter((migration) => migration.version <= 20);
  const english = doc(heading(1, 'Scope', 'h-scope'), paragraph('The Directory provides directory services.'), note('Not a user.'));
  const french = doc(heading(1, 'Domaine d’application', 'h-scope'), paragraph('L’annuaire fournit des services.'));
  let old: string;

  beforeEach(() => {
    old = path.join(folder.path, 'version10.ctproj');
    const project = ProjectFile.create(
      old,
      { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' },
      { program, migrations: version10 },
    );
    project.saveMaster('en', english);
    project.addMaster('fr');
    project.saveMaster('fr', french);
    project.updateMetadata({ ...project.metadata(), stage: 'CD', editors: [{ name: 'Erik Andersen', affiliation: 'Denmark', email: '' }] });
    project.close();
  });

  const describeOld = (project: ProjectFile) => ({
    metadata: project.metadata(),
    masters: project.masters(),
    contents: project.masters().map((master) => project.master(master.language).content),
  });

  it('takes a file of version 10 with its masters to version 20, keeping everything, with no iteration yet', () => {
    const before = (() => {
      const project = ProjectFile.open(old, { program, access: 'write', migrations: version10 });
      try {
        expect(project.schemaVersion).toBe(10);
        return describeOld(project);
      } finally {
        project.close();
      }
    })();
    const project = ProjectFile.open(old, { program, access: 'write', migrations: version20 });
    try {
      expect(project.schemaVersion).toBe(20);
      expect(describeOld(project)).toEqual(before);
      expect(project.iterations()).toEqual({ iterations: [], workingBasedOn: null });
      expect(project.counts().iterations).toBe(0);
      // The new tables work on the migrated file.
      const saved = project.saveIteration({ label: 'First after the upgrade', documentNumber: '', editor: 'Erik Andersen' });
      expect(saved.languages.map((entry) => entry.language)).toEqual(['en', 'fr']);
      expect(documentText(project.iterationMaster(1, 'en').content)).toBe(documentText(english));
    } finally {
      project.close();
    }
    const db = new Database(old, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(20);
      const triggers = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'iteration%' ORDER BY name").all() as {
          name: string;
        }[]
      ).map((row) => row.name);
      expect(triggers).toEqual([
        'iteration_is_immutable_delete',
        'iteration_is_immutable_update',
        'iteration_master_is_immutable_delete',
        'iteration_master_is_immutable_update',
      ]);
    } finally {
      db.close();
    }
  });

  it('reads a file of version 10 read-only as having no iteration, without writing it', () => {
    const before = fileDigest(old);
    const project = ProjectFile.open(old, { program, access: 'read', migrations: version20 });
    try {
      expect(project.schemaVersion).toBe(20);
      expect(project.iterations().iterations).toEqual([]);
      expect(project.master('fr').content).toEqual(french);
    } finally {
      project.close();
    }
    expect(fileDigest(old)).toBe(before);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/core/database/migration';
import { latestVersion, migrate, schemaVersion } from '../../electron/core/database/migrationRunner';
import { migrations } from '../../electron/core/database/migrations';

const tables = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);

const createTable = (version: number, table: string): Migration => ({
  version,
  name: `create-${table}`,
  up: (db) => db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`),
});

describe('migration runner', () => {
  it('applies every pending migration in order and records the version', () => {
    const db = new Database(':memory:');
    const outcome = migrate(db, [createTable(10, 'a'), createTable(20, 'b')]);
    expect(outcome).toEqual({ from: 0, to: 20, applied: ['10-create-a', '20-create-b'] });
    expect(schemaVersion(db)).toBe(20);
    expect(tables(db)).toEqual(['a', 'b']);
  });

  it('applies only what is above the current version', () => {
    const db = new Database(':memory:');
    migrate(db, [createTable(10, 'a')]);
    const outcome = migrate(db, [createTable(10, 'a'), createTable(20, 'b')]);
    expect(outcome.applied).toEqual(['20-create-b']);
    expect(tables(db)).toEqual(['a', 'b']);
  });

  it('does nothing when the file is up to date', () => {
    const db = new Database(':memory:');
    migrate(db, [createTable(10, 'a')]);
    expect(migrate(db, [createTable(10, 'a')])).toEqual({ from: 10, to: 10, applied: [] });
  });

  it('stops at a target version', () => {
    const db = new Database(':memory:');
    migrate(db, [createTable(10, 'a'), createTable(20, 'b')], 10);
    expect(schemaVersion(db)).toBe(10);
    expect(tables(db)).toEqual(['a']);
  });

  it('runs all pending migrations in one transaction: one failure leaves the file as it was', () => {
    const db = new Database(':memory:');
    migrate(db, [createTable(10, 'a')]);
    const failing: Migration = {
      version: 30,
      name: 'broken',
      up: (database) => database.exec('CREATE TABLE c (id INTEGER); INSERT INTO missing VALUES (1)'),
    };
    expect(() => migrate(db, [createTable(10, 'a'), createTable(20, 'b'), failing])).toThrow(/no such table: missing/);
    expect(schemaVersion(db)).toBe(10);
    expect(tables(db)).toEqual(['a']);
  });

  it('refuses a file newer than the migrations it knows', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 40');
    expect(() => migrate(db, [createTable(10, 'a')])).toThrow(/newer than the target/);
    expect(tables(db)).toEqual([]);
  });

  it('refuses migrations out of order or with a bad version', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [createTable(20, 'b'), createTable(10, 'a')])).toThrow(/out of order/);
    expect(() => migrate(db, [createTable(0, 'z')])).toThrow(/invalid version/);
    expect(schemaVersion(db)).toBe(0);
  });

  it('moves data forward in a data migration (migrate to N-10, insert, migrate to N)', () => {
    const db = new Database(':memory:');
    const splitName: Migration = {
      version: 20,
      name: 'split-name',
      up: (database) =>
        database.exec(`
          ALTER TABLE person ADD COLUMN family TEXT;
          UPDATE person SET family = substr(name, instr(name, ' ') + 1), name = substr(name, 1, instr(name, ' ') - 1);
        `),
    };
    const all = [{ version: 10, name: 'person', up: (d: Database.Database) => d.exec('CREATE TABLE person (name TEXT)') }, splitName];
    migrate(db, all, 10);
    db.prepare('INSERT INTO person VALUES (?)').run('Erik Andersen');
    migrate(db, all);
    expect(db.prepare('SELECT name, family FROM person').get()).toEqual({ name: 'Erik', family: 'Andersen' });
  });

  it('numbers the project migrations in steps of ten, each above the last', () => {
    migrations.forEach((migration, index) => {
      expect(migration.version % 10).toBe(0);
      if (index > 0) expect(migration.version).toBeGreaterThan(migrations[index - 1]!.version);
    });
    expect(latestVersion(migrations)).toBe(migrations.at(-1)!.version);
  });

  it('creates the first schema with foreign keys that hold', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    expect(tables(db)).toEqual(expect.arrayContaining(['project', 'editor', 'master']));
    expect(() => db.prepare("INSERT INTO master (language, content, updated_at) VALUES ('en', '{}', 'now')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO project (id, title, created_at, updated_at) VALUES (1, '  ', 'now', 'now')").run()).toThrow(
      /CHECK/,
    );
  });
});

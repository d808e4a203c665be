import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

export interface MigrationOutcome {
  readonly from: number;
  readonly to: number;
  readonly applied: readonly string[];
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration above the file's `user_version` (up to `target`), all in one
 * transaction: a failure leaves the file exactly as it was.
 */
export function migrate(db: Database, migrations: readonly Migration[], target = latestVersion(migrations)): MigrationOutcome {
  assertWellOrdered(migrations);
  const from = schemaVersion(db);
  if (from > target) {
    throw new Error(`The file's schema (${from}) is newer than the target (${target}).`);
  }
  const pending = migrations.filter((migration) => migration.version > from && migration.version <= target);
  if (pending.length === 0) return { from, to: from, applied: [] };
  const run = db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  // IMMEDIATE: take the write lock before reading, so no other writer can slip in between.
  run.immediate();
  return { from, to: schemaVersion(db), applied: pending.map((migration) => `${migration.version}-${migration.name}`) };
}

function assertWellOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (!Number.isInteger(migration.version) || migration.version <= 0) {
      throw new Error(`Migration ${migration.name} has an invalid version ${migration.version}.`);
    }
    const previous = migrations[index - 1];
    if (previous && previous.version >= migration.version) {
      throw new Error(`Migrations are out of order: ${previous.version} before ${migration.version}.`);
    }
  });
}

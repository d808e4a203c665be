import type { Database } from 'better-sqlite3';

/** One step of the schema. Never edited once landed: a change is a new migration. */
export interface Migration {
  /** The `user_version` after this migration: 10, 20, 30 … */
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}

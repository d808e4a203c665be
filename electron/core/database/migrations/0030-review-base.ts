import type { Migration } from '../migration';

/**
 * The text the change marks of a working master are counted from: the latest iteration with the
 * changes the editor has accepted made in it. The iteration itself never changes; accepting a
 * change only moves this base. A base recorded against an older iteration than the latest is
 * stale and ignored: saving an iteration starts the marks afresh.
 */
export const reviewBase: Migration = {
  version: 30,
  name: 'review-base',
  up(db) {
    db.exec(`
      CREATE TABLE review_base (
        language   TEXT PRIMARY KEY CHECK (language IN ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
        iteration  INTEGER NOT NULL REFERENCES iteration (number),
        content    TEXT NOT NULL CHECK (json_valid(content)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

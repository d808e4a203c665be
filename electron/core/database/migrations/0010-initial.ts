import type { Migration } from '../migration';

/** Project metadata, its editors, and one master text per publication language. */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE project (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        itu_number     TEXT NOT NULL DEFAULT '',
        iso_number     TEXT NOT NULL DEFAULT '',
        title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
        edition        TEXT NOT NULL DEFAULT '',
        stage          TEXT,
        study_group    TEXT NOT NULL DEFAULT '',
        question       TEXT NOT NULL DEFAULT '',
        subcommittee   TEXT NOT NULL DEFAULT '',
        working_group  TEXT NOT NULL DEFAULT '',
        project_number TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE editor (
        id          INTEGER PRIMARY KEY,
        project_id  INTEGER NOT NULL DEFAULT 1 REFERENCES project (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        name        TEXT NOT NULL,
        affiliation TEXT NOT NULL DEFAULT '',
        email       TEXT NOT NULL DEFAULT '',
        UNIQUE (project_id, position)
      ) STRICT;

      CREATE TABLE master (
        language   TEXT PRIMARY KEY CHECK (language IN ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
        project_id INTEGER NOT NULL DEFAULT 1 REFERENCES project (id) ON DELETE CASCADE,
        content    TEXT NOT NULL CHECK (json_valid(content)),
        characters INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

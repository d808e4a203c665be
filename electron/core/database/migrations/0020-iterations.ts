import type { Migration } from '../migration';

/**
 * Dated iterations: each freezes every language master as it stood. They are the record of what
 * was sent to the committees, so SQLite itself refuses to change or delete them, whatever
 * program writes the file. The project remembers which iteration its working text was last
 * started afresh from.
 */
export const iterations: Migration = {
  version: 20,
  name: 'iterations',
  up(db) {
    db.exec(`
      CREATE TABLE iteration (
        number          INTEGER PRIMARY KEY CHECK (number >= 1),
        label           TEXT NOT NULL CHECK (length(trim(label)) > 0),
        document_number TEXT NOT NULL DEFAULT '',
        date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(date) IS date),
        editor          TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        based_on        INTEGER REFERENCES iteration (number) CHECK (based_on < number)
      ) STRICT;

      CREATE TABLE iteration_master (
        iteration  INTEGER NOT NULL REFERENCES iteration (number),
        language   TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
        content    TEXT NOT NULL CHECK (json_valid(content)),
        characters INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (iteration, language)
      ) STRICT;

      CREATE TRIGGER iteration_is_immutable_update BEFORE UPDATE ON iteration
      BEGIN
        SELECT RAISE(ABORT, 'An iteration cannot be changed: iterations are an immutable record of the text.');
      END;
      CREATE TRIGGER iteration_is_immutable_delete BEFORE DELETE ON iteration
      BEGIN
        SELECT RAISE(ABORT, 'An iteration cannot be deleted: iterations are an immutable record of the text.');
      END;
      CREATE TRIGGER iteration_master_is_immutable_update BEFORE UPDATE ON iteration_master
      BEGIN
        SELECT RAISE(ABORT, 'The text of an iteration cannot be changed: iterations are an immutable record of the text.');
      END;
      CREATE TRIGGER iteration_master_is_immutable_delete BEFORE DELETE ON iteration_master
      BEGIN
        SELECT RAISE(ABORT, 'The text of an iteration cannot be deleted: iterations are an immutable record of the text.');
      END;

      -- The iteration the working text was last started afresh from; NULL while it never was.
      ALTER TABLE project ADD COLUMN working_based_on INTEGER REFERENCES iteration (number);
    `);
  },
};

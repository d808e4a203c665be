import type { Migration } from '../migration';

/**
 * Ballot comments and their dispositions (issue 7). A comment belongs to a ballot or consultation
 * (or to none, when it was imported without one); the ballot table starts with a name and grows
 * its kind, dates and votes with the ballot summaries. A comment is known by its ballot and its
 * identifier ("US-001"), so importing a sheet again updates rather than duplicates. Every change to
 * a disposition is kept in `disposition_history`: who, when, the field, before and after.
 */
export const comments: Migration = {
  version: 40,
  name: 'comments',
  up(db) {
    db.exec(`
      CREATE TABLE ballot (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE comment (
        id              INTEGER PRIMARY KEY,
        ballot_id       INTEGER REFERENCES ballot (id),
        identifier      TEXT NOT NULL CHECK (length(identifier) BETWEEN 1 AND 100),
        member_body     TEXT NOT NULL,
        editing_unit    INTEGER NOT NULL DEFAULT 0 CHECK (editing_unit IN (0, 1)),
        line_number     TEXT NOT NULL DEFAULT '',
        clause          TEXT NOT NULL DEFAULT '',
        paragraph       TEXT NOT NULL DEFAULT '',
        types           TEXT NOT NULL DEFAULT '' CHECK (types GLOB '' OR types NOT GLOB '*[^gtedGTED,]*'),
        comment         TEXT NOT NULL,
        proposed_change TEXT NOT NULL DEFAULT '',
        observations    TEXT NOT NULL DEFAULT '',
        source_file     TEXT NOT NULL DEFAULT '',
        source_row      INTEGER,
        decision        TEXT CHECK (decision IN ('accepted', 'accepted-in-principle', 'noted', 'not-accepted', 'withdrawn')),
        resolution      TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'proposed', 'agreed')),
        assignee        TEXT NOT NULL DEFAULT '',
        duplicate_of    INTEGER REFERENCES comment (id),
        superseded_by   INTEGER REFERENCES comment (id),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      -- A comment without a ballot counts as ballot 0, so that its identifier is unique too.
      CREATE UNIQUE INDEX comment_identity ON comment (ifnull(ballot_id, 0), identifier);
      CREATE INDEX comment_member ON comment (member_body);
      CREATE INDEX comment_by_clause ON comment (clause);

      -- The clauses of the master a comment is about (block ids of headings and annex headings).
      CREATE TABLE comment_clause (
        comment_id INTEGER NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
        block_id   TEXT NOT NULL,
        PRIMARY KEY (comment_id, block_id)
      ) STRICT;

      -- The change marks that carry a decision out: an iteration, and the change as the diff lists it.
      CREATE TABLE comment_change (
        comment_id INTEGER NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
        iteration  INTEGER NOT NULL REFERENCES iteration (number),
        change     TEXT NOT NULL,
        PRIMARY KEY (comment_id, iteration, change)
      ) STRICT;

      CREATE TABLE disposition_history (
        id         INTEGER PRIMARY KEY,
        comment_id INTEGER NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        field      TEXT NOT NULL,
        before     TEXT,
        after      TEXT
      ) STRICT;
      CREATE INDEX disposition_history_comment ON disposition_history (comment_id, id);
    `);
  },
};

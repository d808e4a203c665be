import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/domain/language';
import { isLanguage, languages } from '../../../shared/domain/language';
import type { DocumentJson, Master, MasterSummary } from '../../../shared/domain/project';
import { documentText } from '../../../shared/domain/project';

interface MasterRow {
  language: string;
  characters: number;
  bytes: number;
  updated_at: string;
}

/** The master texts, one per publication language, stored as ProseMirror JSON. */
export class MasterRepository {
  constructor(private readonly db: Database) {}

  list(): MasterSummary[] {
    const rows = this.db
      .prepare('SELECT language, characters, length(CAST(content AS BLOB)) AS bytes, updated_at FROM master')
      .all() as MasterRow[];
    return rows.map(toSummary).sort((a, b) => languages.indexOf(a.language) - languages.indexOf(b.language));
  }

  get(language: Language): Master | null {
    const row = this.db
      .prepare('SELECT language, content, characters, length(CAST(content AS BLOB)) AS bytes, updated_at FROM master WHERE language = ?')
      .get(language) as (MasterRow & { content: string }) | undefined;
    if (!row) return null;
    return { ...toSummary(row), content: JSON.parse(row.content) as DocumentJson };
  }

  has(language: Language): boolean {
    return this.db.prepare('SELECT 1 FROM master WHERE language = ?').get(language) !== undefined;
  }

  /** Characters of text in the master, or null when the project has no master in that language. */
  characters(language: Language): number | null {
    const row = this.db.prepare('SELECT characters FROM master WHERE language = ?').get(language) as { characters: number } | undefined;
    return row ? row.characters : null;
  }

  /** Stores the document, replacing the master's previous content. */
  put(language: Language, content: DocumentJson, now: string): MasterSummary {
    const json = JSON.stringify(content);
    const characters = documentText(content).length;
    this.db
      .prepare(
        `INSERT INTO master (language, content, characters, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (language) DO UPDATE SET content = excluded.content, characters = excluded.characters, updated_at = excluded.updated_at`,
      )
      .run(language, json, characters, now);
    return { language, characters, bytes: Buffer.byteLength(json), updatedAt: now };
  }

  /**
   * Replaces each master by its text in iteration `number`, copied inside SQLite byte for byte,
   * and adds one the iteration holds in a language the project has no master of now.
   */
  replaceFromIteration(number: number, now: string): void {
    this.db
      .prepare(
        `INSERT INTO master (language, content, characters, updated_at)
           SELECT language, content, characters, ? FROM iteration_master WHERE iteration = ?
         ON CONFLICT (language) DO UPDATE SET content = excluded.content, characters = excluded.characters, updated_at = excluded.updated_at`,
      )
      .run(now, number);
  }
}

function toSummary(row: MasterRow): MasterSummary {
  if (!isLanguage(row.language)) throw new Error(`A master has an unknown language “${row.language}”.`);
  return { language: row.language, characters: row.characters, bytes: row.bytes, updatedAt: row.updated_at };
}

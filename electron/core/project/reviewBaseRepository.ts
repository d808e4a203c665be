import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/domain/language';
import type { DocumentJson } from '../../../shared/domain/project';

/** Per language: the latest iteration with the changes accepted since (see migration 0030). */
export class ReviewBaseRepository {
  constructor(private readonly db: Database) {}

  /** The accepted base for `language` counted from `iteration`, or null when none was recorded against it. */
  get(language: Language, iteration: number): DocumentJson | null {
    const row = this.db.prepare('SELECT content FROM review_base WHERE language = ? AND iteration = ?').get(language, iteration) as
      { content: string } | undefined;
    return row ? (JSON.parse(row.content) as DocumentJson) : null;
  }

  put(language: Language, iteration: number, content: DocumentJson, now: string): void {
    this.db
      .prepare(
        `INSERT INTO review_base (language, iteration, content, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (language) DO UPDATE SET iteration = excluded.iteration, content = excluded.content, updated_at = excluded.updated_at`,
      )
      .run(language, iteration, JSON.stringify(content), now);
  }
}

import type { Database } from 'better-sqlite3';
import type { IterationLanguage, IterationMaster, IterationSummary } from '../../../shared/domain/iteration';
import type { Language } from '../../../shared/domain/language';
import { isLanguage, languages } from '../../../shared/domain/language';
import type { DocumentJson } from '../../../shared/domain/project';

interface IterationRow {
  number: number;
  label: string;
  document_number: string;
  date: string;
  editor: string;
  created_at: string;
  based_on: number | null;
}

interface LanguageRow {
  iteration: number;
  language: string;
  characters: number;
}

/** What an iteration records beside the texts it freezes. */
export interface IterationRecord {
  readonly label: string;
  readonly documentNumber: string;
  readonly date: string;
  readonly editor: string;
}

/**
 * The dated iterations and the texts they froze. Rows are only ever added: the schema's triggers
 * refuse to change or delete them.
 */
export class IterationRepository {
  constructor(private readonly db: Database) {}

  /** Every iteration, newest first. */
  list(): IterationSummary[] {
    const rows = this.db.prepare('SELECT * FROM iteration ORDER BY number DESC').all() as IterationRow[];
    const byIteration = this.languagesByIteration();
    return rows.map((row) => toSummary(row, byIteration.get(row.number) ?? []));
  }

  get(number: number): IterationSummary | null {
    const row = this.db.prepare('SELECT * FROM iteration WHERE number = ?').get(number) as IterationRow | undefined;
    if (!row) return null;
    return toSummary(row, this.languagesByIteration(number).get(number) ?? []);
  }

  master(number: number, language: Language, createdAt: string): IterationMaster | null {
    const row = this.db
      .prepare(
        'SELECT content, characters, length(CAST(content AS BLOB)) AS bytes FROM iteration_master WHERE iteration = ? AND language = ?',
      )
      .get(number, language) as { content: string; characters: number; bytes: number } | undefined;
    if (!row) return null;
    return {
      iteration: number,
      language,
      characters: row.characters,
      bytes: row.bytes,
      updatedAt: createdAt,
      content: JSON.parse(row.content) as DocumentJson,
    };
  }

  /** The texts of one iteration, by language. */
  contents(number: number): Map<Language, DocumentJson> {
    const rows = this.db.prepare('SELECT language, content FROM iteration_master WHERE iteration = ?').all(number) as {
      language: string;
      content: string;
    }[];
    const contents = new Map<Language, DocumentJson>();
    for (const row of rows) if (isLanguage(row.language)) contents.set(row.language, JSON.parse(row.content) as DocumentJson);
    return contents;
  }

  /**
   * Adds the next iteration, freezing every working master as it is stored now. The caller runs
   * it in a transaction; the texts are copied inside SQLite, never parsed.
   */
  insert(record: IterationRecord, basedOn: number | null, now: string): number {
    const { next } = this.db.prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM iteration').get() as { next: number };
    this.db
      .prepare(
        `INSERT INTO iteration (number, label, document_number, date, editor, created_at, based_on)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(next, record.label, record.documentNumber, record.date, record.editor, now, basedOn);
    this.db
      .prepare(
        'INSERT INTO iteration_master (iteration, language, content, characters) SELECT ?, language, content, characters FROM master',
      )
      .run(next);
    return next;
  }

  /** The iteration the working text was last started afresh from, if any. */
  workingBasedOn(): number | null {
    const row = this.db.prepare('SELECT working_based_on FROM project WHERE id = 1').get() as
      { working_based_on: number | null } | undefined;
    return row?.working_based_on ?? null;
  }

  setWorkingBasedOn(number: number): void {
    this.db.prepare('UPDATE project SET working_based_on = ? WHERE id = 1').run(number);
  }

  private languagesByIteration(only?: number): Map<number, IterationLanguage[]> {
    const rows = (
      only === undefined
        ? this.db.prepare('SELECT iteration, language, characters FROM iteration_master').all()
        : this.db.prepare('SELECT iteration, language, characters FROM iteration_master WHERE iteration = ?').all(only)
    ) as LanguageRow[];
    const byIteration = new Map<number, IterationLanguage[]>();
    for (const row of rows) {
      if (!isLanguage(row.language)) throw new Error(`Iteration ${row.iteration} has a master in an unknown language “${row.language}”.`);
      const list = byIteration.get(row.iteration) ?? [];
      list.push({ language: row.language, characters: row.characters });
      byIteration.set(row.iteration, list);
    }
    for (const list of byIteration.values()) list.sort((a, b) => languages.indexOf(a.language) - languages.indexOf(b.language));
    return byIteration;
  }
}

function toSummary(row: IterationRow, languagesHeld: readonly IterationLanguage[]): IterationSummary {
  return {
    number: row.number,
    label: row.label,
    documentNumber: row.document_number,
    date: row.date,
    editor: row.editor,
    createdAt: row.created_at,
    languages: languagesHeld,
    basedOn: row.based_on,
  };
}

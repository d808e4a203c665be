import type { Database } from 'better-sqlite3';
import type {
  Comment,
  CommentFilter,
  CommentImportResult,
  CommentSheet,
  CommentStatus,
  CommentType,
  Decision,
  DispositionChange,
  DispositionHistoryEntry,
  SheetComment,
} from '../../../shared/domain/comment';
import { ProjectError } from '../projectError';

interface CommentRow {
  id: number;
  ballot: string | null;
  identifier: string;
  member_body: string;
  editing_unit: number;
  line_number: string;
  clause: string;
  paragraph: string;
  types: string;
  comment: string;
  proposed_change: string;
  observations: string;
  source_file: string;
  source_row: number | null;
  decision: Decision | null;
  resolution: string;
  status: CommentStatus;
  assignee: string;
  duplicate_of: string | null;
  superseded_by: string | null;
  updated_at: string;
}

/** The sheet's own fields of a comment: what an import compares and updates (never the disposition). */
const sheetFields = [
  ['member_body', 'memberBody'],
  ['editing_unit', 'editingUnit'],
  ['line_number', 'lineNumber'],
  ['clause', 'clause'],
  ['paragraph', 'paragraph'],
  ['types', 'types'],
  ['comment', 'comment'],
  ['proposed_change', 'proposedChange'],
  ['observations', 'observations'],
] as const;

const selectComments = `
  SELECT c.id, b.name AS ballot, c.identifier, c.member_body, c.editing_unit, c.line_number, c.clause, c.paragraph,
         c.types, c.comment, c.proposed_change, c.observations, c.source_file, c.source_row, c.decision, c.resolution,
         c.status, c.assignee, d.identifier AS duplicate_of, s.identifier AS superseded_by, c.updated_at
    FROM comment c
    LEFT JOIN ballot b ON b.id = c.ballot_id
    LEFT JOIN comment d ON d.id = c.duplicate_of
    LEFT JOIN comment s ON s.id = c.superseded_by`;

/** The comments of the project, their ballots and the history of their dispositions (migration 0040). */
export class CommentRepository {
  constructor(private readonly db: Database) {}

  /**
   * Stores the comments of a sheet under `ballot` ('' for none). A comment is known by its ballot
   * and identifier: the sheet's ("US-001"), or one made from its member and its place among that
   * member's comments in the sheet ("US-003"), so the same sheet imported again adds nothing, and a
   * revised one updates the rows whose text changed (recorded in the history as the import's doing).
   */
  importSheet(sheet: CommentSheet, ballot: string, now: string): CommentImportResult {
    const ballotId = ballot === '' ? null : this.ballotId(ballot, now);
    const find = this.db.prepare('SELECT * FROM comment WHERE ifnull(ballot_id, 0) = ? AND identifier = ?');
    const insert = this.db.prepare(
      `INSERT INTO comment (ballot_id, identifier, member_body, editing_unit, line_number, clause, paragraph, types, comment,
                            proposed_change, observations, source_file, source_row, created_at, updated_at)
       VALUES (@ballot, @identifier, @member_body, @editing_unit, @line_number, @clause, @paragraph, @types, @comment,
               @proposed_change, @observations, @source_file, @source_row, @now, @now)`,
    );
    let added = 0;
    let unchanged = 0;
    const updated: string[] = [];
    const perMember = new Map<string, number>();
    for (const each of sheet.comments) {
      const identifier = each.identifier || madeIdentifier(each, perMember);
      const values = storedValues(each);
      const existing = find.get(ballotId ?? 0, identifier) as Record<string, unknown> | undefined;
      if (!existing) {
        insert.run({ ballot: ballotId, identifier, ...values, source_file: sheet.fileName, source_row: each.row, now });
        added += 1;
        continue;
      }
      const changed = sheetFields.filter(([column]) => existing[column] !== values[column]);
      if (changed.length === 0) {
        unchanged += 1;
        continue;
      }
      const assignments = changed.map(([column]) => `${column} = @${column}`).join(', ');
      this.db
        .prepare(
          `UPDATE comment SET ${assignments}, source_file = @source_file, source_row = @source_row, updated_at = @now WHERE id = @id`,
        )
        .run({ ...values, source_file: sheet.fileName, source_row: each.row, now, id: existing.id });
      for (const [column] of changed) {
        this.record(Number(existing.id), now, `import of ${sheet.fileName}`, column, existing[column], values[column]);
      }
      updated.push(identifier);
    }
    return { fileName: sheet.fileName, layout: sheet.layout, ballot, added, updated, unchanged, problems: sheet.problems };
  }

  /** The comments that meet every criterion of the filter, in the order of their ballot and identifier. */
  list(filter: CommentFilter = {}): Comment[] {
    const where: string[] = [];
    const parameters: Record<string, unknown> = {};
    const like = (value: string) => `%${value.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    if (filter.ballot !== undefined) {
      where.push("ifnull(b.name, '') = @ballot");
      parameters.ballot = filter.ballot;
    }
    if (filter.memberBody) {
      where.push('c.member_body = @member COLLATE NOCASE');
      parameters.member = filter.memberBody;
    }
    if (filter.type) {
      where.push("(',' || c.types || ',') LIKE @type");
      parameters.type = `%,${filter.type},%`;
    }
    if (filter.clause) {
      const clause = filter.clause.trim().replace(/\.$/, '');
      where.push("(c.clause = @clause OR substr(c.clause, 1, length(@clause) + 1) = @clause || '.')");
      parameters.clause = clause;
    }
    if (filter.decision === 'none') where.push('c.decision IS NULL');
    else if (filter.decision) {
      where.push('c.decision = @decision');
      parameters.decision = filter.decision;
    }
    if (filter.status) {
      where.push('c.status = @status');
      parameters.status = filter.status;
    }
    if (filter.assignee !== undefined) {
      where.push('c.assignee = @assignee');
      parameters.assignee = filter.assignee;
    }
    if (filter.text) {
      where.push(
        "(lower(c.comment) LIKE @text ESCAPE '\\' OR lower(c.proposed_change) LIKE @text ESCAPE '\\' OR lower(c.resolution) LIKE @text ESCAPE '\\' OR lower(c.identifier) LIKE @text ESCAPE '\\')",
      );
      parameters.text = like(filter.text);
    }
    const sql = `${selectComments}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ifnull(b.name, ''), c.id`;
    return (this.db.prepare(sql).all(parameters) as CommentRow[]).map(toComment);
  }

  /**
   * Changes the disposition of comments (one, or many at once for a bulk decision), recording each
   * field that changes in the history with who changed it and when. A duplicate or superseding
   * comment is named by its identifier in the same ballot; a comment cannot duplicate itself.
   */
  updateDispositions(ids: readonly number[], change: DispositionChange, by: string, now: string): Comment[] {
    const columns: [keyof DispositionChange, string][] = [
      ['decision', 'decision'],
      ['resolution', 'resolution'],
      ['status', 'status'],
      ['assignee', 'assignee'],
      ['duplicateOf', 'duplicate_of'],
      ['supersededBy', 'superseded_by'],
    ];
    for (const id of ids) {
      const current = this.db.prepare('SELECT * FROM comment WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      if (!current) throw new ProjectError('not-found', `There is no comment ${id} in the project.`);
      for (const [field, column] of columns) {
        if (change[field] === undefined) continue;
        let value: unknown = change[field];
        if (field === 'duplicateOf' || field === 'supersededBy') value = this.linked(current, String(value), field);
        if (current[column] === value) continue;
        this.db.prepare(`UPDATE comment SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value as string | number | null, now, id);
        this.record(id, now, by, column, current[column], value);
      }
    }
    const placeholders = ids.map(() => '?').join(', ');
    return (this.db.prepare(`${selectComments} WHERE c.id IN (${placeholders}) ORDER BY c.id`).all(...ids) as CommentRow[]).map(toComment);
  }

  /** The history of a comment, oldest first. */
  history(id: number): DispositionHistoryEntry[] {
    return (
      this.db
        .prepare('SELECT changed_at, changed_by, field, before, after FROM disposition_history WHERE comment_id = ? ORDER BY id')
        .all(id) as { changed_at: string; changed_by: string; field: string; before: string | null; after: string | null }[]
    ).map((row) => ({ changedAt: row.changed_at, changedBy: row.changed_by, field: row.field, before: row.before, after: row.after }));
  }

  /** The id of the comment named `identifier` in the same ballot as `comment`; null for ''. */
  private linked(comment: Record<string, unknown>, identifier: string, field: string): number | null {
    if (identifier.trim() === '') return null;
    const found = this.db
      .prepare('SELECT id FROM comment WHERE ifnull(ballot_id, 0) = ifnull(?, 0) AND identifier = ?')
      .get(comment.ballot_id ?? null, identifier.trim()) as { id: number } | undefined;
    const what = field === 'duplicateOf' ? 'a duplicate of' : 'superseded by';
    if (!found)
      throw new ProjectError(
        'not-found',
        `${String(comment.identifier)} cannot be ${what} “${identifier}”: there is no such comment in its ballot.`,
      );
    if (found.id === comment.id) throw new ProjectError('invalid-arguments', `${String(comment.identifier)} cannot be ${what} itself.`);
    return found.id;
  }

  /** The names of the ballots, in the order they were made. */
  ballots(): string[] {
    return (this.db.prepare('SELECT name FROM ballot ORDER BY id').all() as { name: string }[]).map((row) => row.name);
  }

  private ballotId(name: string, now: string): number {
    const found = this.db.prepare('SELECT id FROM ballot WHERE name = ?').get(name) as { id: number } | undefined;
    if (found) return found.id;
    return Number(this.db.prepare('INSERT INTO ballot (name, created_at) VALUES (?, ?)').run(name, now).lastInsertRowid);
  }

  private record(commentId: number, at: string, by: string, field: string, before: unknown, after: unknown): void {
    this.db
      .prepare('INSERT INTO disposition_history (comment_id, changed_at, changed_by, field, before, after) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        commentId,
        at,
        by,
        field,
        before === null || before === undefined ? null : String(before),
        after === null || after === undefined ? null : String(after),
      );
  }
}

/**
 * "US-001": the member and the comment's place among that member's comments of the sheet;
 * "US-EU-001" for the ISO/CS editing unit's comments ("**US"), counted apart.
 */
function madeIdentifier(comment: SheetComment, perMember: Map<string, number>): string {
  const member = comment.memberBody.trim().toUpperCase() || 'XX';
  const prefix = comment.editingUnit ? `${member}-EU` : member;
  const count = (perMember.get(prefix) ?? 0) + 1;
  perMember.set(prefix, count);
  return `${prefix}-${String(count).padStart(3, '0')}`;
}

function storedValues(comment: SheetComment): Record<(typeof sheetFields)[number][0], string | number> {
  return {
    member_body: comment.memberBody,
    editing_unit: comment.editingUnit ? 1 : 0,
    line_number: comment.lineNumber,
    clause: comment.clause,
    paragraph: comment.paragraph,
    types: comment.types.join(','),
    comment: comment.comment,
    proposed_change: comment.proposedChange,
    observations: comment.observations,
  };
}

function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    ballot: row.ballot ?? '',
    identifier: row.identifier,
    memberBody: row.member_body,
    editingUnit: row.editing_unit === 1,
    lineNumber: row.line_number,
    clause: row.clause,
    paragraph: row.paragraph,
    types: row.types === '' ? [] : (row.types.split(',') as CommentType[]),
    comment: row.comment,
    proposedChange: row.proposed_change,
    observations: row.observations,
    sourceFile: row.source_file,
    sourceRow: row.source_row,
    decision: row.decision,
    resolution: row.resolution,
    status: row.status,
    assignee: row.assignee,
    duplicateOf: row.duplicate_of ?? '',
    supersededBy: row.superseded_by ?? '',
    updatedAt: row.updated_at,
  };
}

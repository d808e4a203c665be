import type { Database } from 'better-sqlite3';
import type { RegisterCounts } from '../../../shared/domain/project';

/** The table behind each register; a register whose table a later migration adds counts zero until then. */
const registerTables: Readonly<Record<keyof RegisterCounts, string>> = {
  iterations: 'iteration',
  comments: 'comment',
  defectReports: 'defect_report',
  ballots: 'ballot',
};

export function countRegisters(db: Database): RegisterCounts {
  const existing = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
  );
  const count = (table: string): number =>
    existing.has(table) ? (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n : 0;
  return {
    iterations: count(registerTables.iterations),
    comments: count(registerTables.comments),
    defectReports: count(registerTables.defectReports),
    ballots: count(registerTables.ballots),
  };
}

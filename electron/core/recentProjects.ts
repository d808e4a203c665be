import fs from 'node:fs';
import path from 'node:path';
import type { RecentProject } from '../../shared/domain/project';

const limit = 12;

type StoredRecent = Omit<RecentProject, 'available'>;

/** The projects opened lately, newest first, kept in a small JSON file in the user's settings folder. */
export class RecentProjects {
  constructor(private readonly file: string) {}

  list(): RecentProject[] {
    return this.read().map((entry) => ({ ...entry, available: fs.existsSync(entry.path) }));
  }

  add(entry: StoredRecent): RecentProject[] {
    const rest = this.read().filter((existing) => !samePath(existing.path, entry.path));
    this.write([entry, ...rest].slice(0, limit));
    return this.list();
  }

  remove(projectPath: string): RecentProject[] {
    this.write(this.read().filter((existing) => !samePath(existing.path, projectPath)));
    return this.list();
  }

  private read(): StoredRecent[] {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isStoredRecent) : [];
    } catch {
      // A damaged list is not worth stopping for: start a new one.
      return [];
    }
  }

  private write(entries: readonly StoredRecent[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(entries, null, 2));
    fs.renameSync(temporary, this.file);
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function isStoredRecent(value: unknown): value is StoredRecent {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.designation === 'string' &&
    typeof entry.openedAt === 'string'
  );
}

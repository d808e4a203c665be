import type { Database } from 'better-sqlite3';
import type { Editor, ProjectMetadata } from '../../../shared/domain/projectMetadata';
import type { Stage } from '../../../shared/domain/stage';
import { isStage } from '../../../shared/domain/stage';

interface ProjectRow {
  itu_number: string;
  iso_number: string;
  title: string;
  edition: string;
  stage: string | null;
  study_group: string;
  question: string;
  subcommittee: string;
  working_group: string;
  project_number: string;
  created_at: string;
  updated_at: string;
}

export interface StoredMetadata {
  readonly metadata: ProjectMetadata;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Reads and writes the project's one metadata row and its editors. */
export class MetadataRepository {
  constructor(private readonly db: Database) {}

  read(): StoredMetadata {
    const row = this.db.prepare('SELECT * FROM project WHERE id = 1').get() as ProjectRow | undefined;
    if (!row) throw new Error('The project has no metadata row.');
    const editors = this.db.prepare('SELECT name, affiliation, email FROM editor WHERE project_id = 1 ORDER BY position').all() as Editor[];
    return {
      metadata: {
        ituNumber: row.itu_number,
        isoNumber: row.iso_number,
        title: row.title,
        edition: row.edition,
        stage: row.stage !== null && isStage(row.stage) ? row.stage : null,
        studyGroup: row.study_group,
        question: row.question,
        subcommittee: row.subcommittee,
        workingGroup: row.working_group,
        projectNumber: row.project_number,
        editors,
      },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  insert(metadata: ProjectMetadata, now: string): void {
    this.db
      .prepare(
        `INSERT INTO project (id, itu_number, iso_number, title, edition, stage, study_group, question, subcommittee,
           working_group, project_number, created_at, updated_at)
         VALUES (1, @ituNumber, @isoNumber, @title, @edition, @stage, @studyGroup, @question, @subcommittee,
           @workingGroup, @projectNumber, @now, @now)`,
      )
      .run({ ...columns(metadata), now });
    this.replaceEditors(metadata.editors);
  }

  update(metadata: ProjectMetadata, now: string): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `UPDATE project SET itu_number = @ituNumber, iso_number = @isoNumber, title = @title, edition = @edition,
             stage = @stage, study_group = @studyGroup, question = @question, subcommittee = @subcommittee,
             working_group = @workingGroup, project_number = @projectNumber, updated_at = @now
           WHERE id = 1`,
        )
        .run({ ...columns(metadata), now });
      this.replaceEditors(metadata.editors);
    })();
  }

  touch(now: string): void {
    this.db.prepare('UPDATE project SET updated_at = ? WHERE id = 1').run(now);
  }

  private replaceEditors(editors: readonly Editor[]): void {
    this.db.prepare('DELETE FROM editor WHERE project_id = 1').run();
    const insert = this.db.prepare('INSERT INTO editor (project_id, position, name, affiliation, email) VALUES (1, ?, ?, ?, ?)');
    editors.forEach((editor, position) => insert.run(position, editor.name, editor.affiliation, editor.email));
  }
}

function columns(metadata: ProjectMetadata): Record<string, string | null> {
  const stage: Stage | null = metadata.stage;
  return {
    ituNumber: metadata.ituNumber,
    isoNumber: metadata.isoNumber,
    title: metadata.title,
    edition: metadata.edition,
    stage,
    studyGroup: metadata.studyGroup,
    question: metadata.question,
    subcommittee: metadata.subcommittee,
    workingGroup: metadata.workingGroup,
    projectNumber: metadata.projectNumber,
  };
}

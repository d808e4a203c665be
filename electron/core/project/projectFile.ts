import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IterationList, IterationMaster, IterationSummary, NewIteration } from '../../../shared/domain/iteration';
import type { Language } from '../../../shared/domain/language';
import { languageInfo } from '../../../shared/domain/language';
import type { DocumentJson, Master, MasterSummary, ProjectSnapshot, ReadOnlyReason, RegisterCounts } from '../../../shared/domain/project';
import { emptyDocument } from '../../../shared/domain/project';
import type { ProjectMetadata } from '../../../shared/domain/projectMetadata';
import { emptyMetadata } from '../../../shared/domain/projectMetadata';
import { latestVersion, migrate, schemaVersion } from '../database/migrationRunner';
import type { Migration } from '../database/migration';
import { migrations as appMigrations } from '../database/migrations';
import { ProjectError } from '../projectError';
import type {
  Comment,
  CommentFilter,
  CommentImportResult,
  CommentSheet,
  DispositionChange,
  DispositionHistoryEntry,
} from '../../../shared/domain/comment';
import { CommentRepository } from './commentRepository';
import { IterationRepository } from './iterationRepository';
import { ReviewBaseRepository } from './reviewBaseRepository';
import type { ReviewBase } from '../../../shared/domain/reviewBase';
import { MasterRepository } from './masterRepository';
import { MetadataRepository } from './metadataRepository';
import type { ProjectHeader } from './projectHeader';
import { checkApplicationId, checkProjectHeader, fileError, projectApplicationId } from './projectHeader';
import { countRegisters } from './registerCounts';
import { validIteration } from './validIteration';
import { describeHolder, WriteLock } from './writeLock';

export const projectExtension = '.ctproj';

export interface OpenOptions {
  /** Names this program to others that find the project locked: "Common Text Studio 0.1.0". */
  readonly program: string;
  /** 'read' never writes the file; 'write' takes the write lock, or opens read-only when another program holds it. */
  readonly access: 'read' | 'write';
  /** The schema this program knows; the app's own unless a test says otherwise. */
  readonly migrations?: readonly Migration[];
}

export interface CreateOptions {
  readonly program: string;
  /** Replace a file already at the path (the user confirmed it in the save dialog). */
  readonly replace?: boolean;
  readonly migrations?: readonly Migration[];
  /** The first master, in place of an empty English one: a project made from a Word document starts with its text. */
  readonly master?: { readonly language: Language; readonly content: DocumentJson };
}

export interface ImportOptions {
  /** The user agreed to lose the text the master holds now. */
  readonly replace: boolean;
}

export type NewProject = Partial<ProjectMetadata> & Pick<ProjectMetadata, 'title'>;

/** An open project file: one SQLite database holding everything the project owns. */
export class ProjectFile {
  private readonly metadataRepository: MetadataRepository;
  private readonly masterRepository: MasterRepository;
  private readonly iterationRepository: IterationRepository;
  private readonly reviewBaseRepository: ReviewBaseRepository;
  private readonly commentRepository: CommentRepository;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    private readonly lock: WriteLock | null,
    readonly readOnly: ReadOnlyReason | null,
  ) {
    this.metadataRepository = new MetadataRepository(db);
    this.masterRepository = new MasterRepository(db);
    this.iterationRepository = new IterationRepository(db);
    this.reviewBaseRepository = new ReviewBaseRepository(db);
    this.commentRepository = new CommentRepository(db);
  }

  /** The absolute form of a path, as the project records it. */
  static resolve(file: string): string {
    return path.resolve(file);
  }

  /** Creates a project with its first master (an empty English one unless given); the file appears whole or not at all. */
  static create(file: string, project: NewProject, options: CreateOptions): ProjectFile {
    const target = ProjectFile.resolve(file);
    const name = path.basename(target);
    if (fs.existsSync(target) && !options.replace) {
      throw new ProjectError('already-exists', `“${name}” already exists. Choose another name, or replace it.`);
    }
    if (!fs.existsSync(path.dirname(target))) {
      throw new ProjectError('not-found', `The folder “${path.dirname(target)}” does not exist.`);
    }
    const attempt = WriteLock.acquire(target, options.program);
    if (!attempt.acquired) {
      throw new ProjectError('locked', `“${name}” cannot be replaced: it is open for editing in ${describeHolder(attempt.holder)}.`);
    }
    const lock = attempt.lock;
    const temporary = path.join(path.dirname(target), `.${name}.${randomBytes(4).toString('hex')}.creating`);
    try {
      const db = new Database(temporary);
      try {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma(`application_id = ${projectApplicationId}`);
        migrate(db, options.migrations ?? appMigrations);
        const now = new Date().toISOString();
        db.transaction(() => {
          new MetadataRepository(db).insert({ ...emptyMetadata, ...project }, now);
          new MasterRepository(db).put(options.master?.language ?? 'en', options.master?.content ?? emptyDocument(), now);
        })();
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      // A journal left beside the old file would be replayed into the new one.
      for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true });
      fs.renameSync(temporary, target);
    } catch (error) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(temporary + suffix, { force: true });
      lock.release();
      if (error instanceof ProjectError) throw error;
      throw new ProjectError('io-error', `“${name}” could not be created: ${(error as Error).message}`);
    }
    return ProjectFile.connect(target, lock, null, options.migrations ?? appMigrations);
  }

  /**
   * Opens a project. Refuses, without changing a byte of the file, anything that is not a
   * project this version can read.
   */
  static open(file: string, options: OpenOptions): ProjectFile {
    const target = ProjectFile.resolve(file);
    const name = path.basename(target);
    const header = checkProjectHeader(target);
    const known = options.migrations ?? appMigrations;
    const version = probe(target, header);
    const latest = latestVersion(known);
    if (version > latest) {
      throw new ProjectError(
        'newer-schema',
        `“${name}” was saved by a newer version of Common Text Studio (file format ${version}; this version reads up to ${latest}). Update the app to open it. The file was left unchanged.`,
      );
    }
    if (options.access === 'read') {
      return ProjectFile.connect(target, null, { message: `“${name}” was opened read-only.` }, known);
    }
    const attempt = WriteLock.acquire(target, options.program);
    if (!attempt.acquired) {
      return ProjectFile.connect(
        target,
        null,
        {
          message: `“${name}” is open for editing in ${describeHolder(attempt.holder)}, so it was opened here read-only. Close it there to edit it here.`,
        },
        known,
      );
    }
    try {
      return ProjectFile.connect(target, attempt.lock, null, known);
    } catch (error) {
      attempt.lock.release();
      throw error;
    }
  }

  private static connect(
    file: string,
    lock: WriteLock | null,
    readOnly: ReadOnlyReason | null,
    migrations: readonly Migration[],
  ): ProjectFile {
    const name = path.basename(file);
    let db: Database.Database;
    try {
      db = new Database(file, { fileMustExist: true, readonly: lock === null });
    } catch (error) {
      throw fileError(error, name);
    }
    try {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      if (lock) {
        db.pragma('journal_mode = WAL');
        // FULL: a save the user saw succeed survives a power cut.
        db.pragma('synchronous = FULL');
        const outcome = migrate(db, migrations);
        if (outcome.applied.length > 0) db.pragma('wal_checkpoint(TRUNCATE)');
      } else if (schemaVersion(db) < latestVersion(migrations)) {
        // Read the older file through an upgraded copy in memory; the file itself stays as it is.
        const image = db.serialize();
        // Bytes 18 and 19 say "WAL"; an in-memory copy cannot use a write-ahead log, so mark it a rollback journal.
        image[18] = 1;
        image[19] = 1;
        const upgraded = new Database(image);
        db.close();
        migrate(upgraded, migrations);
        db = upgraded;
      }
    } catch (error) {
      db.close();
      throw translateSqliteError(error, name);
    }
    return new ProjectFile(file, db, lock, readOnly);
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  metadata(): ProjectMetadata {
    return this.metadataRepository.read().metadata;
  }

  updateMetadata(metadata: ProjectMetadata): void {
    this.assertWritable();
    this.metadataRepository.update(metadata, new Date().toISOString());
  }

  masters(): MasterSummary[] {
    return this.masterRepository.list();
  }

  master(language: Language): Master {
    const master = this.masterRepository.get(language);
    if (!master) throw new ProjectError('not-found', `The project has no ${languageInfo[language].name} master.`);
    return master;
  }

  addMaster(language: Language): void {
    this.assertWritable();
    if (this.masterRepository.has(language)) {
      throw new ProjectError('already-exists', `The project already has a ${languageInfo[language].name} master.`);
    }
    this.db.transaction((now: string) => {
      this.masterRepository.put(language, emptyDocument(), now);
      this.metadataRepository.touch(now);
    })(new Date().toISOString());
  }

  saveMaster(language: Language, content: DocumentJson): MasterSummary {
    this.assertWritable();
    if (!this.masterRepository.has(language)) {
      throw new ProjectError('not-found', `The project has no ${languageInfo[language].name} master.`);
    }
    return this.db.transaction((now: string) => {
      const summary = this.masterRepository.put(language, content, now);
      this.metadataRepository.touch(now);
      return summary;
    })(new Date().toISOString());
  }

  /**
   * Stores an imported master in one transaction: adds it when the project has none in that
   * language, fills an empty one, and replaces one with text only when the user said so.
   */
  importMaster(language: Language, content: DocumentJson, options: ImportOptions): MasterSummary {
    this.assertImportable(language, options);
    return this.db.transaction((now: string) => {
      this.assertImportable(language, options);
      const summary = this.masterRepository.put(language, content, now);
      this.metadataRepository.touch(now);
      return summary;
    })(new Date().toISOString());
  }

  /**
   * Refuses an import that may not be stored: the project is read-only, or the master has text
   * and the user did not agree to replace it. Callers ask before converting, which takes a while.
   */
  assertImportable(language: Language, options: ImportOptions): void {
    this.assertWritable();
    const characters = this.masterRepository.characters(language);
    if (characters !== null && characters > 0 && !options.replace) {
      throw new ProjectError(
        'already-exists',
        `The ${languageInfo[language].name} master already holds text (${characters.toLocaleString('en')} characters), so the Word document was not imported. Import it again choosing to replace that master, or as another language.`,
      );
    }
  }

  /**
   * Freezes every language master as it is stored now into the next iteration, in one
   * transaction. The date is today in local time unless given; `now` is for tests.
   */
  saveIteration(input: NewIteration, now: Date = new Date()): IterationSummary {
    this.assertWritable();
    const record = validIteration(input, now);
    return this.db.transaction((at: string) => {
      if (this.masterRepository.list().length === 0) {
        throw new ProjectError('not-found', 'The project has no master yet, so there is no text to save as an iteration.');
      }
      const number = this.iterationRepository.insert(record, this.iterationRepository.workingBasedOn(), at);
      this.metadataRepository.touch(at);
      return this.iteration(number);
    })(now.toISOString());
  }

  /**
   * Stores the comments a sheet holds under a ballot ('' for none), in one transaction: new ones
   * added, those whose sheet text changed updated (with their history), the others left alone.
   */
  importComments(sheet: CommentSheet, ballot: string, now: Date = new Date()): CommentImportResult {
    this.assertWritable();
    return this.db.transaction((at: string) => {
      const result = this.commentRepository.importSheet(sheet, ballot.trim(), at);
      if (result.added > 0 || result.updated.length > 0) this.metadataRepository.touch(at);
      return result;
    })(now.toISOString());
  }

  /** The comments that meet the filter. */
  comments(filter: CommentFilter = {}): Comment[] {
    return this.commentRepository.list(filter);
  }

  /** Changes the disposition of one or more comments, each change kept in their history under `by`. */
  updateDispositions(ids: readonly number[], change: DispositionChange, by: string, now: Date = new Date()): Comment[] {
    this.assertWritable();
    return this.db.transaction((at: string) => {
      const updated = this.commentRepository.updateDispositions(ids, change, by, at);
      this.metadataRepository.touch(at);
      return updated;
    })(now.toISOString());
  }

  /** Every recorded change to a comment, oldest first. */
  dispositionHistory(id: number): DispositionHistoryEntry[] {
    return this.commentRepository.history(id);
  }

  /** The names of the ballots and consultations the comments belong to. */
  ballots(): string[] {
    return this.commentRepository.ballots();
  }

  /** Every iteration, newest first, and the one the working text was last started from. */
  iterations(): IterationList {
    return { iterations: this.iterationRepository.list(), workingBasedOn: this.iterationRepository.workingBasedOn() };
  }

  iteration(number: number): IterationSummary {
    const iteration = this.iterationRepository.get(number);
    if (!iteration) throw new ProjectError('not-found', noSuchIteration(number, this.counts().iterations));
    return iteration;
  }

  /** One language master as iteration `number` froze it. */
  iterationMaster(number: number, language: Language): IterationMaster {
    const iteration = this.iteration(number);
    const master = this.iterationRepository.master(number, language, iteration.createdAt);
    if (!master) {
      const held = iteration.languages.map((entry) => languageInfo[entry.language].name).join(', ');
      throw new ProjectError('not-found', `Iteration ${number} holds no ${languageInfo[language].name} master; it holds: ${held}.`);
    }
    return master;
  }

  /**
   * Starts the working text afresh from iteration `number`: every working master it holds is
   * replaced by its text, in one transaction, and the project remembers where the working text now
   * comes from. Iterations are not touched; a master in a language the iteration does not hold
   * (added after it was saved) is left as it is.
   */
  startFromIteration(number: number): void {
    this.assertWritable();
    this.db.transaction((now: string) => {
      this.iteration(number);
      this.masterRepository.replaceFromIteration(number, now);
      this.iterationRepository.setWorkingBasedOn(number);
      this.metadataRepository.touch(now);
    })(new Date().toISOString());
  }

  /**
   * What the change marks of the working `language` master count from: the latest iteration, with
   * the changes accepted since; null when there is no iteration (or it holds no such master).
   */
  reviewBase(language: Language): ReviewBase | null {
    const latest = this.iterationRepository.list()[0];
    if (!latest || !latest.languages.some((entry) => entry.language === language)) return null;
    const accepted = this.reviewBaseRepository.get(language, latest.number);
    const content = accepted ?? this.iterationMaster(latest.number, language).content;
    return { iteration: latest.number, date: latest.date, content };
  }

  /** Keeps the base with the changes just accepted; refused when a newer iteration has been saved since. */
  acceptIntoReviewBase(language: Language, iteration: number, content: DocumentJson): void {
    this.assertWritable();
    const latest = this.iterationRepository.list()[0];
    if (!latest || latest.number !== iteration)
      throw new ProjectError(
        'not-found',
        `The changes were counted from iteration ${iteration}, but the latest iteration is ${latest?.number ?? 'none'}: show the changes again and accept them there.`,
      );
    this.reviewBaseRepository.put(language, iteration, content, new Date().toISOString());
  }

  counts(): RegisterCounts {
    return countRegisters(this.db);
  }

  snapshot(): ProjectSnapshot {
    const stored = this.metadataRepository.read();
    return {
      path: this.path,
      schemaVersion: this.schemaVersion,
      metadata: stored.metadata,
      masters: this.masters(),
      counts: this.counts(),
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      readOnly: this.readOnly,
    };
  }

  /** Closes the database (folding the write-ahead log back into the file) and lets go of the lock. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.lock) this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    } finally {
      this.lock?.release();
    }
  }

  private assertWritable(): void {
    if (this.closed) throw new ProjectError('no-project-open', 'The project is closed.');
    if (this.readOnly) throw new ProjectError('read-only', this.readOnly.message);
  }
}

function noSuchIteration(number: number, count: number): string {
  if (count === 0) return `The project has no iteration ${number}: it has no iteration yet.`;
  return `The project has no iteration ${number}: its iterations are numbered 1 to ${count}.`;
}

/**
 * The schema version of a file that is a project, read from its header; through a read-only
 * connection only when a write-ahead log may hold a newer header than the file (a program has
 * it open, or one stopped without closing it). Either way the file is not written.
 */
function probe(file: string, header: ProjectHeader): number {
  const name = path.basename(file);
  if (!hasContent(`${file}-wal`)) {
    checkApplicationId(file, header.applicationId);
    return header.userVersion;
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw fileError(error, name);
  }
  try {
    checkApplicationId(file, db.pragma('application_id', { simple: true }) as number);
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw translateSqliteError(error, name);
  } finally {
    db.close();
  }
}

function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

function translateSqliteError(error: unknown, name: string): unknown {
  if (error instanceof ProjectError) return error;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_NOTADB':
      return new ProjectError('not-a-database', `“${name}” is not a Common Text Studio project: it is not a database file.`);
    case 'SQLITE_CORRUPT':
      return new ProjectError(
        'damaged',
        `“${name}” is damaged and cannot be opened. Open a backup copy instead; this file was left as it is.`,
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new ProjectError('locked', `“${name}” is busy in another program. Try again in a moment.`);
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_IOERR':
      return new ProjectError('io-error', `“${name}” could not be opened: ${(error as Error).message}.`);
    default:
      return error;
  }
}

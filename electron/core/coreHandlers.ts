import Database from 'better-sqlite3';
import type { AppInfo, CoreHandlers } from '../../shared/contract/contract';
import type { ProjectSnapshot } from '../../shared/domain/project';
import { designation } from '../../shared/domain/projectMetadata';
import type { ExportProgress } from '../../shared/domain/wordExport';
import type { ImportProgress } from '../../shared/domain/wordImport';
import { latestVersion } from './database/migrationRunner';
import { migrations } from './database/migrations';
import { createExportHandlers } from './exportHandlers';
import { importedProjectMetadata } from './project/importedProjectMetadata';
import { importWordMaster } from './project/importWordMaster';
import { ProjectFile } from './project/projectFile';
import { ProjectError } from './projectError';
import { readWordFile } from './readWordFile';
import type { RecentProjects } from './recentProjects';

export interface CoreContext {
  /** Names this program in locks and in About: "Common Text Studio 0.1.0". */
  readonly program: string;
  readonly version: string;
  /** Electron's version where the handlers run inside Electron; null elsewhere. */
  readonly electron: string | null;
  readonly recent: RecentProjects;
  /** Hears how far a Word import has got: main sends it to the window, the browser harness to its page. */
  readonly onImportProgress?: (progress: ImportProgress) => void;
  /** Hears how far a submission package has got, as for the import. */
  readonly onExportProgress?: (progress: ExportProgress) => void;
}

export interface CoreSession {
  readonly handlers: CoreHandlers;
  readonly isProjectOpen: () => boolean;
  /** Whether a project is open and this window may write it (File > Save Iteration needs both). */
  readonly isProjectWritable: () => boolean;
  /** Closes the open project, if any: called when the window closes. */
  readonly dispose: () => void;
}

/**
 * The handler table for one window: main, the browser test harness and the tests all use
 * this same table, so what they test is what the app runs.
 */
export function createCoreSession(context: CoreContext): CoreSession {
  let current: ProjectFile | null = null;

  const requireProject = (): ProjectFile => {
    if (!current) throw new ProjectError('no-project-open', 'No project is open. Open or create a project first.');
    return current;
  };

  const remember = (project: ProjectFile): ProjectSnapshot => {
    const snapshot = project.snapshot();
    context.recent.add({
      path: snapshot.path,
      title: snapshot.metadata.title,
      designation: designation(snapshot.metadata),
      openedAt: new Date().toISOString(),
    });
    return snapshot;
  };

  const switchTo = (project: ProjectFile): ProjectSnapshot => {
    current?.close();
    current = project;
    return remember(project);
  };

  const onProgress = (progress: ImportProgress): void => context.onImportProgress?.(progress);

  /** Closes the open project when `path` is its file, which is about to be replaced. */
  const letGoOf = (path: string): void => {
    if (current && current.path === ProjectFile.resolve(path)) {
      current.close();
      current = null;
    }
  };

  const handlers: CoreHandlers = {
    'app.info': (): AppInfo => ({
      name: 'Common Text Studio',
      version: context.version,
      platform: `${process.platform} ${process.arch}`,
      electron: context.electron,
      node: process.versions.node,
      sqlite: (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
      schemaVersion: latestVersion(migrations),
    }),

    'project.create': ({ path, metadata }) => {
      // The save dialog already asked before replacing an existing file, even the one open here.
      letGoOf(path);
      return switchTo(ProjectFile.create(path, metadata, { program: context.program, replace: true }));
    },

    'project.createFromWord': async ({ path, source, language, trackedChanges }) => {
      // Converted before the project file is made: a document that cannot be imported leaves no file behind.
      const { document, report } = await readWordFile(source, { language, trackedChanges, onProgress });
      onProgress({ phase: 'saving', fraction: 0.96 });
      letGoOf(path);
      const project = ProjectFile.create(path, importedProjectMetadata(report.identity, report.fileName), {
        program: context.program,
        replace: true,
        master: { language, content: document },
      });
      onProgress({ phase: 'saving', fraction: 1 });
      return { snapshot: switchTo(project), report };
    },

    'project.open': ({ path }) => {
      if (current && current.path === ProjectFile.resolve(path)) return current.snapshot();
      return switchTo(ProjectFile.open(path, { program: context.program, access: 'write' }));
    },

    'project.close': () => {
      current?.close();
      current = null;
      return null;
    },

    'project.current': () => current?.snapshot() ?? null,

    'project.updateMetadata': ({ metadata }) => {
      const project = requireProject();
      project.updateMetadata(metadata);
      return remember(project);
    },

    'masters.add': ({ language }) => {
      const project = requireProject();
      project.addMaster(language);
      return project.snapshot();
    },

    'masters.get': ({ language }) => requireProject().master(language),

    'masters.save': ({ language, content }) => requireProject().saveMaster(language, content),

    'masters.importWord': async ({ source, language, trackedChanges, replace }) => {
      const project = requireProject();
      const report = await importWordMaster(project, source, { language, trackedChanges, replace, onProgress });
      return { snapshot: project.snapshot(), report };
    },

    'iterations.list': () => requireProject().iterations(),

    'iterations.save': (iteration) => {
      const project = requireProject();
      const saved = project.saveIteration(iteration);
      return { iteration: saved, snapshot: project.snapshot(), list: project.iterations() };
    },

    'iterations.master': ({ number, language }) => requireProject().iterationMaster(number, language),

    'changes.base': ({ language }) => requireProject().reviewBase(language),

    'changes.accept': ({ language, iteration, content }) => {
      requireProject().acceptIntoReviewBase(language, iteration, content);
      return null;
    },

    'iterations.restore': ({ number }) => {
      const project = requireProject();
      project.startFromIteration(number);
      return { snapshot: project.snapshot(), list: project.iterations() };
    },

    ...createExportHandlers(requireProject, (progress) => context.onExportProgress?.(progress)),

    'recent.list': () => context.recent.list(),

    'recent.remove': ({ path }) => context.recent.remove(path),
  };

  return {
    handlers,
    isProjectOpen: () => current !== null,
    isProjectWritable: () => current !== null && current.readOnly === null,
    dispose: () => {
      current?.close();
      current = null;
    },
  };
}

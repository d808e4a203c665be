import type { z } from 'zod';
import type { FieldIssue } from '../../shared/contract/result';
import type { newProjectSchema } from '../../shared/contract/schemas';
import type { Language } from '../../shared/domain/language';
import { languageInfo } from '../../shared/domain/language';
import type { MasterSummary, ProjectSnapshot } from '../../shared/domain/project';
import { suggestedFileName } from '../../shared/domain/projectMetadata';
import { ApiError, call } from '../api';
import { messageOf } from '../ui/messageOf';
import type { SliceCreator } from './storeState';
import type { View } from './viewSlice';

export type NewProject = z.input<typeof newProjectSchema>;

/** How an attempt to create a project ended, for the dialog that asked. */
export type CreateOutcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string; readonly issues: readonly FieldIssue[] };

export interface ProjectSlice {
  /** The open project, or null on the start screen. */
  readonly snapshot: ProjectSnapshot | null;
  /** True while a project is being opened, created or closed. */
  readonly busy: boolean;
  /** Picks up the project main still has open (after the window reloads). */
  restoreProject(): Promise<void>;
  openProject(path: string): Promise<void>;
  /** Asks for a project file, then opens it. */
  chooseProjectToOpen(): Promise<void>;
  /** Asks where to save the new project, then creates it there. */
  createProject(metadata: NewProject): Promise<CreateOutcome>;
  closeProject(): Promise<void>;
  addMaster(language: Language): Promise<void>;
  /** Shows a project main has just opened or created (a Word import makes one), on `view`. */
  enterProject(snapshot: ProjectSnapshot, view: View): Promise<void>;
  replaceSnapshot(snapshot: ProjectSnapshot): void;
  /** Brings the sidebar's sizes up to date after a save. */
  masterSaved(summary: MasterSummary): void;
}

/** What a project opens on: its first master, or its properties when it has none. */
function firstView(snapshot: ProjectSnapshot): View {
  const master = snapshot.masters[0];
  return master ? { kind: 'master', language: master.language } : { kind: 'metadata' };
}

export const createProjectSlice: SliceCreator<ProjectSlice> = (set, get) => {
  /** Saves the open master first; false (and says why) when its text could not be saved. */
  const leaveCurrent = async (): Promise<boolean> => {
    if (!get().snapshot) return true;
    if (await get().flushMaster()) return true;
    const { saveState, view } = get();
    const reason = saveState.kind === 'failed' ? ` (${saveState.reason})` : '';
    const which = view.kind === 'master' ? `the ${languageInfo[view.language].name} master` : 'the master';
    get().notify(
      `The latest changes to ${which} could not be saved${reason}. The project stays open so that you can copy the text; do it again to leave without those changes.`,
      'error',
    );
    get().discardMasterChanges();
    return false;
  };

  const enter = async (snapshot: ProjectSnapshot, view: View): Promise<void> => {
    get().unloadMaster();
    get().discardMetadataDraft();
    get().setSaveState({ kind: 'idle' });
    // What went wrong on the way here is settled once the project is open.
    get().clearNotices();
    get().forgetIterations();
    set({ snapshot, view: { kind: 'metadata' } });
    void get().loadIterations();
    await get().showView(view);
  };

  return {
    snapshot: null,
    busy: false,
    restoreProject: async () => {
      try {
        const snapshot = await call('project.current', {});
        if (snapshot) await enter(snapshot, firstView(snapshot));
      } catch (error) {
        get().reportError(error);
      }
    },
    openProject: async (path) => {
      if (get().busy || !(await leaveCurrent())) return;
      set({ busy: true });
      try {
        const snapshot = await call('project.open', { path });
        await enter(snapshot, firstView(snapshot));
      } catch (error) {
        get().reportError(error);
        if (!get().snapshot) await get().loadRecent();
      } finally {
        set({ busy: false });
      }
    },
    chooseProjectToOpen: async () => {
      try {
        const { path } = await call('dialog.chooseProjectToOpen', {});
        if (path !== null) await get().openProject(path);
      } catch (error) {
        get().reportError(error);
      }
    },
    createProject: async (metadata) => {
      if (get().busy) return { kind: 'cancelled' };
      try {
        const { path } = await call('dialog.chooseNewProjectPath', {
          suggestedName: suggestedFileName({
            ituNumber: metadata.ituNumber ?? '',
            isoNumber: metadata.isoNumber ?? '',
            title: metadata.title,
          }),
        });
        if (path === null) return { kind: 'cancelled' };
        if (!(await leaveCurrent())) return { kind: 'cancelled' };
        set({ busy: true });
        const snapshot = await call('project.create', { path, metadata });
        await enter(snapshot, { kind: 'metadata' });
        return { kind: 'created' };
      } catch (error) {
        const issues = error instanceof ApiError ? error.issues : [];
        return { kind: 'failed', message: messageOf(error), issues };
      } finally {
        set({ busy: false });
      }
    },
    closeProject: async () => {
      if (!get().snapshot || get().busy || !(await leaveCurrent())) return;
      set({ busy: true });
      try {
        await call('project.close', {});
        get().unloadMaster();
        get().forgetIterations();
        get().discardMetadataDraft();
        get().setSaveState({ kind: 'idle' });
        set({ snapshot: null, view: { kind: 'metadata' } });
        await get().loadRecent();
      } catch (error) {
        get().reportError(error);
      } finally {
        set({ busy: false });
      }
    },
    addMaster: async (language) => {
      try {
        const snapshot = await call('masters.add', { language });
        set({ snapshot });
        await get().showView({ kind: 'master', language });
      } catch (error) {
        get().reportError(error);
      }
    },
    enterProject: enter,
    replaceSnapshot: (snapshot) => set({ snapshot }),
    masterSaved: (summary) => {
      const snapshot = get().snapshot;
      if (!snapshot) return;
      const masters = snapshot.masters.map((master) => (master.language === summary.language ? summary : master));
      set({ snapshot: { ...snapshot, masters } });
    },
  };
};

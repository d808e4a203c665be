import type { Language } from '../../shared/domain/language';
import type { ImportProgress, ImportReport, TrackedChangesChoice } from '../../shared/domain/wordImport';
import { call, onImportProgress } from '../api';
import { messageOf } from '../ui/messageOf';
import { splitPath } from '../ui/splitPath';
import type { SliceCreator } from './storeState';
import type { View } from './viewSlice';
import { sameView } from './viewSlice';

/** Where an imported Word document goes: a project of its own, or a master of the open one. */
export type ImportDestination = 'newProject' | 'openProject';

export interface WordImportChoice {
  readonly destination: ImportDestination;
  readonly language: Language;
  readonly trackedChanges: TrackedChangesChoice;
  /** The user agreed to lose the text of the master the import replaces (open project only). */
  readonly replace: boolean;
}

/** Why an import did not happen, and what was kept. */
export interface ImportFailure {
  readonly message: string;
  /** "No project was created.", "The project was left as it was.", or null when the message says it. */
  readonly kept: string | null;
}

/** Where File > Import Word Document has got. */
export type WordImport =
  | { readonly kind: 'idle' }
  /** The file is chosen and the dialog asks what to do with it; `failure` says why the last attempt failed. */
  | { readonly kind: 'choosing'; readonly source: string; readonly failure: ImportFailure | null }
  | { readonly kind: 'importing'; readonly source: string; readonly progress: ImportProgress }
  | { readonly kind: 'imported'; readonly report: ImportReport; readonly destination: ImportDestination };

export interface WordImportSlice {
  readonly wordImport: WordImport;
  /** Asks for a Word document, then (in the import dialog) what to do with it. */
  chooseWordDocument(): Promise<void>;
  /** Imports the chosen document as the user chose, then shows the report and the imported master. */
  runWordImport(choice: WordImportChoice): Promise<void>;
  /** Closes the import dialog, or the report; not while the import runs. */
  finishWordImport(): void;
}

export const createWordImportSlice: SliceCreator<WordImportSlice> = (set, get) => ({
  wordImport: { kind: 'idle' },
  chooseWordDocument: async () => {
    if (get().busy || get().wordImport.kind === 'importing') return;
    try {
      const { path } = await call('dialog.chooseWordDocument', {});
      if (path === null) return;
      set({ wordImport: { kind: 'choosing', source: path, failure: null } });
      get().openDialog('importWord');
    } catch (error) {
      get().reportError(error);
    }
  },
  runWordImport: async (choice) => {
    const started = get().wordImport;
    if (started.kind !== 'choosing' || get().busy) return;
    const { source } = started;
    const fail = (message: string, kept: string | null = null) =>
      set({ wordImport: { kind: 'choosing', source, failure: { message, kept } } });

    let projectPath: string | null = null;
    if (choice.destination === 'newProject') {
      try {
        projectPath = (await call('dialog.chooseNewProjectPath', { suggestedName: projectFileName(source) })).path;
      } catch (error) {
        fail(messageOf(error));
        return;
      }
      if (projectPath === null) return;
    }
    // An edit still waiting would be saved over the imported text, or be lost with the project left behind.
    if (!(await get().flushMaster())) {
      const { saveState } = get();
      const reason = saveState.kind === 'failed' ? ` (${saveState.reason})` : '';
      fail(
        `The latest changes to the master could not be saved${reason}, so nothing was imported. Copy the text you changed, then try again.`,
      );
      return;
    }

    set({ busy: true, wordImport: { kind: 'importing', source, progress: { phase: 'reading', fraction: 0 } } });
    const stopListening = onImportProgress((progress) => {
      if (get().wordImport.kind === 'importing') set({ wordImport: { kind: 'importing', source, progress } });
    });
    const view: View = { kind: 'master', language: choice.language };
    const options = { source, language: choice.language, trackedChanges: choice.trackedChanges };
    try {
      if (projectPath !== null) {
        const { snapshot, report } = await call('project.createFromWord', { path: projectPath, ...options });
        set({ wordImport: { kind: 'imported', report, destination: choice.destination } });
        get().openDialog('importReport');
        await get().enterProject(snapshot, view);
      } else {
        const { snapshot, report } = await call('masters.importWord', { ...options, replace: choice.replace });
        set({ snapshot, wordImport: { kind: 'imported', report, destination: choice.destination } });
        get().openDialog('importReport');
        // The editor holds the text it loaded before: load the master again, now the imported one.
        if (sameView(get().view, view)) get().unloadMaster();
        await get().showView(view);
      }
    } catch (error) {
      // Main converts before it writes, so a failure leaves no project behind and the open one as it was.
      fail(messageOf(error), projectPath !== null ? 'No project was created.' : 'The project was left as it was.');
    } finally {
      stopListening();
      set({ busy: false });
    }
  },
  finishWordImport: () => {
    if (get().wordImport.kind === 'importing') return;
    set({ wordImport: { kind: 'idle' } });
    get().closeDialog();
  },
});

/** "T-REC-X.500-2016-E.docx" becomes "T-REC-X.500-2016-E.ctproj". */
function projectFileName(source: string): string {
  const { name } = splitPath(source);
  const stem = name.replace(/\.[^.]*$/, '');
  return `${stem === '' ? 'Untitled' : stem}.ctproj`;
}

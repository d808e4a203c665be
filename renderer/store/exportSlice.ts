import type { ExportedMaster, ExportedSubmission } from '../../shared/contract/contract';
import type { Language } from '../../shared/domain/language';
import type { ExportedTextChoice, ExportProgress, MarksStyle } from '../../shared/domain/wordExport';
import { call, onExportProgress } from '../api';
import { messageOf } from '../ui/messageOf';
import type { SliceCreator } from './storeState';

/** File > Export…: one master, which text, its change marks and the template. */
export interface MasterExportChoice {
  readonly language: Language;
  readonly text: ExportedTextChoice;
  /** The iteration the change marks count from; null for a clean text. */
  readonly marksSince: number | null;
  readonly marksStyle: MarksStyle;
  /** A .docx or .dotx of the user's; null for the built-in template. */
  readonly templatePath: string | null;
}

/** File > Export Submission…: which text, the change marks, the template and the folder. */
export interface SubmissionChoice {
  readonly folder: string;
  readonly text: ExportedTextChoice;
  readonly marksSince: number | null;
  readonly templatePath: string | null;
}

/** Why an export did not happen, and what was kept. */
export interface ExportFailure {
  readonly message: string;
  /** "Nothing was written …", or null when the message says it. */
  readonly kept: string | null;
}

/** Where an export dialog has got. */
export type ExportRun =
  /** The dialog asks; `failure` says why the last attempt failed (the choices stay as they were). */
  | { readonly kind: 'choosing'; readonly failure: ExportFailure | null }
  /** Writing; the submission package reports its steps. */
  | { readonly kind: 'exporting'; readonly progress: ExportProgress | null }
  | { readonly kind: 'exported'; readonly result: ExportedMaster }
  | { readonly kind: 'packaged'; readonly result: ExportedSubmission };

export type ExportDialog = 'exportMaster' | 'exportSubmission';

export interface ExportSlice {
  readonly exportRun: ExportRun;
  /** File > Export… and File > Export Submission…: opens the dialog while a project is open (read-only too). */
  requestExport(dialog: ExportDialog): void;
  /** Asks for a .docx or .dotx template; null when cancelled. */
  chooseExportTemplate(): Promise<string | null>;
  /** Asks for the folder a submission package goes into; null when cancelled. */
  chooseExportFolder(): Promise<string | null>;
  /** Asks where to save (the conventional name offered), then writes the master there. */
  runMasterExport(choice: MasterExportChoice): Promise<void>;
  /** Writes the submission package, showing its progress. */
  runSubmissionExport(choice: SubmissionChoice): Promise<void>;
  /** Back to the choices (kept) after an export, for another one. */
  exportAgain(): void;
  /** Closes the export dialog; not while it writes. */
  finishExport(): void;
}

const choosing: ExportRun = { kind: 'choosing', failure: null };

export const createExportSlice: SliceCreator<ExportSlice> = (set, get) => {
  const fail = (message: string, kept: string | null) => set({ exportRun: { kind: 'choosing', failure: { message, kept } } });

  /** Asks a native dialog for a path; a dialog that fails says so in the export dialog. */
  const ask = async (dialog: () => Promise<{ path: string | null }>): Promise<string | null> => {
    try {
      return (await dialog()).path;
    } catch (error) {
      fail(messageOf(error), null);
      return null;
    }
  };

  /** The working text is exported as stored: what was typed a moment ago must be in it. */
  const savedFirst = async (text: ExportedTextChoice, nothing: string): Promise<boolean> => {
    if (text !== 'working' || (await get().flushMaster())) return true;
    const { saveState } = get();
    const reason = saveState.kind === 'failed' ? ` (${saveState.reason})` : '';
    fail(
      `The latest changes to the master could not be saved${reason}, so ${nothing}: it would not hold them. Try again in a moment.`,
      null,
    );
    return false;
  };

  const canStart = () => get().exportRun.kind !== 'exporting' && !get().busy && get().snapshot !== null;

  return {
    exportRun: choosing,
    requestExport: (dialog) => {
      const { snapshot, busy, iterations } = get();
      // Another dialog (an import, say) is finished first.
      if (!snapshot || busy || get().dialog !== null) return;
      if (iterations === null) void get().loadIterations();
      set({ exportRun: choosing });
      get().openDialog(dialog);
    },
    chooseExportTemplate: () => ask(() => call('dialog.chooseTemplate', {})),
    chooseExportFolder: () => ask(() => call('dialog.chooseExportFolder', {})),
    runMasterExport: async (choice) => {
      if (!canStart()) return;
      set({ exportRun: choosing });
      if (!(await savedFirst(choice.text, 'nothing was exported'))) return;
      const marksSince = choice.marksSince ?? undefined;
      let path: string | null;
      try {
        const { fileName } = await call('export.suggestedName', { language: choice.language, text: choice.text, marksSince });
        path = (await call('dialog.chooseExportPath', { suggestedName: fileName })).path;
      } catch (error) {
        fail(messageOf(error), null);
        return;
      }
      if (path === null) return;
      set({ busy: true, exportRun: { kind: 'exporting', progress: null } });
      try {
        const result = await call('export.master', {
          path,
          language: choice.language,
          text: choice.text,
          marksSince,
          marksStyle: choice.marksStyle,
          templatePath: choice.templatePath ?? undefined,
        });
        set({ exportRun: { kind: 'exported', result } });
      } catch (error) {
        // Main makes the whole file in memory and renames it into place only once written.
        fail(messageOf(error), 'Nothing was written; a file that was already there is as it was.');
      } finally {
        set({ busy: false });
      }
    },
    runSubmissionExport: async (choice) => {
      if (!canStart()) return;
      set({ exportRun: choosing });
      if (!(await savedFirst(choice.text, 'no package was written'))) return;
      set({ busy: true, exportRun: { kind: 'exporting', progress: null } });
      const stopListening = onExportProgress((progress) => {
        if (get().exportRun.kind === 'exporting') set({ exportRun: { kind: 'exporting', progress } });
      });
      try {
        const result = await call('export.submission', {
          folder: choice.folder,
          text: choice.text,
          marksSince: choice.marksSince ?? undefined,
          templatePath: choice.templatePath ?? undefined,
        });
        set({ exportRun: { kind: 'packaged', result } });
      } catch (error) {
        // The package is written beside its final name and renamed once whole.
        fail(messageOf(error), 'No package was written.');
      } finally {
        stopListening();
        set({ busy: false });
      }
    },
    exportAgain: () => {
      if (get().exportRun.kind !== 'exporting') set({ exportRun: choosing });
    },
    finishExport: () => {
      if (get().exportRun.kind === 'exporting') return;
      set({ exportRun: choosing });
      get().closeDialog();
    },
  };
};

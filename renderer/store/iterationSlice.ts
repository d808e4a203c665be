import type { FieldIssue } from '../../shared/contract/result';
import type { IterationList, IterationMaster, IterationSummary, NewIteration } from '../../shared/domain/iteration';
import type { Language } from '../../shared/domain/language';
import { ApiError, call } from '../api';
import { messageOf } from '../ui/messageOf';
import type { SliceCreator } from './storeState';

/** How an attempt to save an iteration ended, for the dialog that asked. */
export type SaveIterationOutcome =
  | { readonly kind: 'saved'; readonly iteration: IterationSummary }
  | { readonly kind: 'failed'; readonly message: string; readonly issues: readonly FieldIssue[] };

export interface IterationSlice {
  /** The open project's iterations (newest first); null until loaded. */
  readonly iterations: IterationList | null;
  /** The iteration master on screen, read-only; null while loading or when none is shown. */
  readonly iterationMaster: IterationMaster | null;
  readonly iterationLoading: { readonly number: number; readonly language: Language } | null;
  loadIterations(): Promise<void>;
  forgetIterations(): void;
  /** File > Save Iteration…, the toolbar button and Ctrl+Shift+S: opens the dialog where it can be used. */
  requestSaveIteration(): void;
  /** Saves what is typed, then freezes every master as the next iteration. */
  saveIteration(iteration: NewIteration): Promise<SaveIterationOutcome>;
  /** Shows an iteration read-only, in the language shown now when it holds it. */
  openIteration(number: number): Promise<void>;
  loadIterationMaster(number: number, language: Language): Promise<void>;
  unloadIterationMaster(): void;
  /** Replaces the working text by an iteration's, then shows it in the editor. */
  startFromIteration(number: number): Promise<void>;
}

export const createIterationSlice: SliceCreator<IterationSlice> = (set, get) => ({
  iterations: null,
  iterationMaster: null,
  iterationLoading: null,
  loadIterations: async () => {
    const path = get().snapshot?.path;
    try {
      const iterations = await call('iterations.list', {});
      // The project may have changed while the list was on its way.
      if (get().snapshot?.path === path) set({ iterations });
    } catch (error) {
      get().reportError(error);
    }
  },
  forgetIterations: () => set({ iterations: null, iterationMaster: null, iterationLoading: null }),
  requestSaveIteration: () => {
    const { snapshot, dialog, busy } = get();
    if (!snapshot || busy || dialog === 'saveIteration') return;
    if (snapshot.readOnly) {
      get().notify(`No iteration can be saved in this window: ${snapshot.readOnly.message}`, 'error');
      return;
    }
    // Another dialog (an import, say) is finished first.
    if (dialog !== null) return;
    // Saved now, the sizes the dialog shows are those of the text typed; the save itself flushes again.
    void get().flushMaster();
    get().openDialog('saveIteration');
  },
  saveIteration: async (iteration) => {
    // The iteration is made from the masters as stored: what was typed a moment ago must be in them.
    if (!(await get().flushMaster())) {
      const { saveState } = get();
      const reason = saveState.kind === 'failed' ? ` (${saveState.reason})` : '';
      return {
        kind: 'failed',
        message: `The latest changes to the master could not be saved${reason}, so no iteration was saved: it would not hold them. Try again in a moment.`,
        issues: [],
      };
    }
    try {
      const saved = await call('iterations.save', iteration);
      set({ snapshot: saved.snapshot, iterations: saved.list });
      get().notify(`Saved iteration ${saved.iteration.number}: ${saved.iteration.label}.`);
      return { kind: 'saved', iteration: saved.iteration };
    } catch (error) {
      return { kind: 'failed', message: messageOf(error), issues: error instanceof ApiError ? error.issues : [] };
    }
  },
  openIteration: async (number) => {
    const { view, iterations } = get();
    const held = iterations?.iterations.find((iteration) => iteration.number === number)?.languages.map((entry) => entry.language) ?? [];
    const shown = view.kind === 'master' || view.kind === 'iteration' ? view.language : null;
    const language = shown !== null && held.includes(shown) ? shown : (held[0] ?? shown ?? 'en');
    await get().showView({ kind: 'iteration', number, language });
  },
  loadIterationMaster: async (number, language) => {
    set({ iterationMaster: null, iterationLoading: { number, language } });
    const stillWanted = () => get().iterationLoading?.number === number && get().iterationLoading?.language === language;
    try {
      const iterationMaster = await call('iterations.master', { number, language });
      if (stillWanted()) set({ iterationMaster, iterationLoading: null });
    } catch (error) {
      if (!stillWanted()) return;
      set({ iterationLoading: null });
      get().reportError(error);
    }
  },
  unloadIterationMaster: () => set({ iterationMaster: null, iterationLoading: null }),
  startFromIteration: async (number) => {
    if (get().busy) return;
    set({ busy: true });
    try {
      if (!(await get().flushMaster()))
        throw new Error('The latest changes to the master could not be saved, so the working text was left as it was.');
      const { snapshot, list } = await call('iterations.restore', { number });
      set({ snapshot, iterations: list });
      const { view } = get();
      const wanted = view.kind === 'master' || view.kind === 'iteration' ? view.language : null;
      const language = snapshot.masters.some((master) => master.language === wanted) ? wanted : (snapshot.masters[0]?.language ?? null);
      // The editor must load the working text again: it is now the iteration's.
      get().unloadMaster();
      await get().showView(language ? { kind: 'master', language } : { kind: 'metadata' });
      get().notify(`The working text now starts from iteration ${number}. The iterations are as they were.`);
    } catch (error) {
      get().reportError(error);
    } finally {
      set({ busy: false });
    }
  },
});

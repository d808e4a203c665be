import type { DocumentNodeInput } from '../../shared/contract/schemas';
import type { Language } from '../../shared/domain/language';
import type { Master } from '../../shared/domain/project';
import { documentText } from '../../shared/domain/project';
import { call } from '../api';
import { countWords } from '../editor/countWords';
import { messageOf } from '../ui/messageOf';
import type { SliceCreator } from './storeState';

/** A change in the editor: readers over the (immutable) document as it then was. */
export interface MasterChange {
  readonly language: Language;
  /** The document as ProseMirror JSON, or its JSON text (cheaper to send to main). */
  readonly content: () => DocumentNodeInput | string;
  readonly words: () => number;
}

export interface MasterSlice {
  /** The master as loaded into the editor; null while loading or when no master is shown. */
  readonly master: Master | null;
  /** The language being loaded, if any. */
  readonly masterLoading: Language | null;
  /** Words in the master shown, as of the last load or save. */
  readonly words: number | null;
  loadMaster(language: Language): Promise<void>;
  unloadMaster(): void;
  /** Remembers the edited document and saves it after a pause in typing. */
  masterChanged(change: MasterChange): void;
  /** Saves any edit still waiting; true when nothing is left unsaved. */
  flushMaster(): Promise<boolean>;
  /** Forgets an edit that could not be saved (the user chose to close without it). */
  discardMasterChanges(): void;
  /** Whether an edit is waiting to be saved. */
  hasUnsavedMaster(): boolean;
}

/** Pause in typing after which the master is saved. */
export const autosaveDelay = 800;
/**
 * The longest an edit waits, pause or not: someone who types on without stopping still has their
 * text saved every 1.2 s, so a crash loses at most the last 2 seconds.
 */
export const autosaveMaxWait = 1200;

export const createMasterSlice: SliceCreator<MasterSlice> = (set, get) => {
  let pending: MasterChange | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Started by the first unsaved change; a save, whatever starts it, clears it.
  let deadline: ReturnType<typeof setTimeout> | undefined;
  // Saves run one after another, so an older text never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();

  const saveOnce = async (): Promise<void> => {
    const change = pending;
    pending = null;
    if (!change) return;
    get().setSaveState({ kind: 'saving' });
    try {
      const summary = await call('masters.save', { language: change.language, content: change.content() });
      get().masterSaved(summary);
      if (get().master?.language === change.language) set({ words: change.words() });
      if (!pending) get().setSaveState({ kind: 'saved', at: new Date() });
    } catch (error) {
      // Keep the text: the next change or flush tries again with it (or with newer text).
      pending ??= change;
      get().setSaveState({ kind: 'failed', reason: messageOf(error) });
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    clearTimeout(deadline);
    deadline = undefined;
    queue = queue.then(saveOnce);
    return queue;
  };

  return {
    master: null,
    masterLoading: null,
    words: null,
    loadMaster: async (language) => {
      set({ master: null, masterLoading: language, words: null });
      try {
        const master = await call('masters.get', { language });
        if (get().masterLoading !== language) return;
        set({ master, masterLoading: null, words: countWords(documentText(master.content)) });
      } catch (error) {
        if (get().masterLoading !== language) return;
        set({ masterLoading: null });
        get().reportError(error);
      }
    },
    unloadMaster: () => set({ master: null, masterLoading: null, words: null }),
    masterChanged: (change) => {
      pending = change;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), autosaveDelay);
      deadline ??= setTimeout(() => void flush(), autosaveMaxWait);
      if (get().saveState.kind !== 'unsaved') get().setSaveState({ kind: 'unsaved' });
    },
    flushMaster: async () => {
      if (pending) await flush();
      else await queue;
      return pending === null;
    },
    discardMasterChanges: () => {
      clearTimeout(timer);
      timer = undefined;
      clearTimeout(deadline);
      deadline = undefined;
      pending = null;
    },
    hasUnsavedMaster: () => pending !== null,
  };
};

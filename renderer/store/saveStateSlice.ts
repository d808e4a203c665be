import type { SliceCreator } from './storeState';

/** What the status bar says about saving. */
export type SaveState =
  | { readonly kind: 'idle' }
  /** Edited since the last save; the save follows a moment after typing stops. */
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'failed'; readonly reason: string };

export interface SaveStateSlice {
  readonly saveState: SaveState;
  setSaveState(state: SaveState): void;
}

export const createSaveStateSlice: SliceCreator<SaveStateSlice> = (set) => ({
  saveState: { kind: 'idle' },
  setSaveState: (saveState) => set({ saveState }),
});

import type { RecentProject } from '../../shared/domain/project';
import { call } from '../api';
import type { SliceCreator } from './storeState';

export interface RecentSlice {
  /** Newest first; null until the list has been read. */
  readonly recent: readonly RecentProject[] | null;
  loadRecent(): Promise<void>;
  /** Takes a project off the list; the file itself is not touched. */
  removeRecent(path: string): Promise<void>;
}

export const createRecentSlice: SliceCreator<RecentSlice> = (set, get) => ({
  recent: null,
  loadRecent: async () => {
    try {
      set({ recent: await call('recent.list', {}) });
    } catch (error) {
      set({ recent: [] });
      get().reportError(error);
    }
  },
  removeRecent: async (path) => {
    try {
      set({ recent: await call('recent.remove', { path }) });
    } catch (error) {
      get().reportError(error);
    }
  },
});

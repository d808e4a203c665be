import type { AppInfo } from '../../shared/contract/contract';
import { call } from '../api';
import type { SliceCreator } from './storeState';

export interface AppInfoSlice {
  /** Name and versions for the About dialog; null until loaded. */
  readonly appInfo: AppInfo | null;
  loadAppInfo(): Promise<void>;
}

export const createAppInfoSlice: SliceCreator<AppInfoSlice> = (set, get) => ({
  appInfo: null,
  loadAppInfo: async () => {
    if (get().appInfo) return;
    try {
      set({ appInfo: await call('app.info', {}) });
    } catch (error) {
      get().reportError(error);
    }
  },
});

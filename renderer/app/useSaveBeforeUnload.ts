import { useEffect } from 'react';
import { onBeforeClose } from '../api';
import { useStore } from '../store/store';

/**
 * Saves the master's last edits before the window goes: main waits for this before closing
 * the window; pagehide covers a reload, where no one waits.
 */
export function useSaveBeforeUnload(): void {
  useEffect(() => {
    const save = () => useStore.getState().flushMaster();
    const stopBeforeClose = onBeforeClose(save);
    const onPageHide = () => void save();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      stopBeforeClose();
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);
}

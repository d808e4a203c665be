import { useEffect } from 'react';
import { useStore } from '../store/store';

/** Sends the master's last edits on their way when the window goes (the save itself runs in main). */
export function useSaveBeforeUnload(): void {
  useEffect(() => {
    const save = () => void useStore.getState().flushMaster();
    window.addEventListener('pagehide', save);
    window.addEventListener('beforeunload', save);
    return () => {
      window.removeEventListener('pagehide', save);
      window.removeEventListener('beforeunload', save);
    };
  }, []);
}

import { useEffect } from 'react';
import { useStore } from '../store/store';

let started = false;

/** Reads the recent projects, and picks up a project main still has open (after a reload). Once per window. */
export function useStartup(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    const { loadRecent, restoreProject } = useStore.getState();
    void loadRecent();
    void restoreProject();
  }, []);
}

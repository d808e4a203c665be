import { useEffect } from 'react';
import { useStore } from '../store/store';

/**
 * Ctrl+Shift+S (⌘⇧S) saves an iteration wherever the focus is. In Electron the menu's
 * accelerator says the same, but a page outside Electron (the browser harness) has no menu, and
 * where both hear the key they only open the one dialog: asking twice is asking once.
 */
export function useSaveIterationShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      useStore.getState().requestSaveIteration();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

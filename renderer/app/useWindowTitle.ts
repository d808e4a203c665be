import { useEffect } from 'react';
import { designation } from '../../shared/domain/projectMetadata';
import { useStore } from '../store/store';

/**
 * Names the open project in the window's title bar (and the taskbar): "Rec. ITU-T X.500 | ISO/IEC
 * 9594-1 — Common Text Studio", with a "●" in front while an edit is not yet in the project file.
 */
export function useWindowTitle(): void {
  const title = useStore((state) => {
    const snapshot = state.snapshot;
    if (!snapshot) return 'Common Text Studio';
    const readOnly = snapshot.readOnly ? ' (read-only)' : '';
    const kind = state.saveState.kind;
    const unsaved = kind === 'unsaved' || kind === 'saving' || kind === 'failed' ? '● ' : '';
    return `${unsaved}${designation(snapshot.metadata)}${readOnly} — Common Text Studio`;
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

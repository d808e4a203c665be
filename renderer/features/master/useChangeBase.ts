import { useEffect } from 'react';
import type { Language } from '../../../shared/domain/language';
import { useActiveEditor } from '../../editor/activeEditor';
import type { ChangeBase } from '../../editor/changes/changeMarks';
import { useStore } from '../../store/store';

/** "iteration 3 (2026-11-22)". */
export function changeBaseName(iteration: number, date: string): string {
  return `iteration ${iteration} (${date})`;
}

/**
 * Shows the working master's changes since the latest iteration (the default view while editing),
 * and keeps what the editor accepts: the base moves, the iteration does not. Loaded again when a
 * new iteration is saved.
 */
export function useChangeBase(language: Language, enabled: boolean): void {
  const editor = useActiveEditor((state) => state.editor);
  const latest = useStore((state) => state.iterations?.iterations[0]?.number ?? null);
  const loadReviewBase = useStore((state) => state.loadReviewBase);
  const acceptIntoReviewBase = useStore((state) => state.acceptIntoReviewBase);

  useEffect(() => {
    if (!editor || !enabled || latest === null) return;
    let live = true;
    void loadReviewBase(language).then((base) => {
      if (!live || editor.isDestroyed) return;
      if (base === null) {
        editor.commands.setChangeBase(null);
        return;
      }
      editor.commands.setChangeBase({ document: base.content, name: changeBaseName(base.iteration, base.date) });
      const storage = editor.storage as unknown as { changeMarks?: { onAccepted: ((accepted: ChangeBase) => void) | null } };
      if (storage.changeMarks)
        storage.changeMarks.onAccepted = (accepted) => void acceptIntoReviewBase(language, base.iteration, accepted.document);
    });
    return () => {
      live = false;
    };
  }, [editor, enabled, latest, language, loadReviewBase, acceptIntoReviewBase]);
}

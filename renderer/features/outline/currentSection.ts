import type { EditorState } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useCallback, useSyncExternalStore } from 'react';
import { innermostSectionStart } from '../../../shared/schema/clauseRanges';

const cache = new WeakMap<EditorState, string>();

/** The id of the heading of the innermost section holding the cursor; '' before the first heading. */
export function currentSectionId(state: EditorState): string {
  let id = cache.get(state);
  if (id === undefined) {
    const pos = innermostSectionStart(state.doc, state.selection.from);
    const raw = pos === null ? undefined : state.doc.nodeAt(pos)?.attrs.id;
    id = typeof raw === 'string' ? raw : '';
    cache.set(state, id);
  }
  return id;
}

/** The id of the section holding the editor's cursor, following every move of the cursor. */
export function useCurrentSection(editor: Editor): string {
  const subscribe = useCallback(
    (listener: () => void) => {
      editor.on('transaction', listener);
      return () => void editor.off('transaction', listener);
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => currentSectionId(editor.state));
}

import type { EditorState } from '@tiptap/pm/state';

/** The selected words, to search for when the find bar opens: a short piece of one block, or nothing. */
export function selectionQuery(state: EditorState): string | null {
  const { from, to, $from, $to, empty } = state.selection;
  if (empty || !$from.sameParent($to) || !$from.parent.isTextblock) return null;
  const text = state.doc.textBetween(from, to, '\n', '');
  if (text.trim() === '' || text.length > 200 || text.includes('\n')) return null;
  return text;
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Inserts a block where the cursor is, as a word processor does: it replaces an empty paragraph, and
 * otherwise goes after the innermost block around the cursor that may be followed by it (so a table
 * asked for inside a note lands after the note). The cursor moves into the new block's first
 * text position. Returns false when no place can take the block.
 */
export function insertBlock(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, node: ProseMirrorNode): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const parent = $from.node(depth - 1);
    const index = $from.index(depth - 1);
    const current = $from.node(depth);
    const replaceEmpty = current.type.name === 'paragraph' && current.content.size === 0;
    const from = replaceEmpty ? $from.before(depth) : $from.after(depth);
    const replaceIndex = replaceEmpty ? index : index + 1;
    const fits = replaceEmpty
      ? parent.canReplaceWith(index, index + 1, node.type)
      : parent.canReplaceWith(replaceIndex, replaceIndex, node.type);
    if (!fits) continue;
    if (dispatch) {
      const tr = state.tr;
      if (replaceEmpty) tr.replaceWith(from, from + current.nodeSize, node);
      else tr.insert(from, node);
      tr.setSelection(TextSelection.near(tr.doc.resolve(from + 1)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  }
  return false;
}

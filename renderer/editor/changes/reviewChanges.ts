import type { Editor } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { diffDocuments } from '../../../shared/domain/diff/diffDocuments';
import { applyDiff } from '../../../shared/domain/diff/applyDiff';
import type { Change } from '../../../shared/domain/diff/documentDiff';
import { revertChange } from '../../../shared/domain/diff/revertChange';
import type { DocumentJson } from '../../../shared/domain/project';
import { masterJson } from '../masterSerializer';
import type { ChangeBase, ChangeMarksStorage } from './changeMarks';
import { changeMarksKey, diffFrom } from './changeMarks';

/** Which changes a bulk accept or reject takes: all, or those of one clause. */
export type ChangeSelection = { readonly clauseId: string } | 'all';

/**
 * Rejecting a change undoes it in the working text (one undoable step); accepting it makes the
 * base the marks are counted from take it, so its mark goes while the text stays. The iteration
 * itself never changes: the base is the iteration with the accepted changes applied.
 */
export function rejectChange(editor: Editor, index: number): void {
  const state = changeMarksKey.getState(editor.state);
  if (!state?.base) return;
  // The marks may lag the text by a pause in typing: reject from a fresh diff.
  const diff = diffFrom(state.base, editor.state.doc);
  const change = diff.changes[index];
  if (!change) return;
  replaceDocument(editor, revertChange(masterJson(editor.state.doc), diff, index));
}

export function acceptChange(editor: Editor, index: number): void {
  const state = changeMarksKey.getState(editor.state);
  if (!state?.base) return;
  const working = masterJson(editor.state.doc);
  const change = diffDocuments(state.base.document, working).changes[index];
  if (!change) return;
  accepted(editor, { ...state.base, document: acceptedInto(state.base.document, [change]) });
}

/** Accepts the selected changes: the base takes them, one by one from the last, so the earlier ones keep their places. */
export function acceptChanges(editor: Editor, selection: ChangeSelection): void {
  const state = changeMarksKey.getState(editor.state);
  if (!state?.base) return;
  const working = masterJson(editor.state.doc);
  if (selection === 'all') {
    accepted(editor, { ...state.base, document: working });
    return;
  }
  const changes = diffDocuments(state.base.document, working).changes.filter((change) => change.clauseId === selection.clauseId);
  accepted(editor, { ...state.base, document: acceptedInto(state.base.document, changes) });
}

/** Rejects the selected changes in the working text, from the last, in one undoable step. */
export function rejectChanges(editor: Editor, selection: ChangeSelection): void {
  const state = changeMarksKey.getState(editor.state);
  if (!state?.base) return;
  if (selection === 'all') {
    replaceDocument(editor, state.base.document);
    return;
  }
  let working = masterJson(editor.state.doc);
  for (let guard = 0; guard < 10_000; guard += 1) {
    const diff = diffDocuments(state.base.document, working);
    const last = [...diff.changes].reverse().find((change) => change.clauseId === selection.clauseId);
    if (!last) break;
    working = revertChange(working, diff, last.index);
  }
  replaceDocument(editor, working);
}

/** Moves the marks' base, and lets whoever keeps it know. */
function accepted(editor: Editor, base: ChangeBase): void {
  editor.commands.setChangeBase(base);
  (editor.storage as unknown as { changeMarks?: ChangeMarksStorage }).changeMarks?.onAccepted?.(base);
}

/** The base with some of the changes from it to the working text made in it: applyDiff reads only the base's side of each change. */
function acceptedInto(base: DocumentJson, changes: readonly Change[]): DocumentJson {
  return applyDiff(base, { changes, hidden: [] });
}

/** Puts `json` in the editor, replacing only the top-level blocks that differ, as one step of undo. */
export function replaceDocument(editor: Editor, json: DocumentJson): void {
  const { state } = editor;
  const next = ProseMirrorNode.fromJSON(state.schema, json);
  const current = state.doc;
  let start = 0;
  while (start < current.childCount && start < next.childCount && current.child(start).eq(next.child(start))) start += 1;
  let endCurrent = current.childCount;
  let endNext = next.childCount;
  while (endCurrent > start && endNext > start && current.child(endCurrent - 1).eq(next.child(endNext - 1))) {
    endCurrent -= 1;
    endNext -= 1;
  }
  if (start === endCurrent && start === endNext) return;
  const position = (node: ProseMirrorNode, index: number) => {
    let offset = 0;
    for (let child = 0; child < index; child += 1) offset += node.child(child).nodeSize;
    return offset;
  };
  const blocks: ProseMirrorNode[] = [];
  for (let index = start; index < endNext; index += 1) blocks.push(next.child(index));
  editor.view.dispatch(state.tr.replaceWith(position(current, start), position(current, endCurrent), blocks).scrollIntoView());
}

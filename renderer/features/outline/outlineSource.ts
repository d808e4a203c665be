import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { computeNumbering } from '../../../shared/domain/numbering/computeNumbering';
import type { Numbering } from '../../../shared/domain/numbering/numbering';
import type { PositionedNode } from '../../../shared/schema/proseMirrorAdapter';
import { positionedDocument, proseMirrorAdapter } from '../../../shared/schema/proseMirrorAdapter';
import { liveNumberingOf } from '../../editor/numbering/liveNumbering';

/** The numbering the outline and the problems list show, and the document it was computed from. */
export interface OutlineSnapshot {
  readonly doc: ProseMirrorNode;
  readonly numbering: Numbering<PositionedNode>;
}

export interface OutlineSource {
  subscribe(listener: () => void): () => void;
  /** The latest snapshot; while typing it may lag the editor by the delay below. */
  get(): OutlineSnapshot;
  /** The snapshot of the document as it is now, computed at once if the latest one lags. */
  fresh(): OutlineSnapshot;
}

/** Pause in typing after which titles in the outline catch up. */
export const outlineDelay = 250;

const sources = new WeakMap<Editor, OutlineSource>();

/** The one outline source of an editor, shared by every panel that shows its outline. */
export function outlineSource(editor: Editor): OutlineSource {
  let source = sources.get(editor);
  if (!source) {
    source = createSource(editor);
    sources.set(editor, source);
  }
  return source;
}

function compute(doc: ProseMirrorNode): OutlineSnapshot {
  return { doc, numbering: computeNumbering(positionedDocument(doc), proseMirrorAdapter) };
}

/**
 * Follows an editor's numbering. A change of structure (a heading added, moved or retyped) shows at
 * once, from the numbering the editor has just computed anyway; typing inside a heading changes only
 * its title, so the outline catches up after a pause rather than on every keystroke.
 */
function createSource(editor: Editor): OutlineSource {
  let snapshot = compute(editor.state.doc);
  let version = liveNumberingOf(editor.state)?.version ?? -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const publish = (next: OutlineSnapshot) => {
    clearTimeout(timer);
    timer = undefined;
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const onUpdate = () => {
    const live = liveNumberingOf(editor.state);
    if (live && live.version !== version) {
      version = live.version;
      publish({ doc: editor.state.doc, numbering: live.numbering });
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => publish(compute(editor.state.doc)), outlineDelay);
  };
  const fresh = () => {
    if (snapshot.doc !== editor.state.doc) {
      const live = liveNumberingOf(editor.state);
      version = live?.version ?? version;
      snapshot = compute(editor.state.doc);
      clearTimeout(timer);
      timer = undefined;
    }
    return snapshot;
  };

  return {
    subscribe: (listener) => {
      if (listeners.size === 0) {
        editor.on('update', onUpdate);
        fresh();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          editor.off('update', onUpdate);
          clearTimeout(timer);
          timer = undefined;
        }
      };
    },
    get: () => snapshot,
    fresh: () => {
      const before = snapshot;
      const after = fresh();
      if (after !== before) for (const listener of listeners) listener();
      return after;
    },
  };
}

import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import { computeNumbering } from '../../../shared/domain/numbering/computeNumbering';
import type { Numbering } from '../../../shared/domain/numbering/numbering';
import type { PositionedNode } from '../../../shared/schema/proseMirrorAdapter';
import { positionedDocument, proseMirrorAdapter } from '../../../shared/schema/proseMirrorAdapter';
import { numberedNodeNames } from '../../../shared/schema/masterExtensions';
import type { NumberedViews } from './numberedNodeView';
import { numberedNodeView } from './numberedNodeView';
import { numberingDecorations, numberMarks, showsMarks } from './numberingDecorations';
import { sameStructure } from './sameStructure';

export interface LiveNumberingState {
  /**
   * The numbers, ids and problems of the current document. Positions and titles are those of the
   * last change of structure: look a block up by id (../blockLookup) before using its position.
   */
  readonly numbering: Numbering<PositionedNode>;
  /** The footnote numbers; the other numbers are drawn by their node views. */
  readonly decorations: DecorationSet;
  /** Goes up by one whenever the numbering is computed again. */
  readonly version: number;
}

export const liveNumberingKey = new PluginKey<LiveNumberingState>('liveNumbering');

/** The numbering of an editor state. */
export function liveNumberingOf(state: EditorState): LiveNumberingState | undefined {
  return liveNumberingKey.getState(state);
}

/**
 * Numbers the master as it is edited. A change of structure (a block added, removed, moved or
 * retyped; a reference added or removed) numbers the whole text again, one pass of a few
 * milliseconds on 300 pages, so every number and reference is right at once. Typing inside a block
 * only moves the existing numbers along.
 */
export const LiveNumbering = Extension.create({
  name: 'liveNumbering',
  addProseMirrorPlugins() {
    const views: NumberedViews = new Set();
    const numberingOf = (view: EditorView) => liveNumberingKey.getState(view.state)?.numbering;
    const nodeView = numberedNodeView(views, numberingOf);
    // Given by the plugin, not by Tiptap's addNodeView: Tiptap hands ProseMirror new node view
    // functions each time it sets them, and ProseMirror then draws the whole document again.
    const nodeViews = Object.fromEntries(numberedNodeNames.map((name) => [name, nodeView]));
    return [
      new Plugin<LiveNumberingState>({
        key: liveNumberingKey,
        view: () => ({
          update: (view, previous) => {
            const now = liveNumberingKey.getState(view.state);
            if (!now || now.version === liveNumberingKey.getState(previous)?.version) return;
            for (const entry of views) entry.refresh(now.numbering);
          },
        }),
        state: {
          init: (_config, state) => compute(state, 0, null),
          apply: (tr, value, before, after) => {
            if (!tr.docChanged) return value;
            const moved = value.decorations.map(tr.mapping, tr.doc);
            if (sameStructure(before.doc, after.doc)) return { ...value, decorations: moved };
            return compute(after, value.version + 1, moved);
          },
        },
        props: {
          decorations: (state) => liveNumberingKey.getState(state)?.decorations,
          nodeViews,
        },
      }),
    ];
  },
});

/** Numbers the document; keeps the moved decorations when they already show the new numbers. */
function compute(state: EditorState, version: number, moved: DecorationSet | null): LiveNumberingState {
  const numbering = computeNumbering(positionedDocument(state.doc), proseMirrorAdapter);
  const marks = numberMarks(state.doc);
  const decorations = moved && showsMarks(moved, marks) ? moved : numberingDecorations(state.doc, marks);
  return { numbering, decorations, version };
}

import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { DecorationSet } from '@tiptap/pm/view';
import { diffDocuments } from '../../../shared/domain/diff/diffDocuments';
import type { DocumentDiff } from '../../../shared/domain/diff/documentDiff';
import type { DocumentJson } from '../../../shared/domain/project';
import { masterJson } from '../masterSerializer';
import { changeDecorations } from './changeDecorations';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    changeMarks: {
      /** Shows the changes from `base` (an iteration's text) to the text being edited; null hides them. */
      setChangeBase: (base: ChangeBase | null) => ReturnType;
    };
  }
}

/** The text the marks are counted from, and how the user knows it. */
export interface ChangeBase {
  readonly document: DocumentJson;
  /** "iteration 3 (2026-11-22)". */
  readonly name: string;
}

export interface ChangeMarksState {
  readonly base: ChangeBase | null;
  /** The difference from the base to the text as it was at the last pause in typing. */
  readonly diff: DocumentDiff;
  /** The document the changes were found in; while the editor types, the marks are mapped until the next diff. */
  readonly stale: boolean;
  readonly decorations: DecorationSet;
  /** Goes up with each new list of changes, for the pane to re-read. */
  readonly version: number;
}

type ChangeMarksAction =
  { readonly kind: 'base'; readonly base: ChangeBase | null } | { readonly kind: 'diff'; readonly diff: DocumentDiff };

export const changeMarksKey = new PluginKey<ChangeMarksState>('changeMarks');

/**
 * How long typing must pause before the changes are found again. Finding them takes tens of
 * milliseconds on 300 pages; between two diffs the marks are moved along with the text, so a
 * keystroke costs no more with marks shown than without.
 */
const refreshDelay = 250;

const noDiff: DocumentDiff = { changes: [], hidden: [] };
const empty: ChangeMarksState = { base: null, diff: noDiff, stale: false, decorations: DecorationSet.empty, version: 0 };

/**
 * The change marks of the working text: what changed since an iteration, found by the diff of
 * shared/domain/diff and drawn as decorations (inserted text underlined, deleted text struck
 * through, whole blocks marked, moves labelled). The document itself never holds them.
 */
export interface ChangeMarksStorage {
  /** Told each time changes are accepted, with the base that now holds them, to keep it. */
  onAccepted: ((base: ChangeBase) => void) | null;
}

export const ChangeMarks = Extension.create<unknown, ChangeMarksStorage>({
  name: 'changeMarks',
  addStorage() {
    return { onAccepted: null };
  },
  addCommands() {
    return {
      setChangeBase:
        (base) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(changeMarksKey, { kind: 'base', base } satisfies ChangeMarksAction));
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<ChangeMarksState>({
        key: changeMarksKey,
        state: {
          init: () => empty,
          apply: (tr, state, _old, newState) => applyAction(tr, state, newState),
        },
        props: {
          decorations: (state) => changeMarksKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
        view: (view) => new ChangeMarksView(view),
      }),
    ];
  },
});

function applyAction(tr: Transaction, state: ChangeMarksState, newState: EditorState): ChangeMarksState {
  const action = tr.getMeta(changeMarksKey) as ChangeMarksAction | undefined;
  if (action?.kind === 'base') {
    if (action.base === null) return { ...empty, version: state.version + 1 };
    return withDiff({ ...state, base: action.base }, diffFrom(action.base, newState.doc), newState.doc);
  }
  if (action?.kind === 'diff') return withDiff(state, action.diff, newState.doc);
  if (!tr.docChanged || state.base === null) return state;
  return { ...state, stale: true, decorations: state.decorations.map(tr.mapping, tr.doc) };
}

function withDiff(state: ChangeMarksState, diff: DocumentDiff, doc: ProseMirrorNode): ChangeMarksState {
  return {
    ...state,
    diff,
    stale: false,
    decorations: changeDecorations(doc, diff.changes),
    version: state.version + 1,
  };
}

/** The difference from the base to the document. */
export function diffFrom(base: ChangeBase, doc: ProseMirrorNode): DocumentDiff {
  return diffDocuments(base.document, masterJson(doc));
}

/** Finds the changes again once typing pauses. */
class ChangeMarksView {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly view: EditorView) {}

  update(view: EditorView): void {
    const state = changeMarksKey.getState(view.state);
    if (!state?.stale || state.base === null) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const current = changeMarksKey.getState(this.view.state);
      if (!current?.stale || current.base === null) return;
      const diff = diffFrom(current.base, this.view.state.doc);
      this.view.dispatch(
        this.view.state.tr.setMeta(changeMarksKey, { kind: 'diff', diff } satisfies ChangeMarksAction).setMeta('addToHistory', false),
      );
    }, refreshDelay);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }
}

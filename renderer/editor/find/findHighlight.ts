import type { CommandProps } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FindMatch, FindOptions } from '../../../shared/schema/findInDocument';
import { findInDocument } from '../../../shared/schema/findInDocument';
import { replaceAll, replaceMatch } from '../../../shared/schema/replaceInDocument';

/** What the find bar searches for. */
export interface FindQuery {
  readonly text: string;
  readonly options: FindOptions;
}

export interface FindState {
  /** Null while the find bar is closed. */
  readonly query: FindQuery | null;
  /** Every match, in document order (up to matchLimit). */
  readonly matches: readonly FindMatch[];
  /** More matches follow than were found (see matchLimit). */
  readonly limited: boolean;
  /** Why the query finds nothing, when it cannot be read (an invalid regular expression). */
  readonly error: string | null;
  /** The index of the current match, or -1. */
  readonly current: number;
  /** The text changed since the matches were found: they are mapped along, and found again when typing pauses. */
  readonly stale: boolean;
  /** Goes up by one each time the current match should be scrolled into view. */
  readonly reveals: number;
  /** How many matches the last "replace all" replaced, until the next search. */
  readonly replaced: number | null;
  /** The position the highlighted stretch of text is centred on: the part on screen, or the current match. */
  readonly anchor: number;
  readonly decorations: DecorationSet;
}

/** Most matches found: a one-letter query finds hundreds of thousands in 300 pages (VS Code stops at 19,999 too). */
export const matchLimit = 20_000;
/**
 * Matches are highlighted this far (in document positions, about three pages) either side of the
 * anchor: ProseMirror draws the whole text, and ten thousand highlights would slow every keystroke.
 */
export const highlightReach = 12_000;
/** How long typing in the text must pause before the matches are found again. */
const refreshDelay = 400;

/** The matches of a query in one document, and which is current. */
interface Found {
  readonly matches: readonly FindMatch[];
  readonly limited: boolean;
  readonly error: string | null;
  readonly current: number;
}

type FindAction =
  | {
      readonly kind: 'show';
      readonly query: FindQuery | null;
      readonly found: Found;
      readonly reveal: boolean;
      readonly replaced?: number;
    }
  | { readonly kind: 'current'; readonly current: number; readonly reveal: boolean }
  | { readonly kind: 'anchor'; readonly anchor: number };

export const findHighlightKey = new PluginKey<FindState>('findHighlight');

/** The find state of an editor state (an empty one where the extension is missing). */
export function findStateOf(state: EditorState): FindState {
  return findHighlightKey.getState(state) ?? emptyState;
}

const emptyState: FindState = {
  query: null,
  matches: [],
  limited: false,
  error: null,
  current: -1,
  stale: false,
  reveals: 0,
  replaced: null,
  anchor: 0,
  decorations: DecorationSet.empty,
};

const nothingFound: Found = { matches: [], limited: false, error: null, current: -1 };

/** The index of the first match that starts at or after a position (matches.length if none). */
function indexFrom(matches: readonly FindMatch[], position: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (matches[middle]!.from < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first match at or after a position, wrapping round to the first; -1 when there is none. */
function firstFrom(matches: readonly FindMatch[], position: number): number {
  if (matches.length === 0) return -1;
  const index = indexFrom(matches, position);
  return index < matches.length ? index : 0;
}

/** Searches a document; the current match is the first at or after `near`. */
function search(doc: ProseMirrorNode, query: FindQuery | null, near: number): Found {
  if (!query || query.text === '') return nothingFound;
  const result = findInDocument(doc, query.text, query.options, { limit: matchLimit });
  if (!result.ok) return { ...nothingFound, error: result.error };
  return { matches: result.matches, limited: result.limited, error: null, current: firstFrom(result.matches, near) };
}

const currentSpec = { findCurrent: true };
const isCurrent = (spec: { findCurrent?: boolean }) => spec.findCurrent === true;

const currentDecoration = (match: FindMatch): Decoration =>
  Decoration.inline(match.from, match.to, { class: 'findMatch-current' }, currentSpec);

/** The highlights of the matches near the anchor, and of the current match wherever it is. */
function decorate(doc: ProseMirrorNode, matches: readonly FindMatch[], current: number, anchor: number): DecorationSet {
  const first = indexFrom(matches, anchor - highlightReach);
  const end = indexFrom(matches, anchor + highlightReach);
  const decorations = matches.slice(first, end).map((match) => Decoration.inline(match.from, match.to, { class: 'findMatch' }));
  const currentMatch = matches[current];
  if (currentMatch) decorations.push(currentDecoration(currentMatch));
  return DecorationSet.create(doc, decorations);
}

/** Moves the current highlight without building the whole set again. */
function moveCurrent(set: DecorationSet, doc: ProseMirrorNode, from: FindMatch | undefined, to: FindMatch | undefined): DecorationSet {
  const moved = from ? set.remove(set.find(from.from, from.to, isCurrent)) : set;
  return to ? moved.add(doc, [currentDecoration(to)]) : moved;
}

/** The matches carried through an edit: those the edit emptied are dropped. */
function mapMatches(value: FindState, tr: Transaction): { matches: FindMatch[]; current: number } {
  const matches: FindMatch[] = [];
  let current = -1;
  value.matches.forEach((match, index) => {
    const from = tr.mapping.map(match.from, 1);
    const to = tr.mapping.map(match.to, -1);
    if (to <= from) return;
    if (index === value.current) current = matches.length;
    matches.push({ ...match, from, to });
  });
  return { matches, current };
}

/** True when the anchor has moved far enough that the highlighted stretch should follow it. */
const farFrom = (anchor: number, other: number) => Math.abs(anchor - other) > highlightReach / 3;

function apply(tr: Transaction, value: FindState): FindState {
  const action = tr.getMeta(findHighlightKey) as FindAction | undefined;
  if (action?.kind === 'show') {
    const { found } = action;
    const anchor = action.reveal ? (found.matches[found.current]?.from ?? value.anchor) : tr.mapping.map(value.anchor);
    return {
      query: action.query,
      ...found,
      stale: false,
      reveals: value.reveals + (action.reveal ? 1 : 0),
      replaced: action.replaced ?? null,
      anchor,
      decorations: decorate(tr.doc, found.matches, found.current, anchor),
    };
  }
  let next = value;
  if (tr.docChanged && value.query) {
    const { matches, current } = mapMatches(value, tr);
    next = {
      ...value,
      matches,
      current,
      stale: true,
      anchor: tr.mapping.map(value.anchor),
      decorations: value.decorations.map(tr.mapping, tr.doc),
    };
  }
  if (action?.kind === 'current') {
    const target = next.matches[action.current];
    const reveals = next.reveals + (action.reveal ? 1 : 0);
    if (target && farFrom(next.anchor, target.from)) {
      return {
        ...next,
        current: action.current,
        reveals,
        anchor: target.from,
        decorations: decorate(tr.doc, next.matches, action.current, target.from),
      };
    }
    return {
      ...next,
      current: action.current,
      reveals,
      decorations: moveCurrent(next.decorations, tr.doc, next.matches[next.current], target),
    };
  }
  if (action?.kind === 'anchor' && next.query && farFrom(next.anchor, action.anchor)) {
    return { ...next, anchor: action.anchor, decorations: decorate(tr.doc, next.matches, next.current, action.anchor) };
  }
  return next;
}

/** The matches as they are in this state: found again if the text changed since the last search. */
function freshFound(state: EditorState): Found & { readonly refreshed: boolean } {
  const value = findStateOf(state);
  if (!value.stale) return { ...value, refreshed: false };
  const near = value.matches[value.current]?.from ?? state.selection.from;
  return { ...search(state.doc, value.query, near), refreshed: true };
}

/** Selects a match in the text. */
function selectMatch(tr: Transaction, match: FindMatch | undefined): void {
  if (match) tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
}

/** The document position in the middle of what a scrolled element shows of the text, if it shows any. */
function positionOnScreen(view: EditorView, scrolled: Element): number | null {
  const box = scrolled.getBoundingClientRect();
  const text = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, text.top);
  const bottom = Math.min(box.bottom, text.bottom);
  if (bottom <= top) return null;
  return view.posAtCoords({ left: text.left + text.width / 2, top: (top + bottom) / 2 })?.pos ?? null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findHighlight: {
      /** Highlights every match of the query (null: none) and selects the first at or after the cursor. */
      setFindQuery: (query: FindQuery | null) => ReturnType;
      /** Selects the next match (after the cursor, or after the current one), wrapping round at the end. */
      findNext: () => ReturnType;
      /** Selects the previous match, wrapping round at the start. */
      findPrevious: () => ReturnType;
      /** Replaces the current match (or selects the next, if none is current), then selects the next. */
      replaceCurrentMatch: (replacement: string) => ReturnType;
      /** Replaces every match, as one undo step. */
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

/**
 * Find and replace over the master: the matches of the find bar's query highlighted (`findMatch`),
 * the current one also `findMatch-current`. Typing stays quick on 300 pages: while the text is
 * edited the highlights are mapped along and the search runs again only once typing pauses, and
 * only the matches near what is on screen are highlighted.
 */
export const FindHighlight = Extension.create({
  name: 'findHighlight',

  addCommands() {
    // Find transactions change no text, so the undo history passes them by.
    const show = (tr: Transaction, query: FindQuery | null, found: Found, reveal: boolean, replaced?: number) =>
      tr.setMeta(findHighlightKey, { kind: 'show', query, found, reveal, replaced } satisfies FindAction);

    const step =
      (direction: 1 | -1) =>
      ({ state, tr, dispatch }: CommandProps) => {
        const value = findStateOf(state);
        const found = freshFound(state);
        const { matches } = found;
        if (!value.query || matches.length === 0) return false;
        if (!dispatch) return true;
        const { from, to } = state.selection;
        const currentMatch = matches[found.current];
        let index: number;
        if (currentMatch && currentMatch.from === from && currentMatch.to === to) {
          index = (found.current + direction + matches.length) % matches.length;
        } else if (direction === 1) {
          index = firstFrom(matches, to);
        } else {
          // The last match that ends before the cursor, wrapping round to the last of all.
          index = indexFrom(matches, from) - 1;
          if (index < 0) index = matches.length - 1;
        }
        selectMatch(tr, matches[index]);
        if (found.refreshed) show(tr, value.query, { ...found, current: index }, true);
        else tr.setMeta(findHighlightKey, { kind: 'current', current: index, reveal: true } satisfies FindAction);
        return true;
      };

    return {
      setFindQuery:
        (query) =>
        ({ state, tr, dispatch }) => {
          if (!dispatch) return true;
          const found = search(state.doc, query, state.selection.from);
          selectMatch(tr, found.matches[found.current]);
          show(tr, query, found, found.current !== -1);
          return true;
        },
      findNext: () => step(1),
      findPrevious: () => step(-1),
      replaceCurrentMatch:
        (replacement) =>
        ({ state, tr, dispatch, commands }) => {
          const value = findStateOf(state);
          if (!this.editor.isEditable || !value.query) return false;
          const found = freshFound(state);
          const match = found.matches[found.current];
          if (!match) return commands.findNext();
          if (!dispatch) return true;
          replaceMatch(tr, match, replacement, value.query.options);
          // The search goes on after the replacement, so that "a" replaced by "aa" is not found again.
          const after = search(tr.doc, value.query, tr.mapping.map(match.to, 1));
          selectMatch(tr, after.matches[after.current]);
          show(tr, value.query, after, true);
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const value = findStateOf(state);
          if (!this.editor.isEditable || !value.query || value.query.text === '') return false;
          if (!dispatch) return true;
          const result = replaceAll(tr, value.query.text, value.query.options, replacement);
          if (!result.ok || result.count === 0) return false;
          show(tr, value.query, search(tr.doc, value.query, tr.selection.from), false, result.count);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findHighlightKey,
        state: {
          init: () => emptyState,
          apply: (tr, value) => apply(tr, value),
        },
        props: {
          decorations: (state) => findStateOf(state).decorations,
        },
        view: (view) => {
          let refreshTimer: ReturnType<typeof setTimeout> | undefined;
          let scrollFrame = 0;
          // The highlights follow the text on screen as it scrolls, a frame at a time.
          const onScroll = (event: Event) => {
            const scrolled = event.target;
            if (scrollFrame || !(scrolled instanceof Element) || !scrolled.contains(view.dom) || !findStateOf(view.state).query) return;
            scrollFrame = requestAnimationFrame(() => {
              scrollFrame = 0;
              if (view.isDestroyed) return;
              const anchor = positionOnScreen(view, scrolled);
              if (anchor !== null && farFrom(findStateOf(view.state).anchor, anchor)) {
                view.dispatch(view.state.tr.setMeta(findHighlightKey, { kind: 'anchor', anchor } satisfies FindAction));
              }
            });
          };
          document.addEventListener('scroll', onScroll, { capture: true, passive: true });
          return {
            update: (_view, previous) => {
              const value = findStateOf(view.state);
              if (!value.stale || view.state.doc === previous.doc) return;
              // Found again only once typing pauses: a keystroke costs a mapping of the highlights, not a search.
              clearTimeout(refreshTimer);
              refreshTimer = setTimeout(() => {
                const now = findStateOf(view.state);
                if (view.isDestroyed || !now.stale) return;
                const found = freshFound(view.state);
                view.dispatch(
                  view.state.tr.setMeta(findHighlightKey, { kind: 'show', query: now.query, found, reveal: false } satisfies FindAction),
                );
              }, refreshDelay);
            },
            destroy: () => {
              clearTimeout(refreshTimer);
              cancelAnimationFrame(scrollFrame);
              document.removeEventListener('scroll', onScroll, { capture: true });
            },
          };
        },
      }),
    ];
  },
});

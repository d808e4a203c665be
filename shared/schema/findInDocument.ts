import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** How a query is read: as in Word's and VS Code's find. */
export interface FindOptions {
  /** "Directory" does not find "directory". */
  readonly caseSensitive: boolean;
  /** "entry" does not find "entries" or "subentry"; works in every script, not only Latin. */
  readonly wholeWord: boolean;
  /** The query is a JavaScript regular expression; the replacement may use $1, $<name>, $&. */
  readonly regularExpression: boolean;
}

export const plainFind: FindOptions = { caseSensitive: false, wholeWord: false, regularExpression: false };

/** What a match captured, kept so that a replacement can use $1, $<name>, $&, $` and $'. */
export interface FindCaptures {
  /** The whole match, then each group (undefined where a group took no part). */
  readonly groups: readonly (string | undefined)[];
  readonly named: Readonly<Record<string, string | undefined>> | undefined;
  /** The run of text searched (a block's text up to an inline atom) and where the match starts in it. */
  readonly input: string;
  readonly index: number;
}

/** One match, as document positions; it never spans two blocks, nor an inline atom. */
export interface FindMatch {
  readonly from: number;
  readonly to: number;
  readonly captures: FindCaptures;
}

export type FindResult =
  | {
      readonly ok: true;
      readonly matches: readonly FindMatch[];
      /** True when the search stopped at the limit it was given; more matches follow. */
      readonly limited: boolean;
    }
  | { readonly ok: false; readonly error: string };

export interface FindLimits {
  /** Stop after this many matches (the highlights of a one-letter query in 300 pages would be too many). */
  readonly limit?: number;
}

/** A query compiled once, for searching many runs of text. */
export type CompiledQuery = { readonly ok: true; readonly pattern: RegExp } | { readonly ok: false; readonly error: string };

// Letters, marks (the accents of decomposed text, Arabic vowel signs), digits and the underscore make a word.
const wordCharacter = /[\p{L}\p{M}\p{N}_]/u;

/** Text as a regular expression that finds exactly it. */
export const escapeRegularExpression = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles a query to a global regular expression, or says in plain words why it cannot be. `^` and
 * `$` match at the start and end of each block (and of each line in a code block).
 */
export function compileQuery(query: string, options: FindOptions): CompiledQuery {
  const flags = `gm${options.caseSensitive ? '' : 'i'}`;
  if (!options.regularExpression) return { ok: true, pattern: new RegExp(escapeRegularExpression(query), `${flags}u`) };
  try {
    // Unicode mode first, so that \p{L} and astral characters work; a pattern only valid without it is taken as written.
    return { ok: true, pattern: new RegExp(query, `${flags}u`) };
  } catch {
    try {
      return { ok: true, pattern: new RegExp(query, flags) };
    } catch (error) {
      return { ok: false, error: invalidPatternMessage(error) };
    }
  }
}

function invalidPatternMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // V8 says "Invalid regular expression: /(/gmi: Unterminated group"; the pattern is already on screen.
  const reason = raw.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '').trim();
  const sentence = reason.charAt(0).toLowerCase() + reason.slice(1);
  return `The regular expression is not valid: ${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}`;
}

const codePointBefore = (text: string, index: number): string => {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
};

const codePointAt = (text: string, index: number): string => {
  const point = text.codePointAt(index);
  return point === undefined ? '' : String.fromCodePoint(point);
};

/** True unless the position falls between two word characters (inside a word). */
const atWordEdge = (text: string, index: number): boolean =>
  !wordCharacter.test(codePointBefore(text, index)) || !wordCharacter.test(codePointAt(text, index));

/** A run of text within one textblock: text nodes side by side, with no inline atom between them. */
interface TextRun {
  readonly text: string;
  /** The document position of the run's first character. */
  readonly from: number;
}

function forEachTextRun(doc: ProseMirrorNode, visit: (run: TextRun) => boolean): void {
  let going = true;
  doc.descendants((node, position) => {
    if (!going) return false;
    if (!node.isTextblock) return true;
    let text = '';
    let from = position + 1;
    const flush = () => {
      if (text !== '' && going) going = visit({ text, from });
      text = '';
    };
    node.forEach((child, offset) => {
      if (child.isText) {
        if (text === '') from = position + 1 + offset;
        text += child.text ?? '';
      } else {
        // A cross-reference, footnote or line break ends the run: a match never reaches across it.
        flush();
      }
    });
    flush();
    return false;
  });
}

/**
 * Every match of a query in a document, in document order: the text of each textblock (paragraphs,
 * headings, captions, cells, notes, code, term names…) is searched on its own. Matches of no
 * length (a pattern such as `x*`) are skipped. An invalid regular expression gives an error result.
 */
export function findInDocument(doc: ProseMirrorNode, query: string, options: FindOptions, limits: FindLimits = {}): FindResult {
  if (query === '') return { ok: true, matches: [], limited: false };
  const compiled = compileQuery(query, options);
  if (!compiled.ok) return compiled;
  const { pattern } = compiled;
  const limit = limits.limit ?? Number.POSITIVE_INFINITY;
  const matches: FindMatch[] = [];
  let limited = false;
  forEachTextRun(doc, (run) => {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(run.text); found; found = pattern.exec(run.text)) {
      const start = found.index;
      const end = start + found[0].length;
      if (end === start) {
        // An empty match would be found again at the same place for ever; step over one character.
        pattern.lastIndex = start + Math.max(1, codePointAt(run.text, start).length);
        continue;
      }
      if (options.wholeWord && !(atWordEdge(run.text, start) && atWordEdge(run.text, end))) {
        // Inside a word: look again from the next character, as a shorter match may start there.
        pattern.lastIndex = start + Math.max(1, codePointAt(run.text, start).length);
        continue;
      }
      if (matches.length >= limit) {
        limited = true;
        return false;
      }
      matches.push({
        from: run.from + start,
        to: run.from + end,
        captures: { groups: [...found], named: found.groups, input: run.text, index: start },
      });
    }
    return true;
  });
  return { ok: true, matches, limited };
}

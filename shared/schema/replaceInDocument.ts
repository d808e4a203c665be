import { closeHistory } from '@tiptap/pm/history';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { FindCaptures, FindMatch, FindOptions } from './findInDocument';
import { findInDocument } from './findInDocument';

/**
 * The text that replaces a match. With a regular expression, the replacement is read as
 * String.prototype.replace reads it: $1 to $99, $<name>, $& (the match), $` and $' (the text
 * before and after it in its block), $$ (a dollar sign). Otherwise it is taken as written.
 */
export function replacementText(captures: FindCaptures, replacement: string, options: FindOptions): string {
  if (!options.regularExpression) return replacement;
  const { groups, named, input, index } = captures;
  const whole = groups[0] ?? '';
  const count = groups.length - 1;
  return replacement.replace(/\$(\$|&|`|'|<([^>]*)>|(\d)(\d)?)/g, (token, kind: string, name?: string, first?: string, second?: string) => {
    if (kind === '$') return '$';
    if (kind === '&') return whole;
    if (kind === '`') return input.slice(0, index);
    if (kind === "'") return input.slice(index + whole.length);
    if (name !== undefined) return named ? (named[name] ?? '') : token;
    // Two digits name a group when there are that many; otherwise the first digit does, and the second is text.
    const two = second !== undefined ? Number(`${first}${second}`) : 0;
    if (two >= 1 && two <= count) return groups[two] ?? '';
    const one = Number(first);
    if (one >= 1 && one <= count) return (groups[one] ?? '') + (second ?? '');
    return token;
  });
}

/** The marks of the replaced text's first character, as far as its block allows them. */
function marksAt(doc: ProseMirrorNode, from: number): readonly Mark[] {
  const $from = doc.resolve(from);
  const marks = $from.parent.childAfter($from.parentOffset).node?.marks ?? [];
  return marks.filter((mark) => $from.parent.type.allowsMarkType(mark.type));
}

function replaceRange(tr: Transaction, from: number, to: number, text: string): void {
  if (text === '') {
    tr.delete(from, to);
    return;
  }
  tr.replaceWith(from, to, tr.doc.type.schema.text(text, marksAt(tr.doc, from)));
}

/**
 * Replaces one match in a transaction, keeping the marks of its first character, as an undo step of
 * its own. The match must have been found in the transaction's current document.
 */
export function replaceMatch(tr: Transaction, match: FindMatch, replacement: string, options: FindOptions): Transaction {
  replaceRange(tr, match.from, match.to, replacementText(match.captures, replacement, options));
  return closeHistory(tr);
}

export type ReplaceAllResult =
  { readonly ok: true; readonly transaction: Transaction; readonly count: number } | { readonly ok: false; readonly error: string };

/** Replaces every match of the query in a transaction's document, as one undo step; says how many. */
export function replaceAll(tr: Transaction, query: string, options: FindOptions, replacement: string): ReplaceAllResult {
  const found = findInDocument(tr.doc, query, options);
  if (!found.ok) return found;
  // From the last match back to the first, so that the positions of those still to replace stay true.
  for (const match of [...found.matches].reverse()) {
    replaceRange(tr, match.from, match.to, replacementText(match.captures, replacement, options));
  }
  return { ok: true, transaction: closeHistory(tr), count: found.matches.length };
}

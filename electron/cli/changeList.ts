import { diffDocuments } from '../../shared/domain/diff/diffDocuments';
import type { ChangeKind } from '../../shared/domain/diff/documentDiff';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { Numbering } from '../../shared/domain/numbering/numbering';
import type { DocumentJson } from '../../shared/domain/project';

/** One change as `cts diff` prints it. */
export interface ListedChange {
  readonly kind: ChangeKind;
  /** "6.2", "Annex A", "Introduction", or '' in the front matter. */
  readonly clause: string;
  readonly inserted: string;
  readonly deleted: string;
  /** What it is about, as it reads: the text inserted, deleted, reformatted or moved. */
  readonly text: string;
}

/** The changes from `older` to `newer`, each with the number of its clause as published. */
export function changeList(older: DocumentJson, newer: DocumentJson): ListedChange[] {
  const olderNumbers = clauseNames(computeNumbering(older, documentJsonAdapter));
  const newerNumbers = clauseNames(computeNumbering(newer, documentJsonAdapter));
  return diffDocuments(older, newer).changes.map((change) => ({
    kind: change.kind,
    // A deleted block's clause may exist only in the older text.
    clause: change.clauseId === '' ? '' : (newerNumbers.get(change.clauseId) ?? olderNumbers.get(change.clauseId) ?? ''),
    inserted: printable(change.insertedText),
    deleted: printable(change.deletedText),
    text: printable(change.text),
  }));
}

function clauseNames(numbering: Numbering<DocumentJson>): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of numbering.entries) {
    if (entry.kind === 'clause') names.set(entry.id, entry.number);
    else if (entry.kind === 'annex' || entry.kind === 'appendix') names.set(entry.id, entry.label);
    else if (entry.kind === 'unnumberedHeading') names.set(entry.id, entry.title);
  }
  return names;
}

/** Inline objects (footnotes, references) are U+FFFC in the diff's text: not for printing. */
function printable(text: string): string {
  return text.replace(/\uFFFC/g, '');
}

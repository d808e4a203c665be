import type { DocumentJson } from '../project';

/**
 * The change marks between two texts of a master (two dated iterations, or the last iteration and
 * the working text), as `diffDocuments(older, newer)` finds them.
 *
 * - `insert`, `delete`: text inserted or deleted inside a textblock (shown underlined, struck through).
 * - `format`: the same text with other marks (bold added), or a block with other attributes (a
 *   heading's level, an annex made informative, a list's style, a code block's language).
 * - `block-insert`, `block-delete`: whole blocks inserted or deleted: clauses, tables, rows, figures,
 *   ASN.1 blocks. A run of neighbouring blocks (a clause with its body, a whole annex) is one change.
 * - `move`: blocks that stand elsewhere in the newer text (a clause moved), as one change; edits made
 *   inside them come as their own changes after it.
 *
 * Numbers are never stored, so renumbering never shows as a change.
 */
export type ChangeKind = 'insert' | 'delete' | 'format' | 'move' | 'block-insert' | 'block-delete';

export const changeKinds: readonly ChangeKind[] = ['insert', 'delete', 'format', 'move', 'block-insert', 'block-delete'];

/** A mark as ProseMirror JSON writes it. */
export type MarkJson = NonNullable<DocumentJson['marks']>[number];

/** A node's attributes as ProseMirror JSON writes them; null where the node has none. */
export type AttributesJson = Readonly<Record<string, unknown>> | null;

/**
 * Where a change stands in one of the two texts.
 *
 * `path` is the child indices from the doc to the node: the textblock for a text change (insert,
 * delete, format of text), the first block for a block change. Where the blocks are absent from that
 * text (a block-delete in the newer text, a block-insert in the older) the path ends with the index
 * in the parent where they stood, or would stand.
 *
 * For a text change, `from` and `to` are offsets in the textblock's inline content counted as
 * ProseMirror counts them: one per UTF-16 code unit of text, one per other inline node (hardBreak,
 * footnote, crossReference, placeholder); `from === to` where the text is absent. For a block change
 * they are the range of child indices the blocks take in the parent (`from === to` where absent).
 */
export interface ChangeLocation {
  readonly path: readonly number[];
  readonly from: number;
  readonly to: number;
}

/** One change mark. */
export interface Change {
  /** Its place in `DocumentDiff.changes`: document order of the newer text, deletions where they stood. */
  readonly index: number;
  readonly kind: ChangeKind;
  /** Whether it concerns text inside a textblock or whole blocks (`format` may be either). */
  readonly unit: 'text' | 'block';
  /**
   * The id of the heading or annex heading of the clause the change stands in, in the newer text
   * (the older one for a block-delete); '' in the front matter and after an unnumbered heading. A
   * change to a heading or an inserted clause stands in that heading's own clause. The CLI and the
   * pane turn it into "6.2" with computeNumbering.
   */
  readonly clauseId: string;
  /**
   * Plain text inserted or deleted, '' when none: a hard break is '\n', any other inline node U+FFFC,
   * so that for a text change the length equals `to - from`; blocks are one to a line.
   */
  readonly insertedText: string;
  readonly deletedText: string;
  /** The plain text the change is about, for listing: inserted, deleted, reformatted or moved (as it reads in the newer text). */
  readonly text: string;
  /** Where it shows in the newer text (for the editor's decorations). */
  readonly newer: ChangeLocation;
  /** Where it stands in the older text. */
  readonly older: ChangeLocation;
  /** For insert and block-insert: the content inserted, as JSON (inline nodes, or blocks). */
  readonly inserted?: readonly DocumentJson[];
  /** For delete and block-delete: the content removed, as JSON, so the editor can show it struck through. */
  readonly deleted?: readonly DocumentJson[];
  /** For a format of text: the marks of every character of the range before and after (one change per such run). */
  readonly marksBefore?: readonly MarkJson[];
  readonly marksAfter?: readonly MarkJson[];
  /** For a format of a block: its attributes before and after, as they are (ids included). */
  readonly attrsBefore?: AttributesJson;
  readonly attrsAfter?: AttributesJson;
  /** For a move: see `MoveDetail`. The blocks' older place is `older`, their newer one `newer`. */
  readonly move?: MoveDetail;
}

/** What a move needs beyond its two locations, to be made on the older text or undone on the newer. */
export interface MoveDetail {
  /** The id of the first moved block that has one (a clause's heading); '' when none has. */
  readonly id: string;
  /** In the older text: the index in the parent of the block the moved blocks land before (the parent's length at its end). */
  readonly olderTarget: number;
  /** In the newer text: the index in the parent where the moved blocks stood before the move. */
  readonly newerSource: number;
}

/**
 * A difference between the texts that is no change a reader would see, but that `applyDiff` must
 * make to yield the newer text exactly: an id the editor gave a block that had none, attributes
 * written differently, or how text is split into text nodes. Nothing shows it.
 */
export interface HiddenEdit {
  /** The node's path in the older text. */
  readonly older: readonly number[];
  /** When present: the node's attributes in the newer text, as they are. */
  readonly attrs?: AttributesJson;
  /** When present: the node's inline content is rebuilt, split into text nodes at these offsets (of the newer text) where marks alone would not split it. */
  readonly breaks?: readonly number[];
}

/** The difference between two texts: the change marks, and what else `applyDiff` needs. */
export interface DocumentDiff {
  /** In document order; `changes[k].index === k`. */
  readonly changes: readonly Change[];
  readonly hidden: readonly HiddenEdit[];
}

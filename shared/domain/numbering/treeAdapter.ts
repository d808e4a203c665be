/**
 * How the numbering engine reads a document tree.
 *
 * The engine runs on the stored ProseMirror JSON (CLI, export) and, in the editor, on live
 * ProseMirror nodes after every edit; reading through an adapter lets both use one engine without
 * converting a 300-page document to JSON on each keystroke.
 */
export interface TreeAdapter<N> {
  /** The node's type name, as in ../documentModel. */
  type(node: N): string;
  /** The node's attributes; an empty object when it has none. */
  attrs(node: N): Readonly<Record<string, unknown>>;
  /** The node's children in document order; empty for leaves. */
  children(node: N): Iterable<N>;
  /** The text of the node's text leaves, joined without separators. */
  text(node: N): string;
}

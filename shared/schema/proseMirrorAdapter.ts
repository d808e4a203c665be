import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { TreeAdapter } from '../domain/numbering/treeAdapter';

/** A ProseMirror node and where it starts in the document: what the editor needs to show a number there. */
export interface PositionedNode {
  readonly node: ProseMirrorNode;
  /** The position before the node; -1 for the document itself. */
  readonly pos: number;
}

/** Reads live ProseMirror nodes for the numbering engine, keeping each node's position. */
export const proseMirrorAdapter: TreeAdapter<PositionedNode> = {
  type: ({ node }) => node.type.name,
  attrs: ({ node }) => node.attrs,
  children: ({ node, pos }) => childrenOf(node, pos),
  text: ({ node }) => node.textContent,
};

function* childrenOf(node: ProseMirrorNode, pos: number): Iterable<PositionedNode> {
  // Inline content holds nothing numbered but cross-references; skip plain text runs cheaply.
  const start = pos + 1;
  for (let index = 0, offset = 0; index < node.childCount; index += 1) {
    const child = node.child(index);
    if (!child.isText) yield { node: child, pos: start + offset };
    offset += child.nodeSize;
  }
}

/** The document itself, positioned for proseMirrorAdapter. */
export function positionedDocument(doc: ProseMirrorNode): PositionedNode {
  return { node: doc, pos: -1 };
}

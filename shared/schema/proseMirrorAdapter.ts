import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { TreeAdapter } from '../domain/numbering/treeAdapter';

/** A ProseMirror node and where it starts in the document: what the editor needs to show a number there. */
export interface PositionedNode {
  readonly node: ProseMirrorNode;
  /** The position before the node; -1 for the document itself. */
  readonly pos: number;
}

const none: readonly PositionedNode[] = Object.freeze([]);

/** Reads live ProseMirror nodes for the numbering engine, keeping each node's position. */
export const proseMirrorAdapter: TreeAdapter<PositionedNode> = {
  type: ({ node }) => node.type.name,
  attrs: ({ node }) => node.attrs,
  children: ({ node, pos }) => childrenOf(node, pos),
  text: ({ node }) => node.textContent,
};

function childrenOf(node: ProseMirrorNode, pos: number): readonly PositionedNode[] {
  // Inline content holds nothing numbered but cross-references: a block of plain text has no children to visit.
  if (node.inlineContent && (node.childCount === 0 || (node.childCount === 1 && node.firstChild!.isText))) return none;
  if (node.type.spec.code) return none;
  const children: PositionedNode[] = [];
  const start = pos + 1;
  node.forEach((child, offset) => {
    if (!child.isText) children.push({ node: child, pos: start + offset });
  });
  return children;
}

/** The document itself, positioned for proseMirrorAdapter. */
export function positionedDocument(doc: ProseMirrorNode): PositionedNode {
  return { node: doc, pos: -1 };
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The node at a path of child indices from the doc, and the position just before it; null when the path leads nowhere. */
export function pathPosition(doc: ProseMirrorNode, path: readonly number[]): { node: ProseMirrorNode; position: number } | null {
  let node = doc;
  // The doc's content starts at 0; a child's content starts one after the position before it.
  let contentStart = 0;
  let position = -1;
  for (const index of path) {
    if (index < 0 || index >= node.childCount) return null;
    position = contentStart;
    for (let child = 0; child < index; child += 1) position += node.child(child).nodeSize;
    node = node.child(index);
    contentStart = position + 1;
  }
  return position < 0 ? null : { node, position };
}

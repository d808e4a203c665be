import type { DocumentJson } from '../project';

/** The node with these children, as ProseMirror writes it: no `content` when there are none. */
export function withChildren(node: DocumentJson, children: readonly DocumentJson[]): DocumentJson {
  if (children.length > 0) return { ...node, content: children };
  const { content: _content, ...rest } = node;
  return rest;
}

/** The tree with the node at `path` replaced by what `update` makes of it; nodes off the path are shared, not copied. */
export function updateNode(root: DocumentJson, path: readonly number[], update: (node: DocumentJson) => DocumentJson): DocumentJson {
  if (path.length === 0) return update(root);
  const [index, ...rest] = path as [number, ...number[]];
  const children = root.content ?? [];
  const child = children[index];
  if (!child) throw new RangeError(`No child ${index} in a ${root.type} of ${children.length} children`);
  const copy = [...children];
  copy[index] = updateNode(child, rest, update);
  return { ...root, content: copy };
}

/** The node with these attributes, as they are; null for none (no `attrs`). */
export function withAttributes(node: DocumentJson, attrs: Readonly<Record<string, unknown>> | null): DocumentJson {
  if (attrs !== null) return { ...node, attrs };
  const { attrs: _attrs, ...rest } = node;
  return rest;
}

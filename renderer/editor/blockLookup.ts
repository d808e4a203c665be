import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Where the block with this id starts now, or null when it is gone. */
export function findBlockById(doc: ProseMirrorNode, id: string): { pos: number; node: ProseMirrorNode } | null {
  let found: { pos: number; node: ProseMirrorNode } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) {
      found = { pos, node };
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}

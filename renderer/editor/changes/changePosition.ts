import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Change } from '../../../shared/domain/diff/documentDiff';
import { pathPosition } from './pathPosition';

/** Where a change stands in the working text, to go to it: the block it is in (or where deleted blocks stood). */
export function changePosition(doc: ProseMirrorNode, change: Change): number | null {
  const path = change.newer.path;
  for (let length = path.length; length > 0; length -= 1) {
    const found = pathPosition(doc, path.slice(0, length));
    if (found) return found.position;
  }
  return doc.childCount > 0 ? 0 : null;
}

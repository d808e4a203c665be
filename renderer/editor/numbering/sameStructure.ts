import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Whether two versions of a document number the same: the same blocks with the same attributes in
 * the same places, and the same cross-references and footnotes, so only text inside blocks differs.
 * ProseMirror shares every unchanged node between versions, so this looks only at the path that
 * changed: a keystroke costs one comparison per top-level block and a look at one paragraph.
 */
export function sameStructure(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  if (before === after) return true;
  if (before.type !== after.type || !sameAttributes(before, after)) return false;
  if (before.isTextblock) return sameInlineAtoms(before, after);
  if (before.childCount !== after.childCount) return false;
  for (let index = 0; index < before.childCount; index += 1) {
    if (!sameStructure(before.child(index), after.child(index))) return false;
  }
  return true;
}

function sameAttributes(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  if (before.attrs === after.attrs) return true;
  for (const key of Object.keys(before.attrs)) if (before.attrs[key] !== after.attrs[key]) return false;
  return true;
}

/** The non-text inline nodes (cross-references, footnotes, line breaks) of two textblocks match. */
function sameInlineAtoms(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  const atomsBefore: ProseMirrorNode[] = [];
  before.forEach((child) => {
    if (!child.isText) atomsBefore.push(child);
  });
  let index = 0;
  let same = true;
  after.forEach((child) => {
    if (!same || child.isText) return;
    const match = atomsBefore[index];
    index += 1;
    if (!match || match.type !== child.type || !sameAttributes(match, child)) same = false;
  });
  return same && index === atomsBefore.length;
}

import { assertNever } from '../assertNever';
import type { DocumentJson } from '../project';
import type { DocumentDiff } from './documentDiff';
import { editInline } from './editInline';
import { updateNode, withAttributes, withChildren } from './updateNode';

/**
 * The newer text with one change undone (the editor's "reject change"): an insertion removed, a
 * deletion put back where it stood, marks or attributes as they were, moved blocks back where they
 * stood. Only the change's newer location is read, so `newer` must be the text the diff was made
 * against; after it, diff again for the other changes' new places. Undoing a deletion that stood
 * before an insertion puts the deleted text first, as the change marks showed it.
 */
export function revertChange(newer: DocumentJson, diff: DocumentDiff, changeIndex: number): DocumentJson {
  const change = diff.changes[changeIndex];
  if (!change) throw new RangeError(`No change ${changeIndex} in a diff of ${diff.changes.length}`);
  const { path, from, to } = change.newer;
  const inTextblock = (edit: Parameters<typeof editInline>[1][number]): DocumentJson =>
    updateNode(newer, path, (node) => withChildren(node, editInline(node.content, [edit])));
  const inParent = (edit: (children: DocumentJson[]) => void): DocumentJson =>
    updateNode(newer, path.slice(0, -1), (parent) => {
      const children = [...(parent.content ?? [])];
      edit(children);
      return withChildren(parent, children);
    });
  switch (change.kind) {
    case 'insert':
      return inTextblock({ from, to, nodes: [] });
    case 'delete':
      return inTextblock({ from, to: from, nodes: change.deleted ?? [] });
    case 'format':
      return change.unit === 'text'
        ? inTextblock({ from, to, marks: change.marksBefore ?? [] })
        : updateNode(newer, path, (node) => withAttributes(node, change.attrsBefore ?? null));
    case 'block-insert':
      return inParent((children) => children.splice(from, to - from));
    case 'block-delete':
      return inParent((children) => children.splice(from, 0, ...(change.deleted ?? [])));
    case 'move':
      return inParent((children) => {
        const moved = children.splice(from, to - from);
        const source = change.move?.newerSource ?? from;
        children.splice(source >= to ? source - moved.length : source, 0, ...moved);
      });
    default:
      return assertNever(change.kind);
  }
}

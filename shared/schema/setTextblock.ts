import type { Attrs } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';

/**
 * Turns the textblocks of the selection into `typeName` with `attrs`, keeping the id of a block that
 * has one: a clause heading made an annex heading, or moved a level, is still what references
 * point at. Blocks that cannot take the new type are left alone.
 */
export function setTextblock(
  state: EditorState,
  dispatch: ((tr: Transaction) => void) | undefined,
  typeName: string,
  attrs: Attrs,
): boolean {
  const type = state.schema.nodes[typeName];
  if (!type) return false;
  const tr = state.tr;
  let changed = false;
  for (const range of state.selection.ranges) {
    state.doc.nodesBetween(range.$from.pos, range.$to.pos, (node, pos, parent, index) => {
      if (!node.isTextblock) return true;
      if (!parent || !parent.canReplaceWith(index, index + 1, type)) return false;
      const keptId = typeof node.attrs.id === 'string' ? node.attrs.id : '';
      const nextAttrs = type.spec.attrs && 'id' in type.spec.attrs ? { ...attrs, id: keptId } : attrs;
      if (node.type === type && Object.entries(nextAttrs).every(([key, value]) => node.attrs[key] === value)) return false;
      if (!node.content.size || type.validContent(node.content)) {
        tr.setNodeMarkup(tr.mapping.map(pos), type, nextAttrs);
        changed = true;
      }
      return false;
    });
  }
  if (changed && dispatch) dispatch(tr.scrollIntoView());
  return changed;
}

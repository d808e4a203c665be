import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Change } from '../../../shared/domain/diff/documentDiff';
import { pathPosition } from './pathPosition';

const kindClasses: Readonly<Record<Change['kind'], string>> = {
  insert: 'change-inserted',
  delete: 'change-deleted',
  format: 'change-formatted',
  move: 'change-moved',
  'block-insert': 'change-blockInserted',
  'block-delete': 'change-blockDeleted',
};

/**
 * The decorations that draw the changes in the newer text: inline ranges for inserted and
 * reformatted text, widgets holding deleted text or blocks (struck through), node decorations for
 * inserted, moved and reformatted blocks. Each carries `data-change` (its index), so a click on a
 * mark finds its change in the pane.
 */
export function changeDecorations(doc: ProseMirrorNode, changes: readonly Change[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const change of changes) {
    const attributes = { class: `change ${kindClasses[change.kind]}`, 'data-change': String(change.index) };
    const place = change.newer;
    if (change.unit === 'text') {
      const textblock = pathPosition(doc, place.path);
      if (!textblock || !textblock.node.isTextblock) continue;
      const start = textblock.position + 1;
      if (change.kind === 'delete')
        decorations.push(Decoration.widget(start + place.from, deletedText(change), { side: -1, key: `change-${change.index}` }));
      else if (place.to > place.from)
        decorations.push(Decoration.inline(start + place.from, start + place.to, { ...attributes, title: title(change) }));
      continue;
    }
    // A block change: `path` leads to the first block, or to where deleted blocks stood.
    const parentPath = place.path.slice(0, -1);
    const parent = parentPath.length === 0 ? { node: doc, position: -1 } : pathPosition(doc, parentPath);
    if (!parent) continue;
    const childStart = (index: number): number => {
      let position = parent.position + 1;
      for (let child = 0; child < index && child < parent.node.childCount; child += 1) position += parent.node.child(child).nodeSize;
      return position;
    };
    if (change.kind === 'block-delete') {
      decorations.push(Decoration.widget(childStart(place.from), deletedBlocks(change), { side: -1, key: widgetKey(change) }));
      continue;
    }
    for (let index = place.from; index < place.to && index < parent.node.childCount; index += 1) {
      const from = childStart(index);
      decorations.push(Decoration.node(from, from + parent.node.child(index).nodeSize, { ...attributes, title: title(change) }));
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * What makes two widgets the same for ProseMirror, which then keeps the drawn one: the deleted text
 * and where it stood, not the change's index, which shifts whenever a change appears before it
 * (redrawing a deleted block costs a whole layout of the page).
 */
function widgetKey(change: Change): string {
  return `change-${change.kind}-${change.older.path.join('.')}-${change.older.from}-${change.deletedText.length}-${change.deletedText.slice(0, 40)}`;
}

function title(change: Change): string {
  switch (change.kind) {
    case 'insert':
      return 'Inserted';
    case 'format':
      return 'Formatting changed';
    case 'move':
      return 'Moved';
    case 'block-insert':
      return 'Inserted';
    default:
      return 'Changed';
  }
}

function deletedText(change: Change): () => HTMLElement {
  return () => {
    const element = document.createElement('del');
    element.className = 'change change-deleted';
    element.title = 'Deleted';
    element.textContent = change.deletedText.replace(/\uFFFC/g, '');
    return element;
  };
}

function deletedBlocks(change: Change): () => HTMLElement {
  return () => {
    const element = document.createElement('div');
    element.className = 'change change-blockDeleted';
    element.contentEditable = 'false';
    element.title = 'Deleted';
    for (const line of change.deletedText.split('\n')) {
      const paragraph = document.createElement('p');
      paragraph.textContent = line.replace(/\uFFFC/g, '');
      element.append(paragraph);
    }
    return element;
  };
}

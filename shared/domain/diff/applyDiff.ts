import type { DocumentJson } from '../project';
import type { AttributesJson, Change, DocumentDiff } from './documentDiff';
import type { InlineEdit } from './editInline';
import { editInline } from './editInline';
import { withAttributes, withChildren } from './updateNode';

/**
 * The older text with the diff's changes made: `applyDiff(older, diffDocuments(older, newer))`
 * deep-equals `newer`. It reads only the changes' older locations and what they carry (inserted
 * content, marks and attributes after, where moved blocks land), never the newer text.
 *
 * Every place is given in the older text's terms, so a diff whose `changes` were filtered still
 * applies: the older text with those changes only (what accepting some changes and rejecting the
 * others gives). Nodes no change reaches are shared with `older`, not copied.
 */
export function applyDiff(older: DocumentJson, diff: DocumentDiff): DocumentJson {
  return new Applier(diff).node(older, '');
}

const childKey = (parent: string, index: number): string => (parent === '' ? `${index}` : `${parent}.${index}`);
const pathKey = (path: readonly number[]): string => path.join('.');

class Applier {
  /** Text changes by the older path of their textblock. */
  private readonly text = new Map<string, Change[]>();
  /** Block inserts, deletes and moves by the older path of their parent. */
  private readonly blocks = new Map<string, Change[]>();
  private readonly attributes = new Map<string, AttributesJson>();
  private readonly breaks = new Map<string, readonly number[]>();
  /** The paths with something to do at or below them; the rest of the tree is shared. */
  private readonly touched = new Set<string>();

  constructor(diff: DocumentDiff) {
    for (const change of diff.changes) {
      const path = change.older.path;
      if (change.unit === 'text') {
        this.add(this.text, path, change);
      } else if (change.kind === 'format') {
        this.attributes.set(pathKey(path), change.attrsAfter ?? null);
        this.touch(path);
      } else {
        this.add(this.blocks, path.slice(0, -1), change);
      }
    }
    for (const edit of diff.hidden) {
      if (edit.attrs !== undefined) this.attributes.set(pathKey(edit.older), edit.attrs);
      if (edit.breaks) this.breaks.set(pathKey(edit.older), edit.breaks);
      this.touch(edit.older);
    }
  }

  private add(map: Map<string, Change[]>, path: readonly number[], change: Change): void {
    const key = pathKey(path);
    const list = map.get(key);
    if (list) list.push(change);
    else map.set(key, [change]);
    this.touch(path);
  }

  private touch(path: readonly number[]): void {
    for (let depth = 0; depth <= path.length; depth += 1) this.touched.add(pathKey(path.slice(0, depth)));
  }

  node(node: DocumentJson, key: string): DocumentJson {
    if (!this.touched.has(key)) return node;
    let result = node;
    const attrs = this.attributes.get(key);
    if (attrs !== undefined) result = withAttributes(result, attrs);
    const text = this.text.get(key);
    const breaks = this.breaks.get(key);
    if (text || breaks) return withChildren(result, editInline(node.content, (text ?? []).map(inlineEdit), breaks));
    const blocks = this.blocks.get(key) ?? [];
    if (node.content || blocks.length > 0) result = withChildren(result, this.children(node.content ?? [], key, blocks));
    return result;
  }

  /** The children rebuilt in the older order, with deleted and moved-out blocks left out and arrivals put before their anchor. */
  private children(children: readonly DocumentJson[], key: string, changes: readonly Change[]): DocumentJson[] {
    const removed = new Uint8Array(children.length);
    const arrivals = new Map<number, { readonly index: number; readonly nodes: readonly DocumentJson[] }[]>();
    const arrive = (anchor: number, index: number, nodes: readonly DocumentJson[]): void => {
      const list = arrivals.get(anchor);
      if (list) list.push({ index, nodes });
      else arrivals.set(anchor, [{ index, nodes }]);
    };
    for (const change of changes) {
      const { from, to } = change.older;
      if (change.kind === 'block-insert') {
        arrive(from, change.index, change.inserted ?? []);
        continue;
      }
      removed.fill(1, from, to);
      if (change.kind === 'move') {
        const moved = children.slice(from, to).map((child, offset) => this.node(child, childKey(key, from + offset)));
        arrive(change.move?.olderTarget ?? from, change.index, moved);
      }
    }
    const result: DocumentJson[] = [];
    for (let index = 0; index <= children.length; index += 1) {
      for (const arrival of (arrivals.get(index) ?? []).sort((a, b) => a.index - b.index)) result.push(...arrival.nodes);
      if (index < children.length && !removed[index]) result.push(this.node(children[index]!, childKey(key, index)));
    }
    return result;
  }
}

function inlineEdit(change: Change): InlineEdit {
  const { from, to } = change.older;
  switch (change.kind) {
    case 'insert':
      return { from, to: from, nodes: change.inserted ?? [] };
    case 'format':
      return { from, to, marks: change.marksAfter ?? [] };
    default:
      return { from, to, nodes: [] };
  }
}

import type { DocumentJson } from '../project';
import type { BlockStep } from './alignBlocks';
import { alignBlocks } from './alignBlocks';
import { clauseLocator } from './clauseLocator';
import { diffInline } from './diffInline';
import type { AttributesJson, Change, ChangeLocation, DocumentDiff, HiddenEdit } from './documentDiff';
import { marksKey } from './inlineRuns';
import { isTextblock } from './isTextblock';
import { plainText } from './plainText';
import { stableJson } from './stableJson';

type Draft = Omit<Change, 'index'>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The change marks between two texts of a master, for the editor's change-mark view, the CLI and
 * DOCX export. `applyDiff(older, diff)` gives `newer` back exactly; `revertChange(newer, diff, k)`
 * undoes one change.
 *
 * As FINDINGS ("Diff between iterations") advises, the documents are never diffed as one stream:
 * the blocks of each parent (the doc, a table's rows, a list's items, a note's paragraphs, …) are
 * matched first, by their stable `id` and then by content (see alignBlocks), which also finds the
 * blocks that moved; only inside a block that changed is text compared, word by word (diffInline).
 * The work is bounded at each level, so a large rewrite degrades to a coarser change (a block
 * replaced), never to a long wait. Numbers are computed, not stored, so renumbering is no change.
 */
export function diffDocuments(older: DocumentJson, newer: DocumentJson): DocumentDiff {
  if (older === newer) return { changes: [], hidden: [] };
  const walk = new DiffWalk(older, newer);
  walk.node(older, newer, [], []);
  return walk.result();
}

/** A block change's location: the block at the end of `path`, as a range of its parent's children. */
const blockAt = (path: readonly number[], count = 1): ChangeLocation => {
  const index = path.at(-1) ?? 0;
  return { path, from: index, to: index + count };
};

/** Attributes compared without the id: an id is identity, not content. */
const visibleAttributes = (attrs: AttributesJson): string => {
  const { id: _id, ...rest } = attrs ?? {};
  return stableJson(rest);
};

/** Walks the two trees together, in the newer text's order, collecting changes as it meets them. */
class DiffWalk {
  private readonly drafts: Draft[] = [];
  private readonly hidden = new Map<string, Mutable<HiddenEdit>>();
  private readonly olderClause: (path: readonly number[]) => string;
  private readonly newerClause: (path: readonly number[]) => string;

  constructor(older: DocumentJson, newer: DocumentJson) {
    this.olderClause = clauseLocator(older);
    this.newerClause = clauseLocator(newer);
  }

  result(): DocumentDiff {
    return { changes: this.drafts.map((draft, index) => ({ index, ...draft })), hidden: [...this.hidden.values()] };
  }

  /** Two versions of one node (the same block, matched). */
  node(a: DocumentJson, b: DocumentJson, olderPath: readonly number[], newerPath: readonly number[]): void {
    this.attributes(a, b, olderPath, newerPath);
    if (isTextblock(a) || isTextblock(b)) this.inline(a, b, olderPath, newerPath);
    else this.children(a, b, olderPath, newerPath);
  }

  private hide(olderPath: readonly number[]): Mutable<HiddenEdit> {
    const key = olderPath.join('.');
    let edit = this.hidden.get(key);
    if (!edit) this.hidden.set(key, (edit = { older: olderPath }));
    return edit;
  }

  private attributes(a: DocumentJson, b: DocumentJson, olderPath: readonly number[], newerPath: readonly number[]): void {
    const before = a.attrs ?? null;
    const after = b.attrs ?? null;
    if (visibleAttributes(before) !== visibleAttributes(after)) {
      this.drafts.push({
        kind: 'format',
        unit: 'block',
        clauseId: this.newerClause(newerPath),
        insertedText: '',
        deletedText: '',
        text: plainText([b]),
        newer: blockAt(newerPath),
        older: blockAt(olderPath),
        attrsBefore: before,
        attrsAfter: after,
      });
    } else if (stableJson(before) !== stableJson(after)) {
      // An id given to a block that had none (or attributes written as {} rather than left out).
      this.hide(olderPath).attrs = after;
    }
  }

  private inline(a: DocumentJson, b: DocumentJson, olderPath: readonly number[], newerPath: readonly number[]): void {
    const changes = diffInline(a, b);
    for (const change of changes) {
      this.drafts.push({
        kind: change.kind,
        unit: 'text',
        clauseId: this.newerClause(newerPath),
        insertedText: change.kind === 'insert' ? change.text : '',
        deletedText: change.kind === 'delete' ? change.text : '',
        text: change.text,
        newer: { path: newerPath, ...change.newer },
        older: { path: olderPath, ...change.older },
        ...(change.inserted ? { inserted: change.inserted } : {}),
        ...(change.deleted ? { deleted: change.deleted } : {}),
        ...(change.kind === 'format' ? { marksBefore: change.marksBefore, marksAfter: change.marksAfter } : {}),
      });
    }
    // applyDiff writes text as ProseMirror does; where the newer JSON is split or written otherwise, say so.
    const breaks = unmergedBreaks(b.content);
    if (breaks.length > 0 || (changes.length === 0 && stableJson(a.content ?? []) !== stableJson(b.content ?? []))) {
      this.hide(olderPath).breaks = breaks;
    }
  }

  private children(a: DocumentJson, b: DocumentJson, olderPath: readonly number[], newerPath: readonly number[]): void {
    const olderBlocks = a.content ?? [];
    const newerBlocks = b.content ?? [];
    const steps = alignBlocks(olderBlocks, newerBlocks, a.type);
    const anchors = anchorsOf(steps, olderBlocks.length);
    const order = newerOrder(steps, anchors, newerBlocks.length);
    let newerSeen = 0;
    for (let k = 0; k < steps.length;) {
      const step = steps[k]!;
      const end = runEnd(steps, k);
      const count = end - k;
      switch (step.kind) {
        case 'same':
          break;
        case 'pair':
          this.node(olderBlocks[step.older]!, newerBlocks[step.newer]!, [...olderPath, step.older], [...newerPath, step.newer]);
          break;
        case 'delete': {
          const deleted = olderBlocks.slice(step.older, step.older + count);
          const text = plainText(deleted);
          this.drafts.push({
            kind: 'block-delete',
            unit: 'block',
            clauseId: this.olderClause([...olderPath, step.older]),
            insertedText: '',
            deletedText: text,
            text,
            newer: { path: [...newerPath, newerSeen], from: newerSeen, to: newerSeen },
            older: blockAt([...olderPath, step.older], count),
            deleted,
          });
          break;
        }
        case 'insert': {
          const inserted = newerBlocks.slice(step.newer, step.newer + count);
          const text = plainText(inserted);
          const anchor = anchors[k]!;
          this.drafts.push({
            kind: 'block-insert',
            unit: 'block',
            clauseId: this.newerClause([...newerPath, step.newer]),
            insertedText: text,
            deletedText: '',
            text,
            newer: blockAt([...newerPath, step.newer], count),
            older: { path: [...olderPath, anchor], from: anchor, to: anchor },
            inserted,
          });
          break;
        }
        case 'move': {
          const moved = steps.slice(k, end);
          this.drafts.push({
            kind: 'move',
            unit: 'block',
            clauseId: this.newerClause([...newerPath, step.newer]),
            insertedText: '',
            deletedText: '',
            text: plainText(newerBlocks.slice(step.newer, step.newer + count)),
            newer: blockAt([...newerPath, step.newer], count),
            older: blockAt([...olderPath, step.older], count),
            move: {
              id: moved.map((each) => idOf(newerBlocks[each.newer]!)).find((id) => id !== '') ?? '',
              olderTarget: anchors[k]!,
              newerSource: firstAbove(order, 2 * step.older),
            },
          });
          for (const each of moved) {
            if (!each.identical)
              this.node(olderBlocks[each.older]!, newerBlocks[each.newer]!, [...olderPath, each.older], [...newerPath, each.newer]);
          }
          break;
        }
      }
      if (step.kind !== 'delete') newerSeen += count;
      k = end;
    }
  }
}

const idOf = (node: DocumentJson): string => (typeof node.attrs?.id === 'string' ? node.attrs.id : '');

/**
 * Where step k's run ends: deletions of neighbouring blocks, insertions of neighbouring blocks,
 * and moved blocks neighbours on both sides are each one change (a clause with its body, an annex).
 */
function runEnd(steps: readonly BlockStep[], k: number): number {
  const kind = steps[k]!.kind;
  if (kind === 'same' || kind === 'pair') return k + 1;
  let end = k + 1;
  for (; end < steps.length; end += 1) {
    const step = steps[end]!;
    const previous = steps[end - 1]!;
    if (step.kind !== kind) break;
    if (kind !== 'insert' && step.older !== previous.older + 1) break;
    if (kind !== 'delete' && step.newer !== previous.newer + 1) break;
  }
  return end;
}

/**
 * For each step, the older index of the next step that keeps an older block in place (same, pair,
 * delete): where an inserted or moved block lands, said in the older text's terms, so that
 * applyDiff can place it without the newer text and a subset of the changes still applies.
 */
function anchorsOf(steps: readonly BlockStep[], olderLength: number): Int32Array {
  const anchors = new Int32Array(steps.length);
  let next = olderLength;
  for (let k = steps.length - 1; k >= 0; k -= 1) {
    anchors[k] = next;
    const step = steps[k]!;
    if (step.kind !== 'insert' && step.kind !== 'move') next = step.older;
  }
  return anchors;
}

/**
 * A sort key for each newer child, rising along the newer text: twice the older index for a block
 * that kept its place, one less than twice its anchor for one that arrived. An older block put back
 * where it stood goes before the first newer child whose key is above twice its index.
 */
function newerOrder(steps: readonly BlockStep[], anchors: Int32Array, newerLength: number): Int32Array {
  const order = new Int32Array(newerLength);
  steps.forEach((step, k) => {
    if (step.newer >= 0) order[step.newer] = step.kind === 'insert' || step.kind === 'move' ? 2 * anchors[k]! - 1 : 2 * step.older;
  });
  return order;
}

/** The first index whose key is above `value` (keys rise). */
function firstAbove(order: Int32Array, value: number): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (order[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Offsets where neighbouring text nodes of the same marks meet, which ProseMirror would have joined. */
function unmergedBreaks(content: readonly DocumentJson[] | undefined): number[] {
  const breaks: number[] = [];
  let offset = 0;
  let previous: DocumentJson | null = null;
  for (const node of content ?? []) {
    if (node.type === 'text' && !node.text) continue;
    if (previous?.type === 'text' && node.type === 'text' && marksKey(previous.marks) === marksKey(node.marks)) breaks.push(offset);
    offset += node.type === 'text' ? node.text!.length : 1;
    previous = node;
  }
  return breaks;
}

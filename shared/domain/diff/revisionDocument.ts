import type { DocumentJson } from '../project';
import type { BlockStep } from './alignBlocks';
import { alignBlocks } from './alignBlocks';
import { diffInline } from './diffInline';
import type { AttributesJson } from './documentDiff';
import { inlineRuns, inlineSlice, marksKey, textNode } from './inlineRuns';
import { isTextblock } from './isTextblock';
import { stableJson } from './stableJson';

/** A node of the merged text: DocumentJson plus what was inserted, deleted or changed. */
export interface RevisionNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly text?: string;
  readonly marks?: DocumentJson['marks'];
  readonly content?: readonly RevisionNode[];
  /**
   * The node (a block, a table row, a list item, a cell's paragraph, or an inline node / text run)
   * exists only in the newer text ('inserted') or only in the older ('deleted'). Its descendants do
   * not repeat it.
   */
  readonly revision?: 'inserted' | 'deleted';
  /** A node present in both texts whose attributes (other than `id`) changed: its attributes in the older text (null = none). */
  readonly attrsBefore?: Readonly<Record<string, unknown>> | null;
  /** A text node present in both texts whose marks changed: its marks in the older text ([] = none). */
  readonly marksBefore?: NonNullable<DocumentJson['marks']>;
}

/**
 * One tree holding both texts, for writing Word tracked changes (w:ins, w:del): `acceptAll` of it
 * gives `newer`, `rejectAll` gives `older`, both as ProseMirror stores them.
 *
 * The trees are walked together as diffDocuments walks them: the children of each parent are
 * matched by alignBlocks, and the text inside a changed textblock is compared by diffInline. A
 * block found in one text only is written whole, marked 'inserted' or 'deleted', in the newer
 * order with each deleted block where it stood. Word has no move this relies on, so a moved block
 * is written twice: its older version deleted where it stood, its newer version inserted where it
 * now stands. Nodes present in both texts keep the newer attributes, with `attrsBefore` when they
 * changed (an id given or lost alone is no change).
 */
export function revisionDocument(older: DocumentJson, newer: DocumentJson): RevisionNode {
  return older === newer ? newer : mergeNode(older, newer);
}

/** The newer text: drops 'deleted', keeps 'inserted' (revision removed), drops attrsBefore/marksBefore. */
export function acceptAll(merged: RevisionNode): DocumentJson {
  return side(merged, 'newer');
}

/** The older text: drops 'inserted', keeps 'deleted', restores attrsBefore / marksBefore. */
export function rejectAll(merged: RevisionNode): DocumentJson {
  return side(merged, 'older');
}

/** Attributes compared without the id: an id is identity, not content. */
const visibleAttributes = (attrs: AttributesJson): string => {
  const { id: _id, ...rest } = attrs ?? {};
  return stableJson(rest);
};

const revised = (node: RevisionNode, revision: 'inserted' | 'deleted'): RevisionNode => ({ ...node, revision });

/** Two versions of one node (the same block, matched): the newer one, its content merged. */
function mergeNode(a: DocumentJson, b: DocumentJson): RevisionNode {
  const { content: _content, ...shell } = b;
  const before = a.attrs ?? null;
  const content = isTextblock(a) || isTextblock(b) ? mergeInline(a, b) : mergeChildren(a, b);
  return {
    ...shell,
    ...(visibleAttributes(before) !== visibleAttributes(b.attrs ?? null) ? { attrsBefore: before } : {}),
    ...(content.length > 0 ? { content } : {}),
  };
}

/**
 * The children of two versions of a parent, in the newer order: blocks present in both merged,
 * blocks of one text only marked. A deleted block stays where alignBlocks puts it (where it stood
 * among the newer neighbours); the older copy of a moved block goes where it stood, found as
 * diffDocuments finds a move's `newerSource`.
 */
function mergeChildren(a: DocumentJson, b: DocumentJson): RevisionNode[] {
  const olderBlocks = a.content ?? [];
  const newerBlocks = b.content ?? [];
  const steps = alignBlocks(olderBlocks, newerBlocks, a.type);
  const keys = placeKeys(steps, olderBlocks.length);
  // The older places of the moved blocks, in the older order; each goes before the first child placed after it.
  const departures = steps.flatMap((step) => (step.kind === 'move' ? [step.older] : [])).sort((x, y) => x - y);
  const merged: RevisionNode[] = [];
  let next = 0;
  const depart = (below: number): void => {
    for (; next < departures.length && 2 * departures[next]! < below; next += 1) {
      merged.push(revised(olderBlocks[departures[next]!]!, 'deleted'));
    }
  };
  steps.forEach((step, k) => {
    depart(keys[k]!);
    switch (step.kind) {
      case 'same':
        merged.push(newerBlocks[step.newer]!);
        break;
      case 'pair':
        merged.push(mergeNode(olderBlocks[step.older]!, newerBlocks[step.newer]!));
        break;
      case 'delete':
        merged.push(revised(olderBlocks[step.older]!, 'deleted'));
        break;
      case 'insert':
      case 'move':
        merged.push(revised(newerBlocks[step.newer]!, 'inserted'));
        break;
    }
  });
  depart(Infinity);
  return merged;
}

/**
 * For each step, a key rising along the steps (as diffDocuments' `newerOrder`): twice the older
 * index for a block that keeps an older place (same, pair, delete), one less than twice the older
 * index of the next such block for one that arrived (insert, move). An older block put back where
 * it stood, at key twice its index, falls before the first step whose key is above it.
 */
function placeKeys(steps: readonly BlockStep[], olderLength: number): Float64Array {
  const keys = new Float64Array(steps.length);
  let anchor = olderLength;
  for (let k = steps.length - 1; k >= 0; k -= 1) {
    const step = steps[k]!;
    if (step.kind === 'insert' || step.kind === 'move') {
      keys[k] = 2 * anchor - 1;
    } else {
      anchor = step.older;
      keys[k] = 2 * anchor;
    }
  }
  return keys;
}

/**
 * The inline content of two versions of a textblock: the newer content split where the changes
 * start and end, inserted ranges marked 'inserted', reformatted ones given `marksBefore`, and the
 * deleted content put back where it stood, marked 'deleted'.
 */
function mergeInline(a: DocumentJson, b: DocumentJson): RevisionNode[] {
  const runs = inlineRuns(b.content);
  const merged: RevisionNode[] = [];
  let cursor = 0;
  for (const change of diffInline(a, b)) {
    const { from, to } = change.newer;
    merged.push(...inlineSlice(runs, cursor, from));
    cursor = to;
    if (change.kind === 'delete') merged.push(...(change.deleted ?? []).map((node) => revised(node, 'deleted')));
    else if (change.kind === 'insert') merged.push(...inlineSlice(runs, from, to).map((node) => revised(node, 'inserted')));
    else merged.push(...inlineSlice(runs, from, to).map((node) => ({ ...node, marksBefore: change.marksBefore ?? [] })));
  }
  merged.push(...inlineSlice(runs, cursor, runs.at(-1)?.to ?? 0));
  return merged;
}

/** One of the two texts out of the merged tree, as ProseMirror writes JSON. */
function side(node: RevisionNode, which: 'older' | 'newer'): DocumentJson {
  const { revision: _revision, attrsBefore, marksBefore, attrs, marks, content, ...rest } = node;
  const older = which === 'older';
  const chosenAttrs = older && attrsBefore !== undefined ? attrsBefore : (attrs ?? null);
  const chosenMarks = older && marksBefore !== undefined ? marksBefore : (marks ?? []);
  const dropped = older ? 'inserted' : 'deleted';
  const children = joinText((content ?? []).filter((child) => child.revision !== dropped).map((child) => side(child, which)));
  return {
    ...rest,
    ...(chosenAttrs ? { attrs: chosenAttrs } : {}),
    ...(chosenMarks.length > 0 ? { marks: chosenMarks } : {}),
    ...(children.length > 0 ? { content: children } : {}),
  };
}

/** Neighbouring text nodes of the same marks joined, empty ones dropped, as ProseMirror stores them. */
function joinText(nodes: readonly DocumentJson[]): DocumentJson[] {
  const result: DocumentJson[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && !node.text) continue;
    const last = result.at(-1);
    if (last?.type === 'text' && node.type === 'text' && marksKey(last.marks) === marksKey(node.marks)) {
      result[result.length - 1] = textNode((last.text ?? '') + (node.text ?? ''), last.marks ?? []);
    } else {
      result.push(node);
    }
  }
  return result;
}

import type { DocumentJson } from '../project';
import type { MarkJson } from './documentDiff';
import { inlineRuns, inlineSlice, marksKey, textNode } from './inlineRuns';

/** One edit of inline content: [from, to) replaced by `nodes`, or given exactly `marks`. */
export interface InlineEdit {
  readonly from: number;
  readonly to: number;
  readonly nodes?: readonly DocumentJson[];
  readonly marks?: readonly MarkJson[];
}

/**
 * Inline content with the edits made. Offsets are those of `content` as given; edits may not
 * overlap, and an insertion (`from === to`) at an offset comes before a range starting there.
 * The result is as ProseMirror stores it (neighbouring text of the same marks joined, no empty
 * text), then split at `breaks` (offsets of the result) where a text was split in two nodes that
 * marks alone would not split.
 */
export function editInline(
  content: readonly DocumentJson[] | undefined,
  edits: readonly InlineEdit[],
  breaks: readonly number[] = [],
): DocumentJson[] {
  const runs = inlineRuns(content);
  const end = runs.at(-1)?.to ?? 0;
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - a.from - (b.to - b.from));
  const pieces: DocumentJson[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    pieces.push(...inlineSlice(runs, cursor, edit.from));
    if (edit.nodes) pieces.push(...edit.nodes);
    else if (edit.marks) pieces.push(...inlineSlice(runs, edit.from, edit.to).map((node) => withMarks(node, edit.marks!)));
    cursor = Math.max(cursor, edit.to);
  }
  pieces.push(...inlineSlice(runs, cursor, end));
  return splitAt(joined(pieces), breaks);
}

function withMarks(node: DocumentJson, marks: readonly MarkJson[]): DocumentJson {
  if (node.type === 'text') return textNode(node.text ?? '', marks);
  const { marks: _marks, ...rest } = node;
  return marks.length > 0 ? { ...rest, marks } : rest;
}

/** Neighbouring text nodes of the same marks joined, empty ones dropped. */
function joined(nodes: readonly DocumentJson[]): DocumentJson[] {
  const result: DocumentJson[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && !node.text) continue;
    const last = result.at(-1);
    if (last && node.type === 'text' && last.type === 'text' && marksKey(last.marks) === marksKey(node.marks)) {
      result[result.length - 1] = textNode((last.text ?? '') + (node.text ?? ''), last.marks ?? []);
    } else {
      result.push(node.type === 'text' ? textNode(node.text ?? '', node.marks ?? []) : node);
    }
  }
  return result;
}

function splitAt(nodes: readonly DocumentJson[], breaks: readonly number[]): DocumentJson[] {
  if (breaks.length === 0) return [...nodes];
  const result: DocumentJson[] = [];
  let offset = 0;
  for (const node of nodes) {
    if (node.type !== 'text') {
      result.push(node);
      offset += 1;
      continue;
    }
    const text = node.text ?? '';
    let start = 0;
    for (const at of breaks) {
      if (at > offset + start && at < offset + text.length) {
        result.push(textNode(text.slice(start, at - offset), node.marks ?? []));
        start = at - offset;
      }
    }
    result.push(textNode(text.slice(start), node.marks ?? []));
    offset += text.length;
  }
  return result;
}

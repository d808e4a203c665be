import type { DocumentJson } from '../project';
import type { MarkJson } from './documentDiff';
import { stableJson } from './stableJson';

/** A stretch of inline content: text of one set of marks, or one inline node. */
export interface InlineRun {
  /** The text, or null for an inline node (hardBreak, footnote, crossReference, placeholder). */
  readonly text: string | null;
  /** The inline node itself, for an inline node. */
  readonly node: DocumentJson | null;
  readonly marks: readonly MarkJson[];
  /** Equal for equal marks in the same order, whatever order their attributes' keys were written in. */
  readonly marksKey: string;
  /** Offsets in the inline content, counted as ProseMirror counts them. */
  readonly from: number;
  readonly to: number;
}

const noMarks: readonly MarkJson[] = Object.freeze([]);

/** The key that tells one set of marks from another. */
export function marksKey(marks: readonly MarkJson[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  return marks.map((mark) => (mark.attrs ? `${mark.type}${stableJson(mark.attrs)}` : mark.type)).join('|');
}

/**
 * Inline content as runs, with neighbouring text nodes of the same marks taken as one (as
 * ProseMirror stores them) and empty text left out, so that how the JSON happens to split text
 * never shows as a change.
 */
export function inlineRuns(content: readonly DocumentJson[] | undefined): InlineRun[] {
  const runs: InlineRun[] = [];
  let offset = 0;
  for (const node of content ?? []) {
    const key = marksKey(node.marks);
    const marks = node.marks ?? noMarks;
    if (node.type === 'text') {
      const text = node.text ?? '';
      if (text === '') continue;
      const last = runs.at(-1);
      if (last && last.text !== null && last.marksKey === key) {
        runs[runs.length - 1] = { ...last, text: last.text + text, to: last.to + text.length };
      } else {
        runs.push({ text, node: null, marks, marksKey: key, from: offset, to: offset + text.length });
      }
      offset += text.length;
    } else {
      runs.push({ text: null, node, marks, marksKey: key, from: offset, to: offset + 1 });
      offset += 1;
    }
  }
  return runs;
}

/** A text node as ProseMirror writes it: no `marks` when there are none. */
export function textNode(text: string, marks: readonly MarkJson[]): DocumentJson {
  return marks.length > 0 ? { type: 'text', marks, text } : { type: 'text', text };
}

/** The inline content from `from` to `to` as JSON nodes: text cut at the offsets, inline nodes whole. */
export function inlineSlice(runs: readonly InlineRun[], from: number, to: number): DocumentJson[] {
  const nodes: DocumentJson[] = [];
  for (const run of runs) {
    if (run.to <= from || run.from >= to) continue;
    if (run.text === null) nodes.push(run.node!);
    else nodes.push(textNode(run.text.slice(Math.max(from, run.from) - run.from, Math.min(to, run.to) - run.from), run.marks));
  }
  return nodes;
}

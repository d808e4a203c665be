import { inlineText } from '../../../shared/domain/diff/plainText';
/**
 * Inline content as the importer builds it: ProseMirror JSON nodes (text with marks, hard breaks,
 * footnotes, cross-references, placeholders), mutable until the document is assembled.
 */
export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface InlineJson {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: MarkJson[];
}

/** The content between two offsets of inlineText, splitting text nodes where needed. */
export function sliceInline(content: readonly InlineJson[], from: number, to = Number.POSITIVE_INFINITY): InlineJson[] {
  const result: InlineJson[] = [];
  let offset = 0;
  for (const node of content) {
    const length = node.type === 'text' ? (node.text ?? '').length : 1;
    const start = offset;
    const end = offset + length;
    offset = end;
    if (end <= from || start >= to) continue;
    if (node.type !== 'text') {
      result.push(node);
      continue;
    }
    const text = (node.text ?? '').slice(Math.max(0, from - start), Math.min(length, to - start));
    if (text !== '') result.push({ ...node, text });
  }
  return result;
}

/** The content without leading and trailing white space (tabs, spaces, line breaks). */
export function trimInline(content: readonly InlineJson[]): InlineJson[] {
  const text = inlineText(content);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return start === 0 && end === text.length ? [...content] : sliceInline(content, start, end);
}

/** Splits content at each hard break: the lines of a title typed with Shift+Enter. */
export function inlineLines(content: readonly InlineJson[]): InlineJson[][] {
  const lines: InlineJson[][] = [[]];
  for (const node of content) {
    if (node.type === 'hardBreak') lines.push([]);
    else lines[lines.length - 1]!.push(node);
  }
  return lines;
}

/** The content with a mark added to every text node (a Heading_b run-in heading made bold). */
export function withMark(content: readonly InlineJson[], mark: MarkJson): InlineJson[] {
  return content.map((node) => {
    if (node.type !== 'text' || node.marks?.some((existing) => existing.type === mark.type)) return node;
    return { ...node, marks: [...(node.marks ?? []), mark] };
  });
}

/** The content without a mark (term names: bold is their style); text nodes left without marks lose the key. */
export function withoutMark(content: readonly InlineJson[], type: string): InlineJson[] {
  return mergeTextNodes(
    content.map((node) => {
      if (node.type !== 'text' || !node.marks?.some((mark) => mark.type === type)) return node;
      const marks = node.marks.filter((mark) => mark.type !== type);
      const { marks: _dropped, ...rest } = node;
      return marks.length > 0 ? { ...rest, marks } : rest;
    }),
  );
}

/** The content with tabs made spaces, for blocks where a tab means nothing (titles, terms). */
export function withoutTabs(content: readonly InlineJson[]): InlineJson[] {
  return content.map((node) =>
    node.type === 'text' && node.text?.includes('\t') ? { ...node, text: node.text.replace(/\t+/g, ' ') } : node,
  );
}

/** Joins adjacent text nodes that carry the same marks: Word splits runs at every edit session. */
export function mergeTextNodes(content: readonly InlineJson[]): InlineJson[] {
  const result: InlineJson[] = [];
  let previousKey = '';
  for (const node of content) {
    if (node.type === 'text' && node.text === '') continue;
    const key = node.type === 'text' ? JSON.stringify(node.marks ?? []) : '';
    const previous = result[result.length - 1];
    if (previous && previous.type === 'text' && node.type === 'text' && key === previousKey) {
      result[result.length - 1] = { ...previous, text: (previous.text ?? '') + (node.text ?? '') };
      continue;
    }
    result.push(node);
    previousKey = key;
  }
  return result;
}

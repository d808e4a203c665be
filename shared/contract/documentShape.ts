/** Where a document's shape is wrong, and how. */
export interface ShapeProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Deeper than any real master (a list in a table in a note in an organization block is about 12). */
export const maxDocumentDepth = 100;
/** A 300-page text has about 60,000 nodes. */
export const maxDocumentNodes = 2_000_000;

const nodeKeys = new Set(['type', 'content', 'text', 'attrs', 'marks']);
const markKeys = new Set(['type', 'attrs']);

/**
 * Checks that a value has the shape of a ProseMirror document in JSON: nodes with a type and
 * only the known keys, children in `content`, marks with a type. Iterative, so a hostile
 * nesting cannot exhaust the stack; the editor's schema checks the rest.
 */
export function documentShapeProblem(value: unknown): ShapeProblem | null {
  if (!isRecord(value) || value.type !== 'doc') return { path: [], message: 'A master must be a whole document.' };
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  let count = 0;
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    count += 1;
    if (count > maxDocumentNodes) return { path: [], message: 'The document is too large to store.' };
    if (!isRecord(node)) return { path, message: 'Each part of the document must be a node.' };
    for (const key of Object.keys(node))
      if (!nodeKeys.has(key)) return { path: [...path, key], message: `A node has an unknown field “${key}”.` };
    if (typeof node.type !== 'string' || node.type === '') return { path: [...path, 'type'], message: 'A node has no type.' };
    if (node.text !== undefined && typeof node.text !== 'string')
      return { path: [...path, 'text'], message: 'A text node’s text must be text.' };
    if (node.attrs !== undefined && !isRecord(node.attrs))
      return { path: [...path, 'attrs'], message: 'A node’s attributes must be an object.' };
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return { path: [...path, 'marks'], message: 'A node’s marks must be a list.' };
      for (const [index, mark] of node.marks.entries()) {
        const problem = markProblem(mark);
        if (problem) return { path: [...path, 'marks', index], message: problem };
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return { path: [...path, 'content'], message: 'A node’s content must be a list.' };
      if (node.content.length > 0 && path.length / 2 >= maxDocumentDepth) return { path, message: 'The document is nested too deeply.' };
      for (let index = node.content.length - 1; index >= 0; index -= 1)
        stack.push({ node: node.content[index], path: [...path, 'content', index] });
    }
  }
  return null;
}

function markProblem(mark: unknown): string | null {
  if (!isRecord(mark)) return 'A mark must be an object.';
  for (const key of Object.keys(mark)) if (!markKeys.has(key)) return `A mark has an unknown field “${key}”.`;
  if (typeof mark.type !== 'string' || mark.type === '') return 'A mark has no type.';
  if (mark.attrs !== undefined && !isRecord(mark.attrs)) return 'A mark’s attributes must be an object.';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

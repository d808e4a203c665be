import { describe, expect, it } from 'vitest';
import { documentShapeProblem, maxDocumentDepth } from '../../shared/contract/documentShape';
import { documentSchema } from '../../shared/contract/schemas';
import { generateCommonText } from '../support/commonTextGenerator';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] });

/** A document nested `depth` levels deep, built without recursion. */
function nested(depth: number): unknown {
  let node: unknown = paragraph('deep');
  for (let level = 0; level < depth; level += 1) node = { type: 'note', attrs: { id: `n${level}` }, content: [node] };
  return { type: 'doc', content: [node] };
}

describe('the shape of a master at the IPC boundary', () => {
  it('accepts a ProseMirror document, and the 300-page generated one', () => {
    expect(documentShapeProblem({ type: 'doc', content: [paragraph('Scope')] })).toBeNull();
    expect(documentShapeProblem(generateCommonText().doc)).toBeNull();
    expect(documentSchema.safeParse(generateCommonText({ pages: 10 }).doc).success).toBe(true);
  });

  it('names where a node is wrong', () => {
    const bad = { type: 'doc', content: [paragraph('ok'), { type: 'paragraph', content: [{ type: 'text', text: 5 }] }] };
    expect(documentShapeProblem(bad)).toEqual({ path: ['content', 1, 'content', 0, 'text'], message: 'A text node’s text must be text.' });
  });

  it('refuses what is not a whole document, unknown fields, and broken marks', () => {
    expect(documentShapeProblem({ type: 'paragraph' })?.message).toBe('A master must be a whole document.');
    expect(documentShapeProblem(null)?.message).toBe('A master must be a whole document.');
    expect(documentShapeProblem({ type: 'doc', content: [{ type: 'paragraph', script: 'x' }] })?.message).toBe(
      'A node has an unknown field “script”.',
    );
    expect(documentShapeProblem({ type: 'doc', content: [{ type: 'text', text: 'x', marks: [{}] }] })?.message).toBe('A mark has no type.');
    expect(documentShapeProblem({ type: 'doc', content: 'text' })?.message).toBe('A node’s content must be a list.');
  });

  it('refuses hostile nesting with a message instead of running out of stack', () => {
    expect(documentShapeProblem(nested(maxDocumentDepth - 2))).toBeNull();
    expect(documentShapeProblem(nested(100_000))?.message).toBe('The document is nested too deeply.');
  });

  it('gives the validated document to the handler unchanged', () => {
    const doc = generateCommonText({ pages: 5 }).doc;
    const parsed = documentSchema.parse(doc);
    expect(parsed).toBe(doc);
  });
});

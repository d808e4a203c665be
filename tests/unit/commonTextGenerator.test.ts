import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../shared/contract/schemas';
import { blockNodeTypes, inlineNodeTypes, innerNodeTypes } from '../../shared/domain/documentModel';
import type { DocumentJson } from '../../shared/domain/project';
import { documentText } from '../../shared/domain/project';
import { generateCommonText } from '../support/commonTextGenerator';

function* walk(node: DocumentJson): Generator<DocumentJson> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

const nodesOf = (doc: DocumentJson, type: string) => [...walk(doc)].filter((node) => node.type === type);
const book = generateCommonText();

describe('the common text generator', () => {
  it('makes a 300-page text of the size the benchmarks call for', () => {
    const words = documentText(book.doc).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(140_000);
    expect(words).toBeLessThan(160_000);
    expect(nodesOf(book.doc, 'heading').length + nodesOf(book.doc, 'annexHeading').length).toBe(400);
    expect(nodesOf(book.doc, 'tableBlock')).toHaveLength(300);
    expect(nodesOf(book.doc, 'figure')).toHaveLength(100);
    expect(nodesOf(book.doc, 'crossReference')).toHaveLength(500);
    const asn1 = nodesOf(book.doc, 'codeBlock').filter((node) => node.attrs?.language === 'asn1');
    expect(asn1).toHaveLength(60);
    for (const block of asn1) expect(documentText(block).split('\n')).toHaveLength(40);
  });

  it('has the shape of a common text: front matter, the three reference groups, annexes and appendices', () => {
    const kinds = nodesOf(book.doc, 'unnumberedHeading').map((node) => node.attrs?.kind);
    expect(kinds).toEqual(['summary', 'keywords', 'foreword', 'introduction', 'bibliography']);
    expect(new Set(nodesOf(book.doc, 'referenceEntry').map((node) => node.attrs?.group))).toEqual(
      new Set(['identical', 'paired', 'additional']),
    );
    const annexes = nodesOf(book.doc, 'annexHeading').map((node) => `${node.attrs?.kind}:${node.attrs?.normative}`);
    expect(annexes).toEqual(['annex:true', 'annex:true', 'annex:false', 'appendix:false', 'appendix:false']);
    expect(book.doc.content?.[0]?.type).toBe('titleBlock');
    expect(book.doc.content?.at(-2)?.attrs?.kind).toBe('bibliography');
  });

  it('gives every referable node a unique id, and every cross-reference a target that exists', () => {
    const ids = [...walk(book.doc)].map((node) => node.attrs?.id).filter((id): id is string => typeof id === 'string');
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    const missing = nodesOf(book.doc, 'crossReference').filter((node) => !known.has(node.attrs?.target as string));
    expect(missing).toEqual([]);
  });

  it('uses only the vocabulary of the document model, and passes the IPC boundary', () => {
    const vocabulary = new Set<string>(['doc', ...blockNodeTypes, ...innerNodeTypes, ...inlineNodeTypes]);
    const unknown = [...walk(book.doc)].map((node) => node.type).filter((type) => !vocabulary.has(type));
    expect(unknown).toEqual([]);
    expect(documentSchema.safeParse(book.doc).success).toBe(true);
  });

  it('gives the same text for the same seed, another for another seed, and scales with pages', () => {
    expect(JSON.stringify(generateCommonText({ pages: 20 }).doc)).toBe(JSON.stringify(generateCommonText({ pages: 20 }).doc));
    expect(JSON.stringify(generateCommonText({ pages: 20, seed: 2 }).doc)).not.toBe(JSON.stringify(generateCommonText({ pages: 20 }).doc));
    const small = generateCommonText({ pages: 30 }).stats;
    expect(small.tables).toBe(30);
    expect(small.words).toBeGreaterThan(14_000);
    expect(small.words).toBeLessThan(16_000);
  });
});

import { describe, expect, it } from 'vitest';
import { plainText } from '../../shared/domain/diff/plainText';
import type { RevisionNode } from '../../shared/domain/diff/revisionDocument';
import { acceptAll, rejectAll, revisionDocument } from '../../shared/domain/diff/revisionDocument';
import type { DocumentJson } from '../../shared/domain/project';
import { generateCommonText } from '../support/commonTextGenerator';
import {
  abbreviation,
  annex,
  bulletList,
  codeBlock,
  crossReference,
  doc,
  example,
  figure,
  footnote,
  hardBreak,
  heading,
  item,
  moveBlocks,
  note,
  orderedList,
  organizationBlock,
  paragraph,
  table,
  term,
  text,
  titleBlock,
  withoutId,
} from '../support/documentBuilders';
import type { EditKind } from '../support/randomEdits';
import { editKinds, randomEdits, randomSource } from '../support/randomEdits';

const bold = (value: string): DocumentJson => ({ type: 'text', text: value, marks: [{ type: 'bold' }] });

/** A small master; indices are noted for the tests below. */
const master = (): DocumentJson =>
  doc(
    heading(1, 'Scope', 'h-scope'), // 0
    paragraph('This Recommendation specifies the Directory. It defines the services.'), // 1
    heading(1, 'Overview', 'h-overview'), // 2
    paragraph('The Directory holds information', footnote('About objects.'), ' about objects. See ', crossReference('t-types'), '.'), // 3
    table(
      'Attribute types',
      [
        ['Name', 'Syntax'],
        ['cn', 'DirectoryString'],
        ['sn', 'DirectoryString'],
      ],
      't-types',
    ), // 4
    bulletList('the information model;', item('the service model;', orderedList('alpha', 'one', 'two')), 'the distributed model.'), // 5
    heading(2, 'Agents', 'h-agents'), // 6
    paragraph('A DUA acts for a user; a DSA holds part of the Directory Information Base.'), // 7
    note('A DSA may hold no entries.', 'n-agents'), // 8
    heading(2, 'Operations', 'h-operations'), // 9
    paragraph('The search operation returns the entries that match a filter.', hardBreak(), 'The read operation reads one.'), // 10
    codeBlock('Name ::= SEQUENCE {\n  given [0] UTF8String,\n  family [1] UTF8String }'), // 11
    term('entry', 'the part of the DIB that holds an object', 'd-entry'), // 12
    annex('Object identifiers', { id: 'a-oids' }), // 13
    paragraph('The arcs are assigned by ITU-T.'), // 14
    // The rest of the model, for the generated edits.
    titleBlock('Information technology', 'The Directory'),
    abbreviation('DSA', 'Directory System Agent'),
    figure('Relationship between the DUA and the DSA', 'f-model'),
    example('A search for all entries under an organization.', 'e-search'),
    organizationBlock('itu-t', paragraph('This clause applies to ITU-T only.'), note('See the ITU-T Handbook.', 'n-itu')),
    paragraph(
      { type: 'text', text: 'Italic and bold', marks: [{ type: 'bold' }, { type: 'italic' }] },
      ' text, ',
      text('ISO only', 'iso-iec'),
      '.',
    ),
  );

/** The text with blocks [from, to) replaced by `blocks`. */
const splice = (document: DocumentJson, from: number, to: number, ...blocks: DocumentJson[]): DocumentJson => {
  const content = [...(document.content ?? [])];
  content.splice(from, to - from, ...blocks);
  return { ...document, content };
};

const nodeAt = (root: DocumentJson, path: readonly number[]): DocumentJson => path.reduce((node, index) => node.content![index]!, root);

/** The tree as ProseMirror holds it: neighbouring text nodes of the same marks joined, no empty text. */
function normalized(node: DocumentJson): DocumentJson {
  if (!node.content) return node;
  const content: DocumentJson[] = [];
  for (const child of node.content.map(normalized)) {
    if (child.type === 'text' && !child.text) continue;
    const last = content.at(-1);
    if (last?.type === 'text' && child.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? [])) {
      content[content.length - 1] = { ...last, text: `${last.text}${child.text}` };
    } else {
      content.push(child);
    }
  }
  const { content: _content, ...rest } = node;
  return content.length > 0 ? { ...rest, content } : rest;
}

/** The nodes inside a revised node that carry a revision of their own (there should be none). */
function nestedRevisions(node: RevisionNode, inside = false): string[] {
  const here = inside && node.revision ? [`${node.type} inside a revision`] : [];
  return [...here, ...(node.content ?? []).flatMap((child) => nestedRevisions(child, inside || node.revision !== undefined))];
}

/** Where the merged tree marks something, in document order ('1.1 +"whole "', '4.1.3 +tableRow "c / CountryString"', …). */
function revisions(node: RevisionNode, path: readonly number[] = []): string[] {
  const at = path.join('.');
  const what =
    node.type === 'text' ? JSON.stringify(node.text) : `${node.type} "${plainText([node as DocumentJson]).replaceAll('\n', ' / ')}"`;
  if (node.revision) return [`${at} ${node.revision === 'inserted' ? '+' : '-'}${what}`];
  const own: string[] = [];
  if (node.attrsBefore !== undefined) own.push(`${at} attrs ${JSON.stringify(node.attrsBefore)} → ${JSON.stringify(node.attrs ?? null)}`);
  if (node.marksBefore) {
    const names = (marks: RevisionNode['marks']): string => `[${(marks ?? []).map((mark) => mark.type).join(',')}]`;
    own.push(`${at} marks ${what} ${names(node.marksBefore)} → ${names(node.marks)}`);
  }
  return [...own, ...(node.content ?? []).flatMap((child, index) => revisions(child, [...path, index]))];
}

/** Merges the two texts and checks, as every test does, that accepting gives the newer and rejecting the older. */
function merge(older: DocumentJson, newer: DocumentJson, context = ''): RevisionNode {
  const merged = revisionDocument(older, newer);
  expect(acceptAll(merged), `${context} (accept all)`).toStrictEqual(normalized(newer));
  expect(rejectAll(merged), `${context} (reject all)`).toStrictEqual(normalized(older));
  expect(nestedRevisions(merged), context).toEqual([]);
  return merged;
}

describe('revisionDocument', () => {
  it('marks a word inserted inside the paragraph', () => {
    const older = master();
    const newer = splice(older, 1, 2, paragraph('This Recommendation specifies the whole Directory. It defines the services.'));
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['1.1 +"whole "']);
    expect(nodeAt(merged, [1]).content).toEqual([
      { type: 'text', text: 'This Recommendation specifies the ' },
      { type: 'text', text: 'whole ', revision: 'inserted' },
      { type: 'text', text: 'Directory. It defines the services.' },
    ]);
  });

  it('puts a deleted word back where it stood', () => {
    const older = master();
    const newer = splice(older, 7, 8, paragraph('A DUA acts for a user; a DSA holds part of the Information Base.'));
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['7.1 -"Directory "']);
    expect(plainText(nodeAt(merged, [7]).content ?? [])).toBe('A DUA acts for a user; a DSA holds part of the Directory Information Base.');
  });

  it('gives reformatted text its marks before', () => {
    const older = master();
    const newer = splice(older, 14, 15, paragraph('The arcs are ', bold('assigned'), ' by ITU-T.'));
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['14.1 marks "assigned" [] → [bold]']);
    expect(nodeAt(merged, [14, 1])).toEqual({ ...bold('assigned'), marksBefore: [] });
  });

  it('gives a heading whose level changed its attributes before, and keeps the newer ones', () => {
    const older = master();
    const newer = splice(older, 6, 7, heading(1, 'Agents', 'h-agents'));
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['6 attrs {"id":"h-agents","level":2} → {"id":"h-agents","level":1}']);
  });

  it('takes an id given or lost alone for no change', () => {
    const older = splice(master(), 13, 14, withoutId(annex('Object identifiers')));
    const newer = master();
    const merged = revisionDocument(older, newer);
    expect(revisions(merged)).toEqual([]);
    expect(acceptAll(merged)).toStrictEqual(newer);
    // The older text with the newer id: Word shows no change for an id, so there is none to reject.
    expect(rejectAll(merged)).toStrictEqual(splice(older, 13, 14, annex('Object identifiers', { id: 'a-oids' })));
  });

  it('marks a paragraph inserted', () => {
    const older = master();
    const newer = splice(older, 8, 8, paragraph('A DSA cooperates with other DSAs.'));
    expect(revisions(merge(older, newer))).toEqual(['8 +paragraph "A DSA cooperates with other DSAs."']);
  });

  it('puts a deleted paragraph back where it stood', () => {
    const older = master();
    const newer = splice(older, 1, 2);
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['1 -paragraph "This Recommendation specifies the Directory. It defines the services."']);
    expect(nodeAt(merged, [2])).toBe(newer.content![1]);
  });

  it('writes a moved clause twice: deleted where it stood, inserted where it now stands', () => {
    const older = master();
    const newer = moveBlocks(older, 0, 2, 13); // Scope after the body, before the annex
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual([
      '0 -heading "Scope"',
      '1 -paragraph "This Recommendation specifies the Directory. It defines the services."',
      '13 +heading "Scope"',
      '14 +paragraph "This Recommendation specifies the Directory. It defines the services."',
    ]);
    expect(nodeAt(merged, [13])).toEqual({ ...older.content![0], revision: 'inserted' });
  });

  it('writes a moved block that was edited as the older version deleted and the newer inserted', () => {
    const older = master();
    const moved = moveBlocks(older, 12, 13, 0);
    const newer = splice(moved, 0, 1, term('entry', 'the part of the DIB that holds one object', 'd-entry'));
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual([
      '0 +termEntry "entry / the part of the DIB that holds one object"',
      '13 -termEntry "entry / the part of the DIB that holds an object"',
    ]);
  });

  it('marks a table row inserted and another deleted', () => {
    const older = master();
    const newer = splice(
      older,
      4,
      5,
      table(
        'Attribute types',
        [
          ['Name', 'Syntax'],
          ['sn', 'DirectoryString'],
          ['c', 'CountryString'],
        ],
        't-types',
      ),
    );
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['4.1.1 -tableRow "cn / DirectoryString"', '4.1.3 +tableRow "c / CountryString"']);
  });

  it('marks a list item deleted', () => {
    const older = master();
    const newer = splice(older, 5, 6, bulletList('the information model;', 'the distributed model.'));
    expect(revisions(merge(older, newer))).toEqual(['5.1 -listItem "the service model; / one / two"']);
  });

  it('marks a footnote changed as the older deleted and the newer inserted', () => {
    const older = master();
    const newer = splice(
      older,
      3,
      4,
      paragraph('The Directory holds information', footnote('About all objects.'), ' about objects. See ', crossReference('t-types'), '.'),
    );
    const merged = merge(older, newer);
    expect(revisions(merged)).toEqual(['3.1 -footnote "\uFFFC"', '3.2 +footnote "\uFFFC"']);
    expect(nodeAt(merged, [3, 1])).toEqual({ ...footnote('About objects.'), revision: 'deleted' });
    expect(nodeAt(merged, [3, 2])).toEqual({ ...footnote('About all objects.'), revision: 'inserted' });
  });

  it('marks nothing between identical texts', () => {
    const merged = merge(master(), master());
    expect(revisions(merged)).toEqual([]);
    expect(merged).toEqual(master());
  });

  it('marks every block of a completely different text', () => {
    const older = doc(heading(1, 'Scope', 'h-1'), paragraph('One text about the Directory.'));
    const newer = doc(codeBlock('X ::= INTEGER'), note('Something else entirely.', 'n-1'), paragraph('And more.'));
    expect(revisions(merge(older, newer))).toEqual([
      '0 -heading "Scope"',
      '1 -paragraph "One text about the Directory."',
      '2 +codeBlock "X ::= INTEGER"',
      '3 +note "Something else entirely."',
      '4 +paragraph "And more."',
    ]);
  });
});

/** A random list of edit kinds, 1 to `most` long. */
function kindsFor(seed: number, most: number): EditKind[] {
  const random = randomSource(seed * 7919);
  return Array.from({ length: 1 + Math.floor(random() * most) }, () => editKinds[Math.floor(random() * editKinds.length)]!);
}

describe('revisionDocument on generated edit sequences', () => {
  const generated = generateCommonText({ pages: 8, seed: 3 }).doc;
  const cases = [
    ...Array.from({ length: 120 }, (_, seed) => ({ name: 'the small master', older: master(), seed: seed + 1 })),
    ...Array.from({ length: 80 }, (_, seed) => ({ name: 'a generated master', older: generated, seed: seed + 2001 })),
  ];

  it(`accepting all gives the newer text and rejecting all the older, in ${cases.length} cases`, () => {
    for (const { name, older, seed } of cases) {
      const { doc: newer, made } = randomEdits(older, { seed, kinds: kindsFor(seed, 8) });
      const context = `${name}, seed ${seed}: ${made.join('; ')}`;
      const merged = merge(older, newer, context);
      if (made.length > 0 && JSON.stringify(older) !== JSON.stringify(newer)) expect(revisions(merged).length, context).toBeGreaterThan(0);
      merge(newer, older, `${context} (reversed)`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/domain/diff/applyDiff';
import { diffDocuments } from '../../shared/domain/diff/diffDocuments';
import type { Change, DocumentDiff } from '../../shared/domain/diff/documentDiff';
import { plainText } from '../../shared/domain/diff/plainText';
import { revertChange } from '../../shared/domain/diff/revertChange';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { DocumentJson } from '../../shared/domain/project';
import { generateCommonText } from '../support/commonTextGenerator';
import {
  abbreviation,
  annex,
  bulletList,
  cell,
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
  reference,
  table,
  term,
  text,
  titleBlock,
  unnumberedHeading,
  withoutId,
} from '../support/documentBuilders';
import type { EditKind } from '../support/randomEdits';
import { editKinds, randomEdits, randomSource } from '../support/randomEdits';

/** A small common text with a clause of each kind of block; indices are noted for the tests below. */
const master = (): DocumentJson =>
  doc(
    unnumberedHeading('foreword', 'Foreword', 'u-foreword'), // 0
    paragraph('This text was prepared jointly by ITU-T and ISO/IEC.'), // 1
    heading(1, 'Scope', 'h-scope'), // 2
    paragraph('This Recommendation | International Standard specifies the Directory. It defines the services. It applies to every DSA.'), // 3
    heading(1, 'Normative references', 'h-refs'), // 4
    reference('Recommendation ITU-T X.501 (2019) | ISO/IEC 9594-2:2020', 'identical', 'r-501'), // 5
    heading(1, 'Overview', 'h-overview'), // 6
    paragraph('The Directory holds information about objects. See ', crossReference('t-types'), '.'), // 7
    table(
      'Attribute types',
      [
        ['Name', 'Syntax'],
        ['cn', 'DirectoryString'],
        ['sn', 'DirectoryString'],
      ],
      't-types',
    ), // 8
    heading(2, 'Agents', 'h-agents'), // 9
    paragraph('A DUA acts for a user; a DSA holds part of the Directory Information Base.'), // 10
    heading(2, 'Operations', 'h-operations'), // 11
    paragraph('The search operation returns the entries that match a filter.'), // 12
    paragraph('The modify operation changes one entry.'), // 13
    codeBlock('Module DEFINITIONS ::=\nBEGIN\nName ::= SEQUENCE {\n  given [0] UTF8String,\n  family [1] UTF8String }\nEND'), // 14
    annex('Object identifiers', { id: 'a-oids' }), // 15
    heading(1, 'Arcs', 'h-arcs'), // 16
    paragraph('The arcs are assigned by ITU-T.'), // 17
    annex('Examples of use', { id: 'a-examples', normative: false }), // 18
    paragraph('Examples of use of the Directory by other specifications.'), // 19
    note('These examples are informative.', 'n-examples'), // 20
  );

/** A text with the rest of the model: title, terms, lists, notes in cells, figures, marks, inline nodes. */
const everything = (): DocumentJson =>
  doc(
    titleBlock('Information technology', 'Open Systems Interconnection', 'The Directory'),
    unnumberedHeading('summary', 'Summary', 'u-summary'),
    paragraph('This text ', { type: 'text', text: 'defines', marks: [{ type: 'bold' }] }, ' the Directory', footnote('As in X.500.'), '.'),
    heading(1, 'Terms and definitions', 'h-terms'),
    term('attribute', 'information of a particular type concerning an object', 'd-attribute'),
    term(
      'entry',
      ['the part of the DIB that contains information about an object, see ', crossReference('d-attribute', 'number')],
      'd-entry',
    ),
    heading(1, 'Abbreviations', 'h-abbreviations'),
    abbreviation('DIB', 'Directory Information Base'),
    abbreviation('DSA', 'Directory System Agent'),
    heading(1, 'Model', 'h-model'),
    paragraph('The model has', hardBreak(), 'three parts, shown in ', crossReference('f-model'), '.'),
    bulletList('the information model;', item('the service model;', orderedList('alpha', 'one', 'two')), 'the distributed model.'),
    figure('Relationship between the DUA and the DSA', 'f-model'),
    example('A search for all entries under an organization.', 'e-search'),
    organizationBlock('itu-t', paragraph('This clause applies to ITU-T only.'), note('See the ITU-T Handbook.', 'n-itu')),
    table(
      'Operations',
      [
        ['Operation', 'Result'],
        ['read', cell(paragraph('an entry'), note('Only one.', 'n-read'))],
        ['search', 'entries'],
      ],
      't-operations',
    ),
    paragraph(
      { type: 'text', text: 'Italic and bold', marks: [{ type: 'bold' }, { type: 'italic' }] },
      ' text, ',
      text('ISO only', 'iso-iec'),
      ' text.',
    ),
    codeBlock('Ids ::= SEQUENCE {\n  id [0] OBJECT IDENTIFIER }', 'asn1'),
    annex('Modules', { id: 'a-modules' }),
    heading(1, 'The module', 'h-module'),
    paragraph('The module follows.'),
  );

const blocksOf = (document: DocumentJson): DocumentJson[] => [...(document.content ?? [])];

/** The text with blocks [from, to) replaced by `blocks`. */
const splice = (document: DocumentJson, from: number, to: number, ...blocks: DocumentJson[]): DocumentJson => {
  const content = blocksOf(document);
  content.splice(from, to - from, ...blocks);
  return { ...document, content };
};

const replaceBlock = (document: DocumentJson, index: number, block: DocumentJson): DocumentJson =>
  splice(document, index, index + 1, block);

/** Diffs the two texts and checks, as every test does, that the diff gives the newer text back. */
const diffOf = (older: DocumentJson, newer: DocumentJson): DocumentDiff => {
  const diff = diffDocuments(older, newer);
  expect(applyDiff(older, diff)).toStrictEqual(newer);
  return diff;
};

/** The changes as [kind, text] for short assertions. */
const listed = (diff: DocumentDiff): [string, string][] => diff.changes.map((change) => [change.kind, change.text]);

describe('diffDocuments', () => {
  it('gives no changes for identical texts', () => {
    const text = master();
    expect(diffDocuments(text, text)).toStrictEqual({ changes: [], hidden: [] });
    expect(diffDocuments(text, structuredClone(text))).toStrictEqual({ changes: [], hidden: [] });
    expect(diffDocuments(everything(), everything())).toStrictEqual({ changes: [], hidden: [] });
  });

  it('finds a word inserted', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      3,
      paragraph(
        'This Recommendation | International Standard specifies the whole Directory. It defines the services. It applies to every DSA.',
      ),
    );
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    const offset = 'This Recommendation | International Standard specifies the '.length;
    expect(changes[0]).toMatchObject({
      index: 0,
      kind: 'insert',
      unit: 'text',
      clauseId: 'h-scope',
      insertedText: 'whole ',
      deletedText: '',
      newer: { path: [3], from: offset, to: offset + 'whole '.length },
      older: { path: [3], from: offset, to: offset },
      inserted: [{ type: 'text', text: 'whole ' }],
    });
  });

  it('finds a sentence deleted, as that sentence', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      3,
      paragraph('This Recommendation | International Standard specifies the Directory. It applies to every DSA.'),
    );
    const { changes } = diffOf(older, newer);
    expect(listed({ changes, hidden: [] })).toEqual([['delete', 'It defines the services. ']]);
    expect(changes[0]!.deleted).toEqual([{ type: 'text', text: 'It defines the services. ' }]);
    const at = 'This Recommendation | International Standard specifies the Directory. '.length;
    expect(changes[0]!.older).toEqual({ path: [3], from: at, to: at + 'It defines the services. '.length });
    expect(changes[0]!.newer).toEqual({ path: [3], from: at, to: at });
  });

  it('marks a clause inserted near the top as one block-insert, though the clauses after it are renumbered', () => {
    const older = master();
    const newer = splice(older, 4, 4, heading(1, 'Definitions', 'h-definitions'), paragraph('No terms are defined.'));
    const labels = (text: DocumentJson) =>
      computeNumbering(text, documentJsonAdapter)
        .entries.filter((entry) => entry.kind === 'clause')
        .map((entry) => `${entry.id} ${entry.label}`);
    expect(labels(older)).toContain('h-overview 3');
    expect(labels(newer)).toContain('h-overview 4');
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'block-insert',
      unit: 'block',
      clauseId: 'h-definitions',
      insertedText: 'Definitions\nNo terms are defined.',
      newer: { path: [4], from: 4, to: 6 },
      older: { path: [4], from: 4, to: 4 },
    });
  });

  it('produces no marks for renumbering: a clause inserted near the top of a 300-page text renumbers 300 clauses and is one block-insert', () => {
    const older = generateCommonText().doc;
    const scope = blocksOf(older).findIndex((block) => block.type === 'heading' && documentText(block) === 'Scope');
    const newer = splice(older, scope + 1, scope + 1, heading(1, 'New clause', 'h-new'), paragraph('A clause inserted near the top.'));
    const labelsOf = (text: DocumentJson) =>
      new Map(
        computeNumbering(text, documentJsonAdapter)
          .entries.filter((entry) => entry.kind === 'clause')
          .map((entry) => [entry.id, entry.label]),
      );
    const before = labelsOf(older);
    const after = labelsOf(newer);
    const renumbered = [...before].filter(([id, label]) => after.get(id) !== label).length;
    expect(renumbered).toBeGreaterThanOrEqual(300);
    const { changes } = diffOf(older, newer);
    expect(listed({ changes, hidden: [] })).toEqual([['block-insert', 'New clause\nA clause inserted near the top.']]);
  });

  it('shows a moved clause as one move, not as a deletion and an insertion', () => {
    const older = master();
    const newer = moveBlocks(older, 9, 11, 15); // Agents, after Operations
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'move',
      unit: 'block',
      clauseId: 'h-agents',
      newer: { path: [13], from: 13, to: 15 },
      older: { path: [9], from: 9, to: 11 },
      move: { id: 'h-agents', olderTarget: 15, newerSource: 9 },
    });
  });

  it('gives one move and one insert for a moved clause with an edit inside', () => {
    const older = master();
    const moved = moveBlocks(older, 9, 11, 15);
    const newer = replaceBlock(moved, 14, paragraph('A DUA acts for a user; a DSA holds a part of the Directory Information Base.'));
    const { changes } = diffOf(older, newer);
    expect(listed({ changes, hidden: [] })).toEqual([
      ['move', 'Agents\nA DUA acts for a user; a DSA holds a part of the Directory Information Base.'],
      ['insert', 'a '],
    ]);
    expect(changes[1]).toMatchObject({ clauseId: 'h-agents', newer: { path: [14] }, older: { path: [10] } });
  });

  it('marks a table row added as a block-insert of the row', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      8,
      table(
        'Attribute types',
        [
          ['Name', 'Syntax'],
          ['cn', 'DirectoryString'],
          ['uid', 'UTF8String'],
          ['sn', 'DirectoryString'],
        ],
        't-types',
      ),
    );
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'block-insert',
      clauseId: 'h-overview',
      insertedText: 'uid\nUTF8String',
      newer: { path: [8, 1, 2], from: 2, to: 3 },
      older: { path: [8, 1, 2], from: 2, to: 2 },
    });
  });

  it('finds a cell edited as text changes inside the cell', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      8,
      table(
        'Attribute types',
        [
          ['Name', 'Syntax'],
          ['commonName', 'DirectoryString'],
          ['sn', 'DirectoryString'],
        ],
        't-types',
      ),
    );
    const diff = diffOf(older, newer);
    expect(listed(diff)).toEqual([
      ['delete', 'cn'],
      ['insert', 'commonName'],
    ]);
    expect(diff.changes.map((change) => change.newer.path)).toEqual([
      [8, 1, 1, 0, 0],
      [8, 1, 1, 0, 0],
    ]);
  });

  it('finds bold added as a format change with the marks before and after', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      7,
      paragraph(
        'The Directory holds ',
        { type: 'text', text: 'information', marks: [{ type: 'bold' }] },
        ' about objects. See ',
        crossReference('t-types'),
        '.',
      ),
    );
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    const at = 'The Directory holds '.length;
    expect(changes[0]).toMatchObject({
      kind: 'format',
      unit: 'text',
      text: 'information',
      insertedText: '',
      deletedText: '',
      marksBefore: [],
      marksAfter: [{ type: 'bold' }],
      newer: { path: [7], from: at, to: at + 'information'.length },
    });
  });

  it('finds an ASN.1 line changed as the word changed in that line', () => {
    const older = master();
    const code = 'Module DEFINITIONS ::=\nBEGIN\nName ::= SEQUENCE {\n  given [0] PrintableString,\n  family [1] UTF8String }\nEND';
    const newer = replaceBlock(older, 14, codeBlock(code));
    const { changes } = diffOf(older, newer);
    expect(listed({ changes, hidden: [] })).toEqual([
      ['delete', 'UTF8String'],
      ['insert', 'PrintableString'],
    ]);
    const at = code.indexOf('PrintableString');
    expect(changes[1]!.newer).toEqual({ path: [14], from: at, to: at + 'PrintableString'.length });
  });

  it('finds a line added to an ASN.1 module as that line inserted', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      14,
      codeBlock(
        'Module DEFINITIONS ::=\nBEGIN\nName ::= SEQUENCE {\n  given [0] UTF8String,\n  middle [2] UTF8String,\n  family [1] UTF8String }\nEND',
      ),
    );
    expect(listed(diffOf(older, newer))).toEqual([['insert', '  middle [2] UTF8String,\n']]);
  });

  it('marks an annex deleted as one block-delete of all its blocks, standing in that annex', () => {
    const older = master();
    const newer = splice(older, 18, 21);
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'block-delete',
      clauseId: 'a-examples',
      deletedText: 'Examples of use\nExamples of use of the Directory by other specifications.\nThese examples are informative.',
      newer: { path: [18], from: 18, to: 18 },
      older: { path: [18], from: 18, to: 21 },
      deleted: blocksOf(older).slice(18, 21),
    });
  });

  it("finds a heading's level changed as a format of the block", () => {
    const older = master();
    const newer = replaceBlock(older, 11, heading(3, 'Operations', 'h-operations'));
    const { changes } = diffOf(older, newer);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'format',
      unit: 'block',
      attrsBefore: { id: 'h-operations', level: 2 },
      attrsAfter: { id: 'h-operations', level: 3 },
      newer: { path: [11], from: 11, to: 12 },
    });
  });

  it('finds an annex made informative as a format of its heading', () => {
    const older = master();
    const newer = replaceBlock(older, 15, annex('Object identifiers', { id: 'a-oids', normative: false }));
    expect(diffOf(older, newer).changes.map((change) => [change.kind, change.unit, change.clauseId])).toEqual([
      ['format', 'block', 'a-oids'],
    ]);
  });

  it('shows no change for an id the editor gave a block that had none', () => {
    const older = replaceBlock(master(), 9, withoutId(heading(2, 'Agents')));
    const newer = master();
    const diff = diffOf(older, newer);
    expect(diff.changes).toEqual([]);
    expect(diff.hidden).toEqual([{ older: [9], attrs: { id: 'h-agents', level: 2 } }]);
  });

  it('takes two blocks of the same text and different ids as different blocks', () => {
    const older = master();
    const newer = replaceBlock(older, 20, note('These examples are informative.', 'n-other'));
    expect(listed(diffOf(older, newer))).toEqual([
      ['block-delete', 'These examples are informative.'],
      ['block-insert', 'These examples are informative.'],
    ]);
  });

  it('finds a paragraph rewritten beyond recognition as a block replaced', () => {
    const older = master();
    const newer = replaceBlock(older, 17, paragraph('Nothing here is as it was before, not one word.'));
    expect(diffOf(older, newer).changes.map((change) => change.kind)).toEqual(['block-delete', 'block-insert']);
  });

  it('compares inline nodes as one token each, and lists them as one character', () => {
    const older = master();
    const newer = replaceBlock(
      older,
      7,
      paragraph('The Directory holds information about objects. See ', crossReference('t-types', 'number'), '.'),
    );
    const { changes } = diffOf(older, newer);
    expect(changes.map((change) => [change.kind, change.text, change.newer.to - change.newer.from])).toEqual([
      ['delete', '\uFFFC', 0],
      ['insert', '\uFFFC', 1],
    ]);
  });

  it('reproduces text split into nodes that ProseMirror would have joined', () => {
    const older = master();
    const newer = replaceBlock(older, 17, paragraph('The arcs are ', 'assigned by ', 'ITU-T.'));
    const diff = diffOf(older, newer);
    expect(diff.changes).toEqual([]);
    expect(diff.hidden).toEqual([{ older: [17], breaks: ['The arcs are '.length, 'The arcs are assigned by '.length] }]);
  });

  it('finds a paragraph emptied of its text as its text deleted, not as the paragraph replaced', () => {
    const older = master();
    const newer = replaceBlock(older, 17, paragraph());
    expect(listed(diffOf(older, newer))).toEqual([['delete', 'The arcs are assigned by ITU-T.']]);
  });

  it('shows a paragraph dragged elsewhere as a move, but an empty one as nothing moved', () => {
    const older = master();
    expect(listed(diffOf(older, moveBlocks(older, 13, 14, 3)))).toEqual([['move', 'The modify operation changes one entry.']]);
    const withEmpty = splice(older, 2, 2, paragraph());
    const emptyMoved = moveBlocks(withEmpty, 2, 3, 12);
    expect(diffOf(withEmpty, emptyMoved).changes.map((change) => change.kind)).toEqual(['block-delete', 'block-insert']);
  });

  it('matches the cells of a row by content when a cell is put in, so the cells after it show no change', () => {
    const older = master();
    const row = (cells: string[]): DocumentJson => ({
      type: 'tableRow',
      content: cells.map((value) => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [paragraph(value)] })),
    });
    const tableWith = (cells: string[]): DocumentJson => ({
      type: 'tableBlock',
      attrs: { id: 't-types' },
      content: [
        { type: 'caption', content: [text('Attribute types')] },
        { type: 'table', content: [row(['Name', 'Syntax']), row(cells)] },
      ],
    });
    const before = replaceBlock(older, 8, tableWith(['cn', 'DirectoryString', 'single']));
    const after = replaceBlock(older, 8, tableWith(['cn', '2.5.4.3', 'DirectoryString', 'single']));
    const { changes } = diffOf(before, after);
    expect(listed({ changes, hidden: [] })).toEqual([['block-insert', '2.5.4.3']]);
    expect(changes[0]!.newer.path).toEqual([8, 1, 1, 1]);
  });

  it('compares Chinese text character by character', () => {
    const older = doc(heading(1, '范围', 'h-1'), paragraph('本建议书规定了目录服务。'));
    const newer = doc(heading(1, '范围', 'h-1'), paragraph('本建议书规定了目录的服务。'));
    expect(listed(diffOf(older, newer))).toEqual([['insert', '的']]);
  });

  it('shows a word lengthened as the letters added', () => {
    const older = master();
    const newer = replaceBlock(older, 17, paragraph('The arcs are reassigned by ITU-T.'));
    const { changes } = diffOf(older, newer);
    expect(listed({ changes, hidden: [] })).toEqual([['insert', 're']]);
    expect(changes[0]!.newer).toEqual({ path: [17], from: 'The arcs are '.length, to: 'The arcs are re'.length });
  });

  it('reads two replaced words with a space between as one replacement', () => {
    const older = master();
    const newer = replaceBlock(older, 17, paragraph('The arcs are given out by ITU-T.'));
    expect(listed(diffOf(older, newer))).toEqual([
      ['delete', 'assigned'],
      ['insert', 'given out'],
    ]);
  });

  it('lists changes in the order of the newer text, with the clause each stands in', () => {
    const older = master();
    let newer = replaceBlock(older, 17, paragraph('The arcs are assigned by ITU-T and ISO.'));
    newer = replaceBlock(newer, 1, paragraph('This text was prepared by ITU-T and ISO/IEC.'));
    newer = splice(newer, 13, 14);
    const diff = diffOf(older, newer);
    expect(diff.changes.map((change) => [change.index, change.kind, change.clauseId])).toEqual([
      [0, 'delete', ''],
      [1, 'block-delete', 'h-operations'],
      [2, 'insert', 'h-arcs'],
    ]);
  });
});

describe('revertChange', () => {
  /** The small master with a change of each kind but moves. */
  const edited = (): DocumentJson => {
    let newer = replaceBlock(master(), 17, paragraph('The arcs are assigned by ITU-T and ISO.'));
    newer = replaceBlock(
      newer,
      7,
      paragraph(
        'The Directory holds ',
        { type: 'text', text: 'information', marks: [{ type: 'bold' }] },
        ' about objects. See ',
        crossReference('t-types'),
        '.',
      ),
    );
    newer = replaceBlock(newer, 11, heading(3, 'Operations', 'h-operations'));
    newer = replaceBlock(
      newer,
      8,
      table(
        'Attribute types',
        [
          ['Name', 'Syntax'],
          ['cn', 'DirectoryString'],
          ['uid', 'UTF8String'],
          ['sn', 'DirectoryString'],
        ],
        't-types',
      ),
    );
    newer = splice(newer, 18, 21);
    return splice(newer, 4, 4, heading(1, 'Definitions', 'h-definitions'));
  };

  it('removes exactly that change from a fresh diff, for a change of each kind', () => {
    const older = master();
    const newer = edited();
    const diff = diffOf(older, newer);
    expect(diff.changes.map((change) => change.kind).sort()).toEqual([
      'block-delete',
      'block-insert',
      'block-insert',
      'format',
      'format',
      'insert',
    ]);
    const summary = (change: Change) => [change.kind, change.unit, change.clauseId, change.text];
    for (const change of diff.changes) {
      const fresh = diffDocuments(older, revertChange(newer, diff, change.index));
      expect(fresh.changes.map(summary)).toEqual(diff.changes.filter((other) => other !== change).map(summary));
    }
  });

  it('puts a moved clause back where it stood', () => {
    const older = master();
    const newer = moveBlocks(older, 9, 11, 15);
    const diff = diffOf(older, newer);
    expect(revertChange(newer, diff, 0)).toStrictEqual(older);
    const upwards = moveBlocks(older, 16, 18, 2);
    expect(revertChange(upwards, diffOf(older, upwards), 0)).toStrictEqual(older);
  });

  it('puts deleted text back before the text that replaced it', () => {
    const older = master();
    const newer = replaceBlock(older, 17, paragraph('The arcs are given by ITU-T.'));
    const diff = diffOf(older, newer);
    expect(listed(diff)).toEqual([
      ['delete', 'assigned'],
      ['insert', 'given'],
    ]);
    expect(revertChange(newer, diff, 0)).toStrictEqual(replaceBlock(older, 17, paragraph('The arcs are assignedgiven by ITU-T.')));
    expect(revertChange(newer, diff, 1)).toStrictEqual(replaceBlock(older, 17, paragraph('The arcs are  by ITU-T.')));
  });

  it('refuses an index the diff does not have', () => {
    expect(() => revertChange(master(), { changes: [], hidden: [] }, 0)).toThrow(RangeError);
  });
});

/** Plain text of a block's inline content. */
const documentText = (block: DocumentJson): string => plainText(block.content ?? []);

/** The textblock at a path. */
const nodeAt = (root: DocumentJson, path: readonly number[]): DocumentJson => path.reduce((node, index) => node.content![index]!, root);

/** Plain text of a textblock's inline content between two offsets. */
const textBetween = (textblock: DocumentJson, from: number, to: number): string => plainText(textblock.content ?? []).slice(from, to);

/** What every diff promises besides applying: ordered indices, and locations that hold the text listed. */
function checkLocations(older: DocumentJson, newer: DocumentJson, changes: readonly Change[]): void {
  changes.forEach((change, index) => {
    expect(change.index).toBe(index);
    if (change.unit !== 'text') return;
    const before = textBetween(nodeAt(older, change.older.path), change.older.from, change.older.to);
    const after = textBetween(nodeAt(newer, change.newer.path), change.newer.from, change.newer.to);
    if (change.kind === 'insert') expect([before, after]).toEqual(['', change.insertedText]);
    if (change.kind === 'delete') expect([before, after]).toEqual([change.deletedText, '']);
    if (change.kind === 'format') expect([before, after]).toEqual([change.text, change.text]);
  });
}

/** A random list of edit kinds, 1 to `most` long. */
function kindsFor(seed: number, most: number): EditKind[] {
  const random = randomSource(seed * 7919);
  return Array.from({ length: 1 + Math.floor(random() * most) }, () => editKinds[Math.floor(random() * editKinds.length)]!);
}

describe('the diff on generated edit sequences', () => {
  const generated = generateCommonText({ pages: 8, seed: 3 }).doc;
  const cases = [
    ...Array.from({ length: 120 }, (_, seed) => ({ name: 'the small master', older: master(), seed: seed + 1 })),
    ...Array.from({ length: 120 }, (_, seed) => ({ name: 'the text of every block', older: everything(), seed: seed + 1001 })),
    ...Array.from({ length: 80 }, (_, seed) => ({ name: 'a generated master', older: generated, seed: seed + 2001 })),
  ];

  it(`applying the diff to the older text gives the newer exactly, in ${cases.length} cases`, () => {
    for (const { name, older, seed } of cases) {
      const { doc: newer, made } = randomEdits(older, { seed, kinds: kindsFor(seed, 8) });
      const context = `${name}, seed ${seed}: ${made.join('; ')}`;
      const diff = diffDocuments(older, newer);
      expect(applyDiff(older, diff), context).toStrictEqual(newer);
      checkLocations(older, newer, diff.changes);
      // The other way round too: the older text from the newer.
      expect(applyDiff(newer, diffDocuments(newer, older)), `${context} (reversed)`).toStrictEqual(older);
      expect(diffDocuments(newer, structuredClone(newer)), context).toStrictEqual({ changes: [], hidden: [] });
      if (made.length > 0) expect(diff.changes.length, context).toBeGreaterThan(0);
    }
  });

  it('undoing one change on the newer text gives what applying all the others to the older gives', () => {
    for (const { name, older, seed } of cases) {
      const { doc: newer, made } = randomEdits(older, { seed, kinds: kindsFor(seed, 5) });
      const diff = diffDocuments(older, newer);
      if (diff.changes.length === 0) continue;
      const k = Math.floor(randomSource(seed)() * diff.changes.length);
      const others = { ...diff, changes: diff.changes.filter((change) => change.index !== k) };
      expect(revertChange(newer, diff, k), `${name}, seed ${seed}: ${made.join('; ')}; undo ${k}`).toStrictEqual(applyDiff(older, others));
    }
  });

  // Each undo is followed by a fresh diff, as the editor will do. The count of changes never grows;
  // it almost always drops by one (the alignment is a heuristic: undoing a change can make two blocks
  // pair that did not, which may leave the count as it was).
  it('undoing every change one by one, in a random order, diffing again after each, ends at the older text', () => {
    for (const { name, older, seed } of cases.filter((_, index) => index % 2 === 0)) {
      const { doc: newer, made } = randomEdits(older, { seed, kinds: kindsFor(seed, 6) });
      const random = randomSource(seed + 17);
      let current = newer;
      let diff = diffDocuments(older, current);
      const context = `${name}, seed ${seed}: ${made.join('; ')}`;
      for (let round = 0; diff.changes.length > 0; round += 1) {
        expect(round, context).toBeLessThan(100);
        current = revertChange(current, diff, Math.floor(random() * diff.changes.length));
        const next = diffDocuments(older, current);
        expect(next.changes.length, context).toBeLessThanOrEqual(diff.changes.length);
        diff = next;
      }
      expect(current, context).toStrictEqual(older);
    }
  });
});

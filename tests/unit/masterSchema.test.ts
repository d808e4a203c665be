import { Node as ProseMirrorNode, Slice, Fragment } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { DocumentJson } from '../../shared/domain/project';
import { blockIdsPlugin } from '../../shared/schema/blockIds';
import { insertBlock } from '../../shared/schema/insertBlock';
import { masterSchema } from '../../shared/schema/masterSchema';
import { positionedDocument, proseMirrorAdapter } from '../../shared/schema/proseMirrorAdapter';
import { setTextblock } from '../../shared/schema/setTextblock';
import { structuredEnter } from '../../shared/schema/structuredEnter';
import { generateCommonText } from '../support/commonTextGenerator';
import { everyBlock } from '../support/everyBlockText';
import { bulletList, codeBlock, doc, figure, heading, item, note, paragraph, table, term } from '../support/documentBuilders';

const schema = masterSchema();
const load = (json: DocumentJson): ProseMirrorNode => {
  const node = ProseMirrorNode.fromJSON(schema, json);
  node.check();
  return node;
};

describe('the master schema', () => {
  it('holds every node and mark of the document model and gives each its content rule', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'doc',
        'text',
        'paragraph',
        'hardBreak',
        'titleBlock',
        'titlePart',
        'unnumberedHeading',
        'heading',
        'annexHeading',
        'bulletList',
        'orderedList',
        'listItem',
        'note',
        'example',
        'tableBlock',
        'caption',
        'table',
        'tableRow',
        'tableHeader',
        'tableCell',
        'figure',
        'codeBlock',
        'termEntry',
        'termName',
        'termDefinition',
        'abbreviationEntry',
        'abbreviation',
        'expansion',
        'referenceEntry',
        'organizationBlock',
        'footnote',
        'crossReference',
        'placeholder',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual([
      'bold',
      'code',
      'deletion',
      'insertion',
      'italic',
      'organization',
      'subscript',
      'superscript',
      'underline',
    ]);
    expect(schema.nodes.tableBlock!.spec.content).toBe('caption table (note | example)*');
    expect(schema.nodes.table!.spec.tableRole).toBe('table');
    expect(schema.nodes.tableHeader!.spec.tableRole).toBe('header_cell');
  });

  it('loads a text with every block type and gives back the same JSON', () => {
    const json = everyBlock();
    expect(load(json).toJSON()).toEqual(json);
  });

  it('loads the generated 300-page text unchanged', () => {
    const { doc: json } = generateCommonText();
    expect(load(json).toJSON()).toEqual(json);
  });

  it('keeps every space, tab and line break of a code block', () => {
    const code = 'A ::= SEQUENCE {\n\ta  INTEGER,   -- three spaces\n\n  b BOOLEAN }';
    const node = load(doc(codeBlock(code)));
    expect(node.firstChild!.textContent).toBe(code);
    expect(node.firstChild!.type.spec.marks).toBe('');
  });

  it.each([
    [
      'a table without its title',
      { type: 'doc', content: [{ type: 'tableBlock', attrs: { id: 't' }, content: [table('x', [['a']]).content![1]!] }] },
    ],
    ['a heading inside a note', { type: 'doc', content: [{ type: 'note', attrs: { id: 'n' }, content: [heading(1, 'No')] }] }],
    ['a list item that starts with a list', doc(bulletList(item(bulletList('inner'))))],
    ['a heading inside a list item', doc(bulletList(item(paragraph('x'), heading(2, 'No'))))],
    ['a figure without its title', { type: 'doc', content: [{ type: 'figure', attrs: { id: 'f', src: '', alt: '', original: null } }] }],
    [
      'bold text in a code block',
      doc({ type: 'codeBlock', attrs: { language: 'asn1' }, content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] }),
    ],
    ['a term without its definition', doc({ type: 'termEntry', attrs: { id: 'd' }, content: [{ type: 'termName' }] })],
  ])('refuses %s', (_what, json) => {
    expect(() => load(json as DocumentJson)).toThrow();
  });
});

describe('numbering live ProseMirror nodes', () => {
  it('gives the same numbers and references as the stored JSON, on the 300-page text', () => {
    const { doc: json } = generateCommonText();
    const fromJson = computeNumbering(json, documentJsonAdapter);
    const fromNodes = computeNumbering(positionedDocument(load(json)), proseMirrorAdapter);
    const summary = (numbering: typeof fromJson | typeof fromNodes) => ({
      entries: numbering.entries.map((entry) => [entry.id, entry.kind, entry.label, entry.referenceText.full, entry.title]),
      references: numbering.crossReferences.map((use) => [use.target, use.entry?.referenceText[use.form] ?? null]),
      problems: numbering.problems.map((problem) => problem.kind),
    });
    expect(summary(fromNodes)).toEqual(summary(fromJson));
    expect(fromNodes.entries.length).toBeGreaterThan(1000);
  });

  it('knows where each numbered node stands in the document', () => {
    const node = load(everyBlock());
    const numbering = computeNumbering(positionedDocument(node), proseMirrorAdapter);
    for (const entry of numbering.entries) expect(node.nodeAt(entry.node.pos)).toBe(entry.node.node);
    for (const use of numbering.crossReferences) expect(node.nodeAt(use.node.pos)?.attrs.target).toBe(use.target);
  });
});

describe('block ids', () => {
  const stateOf = (json: DocumentJson) => EditorState.create({ doc: load(json), plugins: [blockIdsPlugin()] });
  const ids = (state: EditorState) => {
    const found: string[] = [];
    state.doc.descendants((node) => {
      if (typeof node.attrs.id === 'string') found.push(`${node.type.name}:${node.attrs.id}`);
    });
    return found;
  };

  it('gives a new heading an id and leaves typing alone', () => {
    let state = stateOf(doc(heading(1, 'Scope', 'h-1'), paragraph('text')));
    const newHeading = schema.nodes.heading!.create({ level: 1, id: '' }, schema.text('New'));
    state = state.apply(state.tr.insert(state.doc.content.size, newHeading));
    const [first, second] = ids(state);
    expect(first).toBe('heading:h-1');
    expect(second).toMatch(/^heading:b[0-9a-z]{10}$/);
    const before = state.doc;
    state = state.apply(state.tr.insertText('typed', 3));
    expect(ids(state)).toEqual([first, second]);
    expect(state.doc.eq(before)).toBe(false);
  });

  it('keeps the id on the first half of a split heading and gives the second half a new one', () => {
    let state = stateOf(doc(heading(1, 'Scope and field', 'h-1')));
    state = state.apply(state.tr.split(6));
    expect(state.doc.childCount).toBe(2);
    expect(state.doc.child(0).attrs.id).toBe('h-1');
    expect(state.doc.child(1).attrs.id).not.toBe('h-1');
    expect(state.doc.child(1).attrs.id).not.toBe('');
  });

  it('leaves the id with the original when a copy is pasted above it', () => {
    let state = stateOf(doc(paragraph('top'), table('Types', [['a']], 't-1')));
    const copy = state.doc.child(1);
    state = state.apply(state.tr.replace(0, 0, new Slice(Fragment.from(copy), 0, 0)));
    expect(state.doc.child(0).attrs.id).not.toBe('t-1');
    expect(state.doc.child(2).attrs.id).toBe('t-1');
  });

  it('lets a moved block keep its id', () => {
    let state = stateOf(doc(heading(1, 'One', 'h-1'), heading(1, 'Two', 'h-2')));
    const second = state.doc.child(1);
    const tr = state.tr.delete(state.doc.child(0).nodeSize, state.doc.content.size).insert(0, second);
    state = state.apply(tr);
    expect(ids(state)).toEqual(['heading:h-2', 'heading:h-1']);
  });
});

describe('block commands', () => {
  const stateAt = (json: DocumentJson, pos: number) => {
    const state = EditorState.create({ doc: load(json) });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  };

  it('keeps a heading’s id when its level or kind changes, so references still find it', () => {
    let state = stateAt(doc(heading(1, 'Scope', 'h-1')), 2);
    setTextblock(state, (tr) => (state = state.apply(tr)), 'heading', { level: 3 });
    expect(state.doc.child(0).attrs).toEqual({ id: 'h-1', level: 3 });
    setTextblock(state, (tr) => (state = state.apply(tr)), 'annexHeading', { kind: 'annex', normative: false });
    expect(state.doc.child(0).attrs).toEqual({ id: 'h-1', kind: 'annex', normative: false });
  });

  it('inserts a table after the current paragraph, or in place of an empty one', () => {
    let state = stateAt(doc(paragraph('Text'), paragraph('After')), 2);
    const tableNode = load(doc(table('T', [['a']]))).child(0);
    insertBlock(state, (tr) => (state = state.apply(tr)), tableNode);
    expect(state.doc.content.content.map((node) => node.type.name)).toEqual(['paragraph', 'tableBlock', 'paragraph']);
    expect(state.selection.$from.parent.type.name).toBe('caption');

    state = stateAt(doc(paragraph('Text'), paragraph()), 7);
    insertBlock(state, (tr) => (state = state.apply(tr)), tableNode);
    expect(state.doc.content.content.map((node) => node.type.name)).toEqual(['paragraph', 'tableBlock']);
  });

  it('puts a table asked for inside a note after the note', () => {
    let state = stateAt(doc(note('Inside', 'n-1')), 3);
    const tableNode = load(doc(table('T', [['a']]))).child(0);
    expect(insertBlock(state, (tr) => (state = state.apply(tr)), tableNode)).toBe(true);
    expect(state.doc.content.content.map((node) => node.type.name)).toEqual(['note', 'tableBlock']);
  });
});

describe('Enter in structured blocks', () => {
  const at = (json: DocumentJson, find: (node: ProseMirrorNode) => boolean, end = false) => {
    const state = EditorState.create({ doc: load(json) });
    let target = -1;
    state.doc.descendants((node, pos) => {
      if (target < 0 && find(node)) target = end ? pos + 1 + node.content.size : pos + 1;
      return target < 0;
    });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, target)));
  };
  const enter = (state: EditorState) => {
    let next = state;
    const handled = structuredEnter(state, (tr) => (next = state.apply(tr)));
    return { handled, state: next, where: next.selection.$from.parent.type.name };
  };

  it('goes from a table’s title to its first cell, and from a figure’s title to a new paragraph below', () => {
    const fromTable = enter(at(doc(table('Types', [['Name']])), (node) => node.type.name === 'caption', true));
    expect([fromTable.handled, fromTable.state.selection.$from.node(-1).type.name]).toEqual([true, 'tableHeader']);
    const fromFigure = enter(at(doc(figure('Model')), (node) => node.type.name === 'caption', true));
    expect(fromFigure.where).toBe('paragraph');
    expect(fromFigure.state.doc.content.content.map((node) => node.type.name)).toEqual(['figure', 'paragraph']);
  });

  it('goes from a term to its definition, and from the end of a definition to a new term entry', () => {
    const text = doc(term('directory', 'A collection of open systems.', 'd-1'));
    expect(enter(at(text, (node) => node.type.name === 'termName')).where).toBe('termDefinition');
    const next = enter(at(text, (node) => node.type.name === 'termDefinition', true));
    expect(next.where).toBe('termName');
    expect(next.state.doc.content.content.map((node) => node.type.name)).toEqual(['termEntry', 'termEntry']);
  });

  it('leaves Enter alone in a paragraph', () => {
    expect(enter(at(doc(paragraph('Text')), (node) => node.type.name === 'paragraph')).handled).toBe(false);
  });
});

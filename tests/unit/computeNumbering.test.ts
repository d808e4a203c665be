import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { NumberedKind } from '../../shared/domain/numbering/numberedEntry';
import {
  annex,
  appendix,
  bulletList,
  cell,
  crossReference,
  doc,
  example,
  figure,
  heading,
  item,
  note,
  organizationBlock,
  orderedList,
  paragraph,
  reference,
  table,
  term,
  unnumberedHeading,
  withoutId,
} from '../support/documentBuilders';

const numbering = (document: DocumentJson) => computeNumbering(document, documentJsonAdapter);

/** The labels of the entries of the given kinds, in document order. */
const labels = (document: DocumentJson, ...kinds: NumberedKind[]): string[] =>
  numbering(document)
    .entries.filter((entry) => kinds.includes(entry.kind))
    .map((entry) => entry.label);

const problemKinds = (document: DocumentJson): string[] => numbering(document).problems.map((problem) => problem.kind);

describe('clause numbering', () => {
  it('numbers clause headings 1, 2, 2.1, 2.1.1 and so on down to level 6', () => {
    const text = doc(
      heading(1, 'Scope'),
      heading(1, 'Normative references'),
      heading(2, 'Identical Recommendations | International Standards'),
      heading(3, 'a'),
      heading(4, 'b'),
      heading(5, 'c'),
      heading(6, 'd'),
      heading(6, 'e'),
      heading(2, 'Paired Recommendations | International Standards'),
    );
    expect(labels(text, 'clause')).toEqual(['1', '2', '2.1', '2.1.1', '2.1.1.1', '2.1.1.1.1', '2.1.1.1.1.1', '2.1.1.1.1.2', '2.2']);
    expect(numbering(text).entries.map((entry) => entry.level)).toEqual([1, 1, 2, 3, 4, 5, 6, 6, 2]);
    expect(numbering(text).problems).toEqual([]);
  });

  it('starts the deeper levels again after a new level-1 heading', () => {
    const text = doc(heading(1, 'A'), heading(2, 'B'), heading(3, 'C'), heading(1, 'D'), heading(2, 'E'), heading(3, 'F'));
    expect(labels(text, 'clause')).toEqual(['1', '1.1', '1.1.1', '2', '2.1', '2.1.1']);
  });

  it('gives each heading its title and the heading it stands under as its parent', () => {
    const entries = numbering(doc(heading(1, 'Scope'), heading(2, 'Purpose'), heading(2, 'Field'))).entries;
    expect(entries.map((entry) => entry.title)).toEqual(['Scope', 'Purpose', 'Field']);
    expect(entries.map((entry) => entry.parent?.label ?? null)).toEqual([null, '1', '1']);
  });

  it('lists a heading that skips a level, and shows the skipped level as 0', () => {
    const text = doc(heading(1, 'A'), heading(3, 'Too deep', 'deep'), heading(2, 'B'));
    expect(labels(text, 'clause')).toEqual(['1', '1.0.1', '1.1']);
    const [problem] = numbering(text).problems;
    expect(problem).toMatchObject({ kind: 'skippedHeadingLevel', previousLevel: 1, entry: { id: 'deep', number: '1.0.1' } });
  });

  it('lists a first heading below level 1 as a skip', () => {
    expect(problemKinds(doc(heading(2, 'Orphan')))).toEqual(['skippedHeadingLevel']);
  });

  it('numbers a heading whose level is not 1 to 6 at the nearest level that is, and lists it', () => {
    const text = doc(heading(1, 'A'), heading(2, 'B'), heading(3, 'C'), heading(4, 'D'), heading(5, 'E'), heading(6, 'F'), heading(9, 'G'));
    expect(labels(text, 'clause').at(-1)).toBe('1.1.1.1.1.2');
    expect(numbering(text).problems).toEqual([expect.objectContaining({ kind: 'headingLevelOutOfRange', level: 9 })]);
  });
});

describe('annexes and appendices', () => {
  it('letters annexes A, B, … and numbers the headings after them A.1, A.1.1', () => {
    const text = doc(
      heading(1, 'Scope'),
      annex('ASN.1'),
      heading(1, 'Modules'),
      heading(2, 'Core'),
      heading(1, 'Types'),
      annex('Use'),
      heading(1, 'X'),
    );
    expect(labels(text, 'annex', 'clause')).toEqual(['1', 'Annex A', 'A.1', 'A.1.1', 'A.2', 'Annex B', 'B.1']);
    const entries = numbering(text).entries;
    expect(entries.map((entry) => entry.number)).toEqual(['1', 'A', 'A.1', 'A.1.1', 'A.2', 'B', 'B.1']);
    expect(entries.map((entry) => entry.annex?.label ?? null)).toEqual([null, null, 'Annex A', 'Annex A', 'Annex A', null, 'Annex B']);
    expect(entries[2]!.parent?.label).toBe('Annex A');
  });

  it('goes on after Annex Z with AA, AB', () => {
    const annexes = Array.from({ length: 28 }, (_, index) => annex(`Annex ${index + 1}`));
    expect(labels(doc(...annexes), 'annex').slice(24)).toEqual(['Annex Y', 'Annex Z', 'Annex AA', 'Annex AB']);
  });

  it('numbers appendices I, II, III, IV with headings I.1, I.1.1, counting apart from the annexes', () => {
    const text = doc(
      annex('A'),
      appendix('First'),
      heading(1, 'x'),
      heading(2, 'y'),
      annex('B'),
      appendix('Second'),
      appendix('Third'),
      appendix('Fourth'),
      heading(1, 'z'),
    );
    expect(labels(text, 'annex', 'appendix', 'clause')).toEqual([
      'Annex A',
      'Appendix I',
      'I.1',
      'I.1.1',
      'Annex B',
      'Appendix II',
      'Appendix III',
      'Appendix IV',
      'IV.1',
    ]);
  });

  it('carries whether an annex is normative; an appendix never is', () => {
    const entries = numbering(doc(annex('N', { normative: true }), annex('I', { normative: false }), appendix('P'))).entries;
    expect(entries.map((entry) => entry.normative)).toEqual([true, false, false]);
    expect(numbering(doc(heading(1, 'Scope'))).entries[0]!.normative).toBeNull();
  });

  it('starts the heading levels again in each annex: its first heading is level 1', () => {
    expect(problemKinds(doc(heading(1, 'A'), heading(2, 'B'), heading(3, 'C'), annex('X'), heading(1, 'D')))).toEqual([]);
    expect(problemKinds(doc(heading(1, 'A'), annex('X'), heading(2, 'D')))).toEqual(['skippedHeadingLevel']);
  });

  it('ends the last annex at the bibliography: what follows is not in the annex', () => {
    const text = doc(
      annex('X'),
      table('In the annex', [['a']]),
      unnumberedHeading('bibliography', 'Bibliography'),
      table('After', [['b']]),
    );
    expect(labels(text, 'table')).toEqual(['Table A.1', 'Table 1']);
    expect(numbering(text).entries.map((entry) => entry.annex?.label ?? null)).toEqual([null, 'Annex A', null, null]);
  });
});

describe('front matter', () => {
  it('gives unnumbered headings no number and starts clause 1 at the first numbered heading', () => {
    const text = doc(
      unnumberedHeading('foreword', 'Foreword'),
      paragraph('x'),
      unnumberedHeading('introduction', 'Introduction'),
      heading(1, 'Scope'),
    );
    const entries = numbering(text).entries;
    expect(entries.map((entry) => [entry.kind, entry.number, entry.label, entry.title])).toEqual([
      ['unnumberedHeading', '', '', 'Foreword'],
      ['unnumberedHeading', '', '', 'Introduction'],
      ['clause', '1', '1', 'Scope'],
    ]);
    expect(entries[0]!.referenceText).toEqual({ number: 'Foreword', full: 'Foreword' });
  });

  it('numbers the notes of the front matter within their unnumbered heading, and tables in the body sequence', () => {
    const text = doc(
      unnumberedHeading('introduction', 'Introduction'),
      note('a'),
      note('b'),
      table('Early', [['x']]),
      heading(1, 'Scope'),
      note('c'),
      table('Later', [['y']]),
    );
    expect(labels(text, 'note', 'table')).toEqual(['NOTE 1', 'NOTE 2', 'Table 1', 'NOTE', 'Table 2']);
    expect(numbering(text).entries[1]!.referenceText.full).toBe('NOTE 1 in Introduction');
  });

  it('labels a note before any heading at all, with nothing to say where it is', () => {
    const [entry] = numbering(doc(note('Alone'))).entries;
    expect(entry).toMatchObject({ label: 'NOTE', parent: null, referenceText: { number: 'NOTE', full: 'NOTE' } });
  });
});

describe('tables and figures', () => {
  it('numbers the tables and figures of the body in sequence, tables and figures separately', () => {
    const text = doc(
      heading(1, 'One'),
      table('T1', [['a']]),
      figure('F1'),
      heading(1, 'Two'),
      table('T2', [['b']]),
      table('T3', [['c']]),
      figure('F2'),
    );
    expect(labels(text, 'table', 'figure')).toEqual(['Table 1', 'Figure 1', 'Table 2', 'Table 3', 'Figure 2']);
    expect(
      numbering(text)
        .entries.filter((entry) => entry.kind === 'table')
        .map((entry) => entry.title),
    ).toEqual(['T1', 'T2', 'T3']);
  });

  it('starts again in each annex and appendix: Table A.1, A.2, Figure A.1, Table B.1, Table I.1', () => {
    const text = doc(
      table('Body', [['a']]),
      annex('A'),
      table('x', [['a']]),
      heading(1, 'In A'),
      table('y', [['a']]),
      figure('z'),
      annex('B'),
      table('w', [['a']]),
      appendix('I'),
      table('v', [['a']]),
      figure('u'),
    );
    expect(labels(text, 'table', 'figure')).toEqual([
      'Table 1',
      'Table A.1',
      'Table A.2',
      'Figure A.1',
      'Table B.1',
      'Table I.1',
      'Figure I.1',
    ]);
    const tableA2 = numbering(text).entries.find((entry) => entry.label === 'Table A.2');
    expect(tableA2).toMatchObject({ number: 'A.2', referenceText: { number: 'Table A.2', full: 'Table A.2' }, parent: { label: 'A.1' } });
  });
});

describe('notes and examples', () => {
  it('labels a single note in a clause "NOTE", and several "NOTE 1", "NOTE 2"', () => {
    const text = doc(heading(1, 'One'), note('a'), heading(1, 'Two'), note('b'), paragraph('p'), note('c'));
    expect(labels(text, 'note')).toEqual(['NOTE', 'NOTE 1', 'NOTE 2']);
    expect(
      numbering(text)
        .entries.filter((entry) => entry.kind === 'note')
        .map((entry) => entry.number),
    ).toEqual(['', '1', '2']);
  });

  it('counts notes per clause: a subclause heading starts a new count', () => {
    const text = doc(heading(1, 'One'), note('a'), note('b'), heading(2, 'Sub'), note('c'), heading(2, 'Sub'), note('d'), note('e'));
    expect(labels(text, 'note')).toEqual(['NOTE 1', 'NOTE 2', 'NOTE', 'NOTE 1', 'NOTE 2']);
  });

  it('counts the notes after an annex heading within the annex until its first clause', () => {
    const text = doc(annex('X'), note('a'), heading(1, 'In X'), note('b'), note('c'));
    expect(labels(text, 'note')).toEqual(['NOTE', 'NOTE 1', 'NOTE 2']);
    expect(numbering(text).entries[1]!.referenceText.full).toBe('NOTE in Annex A');
  });

  it('numbers the notes of a table within that table, apart from the notes of its clause', () => {
    const text = doc(
      heading(1, 'One'),
      note('before'),
      table('T', [['h'], [cell(paragraph('x'), note('in table'))], [cell(paragraph('y'), note('in table too'))]]),
      note('after'),
      table('U', [['h'], [cell(note('alone in table'))]]),
    );
    expect(labels(text, 'note')).toEqual(['NOTE 1', 'NOTE 1', 'NOTE 2', 'NOTE 2', 'NOTE']);
    const full = numbering(text)
      .entries.filter((entry) => entry.kind === 'note')
      .map((entry) => entry.referenceText.full);
    expect(full).toEqual(['NOTE 1 in 1', 'NOTE 1 in Table 1', 'NOTE 2 in Table 1', 'NOTE 2 in 1', 'NOTE in Table 2']);
  });

  it('numbers examples as notes are numbered, and apart from the notes', () => {
    const text = doc(heading(1, 'One'), example('a'), note('n'), example('b'), heading(1, 'Two'), example('c'), note('m'), note('o'));
    expect(labels(text, 'example')).toEqual(['EXAMPLE 1', 'EXAMPLE 2', 'EXAMPLE']);
    expect(labels(text, 'note')).toEqual(['NOTE', 'NOTE 1', 'NOTE 2']);
  });

  it('refers to a note by its label, and from elsewhere with where it stands: "NOTE 2 in 6.1"', () => {
    const clauses = Array.from({ length: 5 }, (_, index) => heading(1, `C${index + 1}`));
    const text = doc(...clauses, heading(1, 'Six'), heading(2, 'Six one'), note('a'), note('b', 'n2'));
    expect(numbering(text).byId.get('n2')?.referenceText).toEqual({ number: 'NOTE 2', full: 'NOTE 2 in 6.1' });
  });
});

describe('terms', () => {
  it('numbers terms under 3.2 as 3.2.1, 3.2.2', () => {
    const text = doc(
      heading(1, 'Scope'),
      heading(1, 'References'),
      heading(1, 'Definitions'),
      heading(2, 'Imported'),
      heading(2, 'Defined here'),
      term('a', 'x'),
      term('b', 'y'),
    );
    expect(labels(text, 'term')).toEqual(['3.2.1', '3.2.2']);
  });

  it('numbers terms directly under clause 3 as 3.1, 3.2', () => {
    const text = doc(heading(1, 'Scope'), heading(1, 'References'), heading(1, 'Definitions'), term('a', 'x', 'ta'), term('b', 'y'));
    expect(labels(text, 'term')).toEqual(['3.1', '3.2']);
    expect(numbering(text).byId.get('ta')).toMatchObject({
      title: 'a',
      referenceText: { number: '3.1', full: '3.1' },
      parent: { label: '3' },
    });
  });

  it('starts the count again under each heading', () => {
    const text = doc(heading(1, 'Definitions'), heading(2, 'One'), term('a', 'x'), heading(2, 'Two'), term('b', 'y'), term('c', 'z'));
    expect(labels(text, 'term')).toEqual(['1.1.1', '1.2.1', '1.2.2']);
  });
});

describe('normative references', () => {
  it('are referred to by their text up to the first comma, or by the whole text', () => {
    const text = doc(
      heading(1, 'Normative references'),
      reference('Rec. ITU-T X.501 | ISO/IEC 9594-2, Information technology – The Directory: Models', 'identical', 'x501'),
      reference('Rec. ITU-T X.680 (2021) | ISO/IEC 8824-1:2021', 'identical', 'x680'),
    );
    const { byId } = numbering(text);
    expect(byId.get('x501')).toMatchObject({ kind: 'reference', label: '', referenceText: { full: 'Rec. ITU-T X.501 | ISO/IEC 9594-2' } });
    expect(byId.get('x680')?.referenceText).toEqual({
      number: 'Rec. ITU-T X.680 (2021) | ISO/IEC 8824-1:2021',
      full: 'Rec. ITU-T X.680 (2021) | ISO/IEC 8824-1:2021',
    });
  });
});

describe('nested blocks', () => {
  it('numbers what stands in organization blocks, list items and table cells in document order like any other', () => {
    const text = doc(
      heading(1, 'One'),
      note('a'),
      organizationBlock('itu-t', note('b'), table('Only ITU-T', [['x']]), heading(2, 'ITU-T only')),
      bulletList(item('item', note('c'), figure('In a list'))),
      orderedList('alpha', item('item', orderedList('numeric', item('deeper', example('d'))))),
      table('T', [['h'], [cell(paragraph('p'), figure('In a cell'))]]),
      figure('Last'),
      note('e'),
    );
    expect(labels(text, 'note', 'example', 'table', 'figure', 'clause')).toEqual([
      '1',
      'NOTE 1',
      'NOTE 2',
      'Table 1',
      '1.1',
      'NOTE 1',
      'Figure 1',
      'EXAMPLE',
      'Table 2',
      'Figure 2',
      'Figure 3',
      'NOTE 2',
    ]);
  });
});

describe('problems', () => {
  it('lists a note, example, table, figure or term without an id, and numbers it all the same', () => {
    const text = doc(
      heading(1, 'One'),
      withoutId(note('a')),
      withoutId(example('b')),
      withoutId(table('c', [['x']])),
      withoutId(figure('d')),
      withoutId(term('e', 'f')),
    );
    const { problems, byId } = numbering(text);
    expect(problems.map((problem) => (problem.kind === 'missingId' ? problem.entry.label : problem.kind))).toEqual([
      'NOTE',
      'EXAMPLE',
      'Table 1',
      'Figure 1',
      '1.1',
    ]);
    expect(byId.size).toBe(1);
  });

  it('lists a duplicate id, and sends references to the first node that has it', () => {
    const text = doc(heading(1, 'One', 'same'), heading(1, 'Two', 'same'), paragraph(crossReference('same')));
    const { problems, byId, crossReferences } = numbering(text);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'duplicateId', id: 'same', first: expect.objectContaining({ label: '1' }) }),
    ]);
    expect(problems[0]).toMatchObject({ duplicate: { label: '2' } });
    expect(byId.get('same')?.label).toBe('1');
    expect(crossReferences[0]?.entry?.label).toBe('1');
  });

  it('has nothing to list for a well-formed text', () => {
    const text = doc(heading(1, 'One', 'one'), note('a'), paragraph('See ', crossReference('one')), annex('X'), table('t', [['x']]));
    expect(numbering(text).problems).toEqual([]);
  });
});

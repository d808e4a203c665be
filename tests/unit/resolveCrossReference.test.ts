import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import { resolveCrossReference } from '../../shared/domain/numbering/resolveCrossReference';
import {
  annex,
  appendix,
  crossReference,
  doc,
  example,
  figure,
  heading,
  moveBlocks,
  note,
  paragraph,
  reference,
  table,
  term,
} from '../support/documentBuilders';

const numbering = (document: DocumentJson) => computeNumbering(document, documentJsonAdapter);

/** The text of every cross-reference of the document, in order. */
const referenceTexts = (document: DocumentJson): string[] => {
  const computed = numbering(document);
  return computed.crossReferences.map((use) => resolveCrossReference(computed, use.target, use.form).text);
};

/** Clauses 1–5, then 6 with 6.1 and 6.2, then Annex A with A.1, Annex B, Appendix I and II. */
const sample = (): DocumentJson =>
  doc(
    ...Array.from({ length: 5 }, (_, index) => heading(1, `Clause ${index + 1}`, `c${index + 1}`)),
    heading(1, 'Six', 'c6'),
    heading(2, 'Six one', 'c6.1'),
    note('only one'),
    note('second', 'note-2'),
    example('an example', 'example-1'),
    heading(2, 'Six two', 'c6.2'),
    figure('A figure', 'fig'),
    figure('Another figure', 'fig-2'),
    annex('First annex', { id: 'annex-a' }),
    heading(1, 'In the annex', 'a1'),
    table('A table', [['x']], 'tab-a1'),
    annex('Second annex', { id: 'annex-b' }),
    appendix('First appendix', 'app-1'),
    appendix('Second appendix', 'app-2'),
  );

describe('resolving a cross-reference', () => {
  it.each([
    ['c6.2', '6.2', 'clause 6.2'],
    ['a1', 'A.1', 'clause A.1'],
    ['annex-b', 'Annex B', 'Annex B'],
    ['app-2', 'Appendix II', 'Appendix II'],
    ['tab-a1', 'Table A.1', 'Table A.1'],
    ['fig-2', 'Figure 2', 'Figure 2'],
    ['note-2', 'NOTE 2', 'NOTE 2 in 6.1'],
    ['example-1', 'EXAMPLE', 'EXAMPLE in 6.1'],
  ])('reads the target %s as "%s" in number form and "%s" in full form', (target, number, full) => {
    const computed = numbering(sample());
    expect(resolveCrossReference(computed, target, 'number')).toMatchObject({ broken: false, text: number });
    expect(resolveCrossReference(computed, target, 'full')).toMatchObject({ broken: false, text: full });
  });

  it('reads a term as its number and a normative reference as its citation, in both forms', () => {
    const computed = numbering(
      doc(
        heading(1, 'Scope'),
        heading(1, 'Normative references'),
        reference('Rec. ITU-T X.501 | ISO/IEC 9594-2, Information technology – The Directory: Models', 'identical', 'x501'),
        heading(1, 'Definitions'),
        heading(2, 'Imported'),
        heading(2, 'Defined here'),
        term('entry', 'a named collection of information', 'entry'),
      ),
    );
    expect(resolveCrossReference(computed, 'entry', 'number').text).toBe('3.2.1');
    expect(resolveCrossReference(computed, 'entry', 'full').text).toBe('3.2.1');
    expect(resolveCrossReference(computed, 'x501', 'full').text).toBe('Rec. ITU-T X.501 | ISO/IEC 9594-2');
  });

  it('gives a broken marker, and no entry, for a target that is not in the text', () => {
    expect(resolveCrossReference(numbering(sample()), 'gone', 'full')).toEqual({
      broken: true,
      text: '[broken reference: gone]',
      target: 'gone',
    });
  });

  it('records each cross-reference in document order with its target, form, the entry it reaches and where it stands', () => {
    const computed = numbering(
      doc(heading(1, 'One', 'one'), paragraph('See ', crossReference('one', 'number'), ' and ', crossReference('none'))),
    );
    expect(computed.crossReferences).toEqual([
      expect.objectContaining({
        index: 0,
        target: 'one',
        form: 'number',
        entry: expect.objectContaining({ label: '1' }),
        section: computed.byId.get('one'),
      }),
      expect.objectContaining({ index: 1, target: 'none', form: 'full', entry: null }),
    ]);
  });
});

describe('numbering after an edit', () => {
  const references = paragraph(
    crossReference('c2'),
    crossReference('c3'),
    crossReference('c3.1'),
    crossReference('t1'),
    crossReference('t2'),
    crossReference('n'),
  );
  const text = doc(
    heading(1, 'One', 'c1'),
    references,
    heading(1, 'Two', 'c2'),
    table('First', [['x']], 't1'),
    heading(1, 'Three', 'c3'),
    heading(2, 'Three one', 'c3.1'),
    note('a'),
    note('b', 'n'),
    table('Second', [['y']], 't2'),
  );

  it('renumbers everything after a moved clause, and every reference follows its target', () => {
    expect(referenceTexts(text)).toEqual(['clause 2', 'clause 3', 'clause 3.1', 'Table 1', 'Table 2', 'NOTE 2 in 3.1']);
    // Clause 3 with its subclause, note and table moves before clause 2.
    const moved = moveBlocks(text, 4, 9, 2);
    expect(moved.content?.map((block) => block.attrs?.id ?? block.type)).toEqual([
      'c1',
      'paragraph',
      'c3',
      'c3.1',
      expect.any(String),
      'n',
      't2',
      'c2',
      't1',
    ]);
    expect(referenceTexts(moved)).toEqual(['clause 3', 'clause 2', 'clause 2.1', 'Table 2', 'Table 1', 'NOTE 2 in 2.1']);
    expect(numbering(moved).problems).toEqual([]);
  });

  it('renumbers everything after an inserted clause', () => {
    const inserted = {
      ...text,
      content: [...text.content!.slice(0, 2), heading(1, 'New', 'new'), table('New', [['z']]), ...text.content!.slice(2)],
    };
    expect(referenceTexts(inserted)).toEqual(['clause 3', 'clause 4', 'clause 4.1', 'Table 2', 'Table 3', 'NOTE 2 in 4.1']);
  });

  it('renumbers everything after a deleted clause, and makes the references to what it held broken and listed', () => {
    const deleted = { ...text, content: text.content!.filter((block) => !['c2', 't1'].includes(block.attrs?.id as string)) };
    expect(referenceTexts(deleted)).toEqual([
      '[broken reference: c2]',
      'clause 2',
      'clause 2.1',
      '[broken reference: t1]',
      'Table 1',
      'NOTE 2 in 2.1',
    ]);
    const broken = numbering(deleted).problems.map((problem) =>
      problem.kind === 'brokenReference'
        ? `${problem.reference.index}:${problem.reference.target}:${problem.reference.section?.label}`
        : problem.kind,
    );
    expect(broken).toEqual(['0:c2:1', '3:t1:1']);
  });

  it('makes a reference to a deleted note broken, and relabels the note left alone', () => {
    const deleted = { ...text, content: text.content!.filter((block) => block.attrs?.id !== 'n') };
    expect(referenceTexts(deleted).at(-1)).toBe('[broken reference: n]');
    expect(
      numbering(deleted)
        .entries.filter((entry) => entry.kind === 'note')
        .map((entry) => entry.label),
    ).toEqual(['NOTE']);
  });
});

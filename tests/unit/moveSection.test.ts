import { history, undo, redo } from '@tiptap/pm/history';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { DocumentJson } from '../../shared/domain/project';
import { documentSections, innermostSectionStart, sectionRange } from '../../shared/schema/clauseRanges';
import { masterSchema } from '../../shared/schema/masterSchema';
import type { SectionCommand } from '../../shared/schema/moveSection';
import { moveSection, moveSectionAt, moveSectionTo, shiftSectionLevel, shiftSectionLevelAt } from '../../shared/schema/moveSection';
import { positionedDocument, proseMirrorAdapter } from '../../shared/schema/proseMirrorAdapter';
import { generateCommonText } from '../support/commonTextGenerator';
import { annex, appendix, crossReference, doc, heading, note, paragraph, table, unnumberedHeading } from '../support/documentBuilders';

const schema = masterSchema();

/** A small common text: front matter, four clauses (two with subclauses), two annexes, an appendix, a bibliography. */
const commonText = (): DocumentJson =>
  doc(
    unnumberedHeading('introduction', 'Introduction', 'u-intro'),
    paragraph('This text introduces the Directory.'),
    heading(1, 'Scope', 'h-scope'),
    paragraph('See ', crossReference('h-defs'), ', ', crossReference('h-terms', 'number'), ' and ', crossReference('a-modules'), '.'),
    heading(1, 'Normative references', 'h-refs'),
    heading(2, 'Identical Recommendations | International Standards', 'h-identical'),
    paragraph('The identical texts.'),
    heading(1, 'Definitions', 'h-defs'),
    paragraph('Terms are defined in ', crossReference('h-identical'), '.'),
    heading(2, 'Terms defined elsewhere', 'h-terms'),
    paragraph('The terms of X.501.'),
    note('A note under the terms.', 'n-terms'),
    heading(1, 'Overview', 'h-overview'),
    paragraph('The types are in ', crossReference('t-types'), '.'),
    table('Attribute types', [['Name'], ['cn']], 't-types'),
    annex('Object identifiers', { id: 'a-oids' }),
    heading(1, 'Arcs', 'h-arcs'),
    paragraph('The arcs.'),
    annex('ASN.1 modules', { id: 'a-modules', normative: false }),
    heading(1, 'The module', 'h-module'),
    paragraph('The module.'),
    appendix('Examples', 'p-examples'),
    paragraph('An example.'),
    unnumberedHeading('bibliography', 'Bibliography', 'u-bib'),
    paragraph('Other texts.'),
  );

const stateOf = (json: DocumentJson, withHistory = false): EditorState => {
  const node = ProseMirrorNode.fromJSON(schema, json);
  node.check();
  return EditorState.create({ doc: node, plugins: withHistory ? [history()] : [] });
};

/** Where the block with this id starts. */
const posOf = (state: EditorState, id: string): number => {
  let found = -1;
  state.doc.descendants((node, pos) => {
    if (node.attrs.id === id) found = pos;
    return found < 0;
  });
  if (found < 0) throw new Error(`No block ${id}`);
  return found;
};

/** Runs a command; returns the new state, or null when the command refused (after checking it changed nothing). */
const run = (state: EditorState, command: SectionCommand): EditorState | null => {
  const checked = command(state);
  let applied: Transaction | null = null;
  const result = command(state, (tr) => (applied = tr));
  expect(result).toBe(checked);
  if (!result) {
    expect(applied).toBeNull();
    return null;
  }
  expect(applied).not.toBeNull();
  const next = state.apply(applied!);
  next.doc.check();
  return next;
};
const mustRun = (state: EditorState, command: SectionCommand): EditorState => {
  const next = run(state, command);
  if (!next) throw new Error('The command was refused.');
  return next;
};

/** The numbered headings as printed: "2.1 Terms defined elsewhere", "Annex B (informative) ASN.1 modules". */
const outline = (state: EditorState): string[] => {
  const numbering = computeNumbering(positionedDocument(state.doc), proseMirrorAdapter);
  return numbering.entries.flatMap((entry) => {
    switch (entry.kind) {
      case 'clause':
        return [`${entry.label} ${entry.title}`];
      case 'annex':
        return [`${entry.label} (${entry.normative ? 'normative' : 'informative'}) ${entry.title}`];
      case 'appendix':
        return [`${entry.label} ${entry.title}`];
      case 'unnumberedHeading':
        return [entry.title];
      default:
        return [];
    }
  });
};

/** What each cross-reference reads, in document order, from the live nodes and from the stored JSON alike. */
const referenceTexts = (state: EditorState): string[] => {
  const live = computeNumbering(positionedDocument(state.doc), proseMirrorAdapter);
  const stored = computeNumbering(state.doc.toJSON() as DocumentJson, documentJsonAdapter);
  const texts = (numbering: typeof live | typeof stored) =>
    numbering.crossReferences.map((use) => use.entry?.referenceText[use.form] ?? `broken ${use.target}`);
  expect(texts(live)).toEqual(texts(stored));
  return texts(live);
};

/** The text of each top-level block, in order: what moved with what. */
const blockTexts = (state: EditorState): string[] => {
  const texts: string[] = [];
  state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
};

const original = {
  outline: [
    'Introduction',
    '1 Scope',
    '2 Normative references',
    '2.1 Identical Recommendations | International Standards',
    '3 Definitions',
    '3.1 Terms defined elsewhere',
    '4 Overview',
    'Annex A (normative) Object identifiers',
    'A.1 Arcs',
    'Annex B (informative) ASN.1 modules',
    'B.1 The module',
    'Appendix I Examples',
    'Bibliography',
  ],
  references: ['clause 3', '3.1', 'Annex B', 'clause 2.1', 'Table 1'],
};

describe('the range of a section', () => {
  it('runs from a clause heading over its subclauses to the next clause of the same level', () => {
    const state = stateOf(commonText());
    const range = sectionRange(state.doc, posOf(state, 'h-refs'));
    expect(range).toEqual({ from: posOf(state, 'h-refs'), to: posOf(state, 'h-defs') });
    expect(sectionRange(state.doc, posOf(state, 'h-terms'))).toEqual({ from: posOf(state, 'h-terms'), to: posOf(state, 'h-overview') });
  });

  it('ends the last clause of the body at the first annex, and an annex at the next annex or appendix', () => {
    const state = stateOf(commonText());
    expect(sectionRange(state.doc, posOf(state, 'h-overview'))?.to).toBe(posOf(state, 'a-oids'));
    expect(sectionRange(state.doc, posOf(state, 'a-oids'))?.to).toBe(posOf(state, 'a-modules'));
    expect(sectionRange(state.doc, posOf(state, 'p-examples'))?.to).toBe(posOf(state, 'u-bib'));
  });

  it('ends an unnumbered heading at the next heading of any kind, and the last section at the end of the text', () => {
    const state = stateOf(commonText());
    expect(sectionRange(state.doc, posOf(state, 'u-intro'))?.to).toBe(posOf(state, 'h-scope'));
    expect(sectionRange(state.doc, posOf(state, 'u-bib'))?.to).toBe(state.doc.content.size);
  });

  it('has no range where no top-level heading starts', () => {
    const state = stateOf(commonText());
    expect(sectionRange(state.doc, posOf(state, 'h-scope') + 1)).toBeNull();
    expect(sectionRange(state.doc, posOf(state, 't-types'))).toBeNull();
    expect(sectionRange(state.doc, posOf(state, 'n-terms'))).toBeNull();
  });

  it('knows which section each heading stands in, and agrees with the range of each', () => {
    const state = stateOf(commonText());
    const sections = documentSections(state.doc);
    const parentOf = (id: string) => sections.find((section) => section.node.attrs.id === id)?.parent?.node.attrs.id ?? null;
    expect(parentOf('h-identical')).toBe('h-refs');
    expect(parentOf('h-arcs')).toBe('a-oids');
    expect(parentOf('h-scope')).toBeNull();
    expect(parentOf('a-modules')).toBeNull();
    for (const section of sections) expect(sectionRange(state.doc, section.from)).toEqual({ from: section.from, to: section.to });
  });

  it('finds the innermost section around a position, none before the first heading', () => {
    const state = stateOf(doc(paragraph('Before.'), heading(1, 'One', 'h-1'), heading(2, 'Sub', 'h-1-1'), paragraph('Text.')));
    expect(innermostSectionStart(state.doc, 3)).toBeNull();
    expect(innermostSectionStart(state.doc, state.doc.content.size - 2)).toBe(posOf(state, 'h-1-1'));
    expect(innermostSectionStart(state.doc, posOf(state, 'h-1') + 2)).toBe(posOf(state, 'h-1'));
  });
});

describe('moving a section up or down', () => {
  it('moves clause 3 above clause 2 with its subclause, notes and text; numbers and references follow', () => {
    const state = stateOf(commonText());
    expect(outline(state)).toEqual(original.outline);
    expect(referenceTexts(state)).toEqual(original.references);
    const moved = mustRun(state, moveSectionAt(posOf(state, 'h-defs'), 'up'));
    expect(outline(moved)).toEqual([
      'Introduction',
      '1 Scope',
      '2 Definitions',
      '2.1 Terms defined elsewhere',
      '3 Normative references',
      '3.1 Identical Recommendations | International Standards',
      ...original.outline.slice(6),
    ]);
    expect(referenceTexts(moved)).toEqual(['clause 2', '2.1', 'Annex B', 'clause 3.1', 'Table 1']);
    const texts = blockTexts(moved);
    expect(texts.slice(texts.indexOf('Definitions'), texts.indexOf('Overview'))).toEqual([
      'Definitions',
      'Terms are defined in .',
      'Terms defined elsewhere',
      'The terms of X.501.',
      'A note under the terms.',
      'Normative references',
      'Identical Recommendations | International Standards',
      'The identical texts.',
    ]);
    // The same blocks, nothing copied or lost.
    expect([...texts].sort()).toEqual([...blockTexts(state)].sort());
  });

  it('moves the clause holding the cursor, and keeps the cursor where it was in it', () => {
    const state = stateOf(commonText());
    const inHeading = posOf(state, 'h-refs') + 1 + 'Normative'.length;
    const before = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inHeading)));
    const moved = mustRun(before, moveSection('down'));
    expect(outline(moved).slice(2, 6)).toEqual([
      '2 Definitions',
      '2.1 Terms defined elsewhere',
      '3 Normative references',
      '3.1 Identical Recommendations | International Standards',
    ]);
    expect(moved.selection.from).toBe(posOf(moved, 'h-refs') + 1 + 'Normative'.length);
    expect(moved.selection.$from.parent.attrs.id).toBe('h-refs');
  });

  it('moves the innermost section around the cursor when it is in the text of a subclause', () => {
    let state = stateOf(
      doc(heading(1, 'One', 'h-1'), heading(2, 'First', 'h-1-1'), heading(2, 'Second', 'h-1-2'), paragraph('Text of 1.2.')),
    );
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 3)));
    const moved = mustRun(state, moveSection('up'));
    expect(outline(moved)).toEqual(['1 One', '1.1 Second', '1.2 First']);
    expect(blockTexts(moved)).toEqual(['One', 'Second', 'Text of 1.2.', 'First']);
    expect(moved.selection.$from.parent.textContent).toBe('Text of 1.2.');
  });

  it('moves an annex as a whole annex, its clauses with it', () => {
    const state = stateOf(commonText());
    const moved = mustRun(state, moveSectionAt(posOf(state, 'a-modules'), 'up'));
    expect(outline(moved).slice(7, 11)).toEqual([
      'Annex A (informative) ASN.1 modules',
      'A.1 The module',
      'Annex B (normative) Object identifiers',
      'B.1 Arcs',
    ]);
    expect(referenceTexts(moved)).toEqual(['clause 3', '3.1', 'Annex A', 'clause 2.1', 'Table 1']);
    expect(outline(mustRun(moved, moveSectionAt(posOf(moved, 'a-modules'), 'down')))).toEqual(original.outline);
  });

  it('moves a subclause only among the subclauses of its clause', () => {
    const state = stateOf(
      doc(heading(1, 'One', 'h-1'), heading(2, 'Only', 'h-1-1'), paragraph('x'), heading(1, 'Two', 'h-2'), heading(2, 'Other', 'h-2-1')),
    );
    expect(run(state, moveSectionAt(posOf(state, 'h-1-1'), 'down'))).toBeNull();
    expect(run(state, moveSectionAt(posOf(state, 'h-2-1'), 'up'))).toBeNull();
  });

  it.each([
    ['the first clause of a clause up', 'h-identical', 'up'],
    ['the last clause of the body below Annex A', 'h-overview', 'down'],
    ['Annex A above the last clause of the body', 'a-oids', 'up'],
    ['the bibliography down, past the end', 'u-bib', 'down'],
    ['the introduction up, past the start', 'u-intro', 'up'],
    ['a clause of an annex out of it', 'h-arcs', 'down'],
  ] as const)('refuses to move %s, and changes nothing', (_what, id, direction) => {
    const state = stateOf(commonText());
    expect(run(state, moveSectionAt(posOf(state, id), direction))).toBeNull();
  });

  it('refuses when no section starts at the position, or the cursor is before the first heading', () => {
    const state = stateOf(doc(paragraph('Before.'), heading(1, 'One', 'h-1'), heading(1, 'Two', 'h-2')));
    expect(run(state, moveSectionAt(posOf(state, 'h-2') + 1, 'up'))).toBeNull();
    expect(run(state, moveSection('down'))).toBeNull();
  });

  it('makes each move one undo step, even two moves in quick succession', () => {
    let state = stateOf(commonText(), true);
    state = mustRun(state, moveSectionAt(posOf(state, 'h-overview'), 'up'));
    const afterFirst = state.doc;
    state = mustRun(state, moveSectionAt(posOf(state, 'h-overview'), 'up'));
    expect(outline(state).slice(1, 4)).toEqual(['1 Scope', '2 Overview', '3 Normative references']);
    state = mustRun(state, undo);
    expect(state.doc.eq(afterFirst)).toBe(true);
    state = mustRun(state, undo);
    expect(outline(state)).toEqual(original.outline);
    expect(state.doc.eq(stateOf(commonText()).doc)).toBe(true);
    state = mustRun(state, redo);
    expect(state.doc.eq(afterFirst)).toBe(true);
  });

  it('gives back the very same text when every section that can move up moves up and then down again', () => {
    const { doc: json } = generateCommonText({ pages: 30, seed: 7 });
    const start = stateOf(json);
    const sections = documentSections(start.doc);
    let moves = 0;
    for (const section of sections) {
      const up = run(start, moveSectionAt(section.from, 'up'));
      if (!up) continue;
      moves += 1;
      const numbering = computeNumbering(positionedDocument(up.doc), proseMirrorAdapter);
      expect(numbering.problems.filter((problem) => problem.kind === 'brokenReference')).toEqual([]);
      const back = mustRun(up, moveSectionAt(posOf(up, section.node.attrs.id as string), 'down'));
      expect(back.doc.eq(start.doc)).toBe(true);
    }
    console.info(`moved ${moves} of ${sections.length} sections up and back`);
    expect(moves).toBeGreaterThan(sections.length / 2);
  });
});

describe('moving a section before or after another (drag and drop)', () => {
  it('makes the moved clause a sibling of the target: Scope after 3.1 becomes 2.2, its level with it', () => {
    const state = stateOf(commonText());
    const moved = mustRun(state, moveSectionTo(posOf(state, 'h-scope'), posOf(state, 'h-terms'), 'after'));
    expect(outline(moved).slice(1, 7)).toEqual([
      '1 Normative references',
      '1.1 Identical Recommendations | International Standards',
      '2 Definitions',
      '2.1 Terms defined elsewhere',
      '2.2 Scope',
      '3 Overview',
    ]);
    // Scope's paragraph moved with it, after the reference in Definitions.
    expect(referenceTexts(moved)).toEqual(['clause 1.1', 'clause 2', '2.1', 'Annex B', 'Table 1']);
  });

  it('moves a clause with its subclauses before an annex, where it ends the body', () => {
    const state = stateOf(commonText());
    const moved = mustRun(state, moveSectionTo(posOf(state, 'h-refs'), posOf(state, 'a-oids'), 'before'));
    expect(outline(moved).slice(1, 8)).toEqual([
      '1 Scope',
      '2 Definitions',
      '2.1 Terms defined elsewhere',
      '3 Overview',
      '4 Normative references',
      '4.1 Identical Recommendations | International Standards',
      'Annex A (normative) Object identifiers',
    ]);
    expect(referenceTexts(moved)).toEqual(['clause 2', '2.1', 'Annex B', 'clause 4.1', 'Table 1']);
  });

  it('moves a clause into an annex, where its table takes the annex letter', () => {
    const state = stateOf(commonText());
    const moved = mustRun(state, moveSectionTo(posOf(state, 'h-overview'), posOf(state, 'h-module'), 'before'));
    expect(outline(moved).slice(6, 11)).toEqual([
      'Annex A (normative) Object identifiers',
      'A.1 Arcs',
      'Annex B (informative) ASN.1 modules',
      'B.1 Overview',
      'B.2 The module',
    ]);
    expect(referenceTexts(moved).at(-1)).toBe('Table B.1');
  });

  it('moves a subclause out to the top level before a clause, promoted to its level', () => {
    const state = stateOf(commonText());
    const moved = mustRun(state, moveSectionTo(posOf(state, 'h-terms'), posOf(state, 'h-overview'), 'before'));
    expect(outline(moved).slice(5, 8)).toEqual(['4 Terms defined elsewhere', '5 Overview', 'Annex A (normative) Object identifiers']);
    expect(blockTexts(moved).slice(blockTexts(moved).indexOf('Terms defined elsewhere')).slice(0, 4)).toEqual([
      'Terms defined elsewhere',
      'The terms of X.501.',
      'A note under the terms.',
      'Overview',
    ]);
  });

  it('moves an annex after another annex, and the bibliography before the annexes', () => {
    const state = stateOf(commonText());
    const annexMoved = mustRun(state, moveSectionTo(posOf(state, 'a-oids'), posOf(state, 'a-modules'), 'after'));
    expect(outline(annexMoved).slice(7, 11)).toEqual([
      'Annex A (informative) ASN.1 modules',
      'A.1 The module',
      'Annex B (normative) Object identifiers',
      'B.1 Arcs',
    ]);
    const bibliography = mustRun(state, moveSectionTo(posOf(state, 'u-bib'), posOf(state, 'a-oids'), 'before'));
    expect(outline(bibliography).slice(6, 8)).toEqual(['4 Overview', 'Bibliography']);
  });

  it.each([
    ['a clause before its own subclause', 'h-defs', 'h-terms', 'before'],
    ['a clause after itself', 'h-defs', 'h-defs', 'after'],
    ['a clause before the clause that follows it', 'h-refs', 'h-defs', 'before'],
    ['an annex among the clauses of the body', 'a-modules', 'h-refs', 'before'],
    ['an annex into another annex', 'a-modules', 'h-arcs', 'before'],
    ['a clause after a whole annex, where it would be a clause of that annex', 'h-scope', 'a-oids', 'after'],
  ] as const)('refuses to move %s, and changes nothing', (_what, id, target, placement) => {
    const state = stateOf(commonText());
    expect(run(state, moveSectionTo(posOf(state, id), posOf(state, target), placement))).toBeNull();
  });

  it('refuses a move that would push a subclause below level 6', () => {
    const deep = doc(
      heading(1, 'One', 'h-1'),
      heading(2, 'Two', 'h-2'),
      heading(3, 'Three', 'h-3'),
      heading(4, 'Four', 'h-4'),
      heading(5, 'Five', 'h-5'),
      heading(6, 'Six', 'h-6'),
      heading(1, 'Other', 'h-other'),
      heading(2, 'Sub', 'h-other-1'),
    );
    const state = stateOf(deep);
    expect(run(state, moveSectionTo(posOf(state, 'h-1'), posOf(state, 'h-other-1'), 'after'))).toBeNull();
    const moved = mustRun(state, moveSectionTo(posOf(state, 'h-5'), posOf(state, 'h-other-1'), 'after'));
    expect(outline(moved)).toEqual(['1 One', '1.1 Two', '1.1.1 Three', '1.1.1.1 Four', '2 Other', '2.1 Sub', '2.2 Five', '2.2.1 Six']);
  });
});

describe('promoting and demoting a clause with its subclauses', () => {
  it('demotes clause 2 with its subclause into clause 1, and promotes it back', () => {
    const state = stateOf(commonText());
    const demoted = mustRun(state, shiftSectionLevelAt(posOf(state, 'h-refs'), 1));
    expect(outline(demoted).slice(1, 6)).toEqual([
      '1 Scope',
      '1.1 Normative references',
      '1.1.1 Identical Recommendations | International Standards',
      '2 Definitions',
      '2.1 Terms defined elsewhere',
    ]);
    expect(referenceTexts(demoted)).toEqual(['clause 2', '2.1', 'Annex B', 'clause 1.1.1', 'Table 1']);
    const promoted = mustRun(demoted, shiftSectionLevelAt(posOf(demoted, 'h-refs'), -1));
    expect(promoted.doc.eq(state.doc)).toBe(true);
  });

  it('promotes the subclause holding the cursor to a clause of its own', () => {
    let state = stateOf(commonText());
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, posOf(state, 'n-terms') + 3)));
    const promoted = mustRun(state, shiftSectionLevel(-1));
    expect(outline(promoted).slice(4, 7)).toEqual(['3 Definitions', '4 Terms defined elsewhere', '5 Overview']);
  });

  it.each([
    ['promote a clause of level 1', doc(heading(1, 'One', 'h-1'), heading(2, 'Sub', 'h-2')), 'h-1', -1],
    ['demote a clause whose subclause is at level 6', doc(heading(5, 'Five', 'h-1'), heading(6, 'Six', 'h-2')), 'h-1', 1],
    ['promote or demote an annex', doc(annex('Annex', { id: 'h-1' }), heading(1, 'Sub', 'h-2')), 'h-1', 1],
    ['promote or demote an unnumbered heading', doc(unnumberedHeading('foreword', 'Foreword', 'h-1')), 'h-1', -1],
  ] as const)('refuses to %s, and changes nothing', (_what, json, id, by) => {
    const state = stateOf(json);
    expect(run(state, shiftSectionLevelAt(posOf(state, id), by))).toBeNull();
  });
});

describe('on the 300-page text', () => {
  it('moves a clause of many pages and keeps every cross-reference resolved', () => {
    const { doc: json } = generateCommonText();
    const state = stateOf(json);
    const sections = documentSections(state.doc);
    const clauses = sections.filter((section) => section.level === 1 && section.parent === null);
    const biggest = clauses.reduce((best, section) => (section.to - section.from > best.to - best.from ? section : best));
    const started = performance.now();
    const moved = mustRun(state, moveSectionAt(biggest.from, biggest === clauses[0] ? 'down' : 'up'));
    const elapsed = performance.now() - started;
    const before = computeNumbering(positionedDocument(state.doc), proseMirrorAdapter);
    const after = computeNumbering(positionedDocument(moved.doc), proseMirrorAdapter);
    expect(after.entries.length).toBe(before.entries.length);
    expect(after.problems.filter((problem) => problem.kind === 'brokenReference')).toEqual([]);
    expect(after.crossReferences.map((use) => use.target)).not.toEqual([]);
    // A figure for the report, not a timed assertion.
    console.info(`moving a clause of ${biggest.endIndex - biggest.index} blocks in the 300-page text: ${elapsed.toFixed(1)} ms`);
  });
});

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
import { annexLetter } from '../../shared/domain/numbering/annexLetter';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import { listItemMarker } from '../../shared/domain/numbering/listItemMarker';
import { romanNumeral } from '../../shared/domain/numbering/romanNumeral';
import type { TreeAdapter } from '../../shared/domain/numbering/treeAdapter';
import {
  annex,
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
  paragraph,
  table,
  term,
} from '../support/documentBuilders';

// Enough of the master's schema to hold the sample below; the editor's own comes with its Tiptap extensions.
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    text: { group: 'inline' },
    crossReference: { group: 'inline', inline: true, atom: true, attrs: { target: { default: '' }, form: { default: 'full' } } },
    paragraph: { group: 'block', content: 'inline*' },
    heading: { group: 'block', content: 'inline*', attrs: { id: { default: null }, level: { default: 1 } } },
    annexHeading: {
      group: 'block',
      content: 'inline*',
      attrs: { id: { default: null }, kind: { default: 'annex' }, normative: { default: true } },
    },
    note: { group: 'block', content: 'paragraph+', attrs: { id: { default: null } } },
    example: { group: 'block', content: 'paragraph+', attrs: { id: { default: null } } },
    tableBlock: { group: 'block', content: 'caption table', attrs: { id: { default: null } } },
    caption: { content: 'inline*' },
    table: { content: 'tableRow+' },
    tableRow: { content: '(tableHeader | tableCell)+' },
    tableHeader: { content: 'block+', attrs: { colspan: { default: 1 }, rowspan: { default: 1 } } },
    tableCell: { content: 'block+', attrs: { colspan: { default: 1 }, rowspan: { default: 1 } } },
    figure: {
      group: 'block',
      content: 'caption',
      attrs: { id: { default: null }, src: { default: '' }, alt: { default: '' }, original: { default: null } },
    },
    termEntry: { group: 'block', content: 'termName termDefinition', attrs: { id: { default: null } } },
    termName: { content: 'inline*' },
    termDefinition: { content: 'inline*' },
    bulletList: { group: 'block', content: 'listItem+' },
    listItem: { content: 'paragraph block*' },
    organizationBlock: { group: 'block', content: 'block+', attrs: { organization: { default: 'itu-t' } } },
  },
});

const proseMirrorAdapter: TreeAdapter<ProseMirrorNode> = {
  type: (node) => node.type.name,
  attrs: (node) => node.attrs,
  children: (node) => node.content.content,
  text: (node) => node.textContent,
};

const sample = (): DocumentJson =>
  doc(
    heading(1, 'Scope', 'scope'),
    paragraph('See ', crossReference('t'), ' and ', crossReference('gone', 'number'), '.'),
    heading(2, 'Terms'),
    term('entry', 'a named collection', 'entry'),
    note('one'),
    note(['two, see ', crossReference('scope', 'number')]),
    table('Components', [['h'], [cell(paragraph('x'), note('in the table'))]], 't'),
    bulletList(item('item', example('in a list'))),
    organizationBlock('iso-iec', figure('ISO/IEC only')),
    annex('Modules'),
    heading(1, 'Core'),
    table('More', [['y']]),
  );

/** What a test compares: the numbering without the nodes, which differ between the two trees. */
const summary = <N>(document: N, adapter: TreeAdapter<N>) => {
  const computed = computeNumbering(document, adapter);
  return {
    entries: computed.entries.map(({ id, kind, number, label, referenceText, title, level, normative, parent, annex: inAnnex }) => ({
      id,
      kind,
      number,
      label,
      referenceText,
      title,
      level,
      normative,
      parent: parent?.index ?? null,
      annex: inAnnex?.index ?? null,
    })),
    references: computed.crossReferences.map((use) => [use.index, use.target, use.form, use.entry?.index ?? null]),
    problems: computed.problems.map((problem) => problem.kind),
  };
};

describe('the numbering tree adapter', () => {
  it('numbers live ProseMirror nodes through an adapter exactly as it numbers their JSON', () => {
    const json = sample();
    const live = schema.nodeFromJSON(json);
    const fromJson = summary(json, documentJsonAdapter);
    expect(summary(live, proseMirrorAdapter)).toEqual(fromJson);
    expect(fromJson.entries.map((entry) => entry.label)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      'NOTE 1',
      'NOTE 2',
      'Table 1',
      'NOTE',
      'EXAMPLE',
      'Figure 1',
      'Annex A',
      'A.1',
      'Table A.1',
    ]);
    expect(fromJson.problems).toEqual(['brokenReference']);
  });

  it('reads each node a fixed number of times: a text four times as long costs four times the reads', () => {
    const reads = (document: DocumentJson): number => {
      let count = 0;
      const counting: TreeAdapter<DocumentJson> = {
        type: (node) => ((count += 1), documentJsonAdapter.type(node)),
        attrs: (node) => ((count += 1), documentJsonAdapter.attrs(node)),
        children: (node) => ((count += 1), documentJsonAdapter.children(node)),
        text: (node) => ((count += 1), documentJsonAdapter.text(node)),
      };
      computeNumbering(document, counting);
      return count;
    };
    const chapter = (index: number) => [
      heading(1, `Chapter ${index}`, `c${index}`),
      heading(2, 'Section'),
      paragraph('See ', crossReference(`c${index}`), '.'),
      note('a'),
      note('b'),
      table('T', [['h'], ['x']]),
      figure('F'),
      term('t', 'd'),
    ];
    const chapters = (count: number) => doc(...Array.from({ length: count }, (_, index) => chapter(index)).flat());
    // The empty document's reads (of the doc node itself) are paid once, whatever the length.
    const fixed = reads(chapters(0));
    expect(reads(chapters(400)) - fixed).toBe(4 * (reads(chapters(100)) - fixed));
  });
});

describe('numerals and markers', () => {
  it('letters annexes A to Z, then AA, AB … AZ, BA', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(annexLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes appendix numbers as Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 49, 90, 400, 1994].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'X',
      'XIV',
      'XL',
      'XLIX',
      'XC',
      'CD',
      'MCMXCIV',
    ]);
  });

  it('marks list items "a)", "1)" or with a dash, as published texts do', () => {
    expect([0, 1, 25, 26].map((index) => listItemMarker('alpha', index))).toEqual(['a)', 'b)', 'z)', 'aa)']);
    expect([0, 9].map((index) => listItemMarker('numeric', index))).toEqual(['1)', '10)']);
    expect(listItemMarker('bullet', 3)).toBe('–');
  });
});

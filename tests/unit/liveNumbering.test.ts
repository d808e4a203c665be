import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Plugin } from '@tiptap/pm/state';
import { EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
import { masterSchema } from '../../shared/schema/masterSchema';
import { LiveNumbering, liveNumberingOf } from '../../renderer/editor/numbering/liveNumbering';
import { numberAttributes } from '../../renderer/editor/numbering/numberLabels';
import { sameStructure } from '../../renderer/editor/numbering/sameStructure';
import { crossReference, doc, footnote, heading, note, paragraph, table } from '../support/documentBuilders';

const schema = masterSchema();
// The plugin of the extension, made as Tiptap makes it (it needs no editor).
const plugin = (LiveNumbering.config.addProseMirrorPlugins as () => Plugin[]).call({})[0]!;

const stateOf = (json: DocumentJson) => EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, json), plugins: [plugin] });

/** What the page shows, in document order, as "position:label": each numbered node's attributes, and the footnote numbers. */
const shown = (state: EditorState): string[] => {
  const live = liveNumberingOf(state)!;
  const labels: string[] = [];
  state.doc.descendants((node, pos, parent) => {
    const attrs = numberAttributes(live.numbering, node, parent);
    const label = attrs['data-number'] ?? attrs['data-label'];
    if (label) labels.push(`${pos}:${label}`);
  });
  for (const decoration of (live.decorations as DecorationSet).find()) {
    const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    labels.push(`${decoration.from}:footnote ${attrs['data-number']}`);
  }
  return labels.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
};

const text = () =>
  doc(
    heading(1, 'Scope', 'h-1'),
    paragraph('See ', crossReference('t-1'), '.'),
    heading(1, 'Overview', 'h-2'),
    note('One.'),
    note('Two.'),
    table('Types', [['a']], 't-1'),
  );

describe('live numbering in the editor', () => {
  it('shows each number on its node: clauses, notes, the table title and the reference', () => {
    const state = stateOf(text());
    const labels = shown(state).map((entry) => entry.split(':')[1]);
    expect(labels).toEqual(['1', 'Table 1', '2', 'NOTE 1', 'NOTE 2', 'Table 1']);
  });

  it('only moves the numbers along while text is typed inside a block', () => {
    let state = stateOf(text());
    const version = liveNumberingOf(state)!.version;
    state = state.apply(state.tr.insertText('The ', 2));
    expect(liveNumberingOf(state)!.version).toBe(version);
    expect(shown(state).map((entry) => entry.split(':')[1])).toEqual(['1', 'Table 1', '2', 'NOTE 1', 'NOTE 2', 'Table 1']);
  });

  it('numbers again when a block comes or goes, or a reference is added', () => {
    let state = stateOf(text());
    const version = liveNumberingOf(state)!.version;
    const newHeading = schema.nodes.heading!.create({ id: 'h-0', level: 1 }, schema.text('Introduction'));
    state = state.apply(state.tr.insert(0, newHeading));
    expect(liveNumberingOf(state)!.version).toBe(version + 1);
    expect(shown(state).map((entry) => entry.split(':')[1])).toEqual(['1', '2', 'Table 1', '3', 'NOTE 1', 'NOTE 2', 'Table 1']);
    // Deleting the second note leaves one: "NOTE".
    const numbering = liveNumberingOf(state)!.numbering;
    const second = numbering.entries.find((entry) => entry.label === 'NOTE 2')!;
    state = state.apply(state.tr.delete(second.node.pos, second.node.pos + second.node.node.nodeSize));
    expect(shown(state).map((entry) => entry.split(':')[1])).toEqual(['1', '2', 'Table 1', '3', 'NOTE', 'Table 1']);
  });

  it('keeps every number on its node when a paragraph is split or a table is moved', () => {
    let state = stateOf(text());
    state = state.apply(state.tr.split(9));
    expect(state.doc.child(2).type.name).toBe('paragraph');
    expect(shown(state).map((entry) => entry.split(':')[1])).toEqual(['1', 'Table 1', '2', 'NOTE 1', 'NOTE 2', 'Table 1']);
    const table = liveNumberingOf(state)!.numbering.byId.get('t-1')!;
    const node = table.node.node;
    state = state.apply(state.tr.delete(table.node.pos, table.node.pos + node.nodeSize).insert(0, node));
    const labels = shown(state);
    expect(labels.map((entry) => entry.split(':')[1])).toEqual(['Table 1', '1', 'Table 1', '2', 'NOTE 1', 'NOTE 2']);
    // The table's label sits on its title, now at the top.
    expect(labels[0]).toBe('1:Table 1');
    expect(state.doc.nodeAt(1)!.type.name).toBe('caption');
  });

  it('numbers footnotes in order, and again when one is inserted before the others', () => {
    let state = stateOf(doc(paragraph('One', footnote('First.'), ' two', footnote('Second.'))));
    expect(shown(state).map((entry) => entry.split(':')[1])).toEqual(['footnote 1', 'footnote 2']);
    state = state.apply(state.tr.insert(1, schema.nodes.footnote!.create({ text: 'New.' })));
    expect(shown(state)).toEqual(['1:footnote 1', '5:footnote 2', '10:footnote 3']);
  });

  it('flags a reference whose target was deleted', () => {
    let state = stateOf(text());
    const table = liveNumberingOf(state)!.numbering.byId.get('t-1')!;
    state = state.apply(state.tr.delete(table.node.pos, table.node.pos + table.node.node.nodeSize));
    expect(shown(state).map((entry) => entry.split(':')[1])).toEqual(['1', 'broken reference', '2', 'NOTE 1', 'NOTE 2']);
    expect(liveNumberingOf(state)!.numbering.problems.map((problem) => problem.kind)).toEqual(['brokenReference']);
  });
});

describe('telling a change of structure from typing', () => {
  const load = (json: DocumentJson) => ProseMirrorNode.fromJSON(schema, json);
  it('sees typing, in any block, as no change of structure', () => {
    const before = load(text());
    const state = EditorState.create({ doc: before });
    expect(sameStructure(before, state.apply(state.tr.insertText('x', 3)).doc)).toBe(true);
    const cellText = before.content.size - 6;
    expect(sameStructure(before, state.apply(state.tr.insertText('x', cellText)).doc)).toBe(true);
  });

  it('sees a new heading level, a removed reference or a split paragraph as a change', () => {
    const before = load(text());
    const state = EditorState.create({ doc: before });
    expect(sameStructure(before, state.apply(state.tr.setNodeAttribute(0, 'level', 2)).doc)).toBe(false);
    const reference = before.child(1).child(1);
    expect(reference.type.name).toBe('crossReference');
    const at = before.child(0).nodeSize + 1 + before.child(1).child(0).nodeSize;
    expect(sameStructure(before, state.apply(state.tr.delete(at, at + 1)).doc)).toBe(false);
    expect(sameStructure(before, state.apply(state.tr.split(3)).doc)).toBe(false);
  });
});

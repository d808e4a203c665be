import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../shared/domain/diff/diffDocuments';
import type { DocumentJson } from '../../shared/domain/project';
import { masterSchema } from '../../shared/schema/masterSchema';
import { changeDecorations } from '../../renderer/editor/changes/changeDecorations';
import { pathPosition } from '../../renderer/editor/changes/pathPosition';
import { doc, heading, note, paragraph } from '../support/documentBuilders';

const schema = masterSchema();
const load = (json: DocumentJson) => ProseMirrorNode.fromJSON(schema, json);

/** The decorations as [from, to, class or widget] in document order. */
function drawn(older: DocumentJson, newer: DocumentJson): [number, number, string][] {
  const node = load(newer);
  const set = changeDecorations(node, diffDocuments(older, newer).changes);
  return set.find().map((decoration) => {
    const spec = (decoration as unknown as { type: { attrs?: { class?: string } } }).type.attrs;
    return [decoration.from, decoration.to, spec?.class ?? 'widget'];
  });
}

describe('drawing the change marks in the editor', () => {
  it('finds a node by its path of child indices', () => {
    const node = load(doc(heading(1, 'Scope', 'h1'), note('One.', 'n1')));
    expect(pathPosition(node, [1, 0])?.node.textContent).toBe('One.');
    expect(pathPosition(node, [1, 0])?.position).toBe(8);
    expect(pathPosition(node, [5])).toBeNull();
  });

  it('underlines an inserted word where it stands in the newer text', () => {
    const marks = drawn(
      doc(heading(1, 'Scope', 'h1'), paragraph('The Directory.')),
      doc(heading(1, 'Scope', 'h1'), paragraph('The whole Directory.')),
    );
    expect(marks).toEqual([[12, 18, 'change change-inserted']]);
  });

  it('shows a deleted word as a widget where it stood', () => {
    expect(drawn(doc(paragraph('The whole Directory.')), doc(paragraph('The Directory.')))).toEqual([[5, 5, 'widget']]);
  });

  it('marks an inserted clause as a block, and nothing for the clauses renumbered after it', () => {
    const older = doc(heading(1, 'Scope', 'h1'), heading(1, 'Overview', 'h2'), heading(1, 'Model', 'h3'));
    const newer = doc(heading(1, 'Scope', 'h1'), heading(1, 'New', 'hn'), heading(1, 'Overview', 'h2'), heading(1, 'Model', 'h3'));
    expect(drawn(older, newer)).toEqual([[7, 12, 'change change-blockInserted']]);
  });
});

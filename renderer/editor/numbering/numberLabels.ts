import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Numbering } from '../../../shared/domain/numbering/numbering';
import type { PositionedNode } from '../../../shared/schema/proseMirrorAdapter';

/** The attributes that print a node's computed number; null removes the attribute. */
export type NumberAttributes = Readonly<Record<string, string | null>>;

const none: NumberAttributes = { 'data-number': null, 'data-label': null };

/**
 * What a numbered node shows, from the numbering and the node's id: "6.2" on a clause heading,
 * "Annex B" on an annex heading, "NOTE 2" on a note, "Table A.1" on a table's title (found through
 * its parent), "clause 6.2" on a cross-reference, or the flag of a broken one.
 */
export function numberAttributes(
  numbering: Numbering<PositionedNode>,
  node: ProseMirrorNode,
  parent: ProseMirrorNode | null,
): NumberAttributes {
  switch (node.type.name) {
    case 'heading':
    case 'termEntry': {
      const entry = numbering.byId.get(String(node.attrs.id));
      return { 'data-number': entry?.label ?? null, 'data-label': null };
    }
    case 'annexHeading':
    case 'note':
    case 'example': {
      const entry = numbering.byId.get(String(node.attrs.id));
      return { 'data-number': null, 'data-label': entry?.label ?? null };
    }
    case 'caption': {
      const entry = parent ? numbering.byId.get(String(parent.attrs.id)) : undefined;
      return { 'data-number': null, 'data-label': entry?.label ?? null };
    }
    case 'crossReference': {
      const target = String(node.attrs.target);
      const entry = numbering.byId.get(target);
      if (entry)
        return {
          'data-label': entry.referenceText[node.attrs.form === 'number' ? 'number' : 'full'],
          class: 'crossReference',
          title: entry.title || null,
        };
      return {
        'data-label': 'broken reference',
        class: 'crossReference crossReference-broken',
        title: 'Broken cross-reference: what it pointed at is no longer in the text.',
      };
    }
    default:
      return none;
  }
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Numbering } from '../../../shared/domain/numbering/numbering';
import type { PositionedNode } from '../../../shared/schema/proseMirrorAdapter';

/**
 * The computed numbers as decorations: `data-label` or `data-number` attributes on the numbered
 * nodes, which the page stylesheet prints before them. The numbers are never in the text, so the
 * text cannot be edited out of step with them.
 */
export function numberingDecorations(doc: ProseMirrorNode, numbering: Numbering<PositionedNode>): DecorationSet {
  const decorations: Decoration[] = [];
  const onNode = (pos: number, node: ProseMirrorNode, attrs: Record<string, string>) =>
    decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs));
  // The first child (a table's or figure's caption) takes the label.
  const onCaption = (entry: PositionedNode, label: string) => {
    let pos = entry.pos + 1;
    let found = false;
    entry.node.forEach((child, offset) => {
      if (!found && child.type.name === 'caption') {
        pos = entry.pos + 1 + offset;
        found = true;
        onNode(pos, child, { 'data-label': label });
      }
    });
  };

  for (const entry of numbering.entries) {
    const { node, pos } = entry.node;
    switch (entry.kind) {
      case 'clause':
      case 'term':
        onNode(pos, node, { 'data-number': entry.label });
        break;
      case 'annex':
      case 'appendix':
      case 'note':
      case 'example':
        onNode(pos, node, { 'data-label': entry.label });
        break;
      case 'table':
      case 'figure':
        onCaption(entry.node, entry.label);
        break;
      case 'reference':
      case 'unnumberedHeading':
        break;
    }
  }

  for (const use of numbering.crossReferences) {
    const { node, pos } = use.node;
    if (use.entry) {
      onNode(pos, node, { 'data-label': use.entry.referenceText[use.form] });
    } else {
      onNode(pos, node, {
        'data-label': 'broken reference',
        class: 'crossReference-broken',
        title: 'Broken cross-reference: what it pointed at is no longer in the text.',
      });
    }
  }

  let footnotes = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      footnotes += 1;
      onNode(pos, node, { 'data-number': String(footnotes) });
    }
    return !node.type.spec.code;
  });

  return DecorationSet.create(doc, decorations);
}

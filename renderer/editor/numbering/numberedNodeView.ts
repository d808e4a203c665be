import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { DOMSerializer } from '@tiptap/pm/model';
import type { EditorView, NodeView, NodeViewConstructor } from '@tiptap/pm/view';
import type { Numbering } from '../../../shared/domain/numbering/numbering';
import type { PositionedNode } from '../../../shared/schema/proseMirrorAdapter';
import { numberAttributes } from './numberLabels';

/** The node views that show a number, so the numbering can tell them when numbers change. */
export type NumberedViews = Set<{ refresh(numbering: Numbering<PositionedNode>): void }>;

/**
 * Draws a numbered node as its extension renders it, and writes its computed number onto it as a
 * data- attribute. The numbers are not decorations: ProseMirror checks a document's decorations
 * against every top-level block on each keystroke, which on a 300-page text with 2,000 numbers
 * cost more than the keystroke itself. The live numbering (./liveNumbering) refreshes the views
 * after each change of structure.
 */
export function numberedNodeView(
  views: NumberedViews,
  numberingOf: (view: EditorView) => Numbering<PositionedNode> | undefined,
): NodeViewConstructor {
  return (first, view, getPos): NodeView => {
    let node: ProseMirrorNode = first;
    const spec = node.type.spec.toDOM;
    if (!spec) throw new Error(`The ${node.type.name} node cannot be drawn.`);
    const { dom, contentDOM } = DOMSerializer.renderSpec(document, spec(node));
    const element = dom as HTMLElement;

    const refresh = (numbering: Numbering<PositionedNode> | undefined) => {
      if (!numbering) return;
      const pos = getPos();
      const parent = typeof pos === 'number' && pos > 0 ? view.state.doc.resolve(pos).parent : null;
      for (const [name, value] of Object.entries(numberAttributes(numbering, node, parent))) {
        if (value === null) element.removeAttribute(name);
        else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
    };
    const entry = { refresh };
    views.add(entry);
    refresh(numberingOf(view));

    return {
      dom,
      contentDOM: contentDOM ?? null,
      update: (updated) => {
        if (updated.type !== node.type || !sameAttributes(updated, node)) return false;
        node = updated;
        refresh(numberingOf(view));
        return true;
      },
      // The number attributes are ours; every other change inside is ProseMirror's to read.
      ignoreMutation: (mutation) => mutation.type === 'attributes' && mutation.target === dom,
      selectNode: () => element.classList.add('ProseMirror-selectednode'),
      deselectNode: () => element.classList.remove('ProseMirror-selectednode'),
      destroy: () => views.delete(entry),
    };
  };
}

function sameAttributes(a: ProseMirrorNode, b: ProseMirrorNode): boolean {
  for (const key of Object.keys(a.attrs)) if (a.attrs[key] !== b.attrs[key]) return false;
  return true;
}

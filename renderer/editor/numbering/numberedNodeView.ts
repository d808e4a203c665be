import type { Editor, NodeViewRenderer } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { liveNumberingOf } from './liveNumbering';
import { numberAttributes } from './numberLabels';

/**
 * Draws a numbered node as its extension renders it, and writes its computed number onto it as a
 * data- attribute whenever the numbering changes. The numbers are not decorations: ProseMirror
 * checks a document's decorations against every top-level block on each keystroke, which on a
 * 300-page text with 2,000 numbers cost more than the keystroke itself.
 */
export const numberedNodeView: NodeViewRenderer = ({ node: first, view, getPos, editor }) => {
  let node: ProseMirrorNode = first;
  const spec = node.type.spec.toDOM;
  if (!spec) throw new Error(`The ${node.type.name} node cannot be drawn.`);
  const { dom, contentDOM } = DOMSerializer.renderSpec(document, spec(node));
  const element = dom as HTMLElement;
  let version = -1;

  const apply = () => {
    const live = liveNumberingOf(view.state);
    if (!live || live.version === version) return;
    version = live.version;
    const pos = getPos();
    const parent = typeof pos === 'number' && pos > 0 ? view.state.doc.resolve(pos).parent : null;
    for (const [name, value] of Object.entries(numberAttributes(live.numbering, node, parent))) {
      if (value === null) element.removeAttribute(name);
      else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
  };
  apply();
  const onTransaction = () => apply();
  (editor as Editor).on('transaction', onTransaction);

  return {
    dom,
    contentDOM: contentDOM ?? null,
    update: (updated) => {
      if (updated.type !== node.type || !sameAttributes(updated, node)) return false;
      node = updated;
      version = -1;
      apply();
      return true;
    },
    // The number attributes are ours; every other change inside is ProseMirror's to read.
    ignoreMutation: (mutation) => mutation.type === 'attributes' && mutation.target === dom,
    selectNode: () => element.classList.add('ProseMirror-selectednode'),
    deselectNode: () => element.classList.remove('ProseMirror-selectednode'),
    destroy: () => (editor as Editor).off('transaction', onTransaction),
  };
};

function sameAttributes(a: ProseMirrorNode, b: ProseMirrorNode): boolean {
  for (const key of Object.keys(a.attrs)) if (a.attrs[key] !== b.attrs[key]) return false;
  return true;
}

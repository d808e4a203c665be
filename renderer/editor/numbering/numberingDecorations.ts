import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import { Decoration as Decorations, DecorationSet } from '@tiptap/pm/view';

/** One number to show: the node it sits on and the attributes the stylesheet prints. */
export interface NumberMark {
  readonly from: number;
  readonly to: number;
  readonly attrs: Readonly<Record<string, string>>;
}

/**
 * The footnote numbers, as marks on the footnote nodes (`data-number`, printed by the stylesheet).
 * The other numbers are drawn by their node views (./numberedNodeView): footnotes are few, and
 * numbering them in document order needs the walk that this does.
 */
export function numberMarks(doc: ProseMirrorNode): NumberMark[] {
  const marks: NumberMark[] = [];
  const onNode = (pos: number, node: ProseMirrorNode, attrs: Record<string, string>) =>
    marks.push({ from: pos, to: pos + node.nodeSize, attrs });
  let footnotes = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      footnotes += 1;
      onNode(pos, node, { 'data-number': String(footnotes) });
      return false;
    }
    // A block of plain text holds no footnote; code holds none at all.
    if (node.inlineContent) return !node.type.spec.code && !(node.childCount === 1 && node.firstChild!.isText);
    return true;
  });

  return marks.sort((a, b) => a.from - b.from);
}

/** The marks as a decoration set. */
export function numberingDecorations(doc: ProseMirrorNode, marks: readonly NumberMark[]): DecorationSet {
  return DecorationSet.create(
    doc,
    marks.map((mark) => Decorations.node(mark.from, mark.to, mark.attrs)),
  );
}

/**
 * Whether a decoration set (the old one, moved along with the edit) already shows exactly these
 * marks. Most changes of structure (a new paragraph, a split, a deleted sentence with a line break)
 * change no number: then the set is kept rather than built again, which saves most of the work.
 */
export function showsMarks(set: DecorationSet, marks: readonly NumberMark[]): boolean {
  const shown = set.find() as Decoration[];
  if (shown.length !== marks.length) return false;
  shown.sort((a, b) => a.from - b.from);
  for (let index = 0; index < marks.length; index += 1) {
    const decoration = shown[index]!;
    const mark = marks[index]!;
    if (decoration.from !== mark.from || decoration.to !== mark.to) return false;
    const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    if (attrs['data-label'] !== mark.attrs['data-label'] || attrs['data-number'] !== mark.attrs['data-number']) return false;
  }
  return true;
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The node types that start a section: a clause, an annex or appendix, a heading of the front or back matter. */
export const sectionHeadingTypes: readonly string[] = ['heading', 'annexHeading', 'unnumberedHeading'];

/** What decides where a section ends: the kind of its heading and, for a clause, its level (0 otherwise). */
export interface SectionHead {
  readonly type: string;
  readonly level: number;
}

/**
 * One section of the document: a top-level heading and the blocks it heads, its subclauses
 * included. Positions and indexes are those of the document the section was read from.
 */
export interface SectionRange extends SectionHead {
  readonly node: ProseMirrorNode;
  /** The heading's node type: heading, annexHeading or unnumberedHeading. */
  readonly type: string;
  /** The heading's level, 1–6, for a clause; 0 for an annex, an appendix or an unnumbered heading. */
  readonly level: number;
  /** The position before the heading. */
  readonly from: number;
  /** The position after the section's last block. */
  readonly to: number;
  /** The heading's index among the document's top-level blocks. */
  readonly index: number;
  /** The index of the first top-level block after the section. */
  readonly endIndex: number;
  /** The section this one is a subclause of (a clause, or the annex it stands in); null at the top. */
  readonly parent: SectionRange | null;
  /** Position in the list of sections of the document. */
  readonly order: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether a node starts a section. */
export function isSectionHeading(node: ProseMirrorNode): boolean {
  return sectionHeadingTypes.includes(node.type.name);
}

/** The level that orders sections: a clause's level (1–6, as numbering reads it), 0 for the others. */
export function sectionLevel(node: ProseMirrorNode): number {
  if (node.type.name !== 'heading') return 0;
  const raw = node.attrs.level;
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.min(6, Math.max(1, Math.round(raw))) : 1;
}

/**
 * Whether the heading `next` ends the section that `start` heads. A clause runs to the next clause
 * of the same or a higher level, or the next annex or unnumbered heading; an annex or appendix to
 * the next annex, appendix or unnumbered heading; an unnumbered heading (Foreword, Introduction,
 * Bibliography) has no subclauses and runs to the next heading of any kind.
 */
export function endsSection(start: SectionHead, next: SectionHead): boolean {
  if (start.type === 'unnumberedHeading' || next.type !== 'heading') return true;
  if (start.type !== 'heading') return false;
  return next.level <= start.level;
}

/**
 * Every section of the document, in order: one pass over the top-level blocks with a stack of the
 * sections still open, so a 300-page master costs one look at each top-level block. Headings
 * nested in other blocks (an organization block) are text of their section, not sections.
 */
export function documentSections(doc: ProseMirrorNode): readonly SectionRange[] {
  const sections: Mutable<SectionRange>[] = [];
  const open: Mutable<SectionRange>[] = [];
  doc.forEach((node, offset, index) => {
    if (!isSectionHeading(node)) return;
    const head: SectionHead = { type: node.type.name, level: sectionLevel(node) };
    // A heading that does not end the innermost open section ends none around it either.
    while (open.length > 0 && endsSection(open[open.length - 1]!, head)) {
      const closed = open.pop()!;
      closed.to = offset;
      closed.endIndex = index;
    }
    const section: Mutable<SectionRange> = {
      node,
      type: head.type,
      level: head.level,
      from: offset,
      to: doc.content.size,
      index,
      endIndex: doc.childCount,
      parent: open[open.length - 1] ?? null,
      order: sections.length,
    };
    sections.push(section);
    open.push(section);
  });
  return sections;
}

/** The section whose heading starts at `pos` (a top-level heading); null when no section starts there. */
export function sectionAt(doc: ProseMirrorNode, pos: number): SectionRange | null {
  return findSection(documentSections(doc), pos);
}

/** In a list of sections, the one whose heading starts at `pos`. */
export function findSection(sections: readonly SectionRange[], pos: number): SectionRange | null {
  let low = 0;
  let high = sections.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const section = sections[middle]!;
    if (section.from === pos) return section;
    if (section.from < pos) low = middle + 1;
    else high = middle - 1;
  }
  return null;
}

/**
 * The range of the section whose heading starts at `pos`: the heading through its content and
 * subclauses. Null when `pos` is not before a top-level heading, annex heading or unnumbered heading.
 */
export function sectionRange(doc: ProseMirrorNode, pos: number): { readonly from: number; readonly to: number } | null {
  if (pos < 0 || pos >= doc.content.size) return null;
  const $pos = doc.resolve(pos);
  if ($pos.depth !== 0) return null;
  const index = $pos.index(0);
  const node = doc.maybeChild(index);
  if (!node || $pos.textOffset !== 0 || !isSectionHeading(node)) return null;
  const start: SectionHead = { type: node.type.name, level: sectionLevel(node) };
  let to = pos + node.nodeSize;
  for (let next = index + 1; next < doc.childCount; next += 1) {
    const child = doc.child(next);
    if (isSectionHeading(child) && endsSection(start, { type: child.type.name, level: sectionLevel(child) })) break;
    to += child.nodeSize;
  }
  return { from: pos, to };
}

/**
 * The position of the heading of the innermost section holding `pos`: the nearest top-level
 * heading at or before the top-level block around `pos`. Null before the first heading.
 */
export function innermostSectionStart(doc: ProseMirrorNode, pos: number): number | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  let index = Math.min($pos.index(0), doc.childCount - 1);
  let start = $pos.posAtIndex(index, 0);
  while (index >= 0) {
    const child = doc.child(index);
    if (isSectionHeading(child)) return start;
    index -= 1;
    if (index >= 0) start -= doc.child(index).nodeSize;
  }
  return null;
}

import type { NumberedKind } from '../../../shared/domain/numbering/numberedEntry';
import type { SectionHead } from '../../../shared/schema/clauseRanges';
import { endsSection } from '../../../shared/schema/clauseRanges';
import type { OutlineSnapshot } from './outlineSource';

export type OutlineKind = Extract<NumberedKind, 'clause' | 'annex' | 'appendix' | 'unnumberedHeading'>;

/** One heading of the outline. */
export interface OutlineItem {
  /** The heading's id; with its place added when it has none or shares it (problems the problems list names). */
  readonly key: string;
  readonly id: string;
  /** Where the heading starts in the snapshot's document. */
  readonly pos: number;
  readonly kind: OutlineKind;
  /** "6.2", "Annex A", "Appendix II"; '' for an unnumbered heading. */
  readonly label: string;
  /** "(normative)" or "(informative)" for an annex; '' otherwise. */
  readonly status: string;
  readonly title: string;
  /** 0 at the top; a subclause one more than its clause. */
  readonly depth: number;
  /** Index of the section it stands in; -1 at the top. */
  readonly parent: number;
  /** Whether it heads subclauses. */
  readonly hasChildren: boolean;
  /** Whether it is a top-level block, which the section commands can move. */
  readonly movable: boolean;
}

const outlineKinds: ReadonlySet<NumberedKind> = new Set(['clause', 'annex', 'appendix', 'unnumberedHeading']);

/**
 * The headings of a snapshot as a tree in document order, nested by the rule the section commands
 * follow (../../../shared/schema/clauseRanges), so what shows as a subclause is what moves with its
 * clause. One pass over the numbered entries.
 */
export function outlineItems({ doc, numbering }: OutlineSnapshot): readonly OutlineItem[] {
  const items: (OutlineItem & { hasChildren: boolean })[] = [];
  const open: { readonly index: number; readonly head: SectionHead }[] = [];
  const keys = new Set<string>();
  // Headings among the top-level blocks; resolving each position instead would scan the blocks each time.
  const topLevel = new Set<number>();
  doc.forEach((node, offset) => {
    if (node.isTextblock) topLevel.add(offset);
  });
  for (const entry of numbering.entries) {
    if (!outlineKinds.has(entry.kind)) continue;
    const head: SectionHead = { type: entry.nodeType, level: entry.kind === 'clause' ? entry.level : 0 };
    while (open.length > 0 && endsSection(open[open.length - 1]!.head, head)) open.pop();
    const parent = open[open.length - 1]?.index ?? -1;
    if (parent >= 0) items[parent]!.hasChildren = true;
    const { pos } = entry.node;
    // A missing or repeated id (listed under Problems) still needs a key of its own.
    const key = entry.id === '' || keys.has(entry.id) ? `${entry.id}@${entry.index}` : entry.id;
    keys.add(key);
    items.push({
      key,
      id: entry.id,
      pos,
      kind: entry.kind as OutlineKind,
      label: entry.label,
      status: entry.kind === 'annex' ? (entry.normative ? '(normative)' : '(informative)') : '',
      title: entry.title,
      depth: open.length,
      parent,
      hasChildren: false,
      movable: topLevel.has(pos),
    });
    open.push({ index: items.length - 1, head });
  }
  return items;
}

/** The indexes of the items not hidden in a collapsed section, in order. */
export function visibleItems(items: readonly OutlineItem[], collapsed: ReadonlySet<string>): number[] {
  const visible: number[] = [];
  let hiddenBelow = Infinity;
  items.forEach((item, index) => {
    if (item.depth > hiddenBelow) return;
    hiddenBelow = Infinity;
    visible.push(index);
    if (item.hasChildren && collapsed.has(item.key)) hiddenBelow = item.depth;
  });
  return visible;
}

/** How the outline and the problems list name a heading: "6.2 Attribute types", "Annex A (normative) Object identifiers". */
export function itemText(item: OutlineItem): string {
  return [item.label, item.status, item.title].filter(Boolean).join(' ');
}

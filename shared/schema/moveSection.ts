import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Fragment } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Selection, Transaction } from '@tiptap/pm/state';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { Transform } from '@tiptap/pm/transform';
import type { SectionRange } from './clauseRanges';
import { documentSections, findSection, innermostSectionStart } from './clauseRanges';

/** A ProseMirror command: checks when `dispatch` is missing, acts when it is given. */
export type SectionCommand = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;

export type MoveDirection = 'up' | 'down';
/** Where a dragged section lands: before the target's heading, or after the target's whole section. */
export type DropPlacement = 'before' | 'after';

const maxLevel = 6;

/** Moves the section holding the cursor (with its subclauses) above the section before it, or below the one after it. */
export function moveSection(direction: MoveDirection): SectionCommand {
  return (state, dispatch) => {
    const at = innermostSectionStart(state.doc, state.selection.from);
    return at !== null && moveSectionAt(at, direction)(state, dispatch);
  };
}

/**
 * Moves the section whose heading starts at `at` past its previous or next sibling (the section at
 * the same place in the outline), with its subclauses. Refused (false, nothing changed) when there
 * is no sibling that way, or when swapping would change what either section holds or stands in:
 * the last clause of the body cannot move below Annex A, which would make it a clause of the annex.
 */
export function moveSectionAt(at: number, direction: MoveDirection): SectionCommand {
  return (state, dispatch) => {
    const sections = documentSections(state.doc);
    const section = findSection(sections, at);
    if (!section) return false;
    const sibling = direction === 'up' ? previousSibling(sections, section) : nextSibling(sections, section);
    if (!sibling) return false;
    const to = direction === 'up' ? sibling.from : sibling.to;
    const toIndex = direction === 'up' ? sibling.index : sibling.endIndex;
    return relocate(state, dispatch, sections, section, { to, toIndex, parent: section.parent, levelShift: 0 });
  };
}

/**
 * Moves the section whose heading starts at `at`, with its subclauses, to stand before the section
 * whose heading starts at `target`, or after that whole section: as a sibling of the target, so a
 * clause takes the target clause's level (its subclauses shift with it) and before an annex becomes
 * a clause of the body. Refused when the target is inside the moved section, when the move would
 * change nothing, when a level would leave 1–6, or when the result would not be a sibling of the
 * target (an annex dropped among the clauses of the body).
 */
export function moveSectionTo(at: number, target: number, placement: DropPlacement): SectionCommand {
  return (state, dispatch) => {
    const sections = documentSections(state.doc);
    const section = findSection(sections, at);
    const targetSection = findSection(sections, target);
    if (!section || !targetSection) return false;
    if (targetSection.from >= section.from && targetSection.from < section.to) return false;
    const to = placement === 'before' ? targetSection.from : targetSection.to;
    const toIndex = placement === 'before' ? targetSection.index : targetSection.endIndex;
    let levelShift = 0;
    if (section.type === 'heading') levelShift = (targetSection.type === 'heading' ? targetSection.level : 1) - section.level;
    return relocate(state, dispatch, sections, section, { to, toIndex, parent: targetSection.parent, levelShift });
  };
}

/** Promotes (-1: 6.2 becomes 7) or demotes (+1: 6.2 becomes 6.1.1) the clause holding the cursor with all its subclauses. */
export function shiftSectionLevel(by: 1 | -1): SectionCommand {
  return (state, dispatch) => {
    const at = innermostSectionStart(state.doc, state.selection.from);
    return at !== null && shiftSectionLevelAt(at, by)(state, dispatch);
  };
}

/**
 * Shifts the level of the clause heading at `at` and of every heading in its section by `by`, as
 * Word's outline promotes and demotes. Refused when the heading is not a clause (annexes and
 * unnumbered headings have no level) or when any level would leave 1–6.
 */
export function shiftSectionLevelAt(at: number, by: 1 | -1): SectionCommand {
  return (state, dispatch) => {
    const sections = documentSections(state.doc);
    const section = findSection(sections, at);
    if (!section || section.type !== 'heading') return false;
    const headings: { pos: number; node: ProseMirrorNode; level: number }[] = [];
    let fits = true;
    state.doc.nodesBetween(section.from, section.to, (node, pos) => {
      if (node.type.name === 'heading') {
        const level = levelOf(node) + by;
        if (level < 1 || level > maxLevel) fits = false;
        headings.push({ pos, node, level });
      }
      return !node.isTextblock;
    });
    if (!fits) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const { pos, node, level } of headings) tr.setNodeMarkup(pos, undefined, { ...node.attrs, level });
      dispatch(closeHistory(tr).scrollIntoView());
    }
    return true;
  };
}

interface Destination {
  /** The top-level position the section moves to, in the document before the move. */
  readonly to: number;
  /** The index of the top-level block it lands before, in the document before the move. */
  readonly toIndex: number;
  /** The section it must stand in afterwards (before the move); null at the top. */
  readonly parent: SectionRange | null;
  /** How far its clause levels shift. */
  readonly levelShift: number;
}

/**
 * Moves a section in one transaction, after checking on the result that every section still
 * stands in the section it stood in (the moved one in `destination.parent`): a move never makes a
 * clause swallow the clauses after it, nor leaves one stranded in an annex.
 */
function relocate(
  state: EditorState,
  dispatch: ((tr: Transaction) => void) | undefined,
  sections: readonly SectionRange[],
  section: SectionRange,
  destination: Destination,
): boolean {
  const { from, to: end } = section;
  const { to } = destination;
  const inPlace = to === from || to === end;
  if (inPlace && destination.levelShift === 0) return false;
  const transform = new Transform(state.doc);
  let newFrom = from;
  if (inPlace) {
    // Dropped where it stands, as a sibling of another level: only the levels change.
    let fits = true;
    state.doc.nodesBetween(from, end, (node, pos) => {
      if (node.type.name === 'heading') {
        const level = levelOf(node) + destination.levelShift;
        if (level < 1 || level > maxLevel) fits = false;
        else transform.setNodeMarkup(pos, undefined, { ...node.attrs, level });
      }
      return fits && !node.isTextblock;
    });
    if (!fits) return false;
  } else {
    let content = state.doc.slice(from, end).content;
    if (destination.levelShift !== 0) {
      const shifted = shiftLevels(content, destination.levelShift);
      if (!shifted) return false;
      content = shifted;
    }
    // Insert first, then delete: the document is never left empty on the way.
    transform.insert(to, content);
    if (to < from) transform.delete(from + content.size, end + content.size);
    else transform.delete(from, end);
    newFrom = to < from ? to : to - (end - from);
  }
  if (!keepsOutline(sections, documentSections(transform.doc), section, destination)) return false;

  if (dispatch) {
    const tr = state.tr;
    for (const step of transform.steps) tr.step(step);
    const { selection } = state;
    const carried = selection.from >= from && selection.to <= end;
    if (carried && newFrom !== from) tr.setSelection(movedSelection(tr, selection, newFrom - from));
    closeHistory(tr);
    dispatch(carried ? tr.scrollIntoView() : tr);
  }
  return true;
}

/**
 * Whether, after the move, every section has the parent it had (mapped to its new place) and the
 * moved one has the parent it was moved into. Top-level blocks are only reordered, so an old
 * block index maps to a new one arithmetically.
 */
function keepsOutline(
  before: readonly SectionRange[],
  after: readonly SectionRange[],
  moved: SectionRange,
  destination: Destination,
): boolean {
  if (before.length !== after.length) return false;
  const size = moved.endIndex - moved.index;
  const { toIndex } = destination;
  const stays = toIndex === moved.index || toIndex === moved.endIndex;
  const newIndex = (index: number): number => {
    if (stays) return index;
    if (index >= moved.index && index < moved.endIndex) return (toIndex < moved.index ? toIndex : toIndex - size) + (index - moved.index);
    if (toIndex < moved.index && index >= toIndex && index < moved.index) return index + size;
    if (toIndex >= moved.endIndex && index >= moved.endIndex && index < toIndex) return index - size;
    return index;
  };
  const byIndex = new Map(after.map((section) => [section.index, section]));
  for (const section of before) {
    const now = byIndex.get(newIndex(section.index));
    if (!now) return false;
    const parent = section === moved ? destination.parent : section.parent;
    const expected = parent === null ? null : newIndex(parent.index);
    if ((now.parent?.index ?? null) !== expected) return false;
  }
  return true;
}

/** The clause headings of `content` with their levels shifted; null when one would leave 1–6. */
function shiftLevels(content: Fragment, by: number): Fragment | null {
  const nodes: ProseMirrorNode[] = [];
  let fits = true;
  content.forEach((node) => {
    if (!fits) return;
    if (node.type.name === 'heading') {
      const level = levelOf(node) + by;
      if (level < 1 || level > maxLevel) fits = false;
      else nodes.push(node.type.create({ ...node.attrs, level }, node.content, node.marks));
    } else if (!node.isTextblock && node.childCount > 0) {
      const inner = shiftLevels(node.content, by);
      if (inner === null) fits = false;
      else nodes.push(inner === node.content ? node : node.copy(inner));
    } else {
      nodes.push(node);
    }
  });
  if (!fits) return null;
  return nodes.every((node, index) => node === content.child(index)) ? content : Fragment.fromArray(nodes);
}

function levelOf(node: ProseMirrorNode): number {
  const raw = node.attrs.level;
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.min(maxLevel, Math.max(1, Math.round(raw))) : 1;
}

/** The section before this one with the same parent: the one it ends. */
function previousSibling(sections: readonly SectionRange[], section: SectionRange): SectionRange | null {
  for (let order = section.order - 1; order >= 0; order -= 1) {
    const candidate = sections[order]!;
    if (candidate === section.parent) return null;
    if (candidate.parent === section.parent) return candidate;
  }
  return null;
}

/** The section after this one with the same parent: the one that starts where it ends. */
function nextSibling(sections: readonly SectionRange[], section: SectionRange): SectionRange | null {
  for (let order = section.order + 1; order < sections.length; order += 1) {
    const candidate = sections[order]!;
    if (candidate.from >= section.to) return candidate.parent === section.parent ? candidate : null;
  }
  return null;
}

/** The selection that was inside the moved section, at the same place in it after the move. */
function movedSelection(tr: Transaction, selection: Selection, by: number): Selection {
  if (selection instanceof NodeSelection) return NodeSelection.create(tr.doc, selection.from + by);
  if (selection instanceof TextSelection) return TextSelection.create(tr.doc, selection.anchor + by, selection.head + by);
  return TextSelection.near(tr.doc.resolve(selection.from + by));
}

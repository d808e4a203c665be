import type { CrossReferenceForm } from '../documentModel';
import { annexLetter } from './annexLetter';
import type { CrossReferenceUse } from './crossReferenceUse';
import type { NumberedEntry, NumberedKind } from './numberedEntry';
import type { Numbering } from './numbering';
import type { NumberingProblem } from './numberingProblem';
import { romanNumeral } from './romanNumeral';
import type { TreeAdapter } from './treeAdapter';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Entry<N> = Mutable<NumberedEntry<N>>;

/** The clause numbering of the body, or of one annex or appendix. */
interface Part<N> {
  readonly annex: Entry<N> | null;
  /** "A." in Annex A, "II." in Appendix II, '' in the body. */
  readonly prefix: string;
  /** The current number at each level 1–6. */
  readonly counters: number[];
  /** The last heading at each level, the parent of the next heading one level down. */
  readonly open: (Entry<N> | null)[];
  lastLevel: number;
  tables: number;
  figures: number;
}

/** The notes and examples numbered together: those of one clause, or of one table. */
interface NoteGroup<N> {
  readonly within: Entry<N> | null;
  readonly notes: Entry<N>[];
  readonly examples: Entry<N>[];
}

const maxLevel = 6;

/**
 * Numbers a master: clauses, annexes, appendices, tables, figures, notes, examples and terms, and
 * resolves its cross-references.
 *
 * One walk of the tree in document order numbers everything; a note's label waits until its clause
 * ends, as "NOTE" or "NOTE 1" depends on how many follow. A second pass over the cross-references
 * (not the tree) finds the broken ones. No step looks back over the document, so a 300-page master
 * costs one read of each node, as it must on every edit.
 */
export function computeNumbering<N>(doc: N, adapter: TreeAdapter<N>): Numbering<N> {
  const entries: Entry<N>[] = [];
  const byId = new Map<string, Entry<N>>();
  const crossReferences: Mutable<CrossReferenceUse<N>>[] = [];
  const problems: NumberingProblem<N>[] = [];

  const body = newPart<N>(null, '');
  let part = body;
  let annexes = 0;
  let appendices = 0;
  // The nearest heading of any kind: notes, terms, tables and figures stand under it.
  let section: Entry<N> | null = null;
  let terms = 0;
  // groups[0] belongs to the current clause; a table pushes its own while it is walked.
  const groups: NoteGroup<N>[] = [newGroup<N>(null)];

  const add = (
    node: N,
    kind: NumberedKind,
    fields: Pick<Entry<N>, 'number' | 'label' | 'referenceText' | 'title' | 'parent' | 'annex'>,
  ) => {
    const raw = adapter.attrs(node).id;
    const id = typeof raw === 'string' ? raw : '';
    const entry: Entry<N> = { id, node, nodeType: adapter.type(node), kind, level: 0, normative: null, index: entries.length, ...fields };
    entries.push(entry);
    if (id === '') {
      problems.push({ kind: 'missingId', entry });
    } else {
      const first = byId.get(id);
      if (first) problems.push({ kind: 'duplicateId', id, first, duplicate: entry });
      else byId.set(id, entry);
    }
    return entry;
  };

  const startSection = (entry: Entry<N>): void => {
    closeGroup(groups[0]!);
    groups[0] = newGroup(entry);
    section = entry;
    terms = 0;
  };

  const heading = (node: N): void => {
    const raw = adapter.attrs(node).level;
    const level = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(maxLevel, Math.max(1, Math.round(raw))) : 1;
    part.counters[level - 1]! += 1;
    for (let deeper = level; deeper < maxLevel; deeper += 1) {
      part.counters[deeper] = 0;
      part.open[deeper] = null;
    }
    let parent = part.annex;
    for (let higher = level - 2; higher >= 0; higher -= 1) {
      const open = part.open[higher];
      if (open) {
        parent = open;
        break;
      }
    }
    const number = part.prefix + part.counters.slice(0, level).join('.');
    const referenceText = { number, full: `clause ${number}` };
    const entry = add(node, 'clause', { number, label: number, referenceText, title: adapter.text(node), parent, annex: part.annex });
    entry.level = level;
    part.open[level - 1] = entry;
    if (raw !== level) problems.push({ kind: 'headingLevelOutOfRange', entry, level: raw });
    else if (level > part.lastLevel + 1) problems.push({ kind: 'skippedHeadingLevel', entry, previousLevel: part.lastLevel });
    part.lastLevel = level;
    startSection(entry);
  };

  const annexHeading = (node: N): void => {
    const attrs = adapter.attrs(node);
    const appendix = attrs.kind === 'appendix';
    // Annex letters and appendix numerals count independently: Annex B can be followed by Appendix I.
    const number = appendix ? romanNumeral((appendices += 1)) : annexLetter((annexes += 1));
    const label = `${appendix ? 'Appendix' : 'Annex'} ${number}`;
    const referenceText = { number: label, full: label };
    const entry = add(node, appendix ? 'appendix' : 'annex', {
      number,
      label,
      referenceText,
      title: adapter.text(node),
      parent: null,
      annex: null,
    });
    entry.normative = !appendix && attrs.normative === true;
    part = newPart(entry, `${number}.`);
    startSection(entry);
  };

  const unnumberedHeading = (node: N): void => {
    const title = adapter.text(node);
    const entry = add(node, 'unnumberedHeading', {
      number: '',
      label: '',
      referenceText: { number: title, full: title },
      title,
      parent: null,
      annex: null,
    });
    // Unnumbered headings are front and back matter: a bibliography after the annexes ends the last one.
    part = body;
    startSection(entry);
  };

  const tableOrFigure = (node: N, kind: 'table' | 'figure'): Entry<N> => {
    const count = kind === 'table' ? (part.tables += 1) : (part.figures += 1);
    const label = `${kind === 'table' ? 'Table' : 'Figure'} ${part.prefix}${count}`;
    const caption = childOfType(adapter, node, 'caption');
    return add(node, kind, {
      number: `${part.prefix}${count}`,
      label,
      referenceText: { number: label, full: label },
      title: caption === undefined ? '' : adapter.text(caption),
      parent: section,
      annex: part.annex,
    });
  };

  const noteOrExample = (node: N, kind: 'note' | 'example'): void => {
    const group = groups[groups.length - 1]!;
    // Labelled when the group closes: only then is it known whether the note is alone.
    const entry = add(node, kind, {
      number: '',
      label: '',
      referenceText: { number: '', full: '' },
      title: '',
      parent: group.within,
      annex: part.annex,
    });
    (kind === 'note' ? group.notes : group.examples).push(entry);
  };

  const term = (node: N): void => {
    terms += 1;
    const current: Entry<N> | null = section;
    const number = current !== null && current.number !== '' ? `${current.number}.${terms}` : String(terms);
    const name = childOfType(adapter, node, 'termName');
    add(node, 'term', {
      number,
      label: number,
      referenceText: { number, full: number },
      title: name === undefined ? '' : adapter.text(name),
      parent: section,
      annex: part.annex,
    });
  };

  const referenceEntry = (node: N): void => {
    const title = adapter.text(node);
    // "Rec. ITU-T X.501 | ISO/IEC 9594-2" is what the text cites; the title after the comma is not repeated.
    const comma = title.indexOf(',');
    const citation = (comma < 0 ? title : title.slice(0, comma)).trim();
    add(node, 'reference', {
      number: '',
      label: '',
      referenceText: { number: citation, full: citation },
      title,
      parent: section,
      annex: part.annex,
    });
  };

  const crossReference = (node: N): void => {
    const attrs = adapter.attrs(node);
    const target = typeof attrs.target === 'string' ? attrs.target : '';
    const form: CrossReferenceForm = attrs.form === 'number' ? 'number' : 'full';
    crossReferences.push({ node, index: crossReferences.length, target, form, section, entry: null });
  };

  const visit = (node: N): void => {
    const type = adapter.type(node);
    switch (type) {
      case 'text':
        return;
      case 'crossReference':
        crossReference(node);
        return;
      case 'heading':
        heading(node);
        break;
      case 'annexHeading':
        annexHeading(node);
        break;
      case 'unnumberedHeading':
        unnumberedHeading(node);
        break;
      case 'tableBlock':
        groups.push(newGroup(tableOrFigure(node, 'table')));
        for (const child of adapter.children(node)) visit(child);
        closeGroup(groups.pop()!);
        return;
      case 'figure':
        tableOrFigure(node, 'figure');
        break;
      case 'note':
      case 'example':
        noteOrExample(node, type);
        break;
      case 'termEntry':
        term(node);
        break;
      case 'referenceEntry':
        referenceEntry(node);
        break;
    }
    for (const child of adapter.children(node)) visit(child);
  };

  visit(doc);
  for (const group of groups) closeGroup(group);
  for (const reference of crossReferences) {
    reference.entry = byId.get(reference.target) ?? null;
    if (reference.entry === null) problems.push({ kind: 'brokenReference', reference });
  }
  return { entries, byId, crossReferences, problems };
}

function newPart<N>(annex: Entry<N> | null, prefix: string): Part<N> {
  return {
    annex,
    prefix,
    counters: new Array<number>(maxLevel).fill(0),
    open: new Array<null>(maxLevel).fill(null),
    lastLevel: 0,
    tables: 0,
    figures: 0,
  };
}

function newGroup<N>(within: Entry<N> | null): NoteGroup<N> {
  return { within, notes: [], examples: [] };
}

function closeGroup<N>(group: NoteGroup<N>): void {
  labelNotes(group.notes, 'NOTE', group.within);
  labelNotes(group.examples, 'EXAMPLE', group.within);
}

/** A single note is "NOTE"; several are "NOTE 1", "NOTE 2" …; a reference from elsewhere adds where: "NOTE 2 in 6.1". */
function labelNotes<N>(notes: readonly Entry<N>[], word: string, within: Entry<N> | null): void {
  const single = notes.length === 1;
  const place = within === null ? '' : ` in ${within.kind === 'clause' ? within.number : within.referenceText.full}`;
  notes.forEach((entry, index) => {
    entry.number = single ? '' : String(index + 1);
    entry.label = single ? word : `${word} ${index + 1}`;
    entry.referenceText = { number: entry.label, full: `${entry.label}${place}` };
  });
}

function childOfType<N>(adapter: TreeAdapter<N>, node: N, type: string): N | undefined {
  for (const child of adapter.children(node)) if (adapter.type(child) === type) return child;
  return undefined;
}

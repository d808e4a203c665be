import { markTypes } from '../../shared/domain/documentModel';
import type { DocumentJson } from '../../shared/domain/project';

// Seeded random edits of a master, as an editor makes them between two iterations, for the diff's
// property test and benchmark. Written apart from the diff engine (its own inline splicing and
// tree updates), so that a bug shared by both cannot hide. Every edit keeps the JSON as ProseMirror
// writes it: text nodes of the same marks joined, no empty text, no empty `content`.

type Node = DocumentJson;
type Mark = NonNullable<Node['marks']>[number];
type Path = readonly number[];

export const editKinds = [
  'insert-words',
  'delete-words',
  'replace-words',
  'insert-sentence',
  'delete-sentence',
  'split-paragraph',
  'merge-paragraphs',
  'insert-block',
  'delete-block',
  'move-block',
  'insert-clause',
  'move-clause',
  'delete-annex',
  'add-row',
  'remove-row',
  'edit-cell',
  'toggle-bold',
  'toggle-italic',
  'edit-code-line',
  'change-attribute',
  'insert-atom',
  'delete-atom',
] as const;
export type EditKind = (typeof editKinds)[number];

export interface EditedText {
  readonly doc: Node;
  /** What was done, one line per edit made ("insert-words at 12.0"); an edit with nowhere to go is left out. */
  readonly made: readonly string[];
}

/** Makes one edit of each kind listed, in order, each at a place the seed picks. */
export function randomEdits(document: Node, options: { readonly seed: number; readonly kinds: readonly EditKind[] }): EditedText {
  const editor = new RandomEditor(options.seed);
  let doc = document;
  const made: string[] = [];
  for (const kind of options.kinds) {
    const result = editor.edit(doc, kind);
    if (!result) continue;
    doc = result.doc;
    made.push(`${kind} ${result.where}`);
  }
  return { doc, made };
}

/** A small deterministic random source (mulberry32). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['directory', 'entry', 'shall', 'value', 'agent', 'operation', 'the', 'new', 'of', 'each', 'schema', 'binding', 'control'];
const textblockTypes = new Set([
  'paragraph',
  'heading',
  'annexHeading',
  'unnumberedHeading',
  'caption',
  'titlePart',
  'termName',
  'termDefinition',
  'abbreviation',
  'expansion',
  'referenceEntry',
]);
const paragraphParents = new Set(['doc', 'listItem', 'note', 'example', 'tableCell', 'tableHeader', 'organizationBlock']);

// --- the tree -------------------------------------------------------------------------------------

function nodeAt(root: Node, path: Path): Node {
  let node = root;
  for (const index of path) node = node.content![index]!;
  return node;
}

function replaceAt(root: Node, path: Path, replacement: Node): Node {
  if (path.length === 0) return replacement;
  const [index, ...rest] = path as [number, ...number[]];
  const content = [...root.content!];
  content[index] = replaceAt(content[index]!, rest, replacement);
  return { ...root, content };
}

function setContent(node: Node, content: readonly Node[]): Node {
  const { content: _content, ...rest } = node;
  return content.length > 0 ? { ...rest, content } : rest;
}

/** The parent at `parentPath` with `deleteCount` children from `start` replaced by `nodes`. */
function spliceAt(root: Node, parentPath: Path, start: number, deleteCount: number, ...nodes: Node[]): Node {
  const parent = nodeAt(root, parentPath);
  const content = [...(parent.content ?? [])];
  content.splice(start, deleteCount, ...nodes);
  return replaceAt(root, parentPath, setContent(parent, content));
}

function pathsWhere(root: Node, test: (node: Node, parent: Node | null) => boolean): Path[] {
  const paths: Path[] = [];
  const visit = (node: Node, path: number[], parent: Node | null): void => {
    if (test(node, parent)) paths.push([...path]);
    node.content?.forEach((child, index) => {
      path.push(index);
      visit(child, path, node);
      path.pop();
    });
  };
  visit(root, [], null);
  return paths;
}

// --- inline content, one unit per character or inline node ---------------------------------------

interface Unit {
  readonly character: string | null;
  readonly node: Node | null;
  readonly marks: readonly Mark[];
}

function unitsOf(content: readonly Node[] | undefined): Unit[] {
  const units: Unit[] = [];
  for (const node of content ?? []) {
    // One unit per UTF-16 code unit, as ProseMirror counts positions.
    if (node.type === 'text')
      for (const character of (node.text ?? '').split('')) units.push({ character, node: null, marks: node.marks ?? [] });
    else units.push({ character: null, node, marks: node.marks ?? [] });
  }
  return units;
}

function contentOf(units: readonly Unit[]): Node[] {
  const nodes: Node[] = [];
  let text = '';
  let marks: readonly Mark[] = [];
  const flush = (): void => {
    if (text !== '') nodes.push(marks.length > 0 ? { type: 'text', marks: [...marks], text } : { type: 'text', text });
    text = '';
  };
  for (const unit of units) {
    if (unit.character === null) {
      flush();
      nodes.push(unit.node!);
      continue;
    }
    if (JSON.stringify(unit.marks) !== JSON.stringify(marks)) {
      flush();
      marks = unit.marks;
    }
    text += unit.character;
  }
  flush();
  return nodes;
}

const textUnits = (value: string, marks: readonly Mark[] = []): Unit[] =>
  value.split('').map((character) => ({ character, node: null, marks }));
const isSpace = (unit: Unit | undefined): boolean => unit?.character !== null && unit?.character !== undefined && /\s/.test(unit.character);
const isWordCharacter = (unit: Unit | undefined): boolean =>
  unit?.character !== null && unit?.character !== undefined && /[\p{L}\p{N}]/u.test(unit.character);

/** Offsets where a word starts (after a space or at the start), and the end. */
function wordStarts(units: readonly Unit[]): number[] {
  const starts: number[] = [];
  units.forEach((unit, index) => {
    if (isWordCharacter(unit) && (index === 0 || isSpace(units[index - 1]))) starts.push(index);
  });
  return starts;
}

/** From a word start, the offset after `count` words and the spaces after them. */
function afterWords(units: readonly Unit[], start: number, count: number): number {
  let index = start;
  for (let word = 0; word < count && index < units.length; word += 1) {
    while (index < units.length && !isSpace(units[index])) index += 1;
    while (index < units.length && isSpace(units[index])) index += 1;
  }
  return index;
}

function withMark(marks: readonly Mark[], type: string, on: boolean): Mark[] {
  const rest = marks.filter((mark) => mark.type !== type);
  if (!on) return rest;
  const rank = (mark: Mark): number => (markTypes as readonly string[]).indexOf(mark.type);
  return [...rest, { type }].sort((a, b) => rank(a) - rank(b));
}

// --- the edits ------------------------------------------------------------------------------------

interface Edit {
  readonly doc: Node;
  readonly where: string;
}

class RandomEditor {
  private readonly random: () => number;
  private ids = 0;

  constructor(private readonly seed: number) {
    this.random = randomSource(seed);
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[Math.floor(this.random() * items.length)];
  }

  private integer(below: number): number {
    return Math.floor(this.random() * below);
  }

  private freshId(prefix: string): string {
    return `${prefix}-edit-${this.seed}-${(this.ids += 1)}`;
  }

  private phrase(count: number): string {
    return Array.from({ length: count }, () => this.pick(words)!).join(' ');
  }

  private sentence(): string {
    const text = `${this.phrase(3 + this.integer(5))}.`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  edit(doc: Node, kind: EditKind): Edit | null {
    switch (kind) {
      case 'insert-words':
        return this.inText(doc, textblockTypes, (units) => {
          const at = this.pick([0, ...wordStarts(units), units.length])!;
          const marks = units[at - 1]?.character ? units[at - 1]!.marks : [];
          const spaced =
            at === units.length && at > 0 && !isSpace(units[at - 1])
              ? ` ${this.phrase(1 + this.integer(3))}`
              : `${this.phrase(1 + this.integer(3))} `;
          return [...units.slice(0, at), ...textUnits(spaced, marks), ...units.slice(at)];
        });
      case 'delete-words':
        return this.inText(doc, textblockTypes, (units) => {
          const start = this.pick(wordStarts(units));
          if (start === undefined) return null;
          return [...units.slice(0, start), ...units.slice(afterWords(units, start, 1 + this.integer(3)))];
        });
      case 'replace-words':
        return this.replaceWords(doc, textblockTypes);
      case 'edit-cell':
        return this.replaceWords(doc, new Set(['paragraph']), (parent) => parent?.type === 'tableCell' || parent?.type === 'tableHeader');
      case 'insert-sentence':
        return this.inText(doc, new Set(['paragraph']), (units) => {
          const at = this.pick(sentenceStarts(units))!;
          return [...units.slice(0, at), ...textUnits(`${this.sentence()} `), ...units.slice(at)];
        });
      case 'delete-sentence':
        return this.inText(doc, new Set(['paragraph']), (units) => {
          const starts = sentenceStarts(units);
          if (starts.length < 2) return null;
          const index = this.integer(starts.length - 1);
          return [...units.slice(0, starts[index]), ...units.slice(starts[index + 1])];
        });
      case 'split-paragraph':
        return this.splitParagraph(doc);
      case 'merge-paragraphs':
        return this.mergeParagraphs(doc);
      case 'insert-block':
        return this.insertBlock(doc);
      case 'delete-block': {
        const blocks = doc.content ?? [];
        if (blocks.length < 3) return null;
        const index = this.integer(blocks.length);
        return { doc: spliceAt(doc, [], index, 1), where: `${index} (${blocks[index]!.type})` };
      }
      case 'move-block': {
        const blocks = doc.content ?? [];
        if (blocks.length < 3) return null;
        const from = this.integer(blocks.length);
        const to = this.integer(blocks.length - 1);
        const moved = blocks[from]!;
        return { doc: spliceAt(spliceAt(doc, [], from, 1), [], to, 0, moved), where: `${from} to ${to} (${moved.type})` };
      }
      case 'insert-clause':
        return this.insertClause(doc);
      case 'move-clause':
        return this.moveClause(doc);
      case 'delete-annex':
        return this.deleteAnnex(doc);
      case 'add-row':
        return this.addRow(doc);
      case 'remove-row': {
        const table = this.pick(pathsWhere(doc, (node) => node.type === 'table' && (node.content?.length ?? 0) > 1));
        if (!table) return null;
        const index = this.integer(nodeAt(doc, table).content!.length);
        return { doc: spliceAt(doc, table, index, 1), where: `${[...table, index].join('.')}` };
      }
      case 'toggle-bold':
      case 'toggle-italic':
        return this.inText(doc, textblockTypes, (units) => {
          const start = this.pick(wordStarts(units));
          if (start === undefined) return null;
          let end = afterWords(units, start, 1 + this.integer(3));
          while (end > start && isSpace(units[end - 1])) end -= 1;
          const type = kind === 'toggle-bold' ? 'bold' : 'italic';
          const on = !units.slice(start, end).every((unit) => unit.character === null || unit.marks.some((mark) => mark.type === type));
          return units.map((unit, index) =>
            index >= start && index < end && unit.character !== null ? { ...unit, marks: withMark(unit.marks, type, on) } : unit,
          );
        });
      case 'edit-code-line':
        return this.editCodeLine(doc);
      case 'change-attribute':
        return this.changeAttribute(doc);
      case 'insert-atom':
        return this.inText(doc, new Set(['paragraph']), (units) => {
          const targets = pathsWhere(doc, (node) => node.type === 'heading').map((path) => String(nodeAt(doc, path).attrs?.id));
          const atom: Node = this.pick([
            { type: 'hardBreak' },
            { type: 'footnote', attrs: { text: this.sentence() } },
            { type: 'crossReference', attrs: { target: this.pick(targets) ?? 'nowhere', form: this.pick(['full', 'number'])! } },
          ])!;
          const at = this.pick([0, ...wordStarts(units), units.length])!;
          return [...units.slice(0, at), { character: null, node: atom, marks: [] }, ...units.slice(at)];
        });
      case 'delete-atom':
        return this.inText(doc, textblockTypes, (units) => {
          const atoms = units.flatMap((unit, index) => (unit.character === null ? [index] : []));
          const at = this.pick(atoms);
          return at === undefined ? null : [...units.slice(0, at), ...units.slice(at + 1)];
        });
    }
  }

  /** Edits the inline content of a random textblock of the given types; null when there is none, or the edit has nowhere to go. */
  private inText(
    doc: Node,
    types: ReadonlySet<string>,
    edit: (units: Unit[]) => Unit[] | null,
    parentTest: (parent: Node | null) => boolean = () => true,
  ): Edit | null {
    const candidates = pathsWhere(doc, (node, parent) => types.has(node.type) && parentTest(parent));
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const path = this.pick(candidates);
      if (!path) return null;
      const node = nodeAt(doc, path);
      const units = edit(unitsOf(node.content));
      if (units) return { doc: replaceAt(doc, path, setContent(node, contentOf(units))), where: path.join('.') };
    }
    return null;
  }

  private replaceWords(doc: Node, types: ReadonlySet<string>, parentTest?: (parent: Node | null) => boolean): Edit | null {
    return this.inText(
      doc,
      types,
      (units) => {
        const start = this.pick(wordStarts(units));
        if (start === undefined) return null;
        let end = afterWords(units, start, 1 + this.integer(2));
        while (end > start && isSpace(units[end - 1])) end -= 1;
        return [...units.slice(0, start), ...textUnits(this.phrase(1 + this.integer(2)), units[start]!.marks), ...units.slice(end)];
      },
      parentTest,
    );
  }

  private splitParagraph(doc: Node): Edit | null {
    const path = this.pick(
      pathsWhere(
        doc,
        (node, parent) => node.type === 'paragraph' && paragraphParents.has(parent?.type ?? '') && (node.content?.length ?? 0) > 0,
      ),
    );
    if (!path) return null;
    const node = nodeAt(doc, path);
    const units = unitsOf(node.content);
    const at = this.pick(wordStarts(units).filter((start) => start > 0));
    if (at === undefined) return null;
    const first = setContent(node, contentOf(units.slice(0, at)));
    const second = setContent(node, contentOf(units.slice(at)));
    return { doc: spliceAt(doc, path.slice(0, -1), path.at(-1)!, 1, first, second), where: path.join('.') };
  }

  private mergeParagraphs(doc: Node): Edit | null {
    const path = this.pick(
      pathsWhere(doc, (node) =>
        (node.content ?? []).some((child, index) => child.type === 'paragraph' && node.content![index + 1]?.type === 'paragraph'),
      ),
    );
    if (!path) return null;
    const parent = nodeAt(doc, path);
    const pairs = parent.content!.flatMap((child, index) =>
      child.type === 'paragraph' && parent.content![index + 1]?.type === 'paragraph' ? [index] : [],
    );
    const index = this.pick(pairs)!;
    const merged = setContent(
      parent.content![index]!,
      contentOf([...unitsOf(parent.content![index]!.content), ...unitsOf(parent.content![index + 1]!.content)]),
    );
    return { doc: spliceAt(doc, path, index, 2, merged), where: [...path, index].join('.') };
  }

  private insertBlock(doc: Node): Edit | null {
    const at = this.integer((doc.content?.length ?? 0) + 1);
    const block = this.pick<Node>([
      { type: 'paragraph', content: [{ type: 'text', text: `${this.sentence()} ${this.sentence()}` }] },
      {
        type: 'note',
        attrs: { id: this.freshId('n') },
        content: [{ type: 'paragraph', content: [{ type: 'text', text: this.sentence() }] }],
      },
      {
        type: 'codeBlock',
        attrs: { language: 'asn1' },
        content: [{ type: 'text', text: `Type ::= SEQUENCE {\n  ${this.phrase(1)} INTEGER }` }],
      },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: this.sentence() }] }] }],
      },
    ])!;
    return { doc: spliceAt(doc, [], at, 0, block), where: `${at} (${block.type})` };
  }

  private insertClause(doc: Node): Edit | null {
    const at = this.integer((doc.content?.length ?? 0) + 1);
    const heading: Node = {
      type: 'heading',
      attrs: { id: this.freshId('h'), level: 1 + this.integer(3) },
      content: [{ type: 'text', text: this.phrase(2) }],
    };
    const body: Node = { type: 'paragraph', content: [{ type: 'text', text: this.sentence() }] };
    return { doc: spliceAt(doc, [], at, 0, heading, body), where: `${at}` };
  }

  /** A heading and its blocks up to the next heading of the same or a higher level. */
  private sections(doc: Node, type: 'heading' | 'annexHeading'): [number, number][] {
    const blocks = doc.content ?? [];
    const sections: [number, number][] = [];
    blocks.forEach((block, start) => {
      if (block.type !== type) return;
      const level = type === 'heading' ? Number(block.attrs?.level ?? 1) : 0;
      let end = start + 1;
      while (end < blocks.length) {
        const next = blocks[end]!;
        if (next.type === 'annexHeading' || next.type === 'unnumberedHeading') break;
        if (type === 'heading' && next.type === 'heading' && Number(next.attrs?.level ?? 1) <= level) break;
        end += 1;
      }
      sections.push([start, end]);
    });
    return sections;
  }

  private moveClause(doc: Node): Edit | null {
    const section = this.pick(this.sections(doc, 'heading'));
    if (!section) return null;
    const [start, end] = section;
    const blocks = doc.content!;
    const targets = blocks.flatMap((block, index) =>
      (block.type === 'heading' || index === blocks.length) && (index < start || index >= end) ? [index] : [],
    );
    const before = this.pick([...targets, blocks.length])!;
    const moved = blocks.slice(start, end);
    const rest = [...blocks.slice(0, start), ...blocks.slice(end)];
    const at = before > start ? before - moved.length : before;
    if (at === start) return null;
    return { doc: { ...doc, content: [...rest.slice(0, at), ...moved, ...rest.slice(at)] }, where: `${start}–${end - 1} before ${before}` };
  }

  private deleteAnnex(doc: Node): Edit | null {
    const section = this.pick(this.sections(doc, 'annexHeading'));
    if (!section) return null;
    const [start, end] = section;
    return { doc: spliceAt(doc, [], start, end - start), where: `${start}–${end - 1}` };
  }

  private addRow(doc: Node): Edit | null {
    const table = this.pick(pathsWhere(doc, (node) => node.type === 'table'));
    if (!table) return null;
    const rows = nodeAt(doc, table).content ?? [];
    const model = this.pick(rows)!;
    const row: Node = {
      ...model,
      content: (model.content ?? []).map((cell) => ({
        ...cell,
        type: 'tableCell',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: this.phrase(1 + this.integer(2)) }] }],
      })),
    };
    const at = 1 + this.integer(rows.length);
    return { doc: spliceAt(doc, table, Math.min(at, rows.length), 0, row), where: [...table, at].join('.') };
  }

  private editCodeLine(doc: Node): Edit | null {
    const path = this.pick(pathsWhere(doc, (node) => node.type === 'codeBlock'));
    if (!path) return null;
    const node = nodeAt(doc, path);
    const lines = (node.content ?? [])
      .map((child) => child.text ?? '')
      .join('')
      .split('\n');
    const line = this.integer(lines.length);
    const roll = this.random();
    if (roll < 0.4) lines[line] = lines[line]!.replace(/[A-Za-z]+/, this.pick(words)!) + (lines[line] === '' ? this.pick(words)! : '');
    else if (roll < 0.7) lines.splice(line + 1, 0, `  ${this.phrase(2)} [${this.integer(99)}] INTEGER,`);
    else if (lines.length > 1) lines.splice(line, 1);
    else lines[0] = `${lines[0]} -- ${this.phrase(1)}`;
    const code = lines.join('\n');
    return {
      doc: replaceAt(doc, path, setContent(node, code === '' ? [] : [{ type: 'text', text: code }])),
      where: `${path.join('.')} line ${line}`,
    };
  }

  private changeAttribute(doc: Node): Edit | null {
    const path = this.pick(
      pathsWhere(
        doc,
        (node) =>
          node.type === 'heading' ||
          (node.type === 'annexHeading' && node.attrs?.kind === 'annex') ||
          node.type === 'orderedList' ||
          node.type === 'codeBlock',
      ),
    );
    if (!path) return null;
    const node = nodeAt(doc, path);
    const attrs = { ...node.attrs };
    switch (node.type) {
      case 'heading':
        attrs.level = Number(attrs.level) >= 3 ? Number(attrs.level) - 1 : Number(attrs.level) + 1;
        break;
      case 'annexHeading':
        attrs.normative = !attrs.normative;
        break;
      case 'orderedList':
        attrs.style = attrs.style === 'alpha' ? 'numeric' : 'alpha';
        break;
      default:
        attrs.language = attrs.language === 'asn1' ? 'text' : 'asn1';
    }
    return { doc: replaceAt(doc, path, { ...node, attrs }), where: `${path.join('.')} (${node.type})` };
  }
}

/** Offsets where a sentence starts: the start, and after ". " (the end too, to add one there). */
function sentenceStarts(units: readonly Unit[]): number[] {
  const starts = [0];
  units.forEach((unit, index) => {
    if (index > 0 && !isSpace(unit) && isSpace(units[index - 1]) && units[index - 2]?.character === '.') starts.push(index);
  });
  if (units.length > 0) starts.push(units.length);
  return starts;
}

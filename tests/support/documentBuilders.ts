import type {
  CodeLanguage,
  CrossReferenceForm,
  OrderedListStyle,
  Organization,
  ReferenceGroup,
  UnnumberedHeadingKind,
} from '../../shared/domain/documentModel';
import type { DocumentJson } from '../../shared/domain/project';

// Small builders of masters in the vocabulary of shared/domain/documentModel.ts, so a test reads as
// the text it builds: doc(heading(1, 'Scope'), paragraph('…'), note('…')). Ids are made up unless
// given; give one to the nodes a test refers to.

type Node = DocumentJson;
/** Inline content: a string is a text node. */
export type Inline = string | Node;

let lastId = 0;
const madeUpId = (prefix: string): string => `${prefix}-${(lastId += 1)}`;

/** Strings become text nodes; empty strings are dropped, as ProseMirror allows no empty text node. */
const inlineContent = (content: Inline | readonly Inline[]): Node[] => {
  // Array.isArray does not narrow a readonly array away, hence the cast.
  const parts = (Array.isArray(content) ? content : [content]) as readonly Inline[];
  return parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? text(part) : part));
};

const withContent = (type: string, content: Node[], attrs?: Record<string, unknown>): Node => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content.length > 0 ? { content } : {}),
});

export const doc = (...blocks: Node[]): Node => ({ type: 'doc', content: blocks });

export const text = (value: string, organization?: Organization): Node =>
  organization ? { type: 'text', text: value, marks: [{ type: 'organization', attrs: { organization } }] } : { type: 'text', text: value };

export const hardBreak = (): Node => ({ type: 'hardBreak' });

export const footnote = (value: string): Node => ({ type: 'footnote', attrs: { text: value } });

export const crossReference = (target: string, form: CrossReferenceForm = 'full'): Node => ({
  type: 'crossReference',
  attrs: { target, form },
});

export const paragraph = (...content: Inline[]): Node => withContent('paragraph', inlineContent(content));

export const titleBlock = (...parts: string[]): Node => ({
  type: 'titleBlock',
  content: parts.map((part) => withContent('titlePart', inlineContent(part))),
});

export const heading = (level: number, title: Inline | readonly Inline[], id = madeUpId('h')): Node =>
  withContent('heading', inlineContent(title), { id, level });

export const unnumberedHeading = (kind: UnnumberedHeadingKind, title: string, id = madeUpId('u')): Node =>
  withContent('unnumberedHeading', inlineContent(title), { id, kind });

export const annex = (title: string, options: { readonly normative?: boolean; readonly id?: string } = {}): Node =>
  withContent('annexHeading', inlineContent(title), {
    id: options.id ?? madeUpId('a'),
    kind: 'annex',
    normative: options.normative ?? true,
  });

export const appendix = (title: string, id = madeUpId('p')): Node =>
  withContent('annexHeading', inlineContent(title), { id, kind: 'appendix', normative: false });

/** A note of one paragraph. */
export const note = (body: Inline | readonly Inline[], id = madeUpId('n')): Node => ({
  type: 'note',
  attrs: { id },
  content: [paragraph(...inlineContent(body))],
});

/** An example of one paragraph. */
export const example = (body: Inline | readonly Inline[], id = madeUpId('e')): Node => ({
  type: 'example',
  attrs: { id },
  content: [paragraph(...inlineContent(body))],
});

/** A table cell holding the given blocks (e.g. a paragraph and a note). */
export const cell = (...blocks: Node[]): Node => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: blocks });

/**
 * A titled table; the first row is the header row. A string cell holds one paragraph; a node made
 * with cell() is used as it is.
 */
export const table = (caption: Inline | readonly Inline[], rows: readonly (readonly Inline[])[], id = madeUpId('t')): Node => ({
  type: 'tableBlock',
  attrs: { id },
  content: [
    withContent('caption', inlineContent(caption)),
    {
      type: 'table',
      content: rows.map((row, rowIndex) => ({
        type: 'tableRow',
        content: row.map((value) =>
          typeof value === 'string' || (value.type !== 'tableCell' && value.type !== 'tableHeader')
            ? { type: rowIndex === 0 ? 'tableHeader' : 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [paragraph(value)] }
            : value,
        ),
      })),
    },
  ],
});

/** A small drawing: two boxes and an arrow, as an SVG data: URL. */
export const drawing = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="110" viewBox="0 0 360 110" font-family="sans-serif" font-size="14">' +
    '<rect x="10" y="30" width="120" height="50" fill="#fff" stroke="#000"/><text x="70" y="60" text-anchor="middle">DUA</text>' +
    '<rect x="230" y="30" width="120" height="50" fill="#fff" stroke="#000"/><text x="290" y="60" text-anchor="middle">DSA</text>' +
    '<path d="M130 55h94" stroke="#000"/><path d="M224 50l8 5-8 5z"/></svg>',
).toString('base64')}`;

export const figure = (caption: Inline | readonly Inline[], id = madeUpId('f'), alt = 'A drawing'): Node => ({
  type: 'figure',
  attrs: { id, src: drawing, alt, original: null },
  content: [withContent('caption', inlineContent(caption))],
});

export const codeBlock = (code: string, language: CodeLanguage = 'asn1'): Node =>
  withContent('codeBlock', code === '' ? [] : [text(code)], { language });

export const term = (name: string, definition: Inline | readonly Inline[], id = madeUpId('d')): Node => ({
  type: 'termEntry',
  attrs: { id },
  content: [withContent('termName', inlineContent(name)), withContent('termDefinition', inlineContent(definition))],
});

export const abbreviation = (short: string, expansion: string): Node => ({
  type: 'abbreviationEntry',
  content: [withContent('abbreviation', inlineContent(short)), withContent('expansion', inlineContent(expansion))],
});

export const reference = (citation: string, group: ReferenceGroup = 'identical', id = madeUpId('r')): Node =>
  withContent('referenceEntry', inlineContent(citation), { id, group });

/** A list item: a string is its one paragraph; nodes are its blocks (a paragraph first). */
export const item = (...blocks: (string | Node)[]): Node => ({
  type: 'listItem',
  content: blocks.map((block) => (typeof block === 'string' ? paragraph(block) : block)),
});

const items = (entries: readonly (string | Node)[]): Node[] => entries.map((entry) => (typeof entry === 'string' ? item(entry) : entry));

export const bulletList = (...entries: (string | Node)[]): Node => ({ type: 'bulletList', content: items(entries) });

export const orderedList = (style: OrderedListStyle, ...entries: (string | Node)[]): Node => ({
  type: 'orderedList',
  attrs: { style },
  content: items(entries),
});

export const organizationBlock = (organization: Organization, ...blocks: Node[]): Node => ({
  type: 'organizationBlock',
  attrs: { organization },
  content: blocks,
});

/** The node without its id, as an importer might leave it. */
export const withoutId = (node: Node): Node => {
  const { id: _id, ...attrs } = node.attrs ?? {};
  return { ...node, attrs };
};

/** The blocks of a document with the blocks from `from` (inclusive) to `to` (exclusive) moved to stand before `before`. */
export const moveBlocks = (document: Node, from: number, to: number, before: number): Node => {
  const blocks = [...(document.content ?? [])];
  const moved = blocks.slice(from, to);
  const rest = [...blocks.slice(0, from), ...blocks.slice(to)];
  const at = before > from ? before - moved.length : before;
  return { ...document, content: [...rest.slice(0, at), ...moved, ...rest.slice(at)] };
};

import type { TrackedChangesChoice } from '../../../shared/domain/wordImport';
import type { PlaceholderKind } from '../../../shared/domain/documentModel';
import type { InlineJson, MarkJson } from './inlineContent';
import { mergeTextNodes } from './inlineContent';
import { inlineText } from '../../../shared/domain/diff/plainText';
import type { StyleRole } from './paragraphRole';
import { styleRole } from './paragraphRole';
import { serializeXml } from './serializeXml';
import type { ListReference } from './wordNumbering';
import { listReference, WordNumbering } from './wordNumbering';
import type { WordPackage, WordRelationship } from './wordPackage';
import { isOn, WordStyles } from './wordStyles';
import type { XmlElement } from './xmlTree';
import { childElement, childElements, descendants, elementText } from './xmlTree';

/** A paragraph of the Word file, read: its style's role, its content and what it carries. */
export interface ReadParagraph {
  readonly kind: 'paragraph';
  /** Counted from 1 over the body, for "paragraph 214" in the report. */
  readonly index: number;
  readonly style: StyleRole;
  /** Word's automatic numbering on the paragraph or its style. */
  readonly list: ListReference | null;
  readonly content: InlineJson[];
  /** Bookmarks that start in the paragraph: what REF fields and internal hyperlinks point at. */
  readonly bookmarks: string[];
  /** The paragraph mark itself is a tracked insertion or deletion. */
  readonly markRevision: 'inserted' | 'deleted' | null;
}

export interface ReadCell {
  readonly blocks: ReadBlock[];
  readonly columnSpan: number;
  /** Word's vertical merge: 'restart' starts a merged cell, 'continue' is covered by the one above. */
  readonly verticalMerge: 'restart' | 'continue' | null;
  readonly column: number;
}

export interface ReadRow {
  readonly cells: ReadCell[];
  readonly header: boolean;
}

export interface ReadTable {
  readonly kind: 'table';
  readonly index: number;
  readonly rows: ReadRow[];
  readonly bookmarks: string[];
}

export type ReadBlock = ReadParagraph | ReadTable;

/** An internal hyperlink or REF field, resolved to a cross-reference once the targets have ids. */
export interface PendingReference {
  readonly bookmark: string;
  readonly result: InlineJson[];
  readonly paragraph: number;
}

export interface ContentTally {
  trackedChanges: number;
  formatRevisions: number;
  deletedParagraphMarks: number;
  hiddenRuns: number;
  endnotes: number;
}

export interface PlaceholderFound {
  readonly kind: PlaceholderKind;
  readonly description: string;
  readonly paragraph: number;
}

interface Field {
  instruction: string;
  separated: boolean;
  output: InlineJson[] | null;
  resultStart: number;
}

/** What the reading of one paragraph collects besides its content. */
interface ParagraphState {
  readonly bookmarks: string[];
  readonly index: number;
}

const displayableImages = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/svg+xml', 'image/webp']);
const extensionTypes: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
};

/** Characters of the Symbol font that Word writes as w:sym, by their private-use code. */
const symbolCharacters: Readonly<Record<string, string>> = {
  F0D3: '©',
  F0E3: '©',
  F0D2: '®',
  F0E2: '®',
  F0B1: '±',
  F0B4: '×',
  F0B8: '÷',
  F0AE: '→',
  F0AC: '←',
  F0DE: '⇒',
  F0A3: '≤',
  F0B3: '≥',
  F0B9: '≠',
  F0BB: '≈',
  F0A5: '∞',
  F0B7: '•',
  F0BE: '—',
  F02D: '−',
};

/**
 * Reads the body of a Word document into paragraphs and tables in document order, with their
 * inline content as the editor's JSON: text with marks, breaks, footnotes, images and the things
 * kept as placeholders. Structure (clauses, lists, notes, figures) is built from this by
 * ./buildMaster; this step only reads what each paragraph holds.
 */
export class ContentReader {
  readonly pending = new Map<InlineJson, PendingReference>();
  readonly placeholders: PlaceholderFound[] = [];
  readonly tally: ContentTally = { trackedChanges: 0, formatRevisions: 0, deletedParagraphMarks: 0, hiddenRuns: 0, endnotes: 0 };
  readonly styles: WordStyles;
  private readonly numbering: WordNumbering;
  private readonly relationships: ReadonlyMap<string, WordRelationship>;
  private readonly footnotes: ReadonlyMap<string, string>;
  private readonly endnotes: ReadonlyMap<string, string>;
  private readonly fields: Field[] = [];
  private paragraphs = 0;
  private tables = 0;

  constructor(
    private readonly pack: WordPackage,
    private readonly parts: {
      readonly styles: XmlElement | null;
      readonly numbering: XmlElement | null;
      readonly footnotes: XmlElement | null;
      readonly endnotes: XmlElement | null;
    },
    private readonly trackedChanges: TrackedChangesChoice,
  ) {
    this.styles = new WordStyles(parts.styles);
    this.numbering = new WordNumbering(parts.numbering);
    this.relationships = pack.relationships(pack.documentPath);
    this.footnotes = this.notes(parts.footnotes, 'w:footnote');
    this.endnotes = this.notes(parts.endnotes, 'w:endnote');
  }

  get listFormats(): WordNumbering {
    return this.numbering;
  }

  /** The blocks of a container (the body, a table cell, a content control). */
  blocks(container: XmlElement, revision: MarkJson | null = null): ReadBlock[] {
    const blocks: ReadBlock[] = [];
    const loose: string[] = [];
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:p': {
          const paragraph = this.paragraph(child, revision);
          paragraph.bookmarks.unshift(...loose.splice(0));
          blocks.push(paragraph);
          break;
        }
        case 'w:tbl':
          blocks.push(this.table(child, loose.splice(0), revision));
          break;
        case 'w:sdt': {
          // A table of contents in a content control is left out, as its styled paragraphs are.
          const gallery = descendants(childElement(child, 'w:sdtPr') ?? child, 'w:docPartGallery')[0]?.attributes['w:val'] ?? '';
          const content = childElement(child, 'w:sdtContent');
          if (content && !/table of contents/i.test(gallery)) blocks.push(...this.blocks(content, revision));
          break;
        }
        case 'w:customXml':
        case 'w:smartTag':
          blocks.push(...this.blocks(child, revision));
          break;
        case 'w:bookmarkStart':
          loose.push(child.attributes['w:name'] ?? '');
          break;
        case 'w:ins':
        case 'w:del':
        case 'w:moveTo':
        case 'w:moveFrom': {
          const mark = this.revisionMark(child);
          if (mark || !isDeletion(child)) blocks.push(...this.blocks(child, mark ?? revision));
          break;
        }
        default:
          break;
      }
    }
    return blocks;
  }

  private paragraph(element: XmlElement, revision: MarkJson | null): ReadParagraph {
    this.paragraphs += 1;
    const properties = childElement(element, 'w:pPr');
    const styleId = childElement(properties, 'w:pStyle')?.attributes['w:val'] ?? null;
    const direct = childElement(properties, 'w:numPr');
    const list = direct ? listReference(direct) : this.styles.list(styleId);
    const mark = childElement(properties, 'w:rPr');
    let markRevision: ReadParagraph['markRevision'] = null;
    if (childElement(mark, 'w:del') || childElement(mark, 'w:moveFrom')) markRevision = 'deleted';
    else if (childElement(mark, 'w:ins') || childElement(mark, 'w:moveTo')) markRevision = 'inserted';
    if (markRevision === 'deleted') this.tally.deletedParagraphMarks += 1;
    if (childElement(properties, 'w:pPrChange')) this.tally.formatRevisions += 1;
    const state: ParagraphState = { bookmarks: [], index: this.paragraphs };
    const content: InlineJson[] = [];
    this.inline(element, revision ? [revision] : [], content, state);
    return {
      kind: 'paragraph',
      index: this.paragraphs,
      style: styleRole(this.styles, styleId),
      list: list && this.numbering.format(list) !== 'none' ? list : null,
      content: mergeTextNodes(content),
      bookmarks: state.bookmarks,
      markRevision,
    };
  }

  private table(element: XmlElement, bookmarks: string[], revision: MarkJson | null): ReadTable {
    this.tables += 1;
    const index = this.tables;
    const rows: ReadRow[] = [];
    for (const row of childElements(element, 'w:tr')) {
      const properties = childElement(row, 'w:trPr');
      let rowRevision = revision;
      const deleted = childElement(properties, 'w:del');
      const inserted = childElement(properties, 'w:ins');
      const rowChange = deleted ?? inserted;
      if (rowChange) {
        const mark = this.revisionMark(rowChange);
        if (!mark && deleted) continue;
        if (mark) rowRevision = mark;
      }
      let column = Number.parseInt(childElement(properties, 'w:gridBefore')?.attributes['w:val'] ?? '0', 10) || 0;
      const cells: ReadCell[] = [];
      for (const cell of [
        ...childElements(row, 'w:tc'),
        ...childElements(row, 'w:sdt').flatMap((sdt) => childElements(childElement(sdt, 'w:sdtContent') ?? sdt, 'w:tc')),
      ]) {
        const cellProperties = childElement(cell, 'w:tcPr');
        const span = Math.max(1, Number.parseInt(childElement(cellProperties, 'w:gridSpan')?.attributes['w:val'] ?? '1', 10) || 1);
        const merge = childElement(cellProperties, 'w:vMerge');
        const verticalMerge = merge ? (merge.attributes['w:val'] === 'restart' ? 'restart' : 'continue') : null;
        cells.push({ blocks: this.blocks(cell, rowRevision), columnSpan: span, verticalMerge, column });
        column += span;
      }
      rows.push({ cells, header: childElement(properties, 'w:tblHeader') !== undefined && isOn(childElement(properties, 'w:tblHeader')) });
    }
    return { kind: 'table', index, rows, bookmarks };
  }

  private inline(element: XmlElement, marks: MarkJson[], out: InlineJson[], state: ParagraphState): void {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:r':
          this.run(child, marks, out, state);
          break;
        case 'w:hyperlink': {
          const anchor = child.attributes['w:anchor'];
          if (anchor === undefined || anchor === '') {
            this.inline(child, marks, out, state);
            break;
          }
          const result: InlineJson[] = [];
          this.inline(child, marks, result, state);
          out.push(this.pendingReference(anchor, result, state));
          break;
        }
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom': {
          const mark = this.revisionMark(child);
          if (mark) this.inline(child, [...marks.filter((existing) => existing.type !== mark.type), mark], out, state);
          else if (!isDeletion(child)) this.inline(child, marks, out, state);
          break;
        }
        case 'w:fldSimple': {
          const field: Field = { instruction: child.attributes['w:instr'] ?? '', separated: true, output: out, resultStart: out.length };
          this.fields.push(field);
          this.inline(child, marks, out, state);
          this.fields.pop();
          this.endField(field, out, state);
          break;
        }
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inline(child, marks, out, state);
          break;
        case 'w:sdt': {
          const content = childElement(child, 'w:sdtContent');
          if (content) this.inline(content, marks, out, state);
          break;
        }
        case 'w:bookmarkStart': {
          const name = child.attributes['w:name'] ?? '';
          if (name !== '' && name !== '_GoBack') state.bookmarks.push(name);
          break;
        }
        case 'm:oMath':
        case 'm:oMathPara':
          out.push(this.placeholder('equation', 'Equation', descendants(child, 'm:t').map(elementText).join(''), '', child, state));
          break;
        default:
          break;
      }
    }
  }

  private run(run: XmlElement, inherited: MarkJson[], out: InlineJson[], state: ParagraphState): void {
    const properties = childElement(run, 'w:rPr');
    if (isOn(childElement(properties, 'w:vanish')) || isOn(childElement(properties, 'w:webHidden'))) {
      this.tally.hiddenRuns += 1;
      return;
    }
    if (childElement(properties, 'w:rPrChange')) this.tally.formatRevisions += 1;
    const marks = [...inherited, ...this.runMarks(properties)];
    const text = (value: string) => {
      if (this.inInstruction()) return;
      out.push(marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
    };
    for (const child of run.children) {
      if (typeof child === 'string') continue;
      switch (child.name) {
        case 'w:t':
        case 'w:delText':
          text(elementText(child));
          break;
        case 'w:tab':
        case 'w:ptab':
          text('\t');
          break;
        case 'w:noBreakHyphen':
          text('\u2011');
          break;
        case 'w:softHyphen':
          text('\u00AD');
          break;
        case 'w:sym':
          text(symbolCharacter(child.attributes['w:char'] ?? ''));
          break;
        case 'w:br':
        case 'w:cr':
          if (child.attributes['w:type'] !== 'page' && child.attributes['w:type'] !== 'column' && !this.inInstruction())
            out.push({ type: 'hardBreak' });
          break;
        case 'w:fldChar':
          this.fieldCharacter(child, out, state);
          break;
        case 'w:instrText': {
          const field = this.fields[this.fields.length - 1];
          if (field && !field.separated) field.instruction += elementText(child);
          break;
        }
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const id = child.attributes['w:id'] ?? '';
          const endnote = child.name === 'w:endnoteReference';
          if (endnote) this.tally.endnotes += 1;
          if (!this.inInstruction())
            out.push({ type: 'footnote', attrs: { text: (endnote ? this.endnotes : this.footnotes).get(id) ?? '' } });
          break;
        }
        case 'w:drawing':
          if (!this.inInstruction()) out.push(this.drawing(child, state));
          break;
        case 'w:pict':
          if (!this.inInstruction()) out.push(this.picture(child, state));
          break;
        case 'w:object':
          if (!this.inInstruction()) out.push(this.embeddedObject(child, state));
          break;
        case 'mc:AlternateContent': {
          // The choice is what Word shows; the fallback (VML) only where the choice is not understood.
          const choice = childElement(child, 'mc:Choice');
          const fallback = childElement(child, 'mc:Fallback');
          const drawing = choice ? childElement(choice, 'w:drawing') : undefined;
          if (drawing) {
            if (!this.inInstruction()) out.push(this.drawing(drawing, state));
          } else if (fallback) this.run({ name: 'w:r', attributes: {}, children: fallback.children }, marks, out, state);
          break;
        }
        default:
          break;
      }
    }
  }

  private runMarks(properties: XmlElement | undefined): MarkJson[] {
    const marks: MarkJson[] = [];
    if (!properties) return marks;
    const style = this.styles.chain(childElement(properties, 'w:rStyle')?.attributes['w:val'] ?? '\u0000');
    const bold = childElement(properties, 'w:b');
    const italic = childElement(properties, 'w:i');
    if (bold ? isOn(bold) : style.some((entry) => entry.bold)) marks.push({ type: 'bold' });
    if (italic ? isOn(italic) : style.some((entry) => entry.italic)) marks.push({ type: 'italic' });
    const underline = childElement(properties, 'w:u')?.attributes['w:val'];
    if (underline !== undefined && underline !== 'none') marks.push({ type: 'underline' });
    const position = childElement(properties, 'w:vertAlign')?.attributes['w:val'];
    if (position === 'superscript') marks.push({ type: 'superscript' });
    else if (position === 'subscript') marks.push({ type: 'subscript' });
    return marks;
  }

  /**
   * Counts a w:ins, w:del, w:moveTo or w:moveFrom and gives its change mark; null when revisions
   * are accepted (inserted text then needs no mark, and deleted text is left out by the caller).
   */
  private revisionMark(element: XmlElement): MarkJson | null {
    this.tally.trackedChanges += 1;
    if (this.trackedChanges === 'accept') return null;
    const type = isDeletion(element) ? 'deletion' : 'insertion';
    return { type, attrs: { author: element.attributes['w:author'] ?? '', date: element.attributes['w:date'] ?? '' } };
  }

  private inInstruction(): boolean {
    for (const field of this.fields) if (!field.separated) return true;
    return false;
  }

  private fieldCharacter(element: XmlElement, out: InlineJson[], state: ParagraphState): void {
    const type = element.attributes['w:fldCharType'];
    if (type === 'begin') {
      this.fields.push({ instruction: '', separated: false, output: null, resultStart: 0 });
    } else if (type === 'separate') {
      const field = this.fields[this.fields.length - 1];
      if (field) {
        field.separated = true;
        field.output = out;
        field.resultStart = out.length;
      }
    } else if (type === 'end') {
      const field = this.fields.pop();
      if (field) this.endField(field, out, state);
    }
  }

  /** A REF field or a HYPERLINK \l field whose result is in this paragraph becomes a pending reference. */
  private endField(field: Field, out: InlineJson[], state: ParagraphState): void {
    if (field.output !== out) return;
    const words = field.instruction.trim().split(/\s+/);
    const command = words[0]?.toUpperCase() ?? '';
    let bookmark = '';
    if (command === 'REF' && words[1]) bookmark = words[1];
    else if (command === 'HYPERLINK') {
      const anchor = words.indexOf('\\l');
      if (anchor >= 0 && words[anchor + 1]) bookmark = words[anchor + 1]!.replace(/^"|"$/g, '');
    }
    if (bookmark === '') return;
    const result = out.splice(field.resultStart);
    out.push(this.pendingReference(bookmark, result, state));
  }

  private pendingReference(bookmark: string, result: InlineJson[], state: ParagraphState): InlineJson {
    const node: InlineJson = { type: 'crossReference', attrs: { target: '', form: 'full' } };
    this.pending.set(node, { bookmark, result: mergeTextNodes(result), paragraph: state.index });
    return node;
  }

  private drawing(element: XmlElement, state: ParagraphState): InlineJson {
    const frame = childElement(element, 'wp:inline') ?? childElement(element, 'wp:anchor');
    const properties = frame ? childElement(frame, 'wp:docPr') : undefined;
    const alt = properties?.attributes.descr || properties?.attributes.title || '';
    const boxes = descendants(element, 'w:txbxContent');
    if (boxes.length > 0)
      return this.placeholder('textBox', 'Text box', boxes.map((box) => this.plainText(box)).join(' '), '', element, state);
    if (descendants(element, 'c:chart').length > 0) return this.placeholder('chart', 'Chart', '', '', element, state);
    const blip = descendants(element, 'a:blip')[0];
    // Word 2016 and this app write an SVG picture beside a bitmap fallback: the SVG is the picture.
    const svg = descendants(element, 'asvg:svgBlip')[0]?.attributes['r:embed'];
    const id = svg ?? blip?.attributes['r:embed'] ?? blip?.attributes['r:link'];
    if (id) return this.image(id, alt, element, state);
    return this.placeholder('drawing', alt || 'Drawing', '', '', element, state);
  }

  private picture(element: XmlElement, state: ParagraphState): InlineJson {
    const boxes = descendants(element, 'w:txbxContent');
    if (boxes.length > 0)
      return this.placeholder('textBox', 'Text box', boxes.map((box) => this.plainText(box)).join(' '), '', element, state);
    const data = descendants(element, 'v:imagedata')[0];
    const id = data?.attributes['r:id'];
    const shape = descendants(element, 'v:shape')[0];
    if (id) return this.image(id, shape?.attributes.alt ?? '', element, state);
    return this.placeholder('drawing', 'Drawing', '', '', element, state);
  }

  private embeddedObject(element: XmlElement, state: ParagraphState): InlineJson {
    const ole = descendants(element, 'o:OLEObject')[0];
    const program = ole?.attributes.ProgID ?? 'an embedded';
    const preview = this.relationships.get(descendants(element, 'v:imagedata')[0]?.attributes['r:id'] ?? '');
    const src = preview ? this.dataUrl(preview) : '';
    return this.placeholder('object', `Embedded object (${program})`, '', src, element, state);
  }

  private image(id: string, alt: string, element: XmlElement, state: ParagraphState): InlineJson {
    const relationship = this.relationships.get(id);
    if (!relationship || relationship.external) return this.placeholder('image', alt || 'Linked image', '', '', element, state);
    const src = this.dataUrl(relationship);
    const name = relationship.target.split('/').pop() ?? relationship.target;
    if (src !== '') return { type: 'placeholder', attrs: { kind: 'image', description: alt, text: '', src, original: null } };
    const type = this.mediaType(relationship.target)
      .replace(/^image\/(x-)?/, '')
      .toUpperCase();
    return this.placeholder('drawing', `${type} drawing (${name})`, '', '', element, state);
  }

  /** A data: URL for an image the editor can show, or '' for one it cannot (EMF, WMF, TIFF). */
  private dataUrl(relationship: WordRelationship): string {
    const type = this.mediaType(relationship.target);
    if (!displayableImages.has(type)) return '';
    const bytes = this.pack.part(relationship.target);
    return bytes ? `data:${type};base64,${Buffer.from(bytes).toString('base64')}` : '';
  }

  private mediaType(path: string): string {
    const declared = this.pack.contentType(path);
    if (declared !== '') return declared;
    return extensionTypes[path.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  }

  /** A placeholder keeping the element's XML and the parts it refers to, for export to write back. */
  private placeholder(
    kind: PlaceholderKind,
    description: string,
    text: string,
    src: string,
    element: XmlElement,
    state: ParagraphState,
  ): InlineJson {
    this.placeholders.push({ kind, description, paragraph: state.index });
    const parts: { id: string; path: string; contentType: string; base64: string }[] = [];
    for (const id of referencedIds(element)) {
      const relationship = this.relationships.get(id);
      if (!relationship || relationship.external) continue;
      const bytes = this.pack.part(relationship.target);
      if (bytes)
        parts.push({
          id,
          path: relationship.target,
          contentType: this.mediaType(relationship.target),
          base64: Buffer.from(bytes).toString('base64'),
        });
    }
    const original = JSON.stringify({ xml: serializeXml(element), parts });
    return { type: 'placeholder', attrs: { kind, description, text: text.replace(/\s+/g, ' ').trim(), src, original } };
  }

  /** The text of a container's paragraphs, for a text box or a footnote. */
  plainText(container: XmlElement): string {
    const paragraphs: string[] = [];
    for (const paragraph of descendants(container, 'w:p')) {
      let text = '';
      for (const run of descendants(paragraph, 'w:r')) {
        for (const child of run.children) {
          if (typeof child === 'string') continue;
          if (child.name === 'w:t') text += elementText(child);
          else if (child.name === 'w:tab') text += ' ';
          else if (child.name === 'w:noBreakHyphen') text += '\u2011';
          else if (child.name === 'w:sym') text += symbolCharacter(child.attributes['w:char'] ?? '');
        }
      }
      paragraphs.push(text.trim());
    }
    return paragraphs.filter((text) => text !== '').join(' ');
  }

  private notes(root: XmlElement | null, name: string): Map<string, string> {
    const notes = new Map<string, string>();
    for (const note of root ? childElements(root, name) : []) notes.set(note.attributes['w:id'] ?? '', this.plainText(note));
    return notes;
  }
}

function isDeletion(element: XmlElement): boolean {
  return element.name === 'w:del' || element.name === 'w:moveFrom';
}

/** Every relationship id an element refers to (r:embed, r:id, r:link …). */
function referencedIds(element: XmlElement): string[] {
  const ids = new Set<string>();
  const stack = [element];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const [name, value] of Object.entries(current.attributes)) if (name.startsWith('r:')) ids.add(value);
    for (const child of current.children) if (typeof child !== 'string') stack.push(child);
  }
  return [...ids];
}

function symbolCharacter(code: string): string {
  const upper = code.toUpperCase();
  const known = symbolCharacters[upper];
  if (known) return known;
  const value = Number.parseInt(upper, 16);
  if (!Number.isFinite(value)) return '';
  // Codes F020–F0FF are the font's own characters shifted into the private use area.
  return value >= 0xf020 && value <= 0xf0ff ? String.fromCharCode(value - 0xf000) : String.fromCodePoint(value);
}

/** The text of inline content, for classification: object characters dropped. */
export function contentText(content: readonly InlineJson[]): string {
  return inlineText(content).replace(/\uFFFC/g, '');
}

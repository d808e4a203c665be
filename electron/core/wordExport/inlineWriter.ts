import type { DocumentJson } from '../../../shared/domain/project';
import { resolveCrossReference } from '../../../shared/domain/numbering/resolveCrossReference';
import type { CrossReferenceForm } from '../../../shared/domain/documentModel';
import { dataUrlBytes } from './imageSize';
import { drawingXml } from './drawingXml';
import type { Revision, WrittenNode } from './revisionNode';
import { markProperties, rightToLeft } from './runProperties';
import type { WriterContext } from './writerContext';
import { bookmarkName } from './bookmarkName';
import { declaredPrefixes, xmlAttribute, xmlText } from './wordXml';

type Marks = DocumentJson['marks'];

/** A piece of a paragraph's text: what it says, how it looks, and whether it was inserted or deleted. */
export interface Segment {
  readonly text: string;
  readonly marks?: Marks;
  readonly revision?: Revision | null;
}

/**
 * Writes the inline content of paragraphs: runs with their properties, tabs and breaks, footnotes,
 * cross-references as internal links showing the computed text, kept originals, and every insertion
 * or deletion as a Word revision (w:ins, w:del, w:rPrChange) or, for print, as coloured marks.
 */
export class InlineWriter {
  constructor(private readonly context: WriterContext) {}

  /** Runs for plain text (a computed label, a separator) in one revision state. */
  text(text: string, marks: Marks = [], revision: Revision | null = null, style?: string): string {
    if (text === '') return '';
    return this.wrap(this.runs(text, marks, revision, style, null), revision);
  }

  /** A computed text that may differ between the two texts ("6.2" then "6.3"): deleted old, inserted new. */
  changedText(older: string, newer: string, revision: Revision | null, marks: Marks = []): string {
    if (revision === 'inserted') return this.text(newer, marks, 'inserted');
    if (revision === 'deleted') return this.text(older, marks, 'deleted');
    if (older === newer || this.context.marks === null) return this.text(newer, marks);
    return this.text(older, marks, 'deleted') + this.text(newer, marks, 'inserted');
  }

  /** The inline content of a textblock. */
  content(nodes: readonly WrittenNode[] | undefined, revision: Revision | null = null, extraMarks: Marks = []): string {
    let xml = '';
    for (const node of nodes ?? []) xml += this.node(node, node.revision ?? revision, extraMarks);
    return xml;
  }

  private node(node: WrittenNode, inherited: Revision | null, extraMarks: Marks): string {
    const trackedMark = node.marks?.find((mark) => mark.type === 'insertion' || mark.type === 'deletion');
    // A tracked change kept from a Word file is written back as one, with its own author and date.
    const revision: Revision | null = inherited ?? (trackedMark ? (trackedMark.type === 'insertion' ? 'inserted' : 'deleted') : null);
    const author = inherited === null && trackedMark ? trackedMark.attrs : undefined;
    const marks = [...(node.marks ?? []), ...(extraMarks ?? [])];
    switch (node.type) {
      case 'text':
        return this.wrap(this.runs(node.text ?? '', marks, revision, undefined, node.marksBefore ?? null), revision, author);
      case 'hardBreak':
        return this.wrap(`<w:r><w:br/></w:r>`, revision, author);
      case 'footnote':
        return this.wrap(this.footnote(String(node.attrs?.text ?? ''), revision), revision, author);
      case 'crossReference':
        return this.crossReference(node, revision, marks);
      case 'placeholder':
        return this.wrap(this.placeholder(node, marks, revision), revision, author);
      default:
        return this.content(node.content, revision, extraMarks);
    }
  }

  /** Runs for a text, split at tabs and line feeds. */
  private runs(text: string, marks: Marks, revision: Revision | null, style: string | undefined, marksBefore: Marks | null): string {
    const deleted = revision === 'deleted';
    const visible = this.visibleMarks(revision, marksBefore !== null);
    let properties = markProperties([...(marks ?? []), ...visible], { style, rtl: this.context.rtl && rightToLeft(text) });
    if (marksBefore !== null && this.context.marks?.style === 'revisions') {
      properties += `<w:rPrChange ${this.context.revisionAttributes()}><w:rPr>${markProperties(marksBefore, { style })}</w:rPr></w:rPrChange>`;
    }
    const rPr = properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`;
    const tag = deleted && this.context.marks?.style !== 'visible' ? 'w:delText' : 'w:t';
    let body = '';
    for (const piece of text.split(/(\t|\n)/)) {
      if (piece === '\t') body += '<w:tab/>';
      else if (piece === '\n') body += '<w:br/>';
      else if (piece !== '') body += `<${tag} xml:space="preserve">${xmlText(piece)}</${tag}>`;
    }
    return `<w:r>${rPr}${body}</w:r>`;
  }

  /** In the visible style, inserted text is blue and underlined, deleted text red and struck through. */
  visibleMarks(revision: Revision | null, formatChanged = false): NonNullable<Marks> {
    if (this.context.marks?.style !== 'visible') return [];
    if (revision === 'inserted') return [{ type: 'visibleInsertion' }];
    if (revision === 'deleted') return [{ type: 'visibleDeletion' }];
    return formatChanged ? [{ type: 'visibleFormat' }] : [];
  }

  /** Wraps runs in w:ins or w:del; in the visible style the runs already carry their colours. */
  wrap(runs: string, revision: Revision | null, author?: Readonly<Record<string, unknown>>): string {
    if (revision === null || runs === '') return runs;
    if (this.context.marks?.style === 'visible') return this.recolour(runs, revision);
    const tag = revision === 'inserted' ? 'w:ins' : 'w:del';
    const attributes = author
      ? this.context.revisionAttributes(String(author.author ?? ''), String(author.date ?? ''))
      : this.context.revisionAttributes();
    return `<${tag} ${attributes}>${runs}</${tag}>`;
  }

  /** Adds the visible colours to runs written without them (a footnote reference, a break, a kept original). */
  private recolour(runs: string, revision: Revision): string {
    const colour = markProperties(this.visibleMarks(revision));
    return runs.replace(/<w:r>(?!<w:rPr>)/g, `<w:r><w:rPr>${colour}</w:rPr>`);
  }

  private footnote(text: string, revision: Revision | null): string {
    const id = this.context.addFootnote(
      this.text(text, [], revision),
      this.context.styles.footnoteText,
      this.context.styles.footnoteReference,
    );
    return `<w:r><w:rPr><w:rStyle w:val="${this.context.styles.footnoteReference}"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
  }

  private crossReference(node: WrittenNode, revision: Revision | null, marks: Marks): string {
    const target = String(node.attrs?.target ?? '');
    const form = (node.attrs?.form === 'full' ? 'full' : 'number') as CrossReferenceForm;
    const newer = resolveCrossReference(this.context.newer, target, form);
    const older = resolveCrossReference(this.context.older, target, form);
    const runs = this.changedText(older.text, newer.text, revision, marks);
    if (newer.broken && older.broken) return runs;
    return `<w:hyperlink w:anchor="${bookmarkName(target)}" w:history="1">${runs}</w:hyperlink>`;
  }

  /** A kept original (drawing, object, equation) written back as it was, or the picture it shows, or its description. */
  private placeholder(node: WrittenNode, marks: Marks, revision: Revision | null): string {
    const attrs = node.attrs ?? {};
    const written = this.original(typeof attrs.original === 'string' ? attrs.original : null);
    if (written !== null) return written;
    const image = typeof attrs.src === 'string' ? dataUrlBytes(attrs.src) : null;
    if (image) {
      const drawing = drawingXml(this.context, image, String(attrs.description ?? ''), 'inline');
      if (drawing !== null) return `<w:r>${drawing}</w:r>`;
    }
    const label = String(attrs.text || attrs.description || attrs.kind || 'object');
    return this.runs(`[${label}]`, marks, revision, undefined, null);
  }

  /** Writes a kept original back with its parts; null when it cannot be written as it is. */
  original(original: string | null): string | null {
    if (original === null) return null;
    let kept: { xml?: unknown; parts?: unknown };
    try {
      kept = JSON.parse(original) as { xml?: unknown; parts?: unknown };
    } catch {
      return null;
    }
    if (typeof kept.xml !== 'string' || !Array.isArray(kept.parts)) return null;
    const prefixes = new Set(
      [...kept.xml.matchAll(/<\/?([A-Za-z][\w]*):/g), ...kept.xml.matchAll(/\s([A-Za-z][\w]*):[\w]+=/g)].map((match) => match[1]!),
    );
    // Prefixes the original declares itself (xmlns:a="…" on a:graphic) need nothing from the document.
    const local = new Set([...kept.xml.matchAll(/\sxmlns:([\w]+)=/g)].map((match) => match[1]!));
    for (const prefix of prefixes) if (prefix !== 'xmlns' && !declaredPrefixes.has(prefix) && !local.has(prefix)) return null;
    let xml = kept.xml;
    const ids = new Map<string, string>();
    for (const part of kept.parts as { id?: unknown; path?: unknown; contentType?: unknown; base64?: unknown }[]) {
      if (typeof part.id !== 'string' || typeof part.base64 !== 'string') continue;
      ids.set(
        part.id,
        this.context.parts.addOriginalPart(Buffer.from(part.base64, 'base64'), String(part.contentType ?? ''), String(part.path ?? '')),
      );
    }
    // Every r:… attribute names a relationship: point it at the part just added, or drop a dangling one.
    xml = xml.replace(/\s(r:[\w]+)="([^"]*)"/g, (_whole, name: string, id: string) => {
      const mapped = ids.get(id);
      return mapped ? ` ${name}="${mapped}"` : '';
    });
    if (/^<w:r[\s>]/.test(xml)) return xml;
    if (/^<m:oMath/.test(xml)) return xml;
    return `<w:r>${xml}</w:r>`;
  }

  /** A bookmark around `inner`, so that links and Word's cross-references find the block. */
  bookmark(id: string, inner: string): string {
    if (id === '') return inner;
    const number = this.context.nextBookmark();
    return `<w:bookmarkStart w:id="${number}" w:name="${xmlAttribute(bookmarkName(id))}"/>${inner}<w:bookmarkEnd w:id="${number}"/>`;
  }
}

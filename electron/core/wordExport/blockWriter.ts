import { annexStatement } from '../../../shared/domain/documentModel';
import { listItemMarker } from '../../../shared/domain/numbering/listItemMarker';
import type { NumberedEntry } from '../../../shared/domain/numbering/numberedEntry';
import type { DocumentJson } from '../../../shared/domain/project';
import { drawingXml } from './drawingXml';
import { dataUrlBytes } from './imageSize';
import { InlineWriter } from './inlineWriter';
import type { Revision, WrittenNode } from './revisionNode';
import { tableXml } from './tableXml';
import type { ExportStyle } from './wordTemplate';
import type { WriterContext } from './writerContext';

/** Paragraph properties beyond the style. */
export interface ParagraphOptions {
  readonly pageBreakBefore?: boolean;
  readonly center?: boolean;
  /** The style the paragraph had in the older text, when it changed (a heading's level). */
  readonly styleBefore?: string;
  /** Section properties ending a section at this paragraph. */
  readonly sectPr?: string;
}

/** Reference-group headings of clause 2 that are left out when no reference follows them. */
const referenceGroupTitles = /^(identical recommendations|paired recommendations|additional references)/i;

/**
 * Writes the blocks of a master as WordprocessingML paragraphs and tables in ITU's styles, with the
 * computed numbers typed before a tab as in published texts ("6.2⇥Title", "NOTE 2 – …",
 * "Table 3 – …"). Each numbered block is bookmarked under its id, for links and for import.
 */
export class BlockWriter {
  readonly inline: InlineWriter;

  constructor(private readonly context: WriterContext) {
    this.inline = new InlineWriter(context);
  }

  private style(role: ExportStyle): string {
    return this.context.styles[role];
  }

  /** A paragraph; a whole inserted or deleted paragraph has its paragraph mark tracked too. */
  paragraph(style: string, content: string, revision: Revision | null, options: ParagraphOptions = {}): string {
    let pPr = `<w:pStyle w:val="${style}"/>`;
    if (options.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
    if (this.context.rtl) pPr += '<w:bidi/>';
    if (options.center) pPr += '<w:jc w:val="center"/>';
    if (revision !== null) {
      if (this.context.marks?.style === 'revisions')
        pPr += `<w:rPr><w:${revision === 'inserted' ? 'ins' : 'del'} ${this.context.revisionAttributes()}/></w:rPr>`;
    }
    if (options.sectPr) pPr += options.sectPr;
    if (options.styleBefore !== undefined && options.styleBefore !== style && this.context.marks?.style === 'revisions') {
      pPr += `<w:pPrChange ${this.context.revisionAttributes()}><w:pPr><w:pStyle w:val="${options.styleBefore}"/></w:pPr></w:pPrChange>`;
    }
    return `<w:p><w:pPr>${pPr}</w:pPr>${content}</w:p>`;
  }

  /** The label of a numbered block in both texts, e.g. "6.2" then "6.3" after renumbering. */
  private labels(node: WrittenNode): { older: string; newer: string } {
    const id = String(node.attrs?.id ?? '');
    const newer = this.context.newer.byId.get(id);
    const older = this.context.older.byId.get(id);
    const pick = (entry: NumberedEntry<DocumentJson> | undefined) => entry?.label ?? '';
    return { newer: pick(newer ?? older), older: pick(older ?? newer) };
  }

  /** A numbered label, bookmarked, as both texts have it. */
  private label(node: WrittenNode, revision: Revision | null, marks: DocumentJson['marks'] = []): string {
    const { older, newer } = this.labels(node);
    return this.inline.bookmark(String(node.attrs?.id ?? ''), this.inline.changedText(older, newer, revision, marks));
  }

  /** The blocks of a container (the document, a note, a list item, a table cell). */
  blocks(nodes: readonly WrittenNode[] | undefined, revision: Revision | null, level = 0): string {
    const list = nodes ?? [];
    let xml = '';
    for (const [index, node] of list.entries()) {
      if (emptyReferenceGroup(list, index)) continue;
      xml += this.block(node, node.revision ?? revision, level);
    }
    return xml;
  }

  block(node: WrittenNode, revision: Revision | null, level = 0): string {
    const inline = this.inline;
    switch (node.type) {
      case 'paragraph':
        return this.paragraph(this.style('normal'), inline.content(node.content, revision), revision);
      case 'heading': {
        const headingLevel = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)));
        const before = node.attrsBefore ? Math.min(6, Math.max(1, Number(node.attrsBefore.level ?? headingLevel))) : headingLevel;
        const body = this.label(node, revision) + inline.text('\t', [], revision) + inline.content(node.content, revision);
        return this.paragraph(this.style(`heading${headingLevel}` as ExportStyle), body, revision, {
          styleBefore: this.style(`heading${before}` as ExportStyle),
        });
      }
      case 'unnumberedHeading': {
        const bibliography = node.attrs?.kind === 'bibliography';
        const body = inline.bookmark(String(node.attrs?.id ?? ''), inline.content(node.content, revision));
        return this.paragraph(this.style(bibliography ? 'appendixTitle' : 'headingb'), body, revision, { pageBreakBefore: bibliography });
      }
      case 'annexHeading':
        return this.annexHeading(node, revision);
      case 'bulletList':
      case 'orderedList':
        return this.list(node, revision, level);
      case 'note':
      case 'example':
        return this.note(node, revision);
      case 'tableBlock':
        return this.tableBlock(node, revision);
      case 'table':
        return tableXml(this, this.context, node, revision);
      case 'figure':
        return this.figure(node, revision);
      case 'codeBlock':
        return this.codeBlock(node, revision);
      case 'termEntry': {
        const [name, definition] = node.content ?? [];
        const body =
          this.label(node, revision) +
          inline.text('\t', [], revision) +
          inline.content(name?.content, name?.revision ?? revision, [{ type: 'bold' }]) +
          inline.text(': ', [], revision) +
          inline.content(definition?.content, definition?.revision ?? revision);
        return this.paragraph(this.style('normal'), body, revision);
      }
      case 'abbreviationEntry': {
        const [abbreviation, expansion] = node.content ?? [];
        const body =
          inline.content(abbreviation?.content, abbreviation?.revision ?? revision) +
          inline.text('\t', [], revision) +
          inline.content(expansion?.content, expansion?.revision ?? revision);
        return this.paragraph(this.style('normal'), body, revision);
      }
      case 'referenceEntry': {
        const body = inline.bookmark(String(node.attrs?.id ?? ''), inline.content(node.content, revision));
        // Bibliography entries carry their own tag ("[b-ITU-T X.1]⇥…"); those of clause 2 are a dashed list.
        if (plain(node).includes('\t')) return this.paragraph(this.style('refText'), body, revision);
        return this.paragraph(this.style('enumlev1'), inline.text('–\t', [], revision) + body, revision);
      }
      case 'organizationBlock':
        return this.blocks(node.content, revision, level);
      case 'titleBlock':
        return this.paragraph(this.style('recTitle'), this.titleParts(node, revision), revision);
      default:
        // A node this writer does not know (a newer schema) still gives its text.
        return this.paragraph(this.style('normal'), inline.text(plain(node), [], revision), revision);
    }
  }

  /** The parts of the title joined as published: "Information technology – Open Systems Interconnection – …". */
  titleParts(node: WrittenNode, revision: Revision | null): string {
    let xml = '';
    for (const [index, part] of (node.content ?? []).entries()) {
      const partRevision = part.revision ?? revision;
      if (index > 0) xml += this.inline.text(' – ', [], partRevision);
      xml += this.inline.content(part.content, partRevision);
    }
    return xml;
  }

  private annexHeading(node: WrittenNode, revision: Revision | null): string {
    const appendix = node.attrs?.kind === 'appendix';
    const normative = !appendix && node.attrs?.normative !== false;
    const style = this.style(appendix ? 'appendixTitle' : 'annexTitle');
    const title = this.label(node, revision) + this.inline.text('\n\n', [], revision) + this.inline.content(node.content, revision);
    const heading = this.paragraph(style, title, revision, { pageBreakBefore: true });
    const before = node.attrsBefore;
    const olderNormative = before ? before.kind !== 'appendix' && before.normative !== false : normative;
    const olderAppendix = before ? before.kind === 'appendix' : appendix;
    const statement = this.inline.changedText(
      annexStatement(olderAppendix ? 'appendix' : 'annex', olderNormative),
      annexStatement(appendix ? 'appendix' : 'annex', normative),
      revision,
    );
    return heading + this.paragraph(this.style('normal'), statement, revision, { center: true });
  }

  private list(node: WrittenNode, revision: Revision | null, level: number): string {
    const kind = node.type === 'bulletList' ? 'bullet' : node.attrs?.style === 'numeric' ? 'numeric' : 'alpha';
    const olderKind =
      node.type === 'bulletList' ? 'bullet' : node.attrsBefore?.style === 'numeric' ? 'numeric' : node.attrsBefore ? 'alpha' : kind;
    const style = this.style(`enumlev${Math.min(3, level + 1)}` as ExportStyle);
    let olderIndex = 0;
    let newerIndex = 0;
    let xml = '';
    for (const item of node.content ?? []) {
      const itemRevision = item.revision ?? revision;
      const marker = this.inline.changedText(listItemMarker(olderKind, olderIndex), listItemMarker(kind, newerIndex), itemRevision);
      if (itemRevision !== 'inserted') olderIndex += 1;
      if (itemRevision !== 'deleted') newerIndex += 1;
      const [first, ...rest] = item.content ?? [];
      const firstRevision = first?.revision ?? itemRevision;
      xml += this.paragraph(
        style,
        marker + this.inline.text('\t', [], itemRevision) + this.inline.content(first?.content, firstRevision),
        firstRevision,
      );
      for (const block of rest) {
        const blockRevision = block.revision ?? itemRevision;
        if (block.type === 'paragraph')
          xml += this.paragraph(
            style,
            this.inline.text('\t', [], blockRevision) + this.inline.content(block.content, blockRevision),
            blockRevision,
          );
        else xml += this.block(block, blockRevision, level + 1);
      }
    }
    return xml;
  }

  private note(node: WrittenNode, revision: Revision | null): string {
    let xml = '';
    for (const [index, paragraph] of (node.content ?? []).entries()) {
      const paragraphRevision = paragraph.revision ?? revision;
      const label = index === 0 ? this.label(node, revision) + this.inline.text(' – ', [], revision) : '';
      xml += this.paragraph(this.style('note'), label + this.inline.content(paragraph.content, paragraphRevision), paragraphRevision);
    }
    return xml;
  }

  private tableBlock(node: WrittenNode, revision: Revision | null): string {
    let xml = '';
    for (const child of node.content ?? []) {
      const childRevision = child.revision ?? revision;
      if (child.type === 'caption') {
        const title =
          this.label(node, revision) + this.inline.text(' – ', [], childRevision) + this.inline.content(child.content, childRevision);
        xml += this.paragraph(this.style('tableTitle'), title, childRevision);
      } else if (child.type === 'table') xml += tableXml(this, this.context, child, childRevision);
      else xml += this.block(child, childRevision);
    }
    return xml;
  }

  private figure(node: WrittenNode, revision: Revision | null): string {
    const attrs = node.attrs ?? {};
    let picture = this.inline.original(typeof attrs.original === 'string' ? attrs.original : null);
    if (picture === null) {
      const image = typeof attrs.src === 'string' ? dataUrlBytes(attrs.src) : null;
      const drawing = image ? drawingXml(this.context, image, String(attrs.alt ?? ''), 'inline') : null;
      picture = drawing ? `<w:r>${drawing}</w:r>` : this.inline.text(`[${String(attrs.alt || 'Figure')}]`, [], null);
    }
    const caption = (node.content ?? []).find((child) => child.type === 'caption');
    const captionRevision = caption?.revision ?? revision;
    const title =
      this.label(node, revision) + this.inline.text(' – ', [], captionRevision) + this.inline.content(caption?.content, captionRevision);
    return (
      this.paragraph(this.style('figure'), this.inline.wrap(picture, revision), revision) +
      this.paragraph(this.style('figureTitle'), title, captionRevision)
    );
  }

  /**
   * ASN.1 and other notations: one paragraph per line, every space kept. A line feed inserted or
   * deleted since the older text is the paragraph mark of its line, tracked as such.
   */
  private codeBlock(node: WrittenNode, revision: Revision | null): string {
    const lines: { nodes: WrittenNode[]; mark: Revision | null }[] = [{ nodes: [], mark: revision }];
    for (const child of node.content ?? []) {
      if (child.type !== 'text') {
        lines.at(-1)!.nodes.push(child);
        continue;
      }
      const pieces = (child.text ?? '').split('\n');
      for (const [index, piece] of pieces.entries()) {
        if (index > 0) {
          lines.at(-1)!.mark = child.revision ?? revision;
          lines.push({ nodes: [], mark: revision });
        }
        if (piece !== '') lines.at(-1)!.nodes.push({ ...child, text: piece });
      }
    }
    return lines.map((line) => this.paragraph(this.style('code'), this.inline.content(line.nodes, revision), line.mark)).join('');
  }
}

/** A 2.1/2.2/2.3 heading of clause 2 with no reference under it: left out, as published texts do. */
export function emptyReferenceGroup(list: readonly WrittenNode[], index: number): boolean {
  const node = list[index]!;
  if (node.type !== 'heading' || !referenceGroupTitles.test(plain(node).trim())) return false;
  const next = list[index + 1];
  return next === undefined || next.type === 'heading' || next.type === 'annexHeading' || next.type === 'unnumberedHeading';
}

/** The plain text of a node. */
export function plain(node: WrittenNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(plain).join('');
}

import type { IParagraphStyleOptions, IRunOptions, ParagraphChild } from 'docx';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { deflateSync } from 'node:zlib';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import { listItemMarker } from '../../shared/domain/numbering/listItemMarker';
import type { NumberedEntry } from '../../shared/domain/numbering/numberedEntry';
import type { DocumentJson } from '../../shared/domain/project';

export interface WordFileOptions {
  /** The text's numbers, for the Rec_No line, the header and the footer. */
  readonly ituNumber?: string;
  readonly isoNumber?: string;
}

type Node = DocumentJson;
type Entry = NumberedEntry<Node>;
type Block = Paragraph | Table;

/** Page A4 with ITU's template margins: 2 cm at the sides, 2.5 cm top and bottom (twips). */
const page = { width: 11907, height: 16840, side: 1134, topBottom: 1418 };
const textWidth = page.width - 2 * page.side;

/**
 * The paragraph styles of ITU's template (ITUT-Recs-Skelet.docx), with its ids, names and
 * formatting, so the file reads and lays out as an ITU Word file does: Times New Roman 12 pt,
 * headings in bold with a hanging indent, lists in enumlev1–3, notes in Note, table and figure
 * titles centred in bold, ASN.1 in Courier New.
 */
const paragraphStyles: readonly IParagraphStyleOptions[] = [
  style('RecNo', 'Rec_No', { keepNext: true, spacing: { before: 0 } }, { bold: true, size: 28 }),
  style('Rectitle', 'Rec_title', { keepNext: true, spacing: { before: 360 }, alignment: AlignmentType.CENTER }, { bold: true, size: 28 }),
  style('Headingb', 'Heading_b', { keepNext: true, spacing: { before: 160 } }, { bold: true }),
  style('Note', 'Note', { spacing: { before: 80 } }, { size: 22 }),
  style('enumlev1', 'enumlev1', { spacing: { before: 80 }, indent: { left: 794, hanging: 794 } }),
  style('enumlev2', 'enumlev2', { indent: { left: 1191, hanging: 397 } }, {}, 'enumlev1'),
  style('enumlev3', 'enumlev3', { indent: { left: 1588, hanging: 397 } }, {}, 'enumlev2'),
  style(
    'TableNoTitle',
    'Table_NoTitle',
    { keepNext: true, spacing: { before: 360, after: 120 }, alignment: AlignmentType.CENTER },
    { bold: true },
  ),
  style('Tabletext', 'Table_text', { spacing: { before: 40, after: 40 }, alignment: AlignmentType.LEFT }, { size: 22 }),
  style(
    'Tablehead',
    'Table_head',
    { keepNext: true, spacing: { before: 80, after: 80 }, alignment: AlignmentType.CENTER },
    { bold: true, size: 22 },
  ),
  style('Figure', 'Figure', { keepNext: true, spacing: { before: 240, after: 120 }, alignment: AlignmentType.CENTER }),
  style(
    'FigureNoTitle',
    'Figure_NoTitle',
    { keepLines: true, spacing: { before: 240, after: 120 }, alignment: AlignmentType.CENTER },
    { bold: true },
  ),
  style(
    'AnnexNoTitle',
    'Annex_NoTitle',
    { keepNext: true, keepLines: true, spacing: { before: 720 }, alignment: AlignmentType.CENTER, outlineLevel: 0 },
    { bold: true, size: 28 },
  ),
  style('AppendixNoTitle', 'Appendix_NoTitle', {}, {}, 'AnnexNoTitle'),
  style('ASN1', 'ASN.1', { spacing: { before: 0 }, alignment: AlignmentType.LEFT }, { font: 'Courier New', bold: true, size: 20 }),
  style('Header', 'header', { rightTabStop: textWidth, spacing: { before: 0 } }, { size: 18 }),
  style('Footer', 'footer', { rightTabStop: textWidth, spacing: { before: 0 } }, { bold: true, size: 18 }),
];

function style(
  id: string,
  name: string,
  paragraph: NonNullable<IParagraphStyleOptions['paragraph']>,
  run: NonNullable<IParagraphStyleOptions['run']> = {},
  basedOn = 'Normal',
): IParagraphStyleOptions {
  return { id, name, basedOn, next: 'Normal', quickFormat: true, paragraph, run };
}

/** ITU's heading styles: bold, a hanging indent for the typed number, more space above the higher levels. */
function headingStyle(level: number) {
  const before = [360, 240, 160, 160, 160, 160][level - 1]!;
  const indent = level <= 3 ? 794 : level <= 5 ? 1021 : 1588;
  return {
    paragraph: { keepNext: true, keepLines: true, spacing: { before }, indent: { left: indent, hanging: indent }, outlineLevel: level - 1 },
    run: { bold: true, font: 'Times New Roman', size: 24, color: '000000' },
  };
}

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A Word bookmark name for a block id: hidden (leading underscore), letters, digits and underscores only. */
const bookmarkName = (id: string): string => `_Ref_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);

/**
 * Writes a master (ProseMirror JSON, as tests/support/commonTextGenerator.ts makes it) as a Word
 * file in ITU's conventions, as published common texts are: paragraph styles of ITU's template,
 * clause numbers typed before a tab ("6.2⇥Title"), notes typed "NOTE – …" or "NOTE 2 – …", list
 * markers typed "a)⇥" / "–⇥" in enumlev1–3, table titles typed "Table 3 – …" in Table_NoTitle
 * above real Word tables (Table_head / Table_text in the cells), figures as a PNG in the Figure
 * style with "Figure 2 – …" in Figure_NoTitle below, annexes in Annex_NoTitle (a page break
 * before) with their status, ASN.1 one line to a paragraph, cross-references as links to
 * bookmarks on their targets. The numbers are computed with the app's own numbering engine, so
 * they agree with the structure.
 */
export async function wordFileFromMaster(doc: Node, options: WordFileOptions = {}): Promise<Uint8Array> {
  const ituNumber = options.ituNumber ?? 'X.500';
  const isoNumber = options.isoNumber ?? '9594-1';
  const numbering = computeNumbering(doc, documentJsonAdapter);
  const entries = new Map<Node, Entry>(numbering.entries.map((entry) => [entry.node, entry]));
  const references = new Map<Node, Entry | null>(numbering.crossReferences.map((use) => [use.node, use.entry]));
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const image = figurePng();

  const entryOf = (node: Node): Entry | undefined => entries.get(node);
  const bookmarked = (node: Node, children: ParagraphChild[]): ParagraphChild[] => {
    const id = entryOf(node)?.id;
    return id ? [new Bookmark({ id: bookmarkName(id), children })] : children;
  };

  const inline = (nodes: readonly Node[] | undefined): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'text':
          out.push(textRun(node.text ?? '', node.marks));
          break;
        case 'hardBreak':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'crossReference': {
          const target = references.get(node);
          const form = node.attrs?.form === 'number' ? 'number' : 'full';
          if (target)
            out.push(new InternalHyperlink({ anchor: bookmarkName(target.id), children: [new TextRun(target.referenceText[form])] }));
          else out.push(new TextRun('[?]'));
          break;
        }
        case 'footnote': {
          const id = Object.keys(footnotes).length + 1;
          footnotes[String(id)] = { children: [new Paragraph(String(node.attrs?.text ?? ''))] };
          out.push(new FootnoteReferenceRun(id));
          break;
        }
        case 'placeholder':
          out.push(new TextRun(String(node.attrs?.text ?? '')));
          break;
        default:
          out.push(...inline(node.content));
      }
    }
    return out;
  };

  const typed = (label: string, separator: 'tab' | ' – '): ParagraphChild[] =>
    label === '' ? [] : separator === 'tab' ? [new TextRun(label), new TextRun({ children: [new Tab()] })] : [new TextRun(`${label} – `)];

  const blocks: Block[] = [];
  const listBlocks = (list: Node, depth: number): void => {
    const kind = list.type === 'bulletList' ? 'bullet' : list.attrs?.style === 'numeric' ? 'numeric' : 'alpha';
    const level = Math.min(3, depth);
    (list.content ?? []).forEach((item, index) => {
      let first = true;
      for (const child of item.content ?? []) {
        if (child.type === 'bulletList' || child.type === 'orderedList') {
          listBlocks(child, depth + 1);
          continue;
        }
        // An item's first paragraph carries the typed marker; any further paragraph goes under it, unmarked.
        const marker = first ? typed(listItemMarker(kind, index), 'tab') : [];
        blocks.push(new Paragraph({ style: `enumlev${level}`, children: [...marker, ...inline(child.content)] }));
        first = false;
      }
    });
  };

  const cell = (node: Node): TableCell =>
    new TableCell({
      columnSpan: Number(node.attrs?.colspan ?? 1),
      rowSpan: Number(node.attrs?.rowspan ?? 1),
      children: (node.content ?? []).map(
        (paragraph) =>
          new Paragraph({ style: node.type === 'tableHeader' ? 'Tablehead' : 'Tabletext', children: inline(paragraph.content) }),
      ),
    });
  const table = (node: Node): Table => {
    const rows = node.content ?? [];
    const columns = Math.max(1, ...rows.map((row) => (row.content ?? []).reduce((sum, each) => sum + Number(each.attrs?.colspan ?? 1), 0)));
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => Math.floor(textWidth / columns)),
      rows: rows.map(
        (row, index) =>
          new TableRow({
            tableHeader: index === 0 && (row.content ?? []).every((each) => each.type === 'tableHeader'),
            children: (row.content ?? []).map(cell),
          }),
      ),
    });
  };

  const notes = (node: Node): void => {
    const label = entryOf(node)?.label ?? (node.type === 'note' ? 'NOTE' : 'EXAMPLE');
    (node.content ?? []).forEach((paragraph, index) => {
      const children = [...(index === 0 ? typed(label, ' – ') : []), ...inline(paragraph.content)];
      blocks.push(
        new Paragraph({ style: node.type === 'note' ? 'Note' : undefined, children: index === 0 ? bookmarked(node, children) : children }),
      );
    });
  };

  const block = (node: Node): void => {
    const entry = entryOf(node);
    switch (node.type) {
      case 'titleBlock':
        blocks.push(
          new Paragraph({
            style: 'RecNo',
            children: [
              new TextRun(`INTERNATIONAL STANDARD ISO/IEC ${isoNumber}`),
              new TextRun({ break: 1 }),
              new TextRun(`RECOMMENDATION ITU-T ${ituNumber}`),
            ],
          }),
        );
        for (const part of node.content ?? []) blocks.push(new Paragraph({ style: 'Rectitle', children: inline(part.content) }));
        return;
      case 'unnumberedHeading':
        blocks.push(new Paragraph({ style: 'Headingb', children: bookmarked(node, inline(node.content)) }));
        return;
      case 'heading': {
        const level = Math.min(6, Math.max(1, entry?.level ?? Number(node.attrs?.level ?? 1)));
        blocks.push(
          new Paragraph({
            heading: headingLevels[level - 1],
            children: bookmarked(node, [...typed(entry?.number ?? '', 'tab'), ...inline(node.content)]),
          }),
        );
        return;
      }
      case 'annexHeading': {
        const appendix = node.attrs?.kind === 'appendix';
        const normative = !appendix && node.attrs?.normative === true;
        const what = appendix ? 'appendix' : 'annex';
        const statement = normative
          ? `(This ${what} forms an integral part of this Recommendation | International Standard.)`
          : `(This ${what} does not form an integral part of this Recommendation | International Standard.)`;
        const lines: ParagraphChild[] = [
          new TextRun(entry?.label ?? (appendix ? 'Appendix' : 'Annex')),
          new TextRun({ break: 1 }),
          new TextRun({ text: normative ? '(normative)' : '(informative)', bold: false }),
          new TextRun({ break: 2 }),
          ...inline(node.content),
          new TextRun({ break: 2 }),
          new TextRun({ text: statement, bold: false, size: 24 }),
        ];
        blocks.push(
          new Paragraph({ style: appendix ? 'AppendixNoTitle' : 'AnnexNoTitle', pageBreakBefore: true, children: bookmarked(node, lines) }),
        );
        return;
      }
      case 'paragraph':
        blocks.push(new Paragraph({ children: inline(node.content) }));
        return;
      case 'bulletList':
      case 'orderedList':
        listBlocks(node, 1);
        return;
      case 'note':
      case 'example':
        notes(node);
        return;
      case 'tableBlock':
        for (const child of node.content ?? []) {
          if (child.type === 'caption')
            blocks.push(
              new Paragraph({
                style: 'TableNoTitle',
                children: bookmarked(node, [...typed(entry?.label ?? '', ' – '), ...inline(child.content)]),
              }),
            );
          else if (child.type === 'table') blocks.push(table(child));
          else block(child);
        }
        return;
      case 'table':
        blocks.push(table(node));
        return;
      case 'figure': {
        const alt = String(node.attrs?.alt ?? '');
        blocks.push(
          new Paragraph({
            style: 'Figure',
            children: [
              new ImageRun({
                type: 'png',
                data: image,
                transformation: { width: 480, height: 200 },
                altText: { name: alt, description: alt, title: alt },
              }),
            ],
          }),
        );
        const caption = (node.content ?? []).find((child) => child.type === 'caption');
        blocks.push(
          new Paragraph({
            style: 'FigureNoTitle',
            children: bookmarked(node, [...typed(entry?.label ?? '', ' – '), ...inline(caption?.content)]),
          }),
        );
        return;
      }
      case 'codeBlock':
        for (const line of (node.content ?? [])
          .map((text) => text.text ?? '')
          .join('')
          .split('\n'))
          blocks.push(new Paragraph({ style: 'ASN1', children: [new TextRun(line)] }));
        return;
      case 'termEntry': {
        const [name, definition] = node.content ?? [];
        blocks.push(
          new Paragraph({
            children: bookmarked(node, [
              ...typed(entry?.number ?? '', 'tab'),
              ...(name?.content ?? []).map((text) => textRun(text.text ?? '', [...(text.marks ?? []), { type: 'bold' }])),
              new TextRun(': '),
              ...inline(definition?.content),
            ]),
          }),
        );
        return;
      }
      case 'abbreviationEntry': {
        const [abbreviation, expansion] = node.content ?? [];
        blocks.push(
          new Paragraph({
            children: [...inline(abbreviation?.content), new TextRun({ children: [new Tab()] }), ...inline(expansion?.content)],
          }),
        );
        return;
      }
      case 'referenceEntry':
        blocks.push(new Paragraph({ style: 'enumlev1', children: bookmarked(node, [...typed('–', 'tab'), ...inline(node.content)]) }));
        return;
      default:
        // An organizationBlock, or anything newer: its blocks as they are.
        for (const child of node.content ?? []) block(child);
    }
  };
  for (const node of doc.content ?? []) block(node);

  const header = (text: string) => new Header({ children: [new Paragraph({ style: 'Header', children: [new TextRun(text)] })] });
  const footer = (first: 'page' | 'text') => {
    const pageNumber = new TextRun({ children: [PageNumber.CURRENT] });
    const text = new TextRun(`Rec. ITU\u2011T ${ituNumber} (10/2019)`);
    const tab = new TextRun({ children: [new Tab()] });
    return new Footer({
      children: [new Paragraph({ style: 'Footer', children: first === 'page' ? [pageNumber, tab, text] : [text, tab, pageNumber] })],
    });
  };
  const document = new Document({
    creator: 'Common Text Studio tests',
    title: `Rec. ITU-T ${ituNumber} | ISO/IEC ${isoNumber}`,
    evenAndOddHeaderAndFooters: true,
    footnotes,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24 }, paragraph: { spacing: { before: 120 } } },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
        heading5: headingStyle(5),
        heading6: headingStyle(6),
      },
      paragraphStyles,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.topBottom, bottom: page.topBottom, left: page.side, right: page.side, header: 720, footer: 720 },
          },
        },
        headers: { default: header(`ISO/IEC ${isoNumber}:2020 (E)`), even: header(`ISO/IEC ${isoNumber}:2020 (E)`) },
        footers: { default: footer('text'), even: footer('page') },
        children: blocks,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function textRun(text: string, marks: Node['marks']): TextRun {
  const has = (type: string) => marks?.some((mark) => mark.type === type) ?? false;
  const options: IRunOptions = {
    text,
    bold: has('bold') || undefined,
    italics: has('italic') || undefined,
    underline: has('underline') ? {} : undefined,
    subScript: has('subscript') || undefined,
    superScript: has('superscript') || undefined,
    font: has('code') ? 'Courier New' : undefined,
  };
  return new TextRun(options);
}

/**
 * A small PNG drawn here (240 × 100, grey levels): three boxes joined by lines, as the generator's
 * SVG figure shows (DUA – DSA – DSA). Deterministic, a few hundred bytes.
 */
export function figurePng(): Uint8Array {
  const width = 240;
  const height = 100;
  const pixels = new Uint8Array(height * (width + 1)).fill(255);
  const set = (x: number, y: number) => (pixels[y * (width + 1) + 1 + x] = 0);
  for (let y = 0; y < height; y += 1) pixels[y * (width + 1)] = 0; // filter type None on every row
  for (const left of [5, 95, 185]) {
    for (let x = left; x < left + 50; x += 1) {
      set(x, 35);
      set(x, 65);
    }
    for (let y = 35; y <= 65; y += 1) {
      set(left, y);
      set(left + 49, y);
    }
  }
  for (const [from, to] of [
    [55, 95],
    [145, 185],
  ] as const)
    for (let x = from; x < to; x += 1) set(x, 50);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, adaptive filtering, no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(pixels, { level: 9 }))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let index = 0; index < 4; index += 1) out[4 + index] = type.charCodeAt(index);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

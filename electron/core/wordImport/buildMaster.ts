import type { ImportWarning, TrackedChangesChoice } from '../../../shared/domain/wordImport';
import { listItemMarker } from '../../../shared/domain/numbering/listItemMarker';
import type { UnnumberedHeadingKind } from '../../../shared/domain/documentModel';
import { newBlockId } from '../../../shared/schema/newBlockId';
import type { InlineJson } from './inlineContent';
import { inlineLines, mergeTextNodes, sliceInline, trimInline, withMark, withoutMark, withoutTabs } from './inlineContent';
import { idOfBookmark } from '../wordExport/bookmarkName';
import { inlineText } from '../../../shared/domain/diff/plainText';
import type { ReadBlock, ReadCell, ReadParagraph, ReadTable } from './readContent';
import { contentText } from './readContent';
import { annexStatus, typedAnnexLabel, typedCaption, typedClauseNumber, typedListMarker, typedNoteLabel } from './typedLabels';
import type { WordNumbering } from './wordNumbering';

/** A block of the master as the importer builds it (ProseMirror JSON, mutable until stored). */
export interface BlockJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: (BlockJson | InlineJson)[];
  text?: string;
}

/** A number typed in the Word file, to compare with the one the structure gives. */
export interface TypedLabel {
  readonly block: BlockJson;
  readonly typed: string;
  readonly paragraph: number;
}

export interface BuiltMaster {
  readonly blocks: BlockJson[];
  readonly typedLabels: TypedLabel[];
  /** Bookmark name → the block it stands in: what references point at. */
  readonly bookmarks: Map<string, BlockJson>;
  readonly warnings: ImportWarning[];
  readonly identity: { ituNumber: string; isoNumber: string; title: string };
}

interface ListEntry {
  readonly paragraph: ReadParagraph;
  readonly level: number;
  readonly kind: 'bullet' | 'alpha' | 'numeric' | null;
  readonly marker: string | null;
  readonly content: InlineJson[];
}

const unnumberedWords: readonly [RegExp, UnnumberedHeadingKind][] = [
  [/^(summary|резюме|résumé|resumen|摘要|ملخص)$/iu, 'summary'],
  [/^(keywords|ключевые слова|mots clés|palabras clave|关键词|الكلمات الأساسية|الكلمات الرئيسية)$/iu, 'keywords'],
  [/^(history|хронологическая справка|historique|historia|历史|التسلسل التاريخي)$/iu, 'history'],
  [/^(foreword|предисловие|avant-propos|prefacio|前言|تمهيد)$/iu, 'foreword'],
  [/^(introduction|введение|introducción|引言|مقدمة)$/iu, 'introduction'],
  [/^(bibliography|библиография|bibliographie|bibliografía|参考文献|بيبليوغرافيا|ببليوغرافيا)$/iu, 'bibliography'],
];

const referencesTitle = /references|справочн|ссылк|références|referencias|参考|المراجع/iu;
const definitionsTitle = /definitions|terms|определени|термин|définitions|termes|definiciones|términos|定义|术语|التعاريف|المصطلحات/iu;
const abbreviationsTitle = /abbreviations|acronyms|сокращени|abréviations|abreviaturas|缩写|المختصرات/iu;
const contentsTitle = /^(contents|table of contents|содержание|оглавление|table des matières|índice|目录|جدول المحتـ*ويات|المحتويات)$/iu;
const pageWord = /^(page|стр\.?|страница|página|页|الصفحة|صفحة)$/iu;

/**
 * Builds the master's blocks from the paragraphs and tables read from Word: the structure ITU's
 * styles and typed labels carry (clauses, annexes, lists, notes, titled tables and figures, terms,
 * references) becomes the editor's nodes, and typed numbers are stripped and kept aside for
 * comparison with the computed ones. Nothing with text is dropped: what is not recognised stays
 * a paragraph.
 */
export class MasterBuilder {
  private readonly blocks: BlockJson[] = [];
  private readonly typedLabels: TypedLabel[] = [];
  private readonly bookmarks = new Map<string, BlockJson>();
  /** Ids taken back from exported bookmarks, each given once. */
  private readonly usedIds = new Set<string>();
  private readonly warnings: ImportWarning[] = [];
  private readonly unknownStyles = new Map<string, { count: number; first: number; role: string }>();
  /** Shared with the builders of table cells: ITU's cover pages set the numbers in a table. */
  private identity = { ituNumber: '', isoNumber: '', title: '' };
  private seenClause = false;
  private inAnnex = false;
  /** The title of the current level-1 clause of the body, and of the current clause at any level. */
  private topTitle = '';
  private clauseTitle = '';
  private pendingBookmarks: string[] = [];
  private lastAnnex: BlockJson | null = null;

  constructor(
    private readonly numbering: WordNumbering,
    private readonly trackedChanges: TrackedChangesChoice,
  ) {}

  /** Builds from the body's blocks; `progress` is awaited every 400 blocks, so the caller can report it and let the event loop run. */
  async build(read: readonly ReadBlock[], progress: (fraction: number) => Promise<void>): Promise<BuiltMaster> {
    const blocks = this.mergeDeletedParagraphMarks(read);
    let index = 0;
    while (index < blocks.length) {
      if (index % 400 === 0) await progress(index / blocks.length);
      index = this.next(blocks, index);
    }
    for (const [name, style] of this.unknownStyles)
      this.warnings.push({
        kind: 'unknownStyle',
        where: `paragraph ${style.first}`,
        message: `The style “${name}” (${style.count} paragraph${style.count === 1 ? '' : 's'}) is not one of ITU's; imported as ${style.role}.`,
      });
    return {
      blocks: this.blocks,
      typedLabels: this.typedLabels,
      bookmarks: this.bookmarks,
      warnings: this.warnings,
      identity: this.identity,
    };
  }

  /** With tracked changes accepted, a deleted paragraph mark joins the paragraph to the next. */
  private mergeDeletedParagraphMarks(read: readonly ReadBlock[]): ReadBlock[] {
    const deleted = read.filter((block) => block.kind === 'paragraph' && block.markRevision === 'deleted').length;
    if (deleted === 0) return [...read];
    if (this.trackedChanges === 'keep') {
      this.warnings.push({
        kind: 'trackedChanges',
        where: 'the whole text',
        message: `${deleted} paragraph break${deleted === 1 ? ' is' : 's are'} deleted as tracked changes; the paragraphs are kept apart, with their text marked.`,
      });
      return [...read];
    }
    const result: ReadBlock[] = [];
    let carried: ReadParagraph | null = null;
    for (const block of read) {
      let current = block;
      if (carried && current.kind === 'paragraph') {
        current = {
          ...current,
          content: mergeTextNodes([...carried.content, ...current.content]),
          bookmarks: [...carried.bookmarks, ...current.bookmarks],
        };
      } else if (carried) {
        result.push(carried);
      }
      carried = null;
      if (current.kind === 'paragraph' && current.markRevision === 'deleted') {
        carried = current;
        continue;
      }
      result.push(current);
    }
    if (carried) result.push(carried);
    return result;
  }

  /** Converts the block at `index` (and any that belong with it); returns the index after them. */
  private next(blocks: readonly ReadBlock[], index: number): number {
    const block = blocks[index]!;
    if (block.kind === 'table') {
      this.add(this.table(block), block.bookmarks);
      return index + 1;
    }
    const paragraph = block;
    const role = paragraph.style.role;
    const text = contentText(paragraph.content);
    if (!paragraph.style.known && role.kind !== 'tableOfContents') this.noteUnknownStyle(paragraph);
    if (role.kind === 'tableOfContents') return index + 1;
    if (text.trim() === '' && !paragraph.content.some((node) => node.type === 'placeholder' || node.type === 'footnote')) {
      this.pendingBookmarks.push(...paragraph.bookmarks);
      return index + 1;
    }
    // The heading of a table of contents ("CONTENTS") and its "Page" line go with it.
    if ((contentsTitle.test(text.trim()) || pageWord.test(text.trim())) && tableOfContentsFollows(blocks, index)) return index + 1;

    switch (role.kind) {
      case 'recommendationNumber':
        this.readIdentity(text);
        // "INTERNATIONAL STANDARD ISO/IEC 9594-1", "RECOMMENDATION ITU-T X.500": the project's numbers, which export writes again.
        if (designationLine.test(text.trim())) {
          this.pendingBookmarks.push(...paragraph.bookmarks);
          return index + 1;
        }
        this.add(this.paragraphNode(withMark(paragraph.content, { type: 'bold' })), paragraph.bookmarks);
        return index + 1;
      case 'recommendationTitle':
        return this.titleBlock(blocks, index);
      case 'heading':
        // Some files set "Annex A (normative) Title" in Heading 1 rather than in the annex style.
        if (role.level === 1 && typedClauseNumber(text) === null && typedAnnexLabel(text)) return this.annexHeading(blocks, index, false);
        this.heading(paragraph, role.level);
        return index + 1;
      case 'annexTitle':
        return this.annexHeading(blocks, index, role.appendix);
      case 'annexTitlePart':
        if (role.part === 'title' && this.lastAnnex && (this.lastAnnex.content ?? []).length === 0) {
          this.lastAnnex.content = trimInline(withoutTabs(paragraph.content));
          return index + 1;
        }
        if (role.part === 'statement' && this.lastAnnex && annexStatus(text) !== null) return index + 1;
        break;
      case 'boldHeading':
      case 'italicHeading': {
        const kind = unnumberedKind(text);
        if (role.kind === 'boldHeading' && (!this.seenClause || kind === 'bibliography') && text.length < 200) {
          this.unnumberedHeading(paragraph, kind ?? 'other');
          return index + 1;
        }
        this.add(
          this.paragraphNode(withMark(paragraph.content, { type: role.kind === 'boldHeading' ? 'bold' : 'italic' })),
          paragraph.bookmarks,
        );
        return index + 1;
      }
      case 'figure':
        return this.figure(blocks, index);
      case 'tableTitle':
      case 'figureTitle':
        break;
      case 'code':
        return this.codeBlock(blocks, index);
      case 'reference':
        if (this.inReferencesClause()) {
          this.add(this.referenceEntry(paragraph.content), paragraph.bookmarks);
          return index + 1;
        }
        break;
      case 'listItem': {
        // Clause 4 of X.500 sets "ACI⇥Access Control Information" in enumlev1, without a marker: abbreviations.
        const entry =
          !this.inAnnex && paragraph.list === null && this.inClause(abbreviationsTitle) && typedListMarker(text) === null
            ? abbreviationEntry(paragraph.content)
            : null;
        if (entry) {
          this.add(entry, paragraph.bookmarks);
          return index + 1;
        }
        return this.lists(blocks, index);
      }
      case 'note':
      case 'body':
      case 'tableText':
        break;
    }

    if (paragraph.list !== null) return this.lists(blocks, index);
    if (this.imageOnly(paragraph) && nextIsCaption(blocks, index, 'figure')) return this.figure(blocks, index);
    const tableAt = nextTable(blocks, index);
    if (tableAt !== null && (role.kind === 'tableTitle' || typedCaption(text, 'table')))
      return this.titledTable(paragraph, tableAt, blocks);
    // "EXAMPLE – …" is an example even in the Note style, which ITU sets both in.
    if (typedNoteLabel(text, 'example')) return this.noteOrExample(blocks, index, 'example');
    if (typedNoteLabel(text, 'note') || role.kind === 'note') return this.noteOrExample(blocks, index, 'note');
    if (!this.inAnnex && this.inClause(definitionsTitle)) {
      const term = this.termEntry(paragraph);
      if (term) {
        this.add(term, paragraph.bookmarks);
        return index + 1;
      }
    }
    if (!this.inAnnex && this.inClause(abbreviationsTitle)) {
      const entry = abbreviationEntry(paragraph.content);
      if (entry) {
        this.add(entry, paragraph.bookmarks);
        return index + 1;
      }
    }
    this.add(this.paragraphNode(paragraph.content), paragraph.bookmarks);
    return index + 1;
  }

  private add(block: BlockJson, bookmarks: readonly string[]): void {
    this.blocks.push(block);
    for (const name of [...this.pendingBookmarks.splice(0), ...bookmarks]) {
      if (!this.bookmarks.has(name)) this.bookmarks.set(name, block);
      // A file this app exported names each block's bookmark after its id: the block gets its id back.
      const id = idOfBookmark(name);
      if (id !== null && block.attrs && typeof block.attrs.id === 'string' && !this.usedIds.has(id)) {
        this.usedIds.add(id);
        block.attrs.id = id;
      }
    }
  }

  private paragraphNode(content: readonly InlineJson[]): BlockJson {
    const trimmed = trimInline(content);
    return trimmed.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: trimmed };
  }

  private noteUnknownStyle(paragraph: ReadParagraph): void {
    const existing = this.unknownStyles.get(paragraph.style.name);
    if (existing) existing.count += 1;
    else
      this.unknownStyles.set(paragraph.style.name, { count: 1, first: paragraph.index, role: roleDescription(paragraph.style.role.kind) });
  }

  private readIdentity(text: string): void {
    const itu = /ITU[-‑]T\s+([A-Z]\.\d+(?:\.\d+)?(?:\/[A-Z]\.\d+)?)/u.exec(text);
    if (itu && this.identity.ituNumber === '') this.identity.ituNumber = itu[1]!;
    const iso = /ISO\/IEC\s+(\d+(?:-\d+)*)/u.exec(text);
    if (iso && this.identity.isoNumber === '') this.identity.isoNumber = iso[1]!;
  }

  private titleBlock(blocks: readonly ReadBlock[], index: number): number {
    const parts: BlockJson[] = [];
    const bookmarks: string[] = [];
    let next = index;
    while (next < blocks.length) {
      const block = blocks[next]!;
      if (block.kind !== 'paragraph' || block.style.role.kind !== 'recommendationTitle') break;
      const content = trimInline(withoutTabs(block.content.filter((node) => node.type !== 'hardBreak')));
      for (const part of titleParts(content)) parts.push({ type: 'titlePart', content: part });
      bookmarks.push(...block.bookmarks);
      next += 1;
    }
    if (parts.length > 0) {
      if (this.identity.title === '') this.identity.title = parts.map((part) => inlineText(part.content as InlineJson[])).join(' – ');
      this.add({ type: 'titleBlock', content: parts }, bookmarks);
    }
    return next;
  }

  private heading(paragraph: ReadParagraph, level: number): void {
    const text = inlineText(paragraph.content);
    const typed = typedClauseNumber(text);
    const title = trimInline(withoutTabs(typed ? sliceInline(paragraph.content, typed.titleStart) : paragraph.content));
    // A typed number says the level better than the style: annexes often set A.1 in Heading 2.
    const depth = typed ? typed.number.split('.').filter((segment) => /^\d+$/.test(segment)).length : 0;
    const block: BlockJson = {
      type: 'heading',
      attrs: { id: newBlockId(), level: depth > 0 ? Math.min(6, depth) : level },
      content: title,
    };
    if (typed) this.typedLabels.push({ block, typed: typed.number, paragraph: paragraph.index });
    this.seenClause = true;
    this.clauseTitle = contentText(title);
    if (level === 1 && !this.inAnnex) this.topTitle = this.clauseTitle;
    this.add(block, paragraph.bookmarks);
  }

  private unnumberedHeading(paragraph: ReadParagraph, kind: UnnumberedHeadingKind): void {
    this.inAnnex = false;
    this.clauseTitle = '';
    if (this.seenClause) this.topTitle = '';
    this.add(
      { type: 'unnumberedHeading', attrs: { id: newBlockId(), kind }, content: trimInline(withoutTabs(paragraph.content)) },
      paragraph.bookmarks,
    );
  }

  /** "Annex A⏎(normative)⏎Title⏎(This annex forms …)" in one paragraph or several; "Bibliography" set in the annex style. */
  private annexHeading(blocks: readonly ReadBlock[], index: number, appendixStyle: boolean): number {
    const paragraph = blocks[index] as ReadParagraph;
    const lines = inlineLines(paragraph.content)
      .map((line) => trimInline(withoutTabs(line)))
      .filter((line) => contentText(line).trim() !== '');
    const label = lines[0] ? typedAnnexLabel(contentText(lines[0])) : null;
    if (!label) {
      const kind = unnumberedKind(contentText(paragraph.content).trim()) ?? 'other';
      this.unnumberedHeading(paragraph, kind);
      return index + 1;
    }
    let normative: boolean | null = null;
    const title: InlineJson[][] = [];
    // "Annex A (normative) Title" or "Annex A – Title" on one line: the rest of the line is status and title.
    const rest = contentText(lines[0]!).slice(label.length);
    const status = /^\s*\((normative|informative)\)/iu.exec(rest);
    if (status) normative = status[1]!.toLowerCase() === 'normative';
    const titleStart = label.length + (status ? status.index + status[0].length : 0);
    const sameLine = trimInline(sliceInline(lines[0]!, titleStart));
    const sameLineText = contentText(sameLine).replace(/^[\s–—:-]+/u, '');
    if (sameLineText !== '') title.push(trimInline(sliceInline(sameLine, contentText(sameLine).length - sameLineText.length)));
    for (const line of lines.slice(1)) {
      const status = annexStatus(contentText(line));
      if (status) normative = status === 'normative';
      else title.push(line);
    }
    let next = index + 1;
    // The status and the statement may follow as paragraphs of their own.
    while (next < blocks.length && next <= index + 3) {
      const block = blocks[next]!;
      if (block.kind !== 'paragraph') break;
      const text = contentText(block.content).trim();
      if (text === '') {
        next += 1;
        continue;
      }
      const status = annexStatus(text);
      if (!status) break;
      normative = status === 'normative';
      next += 1;
    }
    const appendix = label.appendix || (appendixStyle && !/^annex/i.test(contentText(lines[0]!)));
    const content: InlineJson[] = [];
    title.forEach((line, lineIndex) => {
      if (lineIndex > 0) content.push({ type: 'text', text: ' ' });
      content.push(...line);
    });
    const block: BlockJson = {
      type: 'annexHeading',
      attrs: { id: newBlockId(), kind: appendix ? 'appendix' : 'annex', normative: !appendix && normative !== false },
      content,
    };
    if (label.number !== '') this.typedLabels.push({ block, typed: label.number, paragraph: paragraph.index });
    this.inAnnex = true;
    this.seenClause = true;
    this.clauseTitle = contentText(content);
    this.topTitle = '';
    this.lastAnnex = block;
    this.add(block, paragraph.bookmarks);
    return next;
  }

  private imageOnly(paragraph: ReadParagraph): boolean {
    return paragraph.content.some((node) => node.type === 'placeholder') && contentText(paragraph.content).trim() === '';
  }

  /** An image followed by its title ("Figure 3 – …"): a figure. Without a title the image stays in a paragraph. */
  private figure(blocks: readonly ReadBlock[], index: number): number {
    const paragraph = blocks[index] as ReadParagraph;
    // The figure is the picture or the drawing; text boxes beside it (callouts) stay above it.
    const placeholders = paragraph.content.filter((node) => node.type === 'placeholder');
    const image =
      placeholders.find((node) => node.attrs?.src) ?? placeholders.find((node) => node.attrs?.kind !== 'textBox') ?? placeholders[0];
    const captionAt = captionIndex(blocks, index, 'figure');
    if (!image || !this.imageOnly(paragraph) || captionAt === null) {
      this.add(this.paragraphNode(paragraph.content), paragraph.bookmarks);
      return index + 1;
    }
    const others = paragraph.content.filter((node) => node.type === 'placeholder' && node !== image);
    if (others.length > 0) this.add({ type: 'paragraph', content: others }, []);
    const title = blocks[captionAt] as ReadParagraph;
    const typed = typedCaption(contentText(title.content), 'figure');
    const attrs = image.attrs ?? {};
    const block: BlockJson = {
      type: 'figure',
      attrs: { id: newBlockId(), src: attrs.src ?? '', alt: attrs.description ?? '', original: attrs.original ?? null },
      content: [this.caption(title.content, typed?.titleStart ?? 0)],
    };
    if (typed) this.typedLabels.push({ block, typed: typed.number, paragraph: title.index });
    this.add(block, [...paragraph.bookmarks, ...title.bookmarks]);
    return captionAt + 1;
  }

  private caption(content: readonly InlineJson[], titleStart: number): BlockJson {
    const title = trimInline(withoutTabs(sliceInline(content, titleStart)));
    return title.length === 0 ? { type: 'caption' } : { type: 'caption', content: title };
  }

  private titledTable(title: ReadParagraph, tableAt: number, blocks: readonly ReadBlock[]): number {
    const table = blocks[tableAt] as ReadTable;
    const typed = typedCaption(contentText(title.content), 'table');
    const block: BlockJson = {
      type: 'tableBlock',
      attrs: { id: newBlockId() },
      content: [this.caption(title.content, typed?.titleStart ?? 0), this.table(table)],
    };
    if (typed) this.typedLabels.push({ block, typed: typed.number, paragraph: title.index });
    this.add(block, [...title.bookmarks, ...table.bookmarks]);
    return tableAt + 1;
  }

  private table(table: ReadTable): BlockJson {
    const rows: BlockJson[] = [];
    // Rows a vertically merged cell still covers, by grid column: its cell and how far it spans.
    const open = new Map<number, { cell: BlockJson; span: number }>();
    for (const row of table.rows) {
      const cells: BlockJson[] = [];
      for (const cell of row.cells) {
        if (cell.verticalMerge === 'continue') {
          const above = open.get(cell.column);
          if (above) {
            above.cell.attrs!.rowspan = Number(above.cell.attrs!.rowspan) + 1;
            continue;
          }
        }
        const header = row.header || isHeaderCell(cell);
        const node: BlockJson = {
          type: header ? 'tableHeader' : 'tableCell',
          attrs: { colspan: cell.columnSpan, rowspan: 1 },
          content: this.cellContent(cell),
        };
        if (cell.verticalMerge === 'restart') open.set(cell.column, { cell: node, span: cell.columnSpan });
        else open.delete(cell.column);
        cells.push(node);
      }
      if (cells.length > 0) rows.push({ type: 'tableRow', content: cells });
    }
    if (rows.length === 0)
      rows.push({
        type: 'tableRow',
        content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph' }] }],
      });
    return { type: 'table', content: rows };
  }

  /** A cell holds paragraphs, lists and notes; a table inside a cell is flattened to its rows' text. */
  private cellContent(cell: ReadCell): BlockJson[] {
    const builder = new MasterBuilder(this.numbering, this.trackedChanges);
    builder.seenClause = true;
    builder.identity = this.identity;
    const flat: ReadBlock[] = cell.blocks.flatMap((block) => (block.kind === 'table' ? flattenTable(block) : [block]));
    let index = 0;
    while (index < flat.length) index = builder.cellBlock(flat, index);
    this.warnings.push(...builder.warnings);
    for (const [name, bookmarkTarget] of builder.bookmarks) if (!this.bookmarks.has(name)) this.bookmarks.set(name, bookmarkTarget);
    const content: BlockJson[] = [];
    for (const block of builder.blocks) {
      if (['paragraph', 'bulletList', 'orderedList', 'note', 'example'].includes(block.type)) content.push(block);
      else content.push(...asParagraphs(block));
    }
    if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    return content;
  }

  /** In a cell, every paragraph is kept (an empty cell is an empty paragraph), and lists and notes are built. */
  private cellBlock(blocks: readonly ReadBlock[], index: number): number {
    const paragraph = blocks[index] as ReadParagraph;
    const text = contentText(paragraph.content);
    if (paragraph.list !== null || paragraph.style.role.kind === 'listItem') return this.lists(blocks, index);
    if (typedNoteLabel(text, 'note') || paragraph.style.role.kind === 'note') return this.noteOrExample(blocks, index, 'note');
    if (text.trim() === '' && !paragraph.content.some((node) => node.type !== 'text')) return index + 1;
    if (paragraph.style.role.kind === 'recommendationNumber') this.readIdentity(text);
    this.add(this.paragraphNode(paragraph.content), paragraph.bookmarks);
    return index + 1;
  }

  private noteOrExample(blocks: readonly ReadBlock[], index: number, kind: 'note' | 'example'): number {
    const first = blocks[index] as ReadParagraph;
    const label = typedNoteLabel(contentText(first.content), kind);
    const paragraphs: BlockJson[] = [this.paragraphNode(sliceInline(first.content, label?.titleStart ?? 0))];
    const bookmarks = [...first.bookmarks];
    let next = index + 1;
    // Further paragraphs in the note style without a label of their own continue the note.
    while (next < blocks.length) {
      const block = blocks[next]!;
      if (block.kind !== 'paragraph' || block.style.role.kind !== 'note' || block.list !== null) break;
      const text = contentText(block.content);
      if (typedNoteLabel(text, 'note') || typedNoteLabel(text, 'example') || text.trim() === '') break;
      paragraphs.push(this.paragraphNode(block.content));
      bookmarks.push(...block.bookmarks);
      next += 1;
    }
    this.add({ type: kind, attrs: { id: newBlockId() }, content: paragraphs }, bookmarks);
    return next;
  }

  private codeBlock(blocks: readonly ReadBlock[], index: number): number {
    const lines: string[] = [];
    const bookmarks: string[] = [];
    let next = index;
    let asn1 = false;
    while (next < blocks.length) {
      const block = blocks[next]!;
      if (block.kind !== 'paragraph' || block.style.role.kind !== 'code') break;
      lines.push(inlineText(block.content).replace(/\uFFFC/g, ''));
      bookmarks.push(...block.bookmarks);
      asn1 ||= /asn/i.test(block.style.name);
      next += 1;
    }
    const text = lines.join('\n').replace(/\n+$/, '');
    const language = asn1 || /::=|\bSEQUENCE\b|\bCHOICE\b|\bDEFINITIONS\b/.test(text) ? 'asn1' : 'text';
    this.add(
      text === ''
        ? { type: 'codeBlock', attrs: { language } }
        : { type: 'codeBlock', attrs: { language }, content: [{ type: 'text', text }] },
      bookmarks,
    );
    return next;
  }

  private inClause(title: RegExp): boolean {
    return title.test(this.topTitle) || title.test(this.clauseTitle);
  }

  private inReferencesClause(): boolean {
    return !this.inAnnex && referencesTitle.test(this.topTitle);
  }

  private referenceEntry(content: readonly InlineJson[]): BlockJson {
    const group = /paired|парн|appariées|pareadas/iu.test(this.clauseTitle)
      ? 'paired'
      : /identical|идентичн|identiques|idénticas/iu.test(this.clauseTitle)
        ? 'identical'
        : 'additional';
    return { type: 'referenceEntry', attrs: { id: newBlockId(), group }, content: trimInline(content) };
  }

  /** "3.2.1⇥term [ref]: definition" in a definitions clause. */
  private termEntry(paragraph: ReadParagraph): BlockJson | null {
    const text = inlineText(paragraph.content);
    const match = /^(\d{1,3}(?:\.\d{1,3}){1,5})\.?[\t \u00A0]+([^:\t]{1,160}?)\s*:\s*/u.exec(text);
    if (!match) return null;
    const nameStart = match[0].indexOf(match[2]!);
    // Term names are set in bold, as the editor shows them: the bold is the style, not a mark to keep.
    const name = withoutMark(trimInline(sliceInline(paragraph.content, nameStart, nameStart + match[2]!.length)), 'bold');
    const definition = trimInline(sliceInline(paragraph.content, match[0].length));
    const block: BlockJson = {
      type: 'termEntry',
      attrs: { id: newBlockId() },
      content: [
        name.length > 0 ? { type: 'termName', content: name } : { type: 'termName' },
        definition.length > 0 ? { type: 'termDefinition', content: definition } : { type: 'termDefinition' },
      ],
    };
    this.typedLabels.push({ block, typed: match[1]!, paragraph: paragraph.index });
    return block;
  }

  /**
   * A run of list paragraphs (enumlev styles, or Word's own numbering) becomes nested lists. Typed
   * markers are stripped only when they run as the editor would number them (a, b, c …); a list
   * that starts at "c)" or skips a letter keeps its typed text, so the printed text never changes.
   */
  private lists(blocks: readonly ReadBlock[], index: number): number {
    const entries: ListEntry[] = [];
    let next = index;
    while (next < blocks.length) {
      const block = blocks[next]!;
      if (block.kind !== 'paragraph') break;
      const role = block.style.role;
      if (role.kind !== 'listItem' && block.list === null) break;
      const text = inlineText(block.content);
      if (contentText(block.content).trim() === '') {
        next += 1;
        continue;
      }
      const typed = typedListMarker(text);
      const automatic = block.list ? this.numbering.format(block.list) : null;
      const level = role.kind === 'listItem' ? role.level : Math.min(3, (block.list?.level ?? 0) + 1);
      if (typed)
        entries.push({
          paragraph: block,
          level,
          kind: typed.kind,
          marker: typed.marker,
          content: sliceInline(block.content, typed.textStart),
        });
      else if (automatic === 'bullet' || automatic === 'alpha' || automatic === 'numeric')
        entries.push({ paragraph: block, level, kind: automatic, marker: null, content: block.content });
      else entries.push({ paragraph: block, level, kind: null, marker: null, content: block.content });
      next += 1;
    }
    if (this.inReferencesClause() && entries.every((entry) => entry.kind === 'bullet' || entry.kind === null)) {
      for (const entry of entries) this.add(this.referenceEntry(entry.content), entry.paragraph.bookmarks);
      return next;
    }
    for (const block of this.listBlocks(entries, 0, entries.length, entries[0]?.level ?? 1)) this.add(block.node, block.bookmarks);
    return next;
  }

  private listBlocks(entries: readonly ListEntry[], from: number, to: number, level: number): { node: BlockJson; bookmarks: string[] }[] {
    const result: { node: BlockJson; bookmarks: string[] }[] = [];
    let index = from;
    while (index < to) {
      const entry = entries[index]!;
      if (entry.kind === null || entry.level > level) {
        // A paragraph with no marker of its own, or deeper with no item above it: as typed.
        result.push({ node: this.paragraphNode(entry.paragraph.content), bookmarks: entry.paragraph.bookmarks });
        index += 1;
        continue;
      }
      // One list: items of this level and kind, with what is deeper or unmarked under each.
      const items: { entry: ListEntry; children: [number, number] }[] = [];
      let cursor = index;
      while (cursor < to) {
        const item = entries[cursor]!;
        if (item.level !== entry.level || item.kind !== entry.kind) break;
        // "a)" again after "c)": a new list begins, as when two lists stand one after the other.
        if (items.length > 0 && item.kind !== 'bullet' && item.marker !== null && item.marker === listItemMarker(item.kind!, 0)) break;
        let end = cursor + 1;
        while (end < to && (entries[end]!.level > item.level || (entries[end]!.kind === null && entries[end]!.level >= item.level)))
          end += 1;
        items.push({ entry: item, children: [cursor + 1, end] });
        cursor = end;
      }
      const kind = entry.kind;
      const inSequence = items.every(
        (item, position) => item.entry.marker === null || kind === 'bullet' || item.entry.marker === listItemMarker(kind, position),
      );
      if (!inSequence) {
        for (let plain = index; plain < cursor; plain += 1)
          result.push({ node: this.paragraphNode(entries[plain]!.paragraph.content), bookmarks: entries[plain]!.paragraph.bookmarks });
        this.warnings.push({
          kind: 'other',
          where: `paragraph ${entry.paragraph.index}`,
          message: `A list whose typed markers do not run ${kind === 'alpha' ? 'a), b), c)' : '1), 2), 3)'} from the start is kept as typed text.`,
        });
        index = cursor;
        continue;
      }
      const bookmarks: string[] = [];
      const listItems: BlockJson[] = items.map((item) => {
        bookmarks.push(...item.entry.paragraph.bookmarks);
        const children: BlockJson[] = [this.paragraphNode(item.entry.content)];
        for (const child of this.listBlocks(entries, item.children[0], item.children[1], item.entry.level + 1)) {
          children.push(child.node);
          bookmarks.push(...child.bookmarks);
        }
        return { type: 'listItem', content: children };
      });
      const node: BlockJson =
        kind === 'bullet'
          ? { type: 'bulletList', content: listItems }
          : { type: 'orderedList', attrs: { style: kind }, content: listItems };
      result.push({ node, bookmarks });
      index = cursor;
    }
    return result;
  }
}

/** The table a title at `index` stands above: the next block, empty paragraphs between them left out. */
function nextTable(blocks: readonly ReadBlock[], index: number): number | null {
  for (let next = index + 1; next < blocks.length && next <= index + 3; next += 1) {
    const block = blocks[next]!;
    if (block.kind === 'table') return next;
    if (block.content.length > 0) return null;
  }
  return null;
}

function tableOfContentsFollows(blocks: readonly ReadBlock[], index: number): boolean {
  for (let next = index + 1; next < blocks.length && next <= index + 4; next += 1) {
    const block = blocks[next]!;
    if (block.kind !== 'paragraph') return false;
    if (block.style.role.kind === 'tableOfContents') return true;
  }
  return false;
}

/** Where the title of the figure whose image is at `index` stands: the next paragraph with text. */
function captionIndex(blocks: readonly ReadBlock[], index: number, kind: 'figure'): number | null {
  for (let next = index + 1; next < blocks.length && next <= index + 3; next += 1) {
    const block = blocks[next]!;
    if (block.kind !== 'paragraph') return null;
    const text = contentText(block.content).trim();
    // Only a truly empty paragraph is skipped: one holding a picture or an object has the caption to itself.
    if (text === '' && block.content.every((node) => node.type === 'text' || node.type === 'hardBreak')) continue;
    return block.style.role.kind === 'figureTitle' || typedCaption(text, kind) ? next : null;
  }
  return null;
}

function nextIsCaption(blocks: readonly ReadBlock[], index: number, kind: 'figure'): boolean {
  return captionIndex(blocks, index, kind) !== null;
}

function unnumberedKind(text: string): UnnumberedHeadingKind | null {
  const trimmed = text.trim();
  for (const [pattern, kind] of unnumberedWords) if (pattern.test(trimmed)) return kind;
  return null;
}

function isHeaderCell(cell: ReadCell): boolean {
  const paragraphs = cell.blocks.filter((block): block is ReadParagraph => block.kind === 'paragraph');
  return paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph.style.role.kind === 'tableText' && paragraph.style.role.header);
}

/** A table nested in a cell: each of its rows as one paragraph, cells apart by tabs. */
function flattenTable(table: ReadTable): ReadParagraph[] {
  return table.rows.map((row, index) => {
    const content: InlineJson[] = [];
    row.cells.forEach((cell, cellIndex) => {
      if (cellIndex > 0) content.push({ type: 'text', text: '\t' });
      cell.blocks.forEach((block, blockIndex) => {
        if (blockIndex > 0) content.push({ type: 'text', text: ' ' });
        if (block.kind === 'paragraph') content.push(...block.content);
      });
    });
    return {
      kind: 'paragraph',
      index: table.index * 1000 + index,
      style: { role: { kind: 'body' }, known: true, name: 'Normal' },
      list: null,
      content,
      bookmarks: [],
      markRevision: null,
    };
  });
}

/** A block a cell cannot hold (a code block, a heading typed in a cell) as paragraphs with its text. */
function asParagraphs(block: BlockJson): BlockJson[] {
  if (block.type === 'codeBlock')
    return (block.content?.[0]?.text ?? '')
      .split('\n')
      .map((line) => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] }));
  const inline = (block.content ?? []).filter(
    (child) =>
      child.type === 'text' ||
      child.type === 'hardBreak' ||
      child.type === 'placeholder' ||
      child.type === 'footnote' ||
      child.type === 'crossReference',
  );
  return [inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }];
}

/** The designation lines of a title page, which name the text rather than belong to it. */
const designationLine = /^(INTERNATIONAL STANDARD\s+ISO\/IEC\s+\d+(-\d+)*|RECOMMENDATION\s+ITU[-‑]T\s+[A-Z]\.\d+(\.\d+)*)$/iu;

/**
 * The parts of a title written on one line, "Information technology – Open Systems Interconnection
 * – The Directory", as the editor holds them (one part each); a title with formatting stays whole.
 */
function titleParts(content: InlineJson[]): InlineJson[][] {
  if (content.length === 0) return [];
  const only = content[0]!;
  if (content.length > 1 || only.type !== 'text' || only.marks) return [content];
  return (only.text ?? '')
    .split(/\s+–\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => [{ type: 'text', text: part }]);
}

function abbreviationEntry(content: readonly InlineJson[]): BlockJson | null {
  const text = inlineText(content);
  const tab = text.indexOf('\t');
  if (tab <= 0 || tab > 40 || text.slice(0, tab).trim() === '') return null;
  const abbreviation = trimInline(sliceInline(content, 0, tab));
  const expansion = trimInline(withoutTabs(sliceInline(content, tab + 1)));
  if (expansion.length === 0) return null;
  return {
    type: 'abbreviationEntry',
    content: [
      { type: 'abbreviation', content: abbreviation },
      { type: 'expansion', content: expansion },
    ],
  };
}

function roleDescription(kind: string): string {
  switch (kind) {
    case 'body':
      return 'plain paragraphs';
    case 'heading':
      return 'headings (its outline level)';
    default:
      return `the style it is based on (${kind})`;
  }
}

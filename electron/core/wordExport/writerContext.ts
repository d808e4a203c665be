import type { Numbering } from '../../../shared/domain/numbering/numbering';
import type { DocumentJson } from '../../../shared/domain/project';
import type { PackageParts } from './packageParts';
import { xmlAttribute } from './wordXml';
import type { ExportStyle } from './wordTemplate';

/** How change marks are written: as Word revisions, or as coloured text for readers who print. */
export type MarksStyle = 'revisions' | 'visible';

export interface MarksOptions {
  readonly style: MarksStyle;
  /** Who the revisions are attributed to, and when (ISO 8601). */
  readonly author: string;
  readonly date: string;
}

/** What every part of the writer shares: styles, numbers of both texts, the package, counters. */
export class WriterContext {
  /** Revisions and bookmarks share one series of ids: Word wants annotation ids unique across both. */
  private annotations = 0;
  private revisions = 0;
  private readonly footnotes: string[] = [];

  constructor(
    readonly styles: Readonly<Record<ExportStyle, string>>,
    /** The numbers of the text exported, and of the older text its change marks count from (the same when none). */
    readonly newer: Numbering<DocumentJson>,
    readonly older: Numbering<DocumentJson>,
    readonly marks: MarksOptions | null,
    readonly parts: PackageParts,
    /** Whether the master is written right to left (Arabic). */
    readonly rtl: boolean,
  ) {}

  /** w:id, w:author and w:date of a revision. */
  revisionAttributes(author = this.marks?.author ?? '', date = this.marks?.date ?? ''): string {
    this.revisions += 1;
    this.annotations += 1;
    const when = date === '' ? '' : ` w:date="${xmlAttribute(date.length === 10 ? `${date}T00:00:00Z` : date)}"`;
    return `w:id="${this.annotations}" w:author="${xmlAttribute(author || 'Common Text Studio')}"${when}`;
  }

  get revisionCount(): number {
    return this.revisions;
  }

  private drawings = 0;

  /** A number for a drawing's docPr, unique in the document. */
  nextDrawing(): number {
    this.drawings += 1;
    return this.drawings;
  }

  nextBookmark(): number {
    this.annotations += 1;
    return this.annotations;
  }

  /** Adds a footnote with the given runs; returns its id (1, 2 …; 0 and -1 are Word's separators). */
  addFootnote(runs: string, style: string, referenceStyle: string): number {
    const id = this.footnotes.length + 1;
    this.footnotes.push(
      `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:rPr><w:rStyle w:val="${referenceStyle}"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>${runs}</w:p></w:footnote>`,
    );
    return id;
  }

  footnoteEntries(): readonly string[] {
    return this.footnotes;
  }
}

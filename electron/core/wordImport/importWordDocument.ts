import type { Language } from '../../../shared/domain/language';
import { languageInfo } from '../../../shared/domain/language';
import { computeNumbering } from '../../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../../shared/domain/numbering/documentJsonAdapter';
import type { NumberedEntry } from '../../../shared/domain/numbering/numberedEntry';
import type { DocumentJson } from '../../../shared/domain/project';
import type { ImportCounts, ImportProgress, ImportReport, ImportWarning, TrackedChangesChoice } from '../../../shared/domain/wordImport';
import type { BlockJson } from './buildMaster';
import { MasterBuilder } from './buildMaster';
import type { InlineJson } from './inlineContent';
import { inlineText } from '../../../shared/domain/diff/plainText';
import { ContentReader } from './readContent';
import { sameClauseNumber } from './typedLabels';
import { openWordPackage } from './wordPackage';
import type { XmlElement } from './xmlTree';
import { childElement, parseXml } from './xmlTree';
import { ProjectError } from '../projectError';

export interface WordImportOptions {
  /** The file's name, for the report and the messages. */
  readonly fileName: string;
  readonly language: Language;
  readonly trackedChanges: TrackedChangesChoice;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface WordImport {
  readonly document: DocumentJson;
  readonly report: ImportReport;
}

const relationshipTypes = {
  styles: '/styles',
  numbering: '/numbering',
  footnotes: '/footnotes',
  endnotes: '/endnotes',
} as const;

/**
 * Reads a Word document (.docx) into a master: ITU's styles become the editor's structure, typed
 * numbers become computed ones (each disagreement reported), internal links become
 * cross-references, tracked changes are kept as change marks or accepted, and what the editor
 * cannot hold is kept as a placeholder with its original. Throws a ProjectError with a message
 * for the user when the file is not a Word document, is damaged, protected or too large; it
 * writes nothing, so a failure changes nothing.
 */
export async function importWordDocument(bytes: Uint8Array, options: WordImportOptions): Promise<WordImport> {
  const started = performance.now();
  const progress = async (phase: ImportProgress['phase'], fraction: number) => {
    options.onProgress?.({ phase, fraction });
    // Lets the caller's progress messages out, and keeps the process responsive, between steps.
    await new Promise((resolve) => setImmediate(resolve));
  };
  await progress('reading', 0);
  const pack = openWordPackage(bytes, options.fileName);
  const documentText = pack.text(pack.documentPath);
  if (documentText === null) throw new ProjectError('not-a-word-document', `${options.fileName} holds no Word document text.`);
  const document = parseXml(documentText, pack.documentPath);
  const body = childElement(document, 'w:body');
  if (!body) throw new ProjectError('damaged', `The Word document ${options.fileName} has no body: it is damaged.`);
  const part = (kind: keyof typeof relationshipTypes): XmlElement | null => {
    for (const relationship of pack.relationships(pack.documentPath).values()) {
      if (relationship.external || !relationship.type.endsWith(relationshipTypes[kind])) continue;
      const text = pack.text(relationship.target);
      return text === null ? null : parseXml(text, relationship.target);
    }
    return null;
  };
  const parts = { styles: part('styles'), numbering: part('numbering'), footnotes: part('footnotes'), endnotes: part('endnotes') };
  await progress('reading', 0.25);

  const reader = new ContentReader(pack, parts, options.trackedChanges);
  const read = reader.blocks(body);
  const builder = new MasterBuilder(reader.listFormats, options.trackedChanges);
  const built = await builder.build(read, (fraction) => progress('converting', 0.3 + fraction * 0.55));
  await progress('numbering', 0.85);

  // The editor keeps an empty paragraph after a last block that is not one (to type after it): giving it
  // here means that opening the import does not count as an edit.
  const last = built.blocks[built.blocks.length - 1];
  const master: DocumentJson = {
    type: 'doc',
    content: (last?.type === 'paragraph' ? built.blocks : [...built.blocks, { type: 'paragraph' }]) as DocumentJson[],
  };
  const warnings: ImportWarning[] = [];
  const references = resolveReferences(master, reader.pending, built.bookmarks, warnings);
  const numbering = computeNumbering(master, documentJsonAdapter);
  const entries = new Map<unknown, NumberedEntry<DocumentJson>>(numbering.entries.map((entry) => [entry.node, entry]));
  setReferenceForms(reader.pending, references, numbering.byId);
  const rightToLeft = languageInfo[options.language].direction === 'rtl';
  for (const label of built.typedLabels) {
    const entry = entries.get(label.block);
    if (!entry || sameClauseNumber(label.typed, entry.number, rightToLeft)) continue;
    warnings.push({
      kind: 'numberMismatch',
      where: entryPlace(entry),
      message: `The Word file types ${label.typed} where the structure gives ${entry.number} (paragraph ${label.paragraph}).`,
    });
  }
  warnings.push(...built.warnings, ...contentWarnings(reader, options.trackedChanges));
  warnings.push(...placeholderWarnings(master, entries));
  await progress('numbering', 0.95);

  const counts = countMaster(master, numbering.entries, reader.tally.trackedChanges, references.size);
  return {
    document: master,
    report: {
      fileName: options.fileName,
      language: options.language,
      trackedChanges: options.trackedChanges,
      counts,
      warnings,
      identity: built.identity,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

/** Replaces each pending reference by a cross-reference when its bookmark is in a referable block, by its text otherwise. */
function resolveReferences(
  master: DocumentJson,
  pending: ReadonlyMap<InlineJson, { bookmark: string; result: InlineJson[]; paragraph: number }>,
  bookmarks: ReadonlyMap<string, BlockJson>,
  warnings: ImportWarning[],
): Map<InlineJson, string> {
  const resolved = new Map<InlineJson, string>();
  if (pending.size === 0) return resolved;
  const referable = new Set(['heading', 'annexHeading', 'tableBlock', 'figure', 'note', 'example', 'termEntry', 'referenceEntry']);
  const visit = (node: BlockJson) => {
    if (!node.content) return;
    const content: (BlockJson | InlineJson)[] = [];
    let changed = false;
    for (const child of node.content) {
      const reference = pending.get(child as InlineJson);
      if (!reference) {
        visit(child as BlockJson);
        content.push(child);
        continue;
      }
      const target = bookmarks.get(reference.bookmark);
      const id = target && referable.has(target.type) ? target.attrs?.id : undefined;
      if (typeof id === 'string' && id !== '') {
        child.attrs = { target: id, form: 'full' };
        resolved.set(child as InlineJson, id);
        content.push(child);
        continue;
      }
      changed = true;
      content.push(...reference.result);
      // A link into the table of contents or to a bookmark of no clause is ordinary text in the source too.
      if (!reference.bookmark.startsWith('_Toc'))
        warnings.push({
          kind: 'unresolvedReference',
          where: `paragraph ${reference.paragraph}`,
          message: `The link “${inlineText(reference.result).trim()}” points at ${target ? 'a place that is not a clause, annex, table or figure' : `a bookmark (${reference.bookmark}) that is not in the text`}; kept as text.`,
        });
    }
    if (changed) node.content = content;
  };
  visit(master as BlockJson);
  return resolved;
}

/** A reference typed as "6.2" reads as the number alone; "clause 6.2", "Table 3", "Annex A" as the full form. */
function setReferenceForms(
  pending: ReadonlyMap<InlineJson, { result: InlineJson[] }>,
  resolved: ReadonlyMap<InlineJson, string>,
  byId: ReadonlyMap<string, NumberedEntry<DocumentJson>>,
): void {
  for (const [node, id] of resolved) {
    const entry = byId.get(id);
    const typed = inlineText(pending.get(node)?.result ?? []).trim();
    if (entry && typed === entry.referenceText.number && entry.referenceText.number !== entry.referenceText.full)
      node.attrs = { target: id, form: 'number' };
  }
}

function entryPlace(entry: NumberedEntry<DocumentJson>): string {
  switch (entry.kind) {
    case 'clause':
      return `clause ${entry.number}`;
    case 'term':
      return `term ${entry.number}`;
    default:
      return entry.label || entry.title;
  }
}

function contentWarnings(reader: ContentReader, choice: TrackedChangesChoice): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const tally = reader.tally;
  if (tally.trackedChanges > 0)
    warnings.push({
      kind: 'trackedChanges',
      where: 'the whole text',
      message:
        choice === 'keep'
          ? `${tally.trackedChanges} tracked change${tally.trackedChanges === 1 ? '' : 's'} kept as change marks (insertions underlined, deletions struck through).`
          : `${tally.trackedChanges} tracked change${tally.trackedChanges === 1 ? '' : 's'} accepted: insertions kept, deletions left out.`,
    });
  if (tally.formatRevisions > 0)
    warnings.push({
      kind: 'trackedChanges',
      where: 'the whole text',
      message: `${tally.formatRevisions} formatting change${tally.formatRevisions === 1 ? ' was' : 's were'} tracked; the text has the new formatting, without a mark.`,
    });
  if (tally.hiddenRuns > 0)
    warnings.push({
      kind: 'other',
      where: 'the whole text',
      message: `${tally.hiddenRuns} piece${tally.hiddenRuns === 1 ? '' : 's'} of hidden text left out.`,
    });
  if (tally.endnotes > 0)
    warnings.push({
      kind: 'other',
      where: 'the whole text',
      message: `${tally.endnotes} endnote${tally.endnotes === 1 ? '' : 's'} imported as footnotes.`,
    });
  return warnings;
}

/** Each placeholder, named with the clause it stands in. */
function placeholderWarnings(master: DocumentJson, entries: ReadonlyMap<unknown, NumberedEntry<DocumentJson>>): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  let place = 'the front matter';
  const visit = (node: DocumentJson) => {
    if (node.type === 'placeholder' && typeof node.attrs?.original === 'string') {
      warnings.push({
        kind: 'placeholder',
        where: place,
        message: `${String(node.attrs.description || node.attrs.kind)} kept as a placeholder; the original is kept for export.`,
      });
    }
    if (node.type === 'figure' && typeof node.attrs?.original === 'string') {
      const entry = entries.get(node);
      warnings.push({
        kind: 'placeholder',
        where: entry ? entry.label : place,
        message: `The figure's ${String(node.attrs.alt || 'drawing')} cannot be shown in the editor; the original is kept for export.`,
      });
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const block of master.content ?? []) {
    const entry = entries.get(block);
    if (entry && (entry.kind === 'clause' || entry.kind === 'annex' || entry.kind === 'appendix' || entry.kind === 'unnumberedHeading'))
      place = entryPlace(entry);
    visit(block);
  }
  return warnings;
}

function countMaster(
  master: DocumentJson,
  entries: readonly NumberedEntry<DocumentJson>[],
  trackedChanges: number,
  crossReferences: number,
): ImportCounts {
  const counts = { paragraphs: 0, lists: 0, codeBlocks: 0, footnotes: 0, placeholders: 0 };
  const visit = (node: DocumentJson, inList: boolean) => {
    switch (node.type) {
      case 'paragraph':
        counts.paragraphs += 1;
        break;
      case 'bulletList':
      case 'orderedList':
        if (!inList) counts.lists += 1;
        break;
      case 'codeBlock':
        counts.codeBlocks += 1;
        break;
      case 'footnote':
        counts.footnotes += 1;
        break;
      case 'placeholder':
      case 'figure':
        if (typeof node.attrs?.original === 'string') counts.placeholders += 1;
        break;
    }
    const list = inList || node.type === 'bulletList' || node.type === 'orderedList';
    for (const child of node.content ?? []) visit(child, list);
  };
  visit(master, false);
  const kinds = (kind: NumberedEntry<DocumentJson>['kind']) => entries.filter((entry) => entry.kind === kind).length;
  return {
    paragraphs: counts.paragraphs,
    clauses: kinds('clause'),
    annexes: kinds('annex'),
    appendices: kinds('appendix'),
    tables: kinds('table'),
    figures: kinds('figure'),
    notes: kinds('note'),
    examples: kinds('example'),
    lists: counts.lists,
    codeBlocks: counts.codeBlocks,
    terms: kinds('term'),
    references: kinds('reference'),
    crossReferences,
    footnotes: counts.footnotes,
    trackedChanges,
    placeholders: counts.placeholders,
  };
}

import { computeNumbering } from '../../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../../shared/domain/numbering/documentJsonAdapter';
import type { Numbering } from '../../../shared/domain/numbering/numbering';
import { acceptAll, rejectAll, revisionDocument } from '../../../shared/domain/diff/revisionDocument';
import type { DocumentJson } from '../../../shared/domain/project';
import type { Edition } from '../../../shared/domain/presentation/commonTextPresentation';
import { runningFooter, runningHeader, titleBlockLines } from '../../../shared/domain/presentation/commonTextPresentation';
import { BlockWriter, emptyReferenceGroup } from './blockWriter';
import { headerFooterParts } from './headerFooter';
import { PackageParts } from './packageParts';
import type { WrittenNode } from './revisionNode';
import { tableOfContents } from './tableOfContents';
import { languageSettings } from './languageSettings';
import type { MarksStyle } from './writerContext';
import { WriterContext } from './writerContext';
import type { WordTemplate } from './wordTemplate';
import { loadWordTemplate } from './wordTemplate';
import { wordNamespaces, xmlDeclaration, xmlText } from './wordXml';
import { zipPackage } from './zipPackage';

/** What to export: one language master of a project, clean or with change marks since an older text. */
export interface WordExportRequest {
  readonly edition: Edition;
  /** The text exported (an iteration's or the working one). */
  readonly master: DocumentJson;
  readonly marks?: {
    /** The older text the marks count from. */
    readonly since: DocumentJson;
    /** "iteration 3 (2026-10-01)", for the note at the top of a visibly marked text. */
    readonly sinceName: string;
    readonly style: MarksStyle;
    /** Who the revisions are attributed to (the editor of the newer iteration), and when. */
    readonly author: string;
    readonly date: string;
  };
  /** A .docx or .dotx whose styles replace the built-in ones; the built-in template when absent. */
  readonly templatePath?: string;
}

/** What was written, for the user and the tests. */
export interface WordExportSummary {
  readonly paragraphs: number;
  readonly tables: number;
  readonly footnotes: number;
  /** Tracked revisions written (insertions, deletions, property changes). */
  readonly revisions: number;
  readonly template: string;
  /** Styles the chosen template lacked, taken from the built-in one. */
  readonly stylesFromBuiltIn: readonly string[];
}

export interface WordExport {
  readonly bytes: Buffer;
  readonly summary: WordExportSummary;
}

const width = { page: 11907, height: 16840, side: 1134, topBottom: 1418 };

/**
 * Writes a master as a .docx in the common template (ITU's styles, A4, the title block, the table
 * of contents, the running header and footer, roman page numbers in the front matter and arabic
 * from clause 1), clean or with its change marks since an older text as Word revisions or as
 * coloured text. Numbers are computed for each text, so a renumbered clause shows its old number
 * deleted and its new one inserted, and Accept All gives the newer text exactly.
 */
export function exportWordDocument(request: WordExportRequest): WordExport {
  const template: WordTemplate = loadWordTemplate(request.templatePath);
  const merged: WrittenNode = request.marks ? revisionDocument(request.marks.since, request.master) : request.master;
  const newerText = request.marks ? acceptAll(merged as ReturnType<typeof revisionDocument>) : request.master;
  const olderText = request.marks ? rejectAll(merged as ReturnType<typeof revisionDocument>) : request.master;
  const newer: Numbering<DocumentJson> = computeNumbering(newerText, documentJsonAdapter);
  const older: Numbering<DocumentJson> = request.marks ? computeNumbering(olderText, documentJsonAdapter) : newer;
  const parts = new PackageParts();
  const language = request.edition.language;
  const context = new WriterContext(
    template.styleIds,
    newer,
    older,
    request.marks ? { style: request.marks.style, author: request.marks.author, date: request.marks.date } : null,
    parts,
    language === 'ar',
  );
  const writer = new BlockWriter(context);
  const body = documentBody(writer, context, merged, request);

  parts.relate('styles', 'styles.xml');
  parts.addPart(
    'styles.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
    languageSettings(template.stylesXml, language),
  );
  parts.relate('settings', 'settings.xml');
  parts.addPart('settings.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml', settingsXml());
  if (template.fontTableXml) {
    parts.relate('fontTable', 'fontTable.xml');
    parts.addPart('fontTable.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml', template.fontTableXml);
  }
  if (template.themeXml) {
    parts.relate('theme', 'theme/theme1.xml');
    parts.addPart('theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml', template.themeXml);
  }
  parts.relate('footnotes', 'footnotes.xml');
  parts.addPart('footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', footnotesXml(context));

  const documentXml = `${xmlDeclaration}<w:document ${wordNamespaces} mc:Ignorable="w14 w15 wp14"><w:body>${body}</w:body></w:document>`;
  const title = request.edition.metadata.title;
  const bytes = zipPackage([
    { path: '[Content_Types].xml', data: parts.contentTypes() },
    { path: '_rels/.rels', data: packageRelationships },
    { path: 'word/document.xml', data: documentXml },
    { path: 'word/_rels/document.xml.rels', data: parts.documentRelationships() },
    ...parts.addedFiles(),
    { path: 'docProps/core.xml', data: coreProperties(title, request.marks?.author ?? '', request.edition.date) },
    { path: 'docProps/app.xml', data: appProperties },
  ]);
  return {
    bytes,
    summary: {
      paragraphs: countOf(documentXml, '<w:p>'),
      tables: countOf(documentXml, '<w:tbl>'),
      footnotes: context.footnoteEntries().length,
      revisions: context.revisionCount,
      template: template.name,
      stylesFromBuiltIn: template.completed,
    },
  };
}

/**
 * The body: the title block; the front matter up to the table of contents and the Introduction,
 * in a section numbered i, ii …; then the clauses, annexes, appendices and bibliography, numbered
 * from 1; each section with its running header and footer.
 */
function documentBody(writer: BlockWriter, context: WriterContext, merged: WrittenNode, request: WordExportRequest): string {
  const blocks = merged.content ?? [];
  const { edition } = request;
  const styles = context.styles;
  const headers = headerFooterParts(context, runningHeader(edition), runningFooter(edition));
  let xml = '';
  if (request.marks?.style === 'visible') {
    xml += writer.paragraph(
      styles.normal,
      writer.inline.text(
        `Change marks since ${request.marks.sinceName}: inserted text is underlined in blue, deleted text struck through in red, reformatted text dotted.`,
        [{ type: 'italic' }],
      ),
      null,
    );
  }
  // The designation lines from the project's numbers; the title is the master's title block.
  for (const line of titleBlockLines(edition.metadata)) xml += writer.paragraph(styles.recNo, writer.inline.text(line), null);

  const bodyStart = blocks.findIndex((block) => block.type === 'heading' || block.type === 'annexHeading');
  const introduction = blocks.findIndex((block) => block.type === 'unnumberedHeading' && block.attrs?.kind === 'introduction');
  const contentsAt = introduction >= 0 && (bodyStart < 0 || introduction < bodyStart) ? introduction : bodyStart;
  const front = `<w:sectPr>${headers.references}<w:pgSz w:w="${width.page}" w:h="${width.height}"/><w:pgMar w:top="${width.topBottom}" w:right="${width.side}" w:bottom="${width.topBottom}" w:left="${width.side}" w:header="720" w:footer="720" w:gutter="0"/><w:pgNumType w:fmt="lowerRoman" w:start="1"/><w:cols w:space="720"/><w:titlePg/></w:sectPr>`;
  const main = `<w:sectPr>${headers.references}<w:pgSz w:w="${width.page}" w:h="${width.height}"/><w:pgMar w:top="${width.topBottom}" w:right="${width.side}" w:bottom="${width.topBottom}" w:left="${width.side}" w:header="720" w:footer="720" w:gutter="0"/><w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="720"/></w:sectPr>`;
  for (const [index, block] of blocks.entries()) {
    if (index === contentsAt && contentsAt >= 0) xml += tableOfContents(writer, context, blocks);
    if (index === bodyStart && bodyStart > 0) xml += writer.paragraph(styles.normal, '', null, { sectPr: front });
    if (!emptyReferenceGroup(blocks, index)) xml += writer.block(block, block.revision ?? null);
  }
  if (contentsAt < 0) xml += tableOfContents(writer, context, blocks);
  // Word ends a body with a paragraph, never with a table.
  if (xml.endsWith('</w:tbl>') || xml === '') xml += writer.paragraph(styles.normal, '', null);
  return xml + (bodyStart > 0 ? main : front);
}

function footnotesXml(context: WriterContext): string {
  const separators =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  return `${xmlDeclaration}<w:footnotes ${wordNamespaces}>${separators}${context.footnoteEntries().join('')}</w:footnotes>`;
}

/**
 * Settings: odd and even pages with their own header and footer, as ITU prints, ITU's tab stop and
 * footnote separators, and fields refreshed on opening (Word fills the page numbers of the contents).
 */
function settingsXml(): string {
  return `${xmlDeclaration}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:updateFields w:val="true"/><w:defaultTabStop w:val="567"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
}

const packageRelationships = `${xmlDeclaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const appProperties = `${xmlDeclaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Common Text Studio</Application></Properties>`;

function coreProperties(title: string, author: string, date: string): string {
  const when = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(author || 'Common Text Studio')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created></cp:coreProperties>`;
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

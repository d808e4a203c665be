import { strToU8, zipSync } from 'fflate';

/**
 * Small Word documents written in the test, XML by hand: each test states exactly the paragraphs,
 * styles, fields and revisions it is about, as ITU's files have them.
 */
export interface WordFixture {
  /** The inside of w:body. */
  readonly body: string;
  /** More w:style elements, beside ITU's styles below. */
  readonly styles?: string;
  /** The inside of w:numbering, when the document uses Word's own numbering. */
  readonly numbering?: string;
  /** The inside of w:footnotes (the separators are added). */
  readonly footnotes?: string;
  /** Parts beside the document, by path ("word/media/image1.png"), with the relationship id the body uses. */
  readonly media?: readonly { readonly id: string; readonly path: string; readonly bytes: Uint8Array }[];
}

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';

/** ITU's styles, with the ids and names its files use (see FINDINGS: they vary; these are X.500's). */
const ituStyles: readonly [id: string, name: string][] = [
  ['RecNo', 'Rec_No'],
  ['Rectitle', 'Rec_title'],
  ['Headingb', 'Heading_b'],
  ['Heading1', 'heading 1'],
  ['Heading2', 'heading 2'],
  ['Heading3', 'heading 3'],
  ['AnnexNoTitle', 'Annex_NoTitle'],
  ['AppendixNoTitle', 'Appendix_No &amp; title'],
  ['Note', 'Note'],
  ['enumlev1', 'enumlev1'],
  ['enumlev2', 'enumlev2'],
  ['TableNoTitle', 'Table_NoTitle'],
  ['FigureNoTitle', 'Figure_NoTitle'],
  ['Figure', 'Figure'],
  ['Tabletext', 'Table_text'],
  ['Tablehead', 'Table_head'],
  ['ASN1', 'ASN.1'],
  ['Reftext', 'Ref_text'],
  ['TOC1', 'toc 1'],
  ['Fancy', 'Fancy quotation'],
];

export function wordFixture(fixture: WordFixture): Uint8Array {
  const styles = ituStyles
    .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/></w:style>`)
    .join('');
  const relationships = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    fixture.numbering === undefined
      ? ''
      : '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    fixture.footnotes === undefined
      ? ''
      : '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
    ...(fixture.media ?? []).map(
      (part) =>
        `<Relationship Id="${part.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${part.path.replace(/^word\//, '')}"/>`,
    ),
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Default Extension="png" ContentType="image/png"/><Default Extension="emf" ContentType="image/x-emf"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${fixture.body}<w:sectPr/></w:body></w:document>`,
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${namespaces}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles}${fixture.styles ?? ''}</w:styles>`,
    ),
  };
  if (fixture.numbering !== undefined)
    files['word/numbering.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${namespaces}>${fixture.numbering}</w:numbering>`,
    );
  if (fixture.footnotes !== undefined)
    files['word/footnotes.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${namespaces}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${fixture.footnotes}</w:footnotes>`,
    );
  for (const part of fixture.media ?? []) files[part.path] = part.bytes;
  return zipSync(files);
}

/** A paragraph in a style (null: Normal) holding runs. */
export function paragraph(style: string | null, ...runs: string[]): string {
  return `<w:p>${style === null ? '' : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}${runs.join('')}</w:p>`;
}

/** A run of text; "\t" becomes a tab, "\n" a line break; `properties` is the inside of w:rPr. */
export function run(text: string, properties = ''): string {
  const pieces = text
    .split(/(\t|\n)/)
    .map((piece) =>
      piece === '\t' ? '<w:tab/>' : piece === '\n' ? '<w:br/>' : piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`,
    );
  return `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}${pieces.join('')}</w:r>`;
}

/** A paragraph of one run of text in a style. */
export function textParagraph(style: string | null, text: string): string {
  return paragraph(style, run(text));
}

/** A table: rows of cells, each cell's inside (paragraphs) given whole; `cellProperties` by [row][cell]. */
export function table(rows: readonly (readonly string[])[], cellProperties: readonly (readonly string[])[] = []): string {
  const body = rows
    .map(
      (cells, rowIndex) =>
        `<w:tr>${cells.map((cell, cellIndex) => `<w:tc><w:tcPr>${cellProperties[rowIndex]?.[cellIndex] ?? ''}</w:tcPr>${cell}</w:tc>`).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr/><w:tblGrid/>${body}</w:tbl>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The smallest valid PNG: one transparent pixel. */
export const onePixelPng = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

/** An inline picture referring to relationship `id`, as Word writes it. */
export function picture(id: string, description = ''): string {
  return (
    `<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1" descr="${escapeXml(description)}"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="${id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`
  );
}

import type { BlockWriter } from './blockWriter';
import type { Revision, WrittenNode } from './revisionNode';
import type { WriterContext } from './writerContext';

/** The text width of ITU's page, in twips (17 cm). */
const tableWidth = 9639;
/** Columns start equal; the table is laid out automatically, so long words widen their column rather than break. */
const border =
  '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>';

interface PlacedCell {
  readonly cell: WrittenNode | null;
  readonly span: number;
  /** 'restart' on a cell spanning rows, 'continue' on the cells it covers below. */
  readonly merge: 'restart' | 'continue' | null;
}

/**
 * A table in ITU's layout: full text width, single borders, header rows repeated on each page;
 * `colspan` becomes gridSpan and `rowspan` vertical merging. A row inserted or deleted since the
 * older text is tracked as such, and so is its text.
 */
export function tableXml(writer: BlockWriter, context: WriterContext, table: WrittenNode, revision: Revision | null): string {
  const rows = table.content ?? [];
  const grid = placeCells(rows);
  const columns = Math.max(1, ...grid.map((row) => row.reduce((sum, placed) => sum + placed.span, 0)));
  const width = Math.floor(tableWidth / columns);
  let xml = `<w:tbl><w:tblPr><w:tblW w:w="${tableWidth}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${border}</w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  xml += `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
  for (const [index, row] of rows.entries()) {
    const rowRevision = row.revision ?? revision;
    const header = (row.content ?? []).length > 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader');
    let trPr = '';
    if (header) trPr += '<w:tblHeader/>';
    if (rowRevision !== null && context.marks?.style === 'revisions')
      trPr += `<w:${rowRevision === 'inserted' ? 'ins' : 'del'} ${context.revisionAttributes()}/>`;
    xml += `<w:tr>${trPr === '' ? '' : `<w:trPr>${trPr}</w:trPr>`}`;
    for (const placed of grid[index] ?? []) {
      let tcPr = `<w:tcW w:w="${width * placed.span}" w:type="dxa"/>`;
      if (placed.span > 1) tcPr += `<w:gridSpan w:val="${placed.span}"/>`;
      if (placed.merge === 'restart') tcPr += '<w:vMerge w:val="restart"/>';
      if (placed.merge === 'continue') tcPr += '<w:vMerge/>';
      const cell = placed.cell;
      const cellRevision = cell?.revision ?? rowRevision;
      const style = cell?.type === 'tableHeader' ? context.styles.tableHead : context.styles.tableText;
      const paragraphs = cell === null ? [] : (cell.content ?? []);
      let body = '';
      for (const paragraph of paragraphs) {
        const paragraphRevision = paragraph.revision ?? cellRevision;
        body +=
          paragraph.type === 'paragraph'
            ? writer.paragraph(style, writer.inline.content(paragraph.content, paragraphRevision), paragraphRevision)
            : writer.block(paragraph, paragraphRevision);
      }
      // Every cell ends with a paragraph, even a covered one.
      if (body === '' || !body.endsWith('</w:p>')) body += `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr></w:p>`;
      xml += `<w:tc><w:tcPr>${tcPr}</w:tcPr>${body}</w:tc>`;
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}

/** Lays the cells on the grid: cells covered by a row span from above take their place as merged continuations. */
function placeCells(rows: readonly WrittenNode[]): PlacedCell[][] {
  // For each grid column, how many more rows a cell above still covers, and with what span.
  const covered: { rows: number; span: number }[] = [];
  return rows.map((row) => {
    const placed: PlacedCell[] = [];
    let column = 0;
    const takeCovered = (): void => {
      while (covered[column] && covered[column]!.rows > 0) {
        const cover = covered[column]!;
        cover.rows -= 1;
        placed.push({ cell: null, span: cover.span, merge: 'continue' });
        column += cover.span;
      }
    };
    for (const cell of row.content ?? []) {
      takeCovered();
      const span = Math.max(1, Number(cell.attrs?.colspan ?? 1));
      const rowspan = Math.max(1, Number(cell.attrs?.rowspan ?? 1));
      placed.push({ cell, span, merge: rowspan > 1 ? 'restart' : null });
      if (rowspan > 1) covered[column] = { rows: rowspan - 1, span };
      column += span;
    }
    takeCovered();
    return placed;
  });
}

import { bookmarkName } from './bookmarkName';
import type { BlockWriter } from './blockWriter';
import { emptyReferenceGroup } from './blockWriter';
import type { WrittenNode } from './revisionNode';
import type { WriterContext } from './writerContext';
import { xmlAttribute, xmlText } from './wordXml';

const field = (type: 'begin' | 'separate' | 'end') => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const instruction = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;

/**
 * The table of contents as Word writes one: a TOC field whose result is already filled with an
 * entry per clause (levels 1–3), annex, appendix and bibliography, each linked to its heading and
 * ending with a PAGEREF field for its page. The page numbers need a layout: Word refreshes the
 * fields on opening (settings ask it to) and LibreOffice computes them as it lays out the pages.
 */
export function tableOfContents(writer: BlockWriter, context: WriterContext, blocks: readonly WrittenNode[]): string {
  const { styles } = context;
  const entries: string[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.revision === 'deleted' || emptyReferenceGroup(blocks, index)) continue;
    const id = String(block.attrs?.id ?? '');
    const entry = context.newer.byId.get(id);
    let level = 0;
    let label = '';
    if (block.type === 'heading' && entry && entry.level <= 3) {
      level = entry.level;
      label = entry.label;
    } else if (block.type === 'annexHeading' && entry) {
      level = 1;
      label = `${entry.label} –`;
    } else if (block.type === 'unnumberedHeading' && block.attrs?.kind === 'bibliography') level = 1;
    if (level === 0) continue;
    const anchor = xmlAttribute(bookmarkName(id));
    const title = newerText(block);
    const runs =
      writer.inline.text(label) +
      (label === '' ? '' : '<w:r><w:tab/></w:r>') +
      writer.inline.text(title) +
      '<w:r><w:tab/></w:r><w:r><w:tab/></w:r>' +
      field('begin') +
      instruction(` PAGEREF ${anchor} \\h `) +
      field('separate') +
      '<w:r><w:t></w:t></w:r>' +
      field('end');
    const style = level === 1 ? styles.toc1 : level === 2 ? styles.toc2 : styles.toc3;
    entries.push(
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>{start}<w:hyperlink w:anchor="${anchor}" w:history="1">${runs}</w:hyperlink>{end}</w:p>`,
    );
  }
  const start =
    field('begin') + instruction(xmlText(' TOC \\o "1-3" \\h \\z \\t "Annex_No & title,1,Appendix_No & title,1" ')) + field('separate');
  if (entries.length === 0) return '';
  entries[0] = entries[0]!.replace('{start}', start);
  entries[entries.length - 1] = entries.at(-1)!.replace('{end}', field('end'));
  const heading =
    writer.paragraph(styles.headingb, writer.inline.text('CONTENTS'), null, { center: true }) +
    writer.paragraph(styles.tocHeading, writer.inline.text('\tPage'), null);
  return heading + entries.map((entry) => entry.replace('{start}', '').replace('{end}', '')).join('');
}

/** The text of a block as the newer text has it (what was deleted left out). */
function newerText(node: WrittenNode): string {
  if (node.revision === 'deleted') return '';
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(newerText).join('');
}

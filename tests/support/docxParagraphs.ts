import { openWordPackage } from '../../electron/core/wordImport/wordPackage';
import type { XmlElement } from '../../electron/core/wordImport/xmlTree';
import { parseXml } from '../../electron/core/wordImport/xmlTree';

/** One paragraph of an exported document as a reader sees it: its style id and its text. */
export interface DocxParagraph {
  readonly style: string;
  readonly text: string;
}

/** Which text to read from a document with tracked changes. */
export type RevisionView = 'as-written' | 'accepted' | 'rejected';

/** The parsed document part of a .docx, and the package, for tests that look at the XML. */
export function docxDocument(bytes: Uint8Array): { root: XmlElement; xml: string; part: (path: string) => string | null } {
  const pack = openWordPackage(bytes, 'exported.docx');
  const xml = pack.text(pack.documentPath) ?? '';
  return { root: parseXml(xml, 'document'), xml, part: (path) => pack.text(path) };
}

/**
 * The body's paragraphs in order (table cells included, row by row), with the text Word would show
 * after Accept All (insertions kept, deletions dropped, paragraphs whose mark was deleted merged into
 * the next), after Reject All (the reverse), or as written. Field instructions are not text.
 */
export function docxParagraphs(bytes: Uint8Array, view: RevisionView = 'as-written'): DocxParagraph[] {
  const { root } = docxDocument(bytes);
  const body = root.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === 'w:body')!;
  const paragraphs: { style: string; text: string; markGone: boolean }[] = [];
  const gone = (name: string) => (view === 'accepted' ? name === 'w:del' : view === 'rejected' ? name === 'w:ins' : false);
  const walk = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'w:p') paragraphs.push(paragraph(child));
      else if (child.name === 'w:tr' && rowGone(child)) continue;
      else if (child.name !== 'w:sectPr') walk(child);
    }
  };
  const rowGone = (row: XmlElement): boolean => {
    const trPr = elementChild(row, 'w:trPr');
    return trPr !== undefined && trPr.children.some((each) => typeof each !== 'string' && gone(each.name));
  };
  const paragraph = (element: XmlElement): { style: string; text: string; markGone: boolean } => {
    const pPr = elementChild(element, 'w:pPr');
    const style = elementChild(pPr, 'w:pStyle')?.attributes['w:val'] ?? 'Normal';
    const markRevision = elementChild(elementChild(pPr, 'w:rPr'), view === 'accepted' ? 'w:del' : 'w:ins');
    let text = '';
    const inline = (node: XmlElement): void => {
      for (const child of node.children) {
        if (typeof child === 'string') continue;
        if (gone(child.name)) continue;
        if (child.name === 'w:t' || child.name === 'w:delText') text += child.children.filter((each) => typeof each === 'string').join('');
        else if (child.name === 'w:tab') text += '\t';
        else if (child.name === 'w:br') text += '\n';
        else if (child.name === 'w:noBreakHyphen') text += '\u2011';
        else if (child.name !== 'w:pPr' && child.name !== 'w:instrText' && child.name !== 'w:rPr') inline(child);
      }
    };
    inline(element);
    return { style, text, markGone: view !== 'as-written' && markRevision !== undefined };
  };
  walk(body);
  // A paragraph whose mark is gone joins the next one (Word merges them); an emptied one simply disappears.
  const result: DocxParagraph[] = [];
  let carried = '';
  for (const each of paragraphs) {
    if (each.markGone) {
      carried += each.text;
      continue;
    }
    result.push({ style: each.style, text: carried + each.text });
    carried = '';
  }
  return result;
}

function elementChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

import { InlineWriter } from './inlineWriter';
import type { WriterContext } from './writerContext';
import { wordNamespaces, xmlDeclaration } from './wordXml';

const headerType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const footerType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';

/** The page number, as a field Word and LibreOffice fill in on each page. */
const noCaps = '<w:rPr><w:caps w:val="0"/></w:rPr>';
const pageField = `<w:r>${noCaps}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${noCaps}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>${noCaps}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${noCaps}<w:t>1</w:t></w:r><w:r>${noCaps}<w:fldChar w:fldCharType="end"/></w:r>`;

/**
 * The running header and footer parts, as ITU prints them on odd and even pages: the header
 * ("ISO/IEC 9594-1:2026 (E)", or the draft line) on the outer side, the footer ("Rec. ITU‑T X.500
 * (11/2026)") with the page number on the outer side; the title page has neither. Returns the
 * references a section's properties list.
 */
export function headerFooterParts(context: WriterContext, header: string, footer: string): { references: string } {
  const inline = new InlineWriter(context);
  const { styles, parts } = context;
  const paragraph = (style: string, align: string, runs: string) =>
    `<w:p><w:pPr><w:pStyle w:val="${style}"/>${context.rtl ? '<w:bidi/>' : ''}${align ? `<w:jc w:val="${align}"/>` : ''}</w:pPr>${runs}</w:p>`;
  const add = (kind: 'header' | 'footer', name: string, body: string): string => {
    const tag = kind === 'header' ? 'w:hdr' : 'w:ftr';
    parts.addPart(name, kind === 'header' ? headerType : footerType, `${xmlDeclaration}<${tag} ${wordNamespaces}>${body}</${tag}>`);
    return parts.relate(kind, name);
  };
  // ITU's footer style is set in capitals; the designation is not ("Rec. ITU‑T X.500").
  const text = (value: string) => inline.text(value).replace(/<w:r>/g, `<w:r>${noCaps}`);
  const headerOdd = add('header', 'header1.xml', paragraph(styles.header, 'right', text(header)));
  const headerEven = add('header', 'header2.xml', paragraph(styles.header, 'left', text(header)));
  const headerFirst = add('header', 'header3.xml', paragraph(styles.header, '', ''));
  const footerOdd = add(
    'footer',
    'footer1.xml',
    paragraph(styles.footer, 'right', `${text(footer)}${footer ? text('\u2003') : ''}${pageField}`),
  );
  const footerEven = add(
    'footer',
    'footer2.xml',
    paragraph(styles.footer, 'left', `${pageField}${footer ? text('\u2003') : ''}${text(footer)}`),
  );
  const footerFirst = add('footer', 'footer3.xml', paragraph(styles.footer, '', ''));
  return {
    references:
      `<w:headerReference w:type="default" r:id="${headerOdd}"/><w:headerReference w:type="even" r:id="${headerEven}"/><w:headerReference w:type="first" r:id="${headerFirst}"/>` +
      `<w:footerReference w:type="default" r:id="${footerOdd}"/><w:footerReference w:type="even" r:id="${footerEven}"/><w:footerReference w:type="first" r:id="${footerFirst}"/>`,
  };
}

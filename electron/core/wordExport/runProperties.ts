import type { DocumentJson } from '../../../shared/domain/project';

type Marks = DocumentJson['marks'];

/** The run properties of the model's marks, in the order the schema wants them (CT_RPr). */
export function markProperties(marks: Marks, extra: { readonly style?: string; readonly rtl?: boolean } = {}): string {
  let style = extra.style ? `<w:rStyle w:val="${extra.style}"/>` : '';
  let fonts = '';
  let bold = '';
  let italic = '';
  let strike = '';
  let color = '';
  let underline = '';
  let vertical = '';
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'bold':
        bold = '<w:b/><w:bCs/>';
        break;
      case 'italic':
        italic = '<w:i/><w:iCs/>';
        break;
      case 'underline':
        underline = '<w:u w:val="single"/>';
        break;
      case 'subscript':
        vertical = '<w:vertAlign w:val="subscript"/>';
        break;
      case 'superscript':
        vertical = '<w:vertAlign w:val="superscript"/>';
        break;
      case 'code':
        fonts = '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>';
        break;
      case 'visibleInsertion':
        color = '<w:color w:val="0000FF"/>';
        underline = '<w:u w:val="single" w:color="0000FF"/>';
        break;
      case 'visibleDeletion':
        color = '<w:color w:val="C00000"/>';
        strike = '<w:strike/>';
        break;
      case 'visibleFormat':
        underline = '<w:u w:val="dotted" w:color="7030A0"/>';
        break;
      default:
        break;
    }
  }
  if (
    style === '' &&
    fonts === '' &&
    bold === '' &&
    italic === '' &&
    strike === '' &&
    color === '' &&
    underline === '' &&
    vertical === '' &&
    !extra.rtl
  )
    return '';
  style += fonts + bold + italic + strike + color + underline + vertical + (extra.rtl ? '<w:rtl/>' : '');
  return style;
}

/** Whether text is written right to left (Arabic, Hebrew, Syriac, Thaana …). */
export function rightToLeft(text: string): boolean {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text);
}

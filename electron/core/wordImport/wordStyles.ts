import type { XmlElement } from './xmlTree';
import { childElement, childElements } from './xmlTree';
import type { ListReference } from './wordNumbering';
import { listReference } from './wordNumbering';

/** One style of styles.xml, as far as the importer needs it. */
export interface WordStyle {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly basedOn: string | null;
  /** Word's automatic numbering attached to the style (headings numbered by Word, lists). */
  readonly list: ListReference | null;
  /** The outline level 0–8 the style gives (w:outlineLvl), or null. */
  readonly outlineLevel: number | null;
  /** Run formatting the style carries: an "italic" character style, a bold heading style. */
  readonly bold: boolean;
  readonly italic: boolean;
}

/** The styles of a Word document by id, with the chain of styles each is based on. */
export class WordStyles {
  private readonly byId = new Map<string, WordStyle>();
  private readonly defaultParagraph: string | null;

  constructor(root: XmlElement | null) {
    let defaultParagraph: string | null = null;
    for (const element of root ? childElements(root, 'w:style') : []) {
      const id = element.attributes['w:styleId'] ?? '';
      if (id === '') continue;
      const type = element.attributes['w:type'] ?? 'paragraph';
      const paragraph = childElement(element, 'w:pPr');
      const run = childElement(element, 'w:rPr');
      const outline = childElement(paragraph, 'w:outlineLvl')?.attributes['w:val'];
      this.byId.set(id, {
        id,
        name: childElement(element, 'w:name')?.attributes['w:val'] ?? id,
        type,
        basedOn: childElement(element, 'w:basedOn')?.attributes['w:val'] ?? null,
        list: listReference(childElement(paragraph, 'w:numPr')),
        outlineLevel: outline === undefined ? null : Number.parseInt(outline, 10),
        bold: isOn(childElement(run, 'w:b')),
        italic: isOn(childElement(run, 'w:i')),
      });
      if (type === 'paragraph' && isTrue(element.attributes['w:default'])) defaultParagraph = id;
    }
    this.defaultParagraph = defaultParagraph;
  }

  style(id: string | null | undefined): WordStyle | undefined {
    return this.byId.get(id ?? this.defaultParagraph ?? '');
  }

  /** The style and the styles it is based on, nearest first (at most 20: a loop in basedOn ends). */
  chain(id: string | null | undefined): WordStyle[] {
    const chain: WordStyle[] = [];
    let style = this.style(id);
    while (style && chain.length < 20 && !chain.includes(style)) {
      chain.push(style);
      style = style.basedOn ? this.byId.get(style.basedOn) : undefined;
    }
    return chain;
  }

  /** The numbering the style (or one it is based on) attaches. */
  list(id: string | null | undefined): ListReference | null {
    for (const style of this.chain(id)) if (style.list) return style.list;
    return null;
  }
}

/** A toggle property (w:b, w:i …) that is present and not switched off. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || isTrue(value);
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

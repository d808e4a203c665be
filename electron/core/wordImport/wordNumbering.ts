import type { XmlElement } from './xmlTree';
import { childElement, childElements } from './xmlTree';

/** A paragraph's (or style's) w:numPr: which numbering and which level. */
export interface ListReference {
  readonly numId: string;
  readonly level: number;
}

/** What kind of marker a numbering level prints. */
export type ListFormat = 'bullet' | 'alpha' | 'numeric' | 'none' | 'other';

export function listReference(numPr: XmlElement | undefined): ListReference | null {
  if (!numPr) return null;
  const numId = childElement(numPr, 'w:numId')?.attributes['w:val'];
  // numId 0 switches numbering off for a paragraph whose style has it.
  if (numId === undefined) return null;
  const level = Number.parseInt(childElement(numPr, 'w:ilvl')?.attributes['w:val'] ?? '0', 10);
  return { numId, level: Number.isFinite(level) ? Math.max(0, Math.min(8, level)) : 0 };
}

/** numbering.xml: the format of each level of each numbering. */
export class WordNumbering {
  private readonly formats = new Map<string, ListFormat[]>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    const abstract = new Map<string, ListFormat[]>();
    for (const element of childElements(root, 'w:abstractNum')) {
      const levels: ListFormat[] = [];
      for (const level of childElements(element, 'w:lvl')) {
        const index = Number.parseInt(level.attributes['w:ilvl'] ?? '0', 10);
        const format = childElement(level, 'w:numFmt')?.attributes['w:val'] ?? 'decimal';
        if (index >= 0 && index < 9) levels[index] = formatOf(format);
      }
      abstract.set(element.attributes['w:abstractNumId'] ?? '', levels);
    }
    for (const element of childElements(root, 'w:num')) {
      const abstractId = childElement(element, 'w:abstractNumId')?.attributes['w:val'] ?? '';
      const levels = [...(abstract.get(abstractId) ?? [])];
      for (const override of childElements(element, 'w:lvlOverride')) {
        const index = Number.parseInt(override.attributes['w:ilvl'] ?? '0', 10);
        const format = childElement(childElement(override, 'w:lvl'), 'w:numFmt')?.attributes['w:val'];
        if (format !== undefined && index >= 0 && index < 9) levels[index] = formatOf(format);
      }
      this.formats.set(element.attributes['w:numId'] ?? '', levels);
    }
  }

  format(reference: ListReference): ListFormat {
    if (reference.numId === '0') return 'none';
    return this.formats.get(reference.numId)?.[reference.level] ?? 'other';
  }
}

function formatOf(numFmt: string): ListFormat {
  switch (numFmt) {
    case 'bullet':
      return 'bullet';
    case 'lowerLetter':
    case 'upperLetter':
      return 'alpha';
    case 'decimal':
    case 'decimalZero':
      return 'numeric';
    case 'none':
      return 'none';
    default:
      return 'other';
  }
}

import type { OrderedListStyle } from '../documentModel';
import { annexLetter } from './annexLetter';

/** The marker printed before the item at `index` (0-based) of a list: "–", "a)", "1)". */
export function listItemMarker(list: 'bullet' | OrderedListStyle, index: number): string {
  switch (list) {
    case 'bullet':
      return '–';
    case 'alpha':
      // After z comes aa, as with annex letters; a 27-item lettered list is rare but must not print "{)".
      return `${annexLetter(index + 1).toLowerCase()})`;
    case 'numeric':
      return `${index + 1})`;
  }
}

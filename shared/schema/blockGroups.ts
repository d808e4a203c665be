/**
 * Content expressions used by more than one node. Every top-level block is in the `block` group;
 * the names are those of ../domain/documentModel.
 */

/** What a list item holds after its first paragraph: more paragraphs and nested lists. */
export const listItemContent = 'paragraph (paragraph | bulletList | orderedList)*';

/** What a table cell holds: paragraphs, lists and notes, starting with a paragraph. */
export const tableCellContent = 'paragraph (paragraph | bulletList | orderedList | note | example)*';

/** The inline content of text-bearing blocks: text with marks, footnotes and cross-references. */
export const inlineContent = 'inline*';

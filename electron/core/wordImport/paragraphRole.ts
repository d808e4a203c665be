import type { WordStyles } from './wordStyles';

/** What a paragraph is in ITU's template, from its style. */
export type ParagraphRole =
  | { readonly kind: 'body' }
  | { readonly kind: 'recommendationNumber' }
  | { readonly kind: 'recommendationTitle' }
  /** ITU's Heading_b: a bold unnumbered heading (Summary, Keywords …) or a bold run-in heading. */
  | { readonly kind: 'boldHeading' }
  | { readonly kind: 'italicHeading' }
  | { readonly kind: 'heading'; readonly level: number }
  | { readonly kind: 'annexTitle'; readonly appendix: boolean }
  /** Older templates split the annex title: Annex_No, then Annex_title, then Annex_ref. */
  | { readonly kind: 'annexTitlePart'; readonly part: 'title' | 'statement' }
  | { readonly kind: 'note' }
  | { readonly kind: 'listItem'; readonly level: number }
  | { readonly kind: 'tableTitle' }
  | { readonly kind: 'figureTitle' }
  /** The paragraph that holds a figure's image. */
  | { readonly kind: 'figure' }
  | { readonly kind: 'tableText'; readonly header: boolean }
  | { readonly kind: 'code' }
  | { readonly kind: 'reference' }
  | { readonly kind: 'tableOfContents' };

/** The role of a style, and whether the style itself (not one it is based on) is known. */
export interface StyleRole {
  readonly role: ParagraphRole;
  readonly known: boolean;
  /** The style's name as Word shows it. */
  readonly name: string;
}

const body: ParagraphRole = { kind: 'body' };

/**
 * Style names as found in ITU's files, lower-cased with everything but letters and digits
 * removed: "Rec_No", "RecNo" and "Rec No" are all "recno". ITU's files are not uniform (see
 * FINDINGS): names and ids vary between files, so names are matched, then the styles they are
 * based on.
 */
const roles: ReadonlyMap<string, ParagraphRole> = new Map<string, ParagraphRole>([
  ...[
    'normal',
    'bodytext',
    'normalaftertitle',
    'normalweb',
    'default',
    'call',
    'reasons',
    'line',
    'listparagraph',
    'footnotetext',
    'equation',
    'header',
    'footer',
    'blocktext',
    'figurelegend',
    'tablelegend',
    'source',
    'title',
    'subtitle',
    'couvrec',
    'couvrec2',
    'titrecov',
    'titrecovbold',
    'caption',
    'endnotetext',
    'annotationtext',
    'commenttext',
    'balloontext',
    'artheading',
    'questionno',
    'questiontitle',
    'resno',
    'restitle',
    'repno',
    'reptitle',
  ].map((name) => [name, body] as const),
  ['recno', { kind: 'recommendationNumber' }],
  ['recnobr', { kind: 'recommendationNumber' }],
  ['rectitle', { kind: 'recommendationTitle' }],
  ['headingb', { kind: 'boldHeading' }],
  ['headingi', { kind: 'italicHeading' }],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => [`heading${level}`, { kind: 'heading', level: Math.min(level, 6) }] as const),
  ['annexnotitle', { kind: 'annexTitle', appendix: false }],
  ['annexno', { kind: 'annexTitle', appendix: false }],
  ['annextitle', { kind: 'annexTitlePart', part: 'title' }],
  ['annexref', { kind: 'annexTitlePart', part: 'statement' }],
  ['appendixnotitle', { kind: 'annexTitle', appendix: true }],
  ['appendixno', { kind: 'annexTitle', appendix: true }],
  ['appendixtitle', { kind: 'annexTitlePart', part: 'title' }],
  ['appendixref', { kind: 'annexTitlePart', part: 'statement' }],
  ...['note', 'note1', 'note2', 'note3', 'notes'].map((name) => [name, { kind: 'note' }] as const),
  ...[1, 2, 3, 4].map((level) => [`enumlev${level}`, { kind: 'listItem', level: Math.min(level, 3) }] as const),
  ...['tablenotitle', 'tabletitle', 'tableno', 'tablenoandtitle'].map((name) => [name, { kind: 'tableTitle' }] as const),
  ...['figurenotitle', 'figuretitle', 'figureno', 'figurenoandtitle'].map((name) => [name, { kind: 'figureTitle' }] as const),
  ['figure', { kind: 'figure' }],
  ['tabletext', { kind: 'tableText', header: false }],
  ['tablehead', { kind: 'tableText', header: true }],
  ...['asn1', 'asn1code', 'code', 'sourcecode', 'plaintext', 'macrotext', 'htmlpreformatted', 'programcode', 'formula'].map(
    (name) => [name, { kind: 'code' }] as const,
  ),
  ...['reftext', 'ref', 'references', 'bibliography'].map((name) => [name, { kind: 'reference' }] as const),
  ...['toc0', 'toc1', 'toc2', 'toc3', 'toc4', 'toc5', 'toc6', 'toc7', 'toc8', 'toc9', 'tocheading', 'tableoffigures'].map(
    (name) => [name, { kind: 'tableOfContents' }] as const,
  ),
]);

export function normalizedStyleName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&amp;|&|\band\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The role a paragraph style gives, following the styles it is based on. */
export function styleRole(styles: WordStyles, styleId: string | null): StyleRole {
  const chain = styles.chain(styleId);
  const name = chain[0]?.name ?? styleId ?? 'Normal';
  for (const [index, style] of chain.entries()) {
    const role = roleOfName(style.name) ?? roleOfName(style.id);
    if (role) return { role, known: index === 0, name };
    if (style.outlineLevel !== null && style.outlineLevel >= 0 && style.outlineLevel < 6)
      return { role: { kind: 'heading', level: style.outlineLevel + 1 }, known: index === 0, name };
  }
  return { role: body, known: chain.length === 0, name };
}

function roleOfName(name: string): ParagraphRole | undefined {
  const normalized = normalizedStyleName(name);
  return roles.get(normalized) ?? roles.get(normalized.replace(/\d+$/, ''));
}

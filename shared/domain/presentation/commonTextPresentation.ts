import type { Language } from '../language';
import type { ProjectMetadata } from '../projectMetadata';
import type { Stage } from '../stage';

/**
 * How a common text is presented when it leaves the app (DOCX export, the submission package):
 * the lines of the title block, the running header and footer, the draft line and the file names.
 * Pure rules, after the published texts (DOMAIN.md, "What a common text looks like").
 */

/** Which text is exported, and of when. */
export interface Edition {
  readonly metadata: Pick<ProjectMetadata, 'ituNumber' | 'isoNumber' | 'title'>;
  readonly stage: Stage | null;
  readonly language: Language;
  /** The iteration's date, or today's for the working text: YYYY-MM-DD. */
  readonly date: string;
}

/** Stages at which the text is published rather than a draft. */
const publishedStages: ReadonlySet<Stage> = new Set<Stage>(['IS', 'AMD', 'COR']);

/** Whether the text is a draft: any stage before publication (a text with no stage is taken as published). */
export function isDraft(stage: Stage | null): boolean {
  return stage !== null && !publishedStages.has(stage);
}

/** ISO's language letter after the number ("(E)"), and ITU's in its file names. */
export const languageLetters: Readonly<Record<Language, string>> = { en: 'E', fr: 'F', es: 'S', ru: 'R', zh: 'C', ar: 'A' };

/** The non-breaking hyphen ITU writes in "ITU‑T" in running heads, so the name never breaks. */
const ituT = 'ITU\u2011T';

/** "INTERNATIONAL STANDARD ISO/IEC 9594-1", "RECOMMENDATION ITU-T X.500": the title block's first lines. */
export function titleBlockLines(metadata: Edition['metadata']): string[] {
  const lines: string[] = [];
  if (metadata.isoNumber) lines.push(`INTERNATIONAL STANDARD ISO/IEC ${metadata.isoNumber}`);
  if (metadata.ituNumber) lines.push(`RECOMMENDATION ITU-T ${metadata.ituNumber}`);
  return lines;
}

/**
 * The running header: "ISO/IEC 9594-1:2026 (E)" for a published text; for a draft, the draft line
 * "Draft ISO/IEC DIS 9594-1 – 2026-11-22". '' when the text has no ISO/IEC number and is no draft.
 */
export function runningHeader(edition: Edition): string {
  if (isDraft(edition.stage)) return draftLine(edition);
  if (!edition.metadata.isoNumber) return '';
  return `ISO/IEC ${edition.metadata.isoNumber}:${edition.date.slice(0, 4)} (${languageLetters[edition.language]})`;
}

/** "Rec. ITU‑T X.500 (11/2026)": the running footer, '' when the text has no ITU-T number. */
export function runningFooter(edition: Edition): string {
  if (!edition.metadata.ituNumber) return '';
  return `Rec. ${ituT} ${edition.metadata.ituNumber} (${edition.date.slice(5, 7)}/${edition.date.slice(0, 4)})`;
}

/** "Draft ISO/IEC DIS 9594-1 – 2026-11-22", or "Draft Rec. ITU-T X.500 – 2026-11-22" for an ITU-T text alone. */
export function draftLine(edition: Edition): string {
  const { isoNumber, ituNumber, title } = edition.metadata;
  const stage = edition.stage && edition.stage !== 'WD' ? `${edition.stage} ` : '';
  const name = isoNumber ? `ISO/IEC ${stage}${isoNumber}` : ituNumber ? `Rec. ITU-T ${ituNumber}` : title;
  return `Draft ${name} – ${edition.date}`;
}

/** What an exported file holds, for its name. */
export type ExportedText = { readonly kind: 'clean' } | { readonly kind: 'marked'; readonly since: number } | { readonly kind: 'cover' };

/**
 * The file names of exported texts, by a fixed convention (the README states it):
 * `ISO-IEC-9594-1_X.500_DIS_2026-11-22` then the language for any but English (`_fr`), then
 * `_clean`, `_marked-since-3` (change marks since iteration 3) or `_cover`, then `.docx`.
 * Characters that file systems refuse are replaced; a text with neither number uses its title.
 */
export function exportedFileName(edition: Edition, text: ExportedText): string {
  const language = edition.language === 'en' ? '' : `_${edition.language}`;
  const what = text.kind === 'marked' ? `marked-since-${text.since}` : text.kind;
  return `${submissionName(edition)}${language}_${what}.docx`;
}

/** The name of the submission package (its folder and its ZIP): `ISO-IEC-9594-1_X.500_DIS_2026-11-22`. */
export function submissionName(edition: Omit<Edition, 'language'>): string {
  const { isoNumber, ituNumber, title } = edition.metadata;
  const numbers = [isoNumber ? `ISO-IEC-${isoNumber}` : '', ituNumber].filter((part) => part !== '');
  const parts = numbers.length > 0 ? numbers : [title.slice(0, 40) || 'Untitled'];
  if (edition.stage) parts.push(edition.stage);
  parts.push(edition.date);
  return parts
    .map((part) =>
      part
        .replace(/[\\/:*?"<>|\s]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .join('_');
}

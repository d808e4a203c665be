/**
 * The numbers and labels that Word files type into the text ("6.2⇥General", "Annex A",
 * "Table 3 – …", "NOTE 2 – …", "a)⇥…"), recognised in the publication languages so the importer
 * can strip them (the editor computes them) and compare them with the computed ones.
 */

/** A clause number typed before a heading's title, and the title's offset. */
export interface TypedNumber {
  readonly number: string;
  readonly titleStart: number;
}

const clauseNumber = /^(?:[A-Z]{1,2}\.|[IVXLC]{1,6}\.)?\d{1,3}(?:\.\d{1,3}){0,7}\.?$/;

/** "6.2.1⇥General" → 6.2.1; "A.2 Scope" → A.2; null when the heading types no number. */
export function typedClauseNumber(text: string): TypedNumber | null {
  const tab = text.indexOf('\t');
  if (tab > 0) {
    const candidate = text.slice(0, tab).trim();
    if (clauseNumber.test(candidate)) return { number: candidate.replace(/\.$/, ''), titleStart: tab + 1 };
  }
  const spaced = /^((?:[A-Z]{1,2}\.|[IVXLC]{1,6}\.)?\d{1,3}(?:\.\d{1,3}){0,7})\.?[ \u00A0]+(?=\S)/.exec(text);
  if (spaced) return { number: spaced[1]!, titleStart: spaced[0].length };
  return null;
}

/** Whether a typed clause number says the same as a computed one; Arabic files type "1.3" for 3.1. */
export function sameClauseNumber(typed: string, computed: string, rightToLeft: boolean): boolean {
  if (typed === computed) return true;
  return rightToLeft && typed.split('.').reverse().join('.') === computed;
}

const annexWords =
  /^(Annex|Appendix|ANNEX|APPENDIX|Приложение|ПРИЛОЖЕНИЕ|Дополнение|ДОПОЛНЕНИЕ|Annexe|Appendice|Anexo|Apéndice|附件|附录|الملحق|التذييل)(?:\s+([A-ZА-Я]{1,2}|[IVXLC]{1,6}|\p{L}{1,12}))?(?=$|[\s(–—:.-])/u;
const appendixWords = /^(Appendix|APPENDIX|Дополнение|ДОПОЛНЕНИЕ|Appendice|Apéndice|附录|التذييل)/u;

/** "Annex A", "Appendix II", "Приложение А": the kind and the typed letter or numeral; null otherwise. */
export function typedAnnexLabel(line: string): { readonly appendix: boolean; readonly number: string; readonly length: number } | null {
  const start = line.length - line.trimStart().length;
  const match = annexWords.exec(line.trim());
  if (!match) return null;
  return { appendix: appendixWords.test(match[1]!), number: match[2] ?? '', length: start + match[0].length };
}

/** "(normative)", "(informative)", "(This annex forms an integral part …)" and their translations. */
export function annexStatus(line: string): 'normative' | 'informative' | null {
  const text = line.trim();
  if (!text.startsWith('(') || !text.endsWith(')') || text.length > 300) return null;
  if (/informative|does not form|не является|ne fait pas|no forma|\(لا /iu.test(text)) return 'informative';
  if (/normative|forms an integral|является неотъемлемой|fait partie intégrante|forma parte|يشكل/iu.test(text)) return 'normative';
  return null;
}

const tableWords = '(?:Table|TABLE|Tableau|Tabla|Таблица|表|الجدول)';
const figureWords = '(?:Figure|FIGURE|Figura|Рисунок|图|الشكل)';
const labelNumber = '([A-Z]{1,2}\\.\\d{1,3}[a-z]?|[IVXLC]{1,6}\\.\\d{1,3}[a-z]?|\\d{1,3}[a-z]?)';
const tableCaption = new RegExp(`^${tableWords}\\s+${labelNumber}\\s*(?:[–—:\\-]\\s*|$)`, 'u');
const figureCaption = new RegExp(`^${figureWords}\\s+${labelNumber}\\s*(?:[–—:\\-]\\s*|$)`, 'u');

/** "Table 3 – Title" → number 3 and where the title starts; null when the text is not a table title. */
export function typedCaption(text: string, kind: 'table' | 'figure'): { readonly number: string; readonly titleStart: number } | null {
  const match = (kind === 'table' ? tableCaption : figureCaption).exec(text);
  return match ? { number: match[1]!, titleStart: match[0].length } : null;
}

const noteLabel = /^(NOTE|Note|ПРИМЕЧАНИЕ|Примечание|NOTA|Nota|注|ملاحظة)(?:\s+(\d{1,3}))?\s*\.?\s*[–—:-]\s*/u;
const exampleLabel = /^(EXAMPLE|Example|ПРИМЕР|Пример|EXEMPLE|EJEMPLO|示例|مثال)(?:\s+(\d{1,3}))?\s*\.?\s*[–—:-]\s*/u;

/** "NOTE 2 – Text": where the text starts; null when the paragraph does not start with a note label. */
export function typedNoteLabel(text: string, kind: 'note' | 'example'): { readonly titleStart: number } | null {
  const match = (kind === 'note' ? noteLabel : exampleLabel).exec(text);
  return match ? { titleStart: match[0].length } : null;
}

/** A list marker typed before a tab: "–", "•", "a)", "1)"; null when the paragraph has none. */
export function typedListMarker(
  text: string,
): { readonly kind: 'bullet' | 'alpha' | 'numeric'; readonly marker: string; readonly textStart: number } | null {
  const match = /^\s*([–—\-•·▪◦]|[a-z]{1,2}\)|\d{1,3}\)|\([a-z]{1,2}|\(\d{1,3})[ \u00A0]*\t/u.exec(text);
  if (!match) return null;
  const marker = match[1]!;
  const kind = /^[–—\-•·▪◦]$/u.test(marker) ? 'bullet' : /\d/.test(marker) ? 'numeric' : 'alpha';
  // Arabic files type ")1" as "(1" in logical order: read it as "1)".
  const normalized = marker.startsWith('(') ? `${marker.slice(1)})` : marker;
  return { kind, marker: normalized, textStart: match[0].length };
}

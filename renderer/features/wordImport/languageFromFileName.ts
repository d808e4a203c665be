import type { Language } from '../../../shared/domain/language';

/** The letters ITU ends its published files with: T-REC-X.500-201610-I!!MSW-E.docx is English, …-A.docx Arabic. */
const ituLanguageLetters: Readonly<Record<string, Language>> = { E: 'en', F: 'fr', S: 'es', R: 'ru', C: 'zh', A: 'ar' };

/** The language an ITU file name gives (after its date, a dash and a letter), or null when it gives none. */
export function languageFromFileName(name: string): Language | null {
  const letter = /\d{4}(?:-[^-.]+)*-([EFSRCA])\.docx?$/i.exec(name)?.[1];
  return letter ? (ituLanguageLetters[letter.toUpperCase()] ?? null) : null;
}

/** The six publication languages of ITU-T Recommendations and ISO/IEC standards. */
export const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

export type Language = (typeof languages)[number];

export interface LanguageInfo {
  readonly code: Language;
  /** English name, as used in the menus. */
  readonly name: string;
  /** Name in the language itself. */
  readonly nativeName: string;
  readonly direction: 'ltr' | 'rtl';
}

export const languageInfo: Readonly<Record<Language, LanguageInfo>> = {
  en: { code: 'en', name: 'English', nativeName: 'English', direction: 'ltr' },
  fr: { code: 'fr', name: 'French', nativeName: 'Français', direction: 'ltr' },
  es: { code: 'es', name: 'Spanish', nativeName: 'Español', direction: 'ltr' },
  ru: { code: 'ru', name: 'Russian', nativeName: 'Русский', direction: 'ltr' },
  zh: { code: 'zh', name: 'Chinese', nativeName: '中文', direction: 'ltr' },
  ar: { code: 'ar', name: 'Arabic', nativeName: 'العربية', direction: 'rtl' },
};

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

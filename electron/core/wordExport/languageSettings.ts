import type { Language } from '../../../shared/domain/language';

/** The language tag and fonts of each publication language, for the styles' defaults. */
const languageDefaults: Readonly<
  Record<Language, { lang: string; eastAsia: string; bidi: string; eastAsiaFont?: string; csFont?: string }>
> = {
  en: { lang: 'en-GB', eastAsia: 'zh-CN', bidi: 'ar-SA' },
  fr: { lang: 'fr-CH', eastAsia: 'zh-CN', bidi: 'ar-SA' },
  es: { lang: 'es-ES', eastAsia: 'zh-CN', bidi: 'ar-SA' },
  ru: { lang: 'ru-RU', eastAsia: 'zh-CN', bidi: 'ar-SA' },
  zh: { lang: 'en-GB', eastAsia: 'zh-CN', bidi: 'ar-SA', eastAsiaFont: 'SimSun' },
  ar: { lang: 'en-GB', eastAsia: 'zh-CN', bidi: 'ar-SA', csFont: 'Traditional Arabic' },
};

/**
 * The styles part with the document defaults set for the master's language: its language tag (for
 * spelling and hyphenation), an East Asian font for Chinese, a complex-script font and right-to-left
 * paragraphs for Arabic.
 */
export function languageSettings(stylesXml: string, language: Language): string {
  const defaults = languageDefaults[language];
  const fonts =
    `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${defaults.eastAsiaFont ?? 'Times New Roman'}" w:cs="${defaults.csFont ?? 'Times New Roman'}"` +
    `${defaults.eastAsiaFont ? ' w:hint="eastAsia"' : ''}/>`;
  const rPr = `<w:rPr>${fonts}<w:lang w:val="${defaults.lang}" w:eastAsia="${defaults.eastAsia}" w:bidi="${defaults.bidi}"/></w:rPr>`;
  const pPr = language === 'ar' ? '<w:pPrDefault><w:pPr><w:bidi/></w:pPr></w:pPrDefault>' : '<w:pPrDefault/>';
  const docDefaults = `<w:docDefaults><w:rPrDefault>${rPr}</w:rPrDefault>${pPr}</w:docDefaults>`;
  let xml = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>|<w:docDefaults\/>/.test(stylesXml)
    ? stylesXml.replace(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>|<w:docDefaults\/>/, docDefaults)
    : stylesXml.replace(/(<w:styles\b[^>]*>)/, `$1${docDefaults}`);
  // The template's Normal style names a language of its own (en-GB in ITU's): the master's wins.
  if (language !== 'en')
    xml = xml.replace(
      /(<w:style\b[^>]*w:styleId="Normal"(?:(?!<\/w:style>)[\s\S])*?)<w:lang [^>]*\/>/,
      `$1<w:lang w:val="${defaults.lang}" w:eastAsia="${defaults.eastAsia}" w:bidi="${defaults.bidi}"/>`,
    );
  return xml;
}

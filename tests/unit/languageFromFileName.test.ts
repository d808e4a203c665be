import { describe, expect, it } from 'vitest';
import { languageFromFileName } from '../../renderer/features/wordImport/languageFromFileName';

describe('the language of a Word file, from its name', () => {
  it.each([
    ['T-REC-X.500-2016-E.docx', 'en'],
    ['T-REC-E.119-201704-A.docx', 'ar'],
    ['T-REC-E.119-201704-R.docx', 'ru'],
    ['T-REC-X.509-201910-I!!MSW-F.docx', 'fr'],
    ['T-REC-H.264-202108-S.doc', 'es'],
    ['t-rec-g.711-198811-c.docx', 'zh'],
  ])('reads ITU’s language letter at the end of %s', (name, language) => {
    expect(languageFromFileName(name)).toBe(language);
  });

  it.each(['Draft-A.docx', 'X.500 draft.docx', 'T-REC-X.500-2016-E.pdf', 'ITUT-Recs-Skelet.docx'])('guesses nothing from %s', (name) => {
    expect(languageFromFileName(name)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { withoutTableOfContents } from '../support/libreOfficeText';
import { textFidelity } from '../support/textFidelity';

const scope = '1\tScope\nThis Recommendation | International Standard introduces the concepts of the Directory.';

/** Words of one text that never occur in the other, many thousands of them. */
const unrelatedText = (prefix: string, words: number): string =>
  Array.from({ length: words }, (_, index) => `${prefix}${index}`)
    .join(' ')
    .replace(/(\S+ ){12}/gu, (line) => `${line.trimEnd()}\n`);

describe('text fidelity', () => {
  it('gives identical texts a recall and a precision of 1', () => {
    const fidelity = textFidelity(scope, scope);
    expect(fidelity).toMatchObject({ recall: 1, precision: 1, approximate: false, differences: [] });
    expect(fidelity.referenceCharacters).toBe(scope.replace(/\s/gu, '').length);
  });

  it('does not count whitespace differences', () => {
    const candidate = '1 Scope This Recommendation  |  International Standard\n\n\tintroduces the concepts of the Directory.';
    expect(textFidelity(scope, candidate)).toMatchObject({ recall: 1, precision: 1, differences: [] });
  });

  it('lowers recall by the characters of a missing word', () => {
    const fidelity = textFidelity(scope, scope.replace('International ', ''));
    const total = fidelity.referenceCharacters;
    expect(fidelity.recall).toBeCloseTo((total - 'International'.length) / total, 10);
    expect(fidelity.precision).toBe(1);
    expect(fidelity.differences).toEqual([{ missing: 'International', extra: '', context: expect.stringContaining('Recommendation |') }]);
  });

  it('lowers precision only for an extra word', () => {
    const fidelity = textFidelity(scope, scope.replace('concepts', 'basic concepts'));
    expect(fidelity.recall).toBe(1);
    expect(fidelity.precision).toBeCloseTo(fidelity.referenceCharacters / (fidelity.referenceCharacters + 'basic'.length), 10);
    expect(fidelity.differences).toMatchObject([{ missing: '', extra: 'basic' }]);
  });

  it('still matches the characters of a token split differently', () => {
    const fidelity = textFidelity('Clause 1– Scope', 'Clause 1 – Scope');
    expect(fidelity).toMatchObject({ recall: 1, precision: 1, differences: [] });
  });

  it('gives a partly changed token credit for the characters it keeps', () => {
    const fidelity = textFidelity('see clause 8.1.2 below', 'see clause 8.1.3 below');
    expect(fidelity.referenceCharacters).toBe(19);
    expect(fidelity.recall).toBeCloseTo(18 / 19, 10);
    expect(fidelity.differences).toMatchObject([{ missing: '8.1.2', extra: '8.1.3' }]);
  });

  it('matches a non-breaking hyphen with a hyphen, and ignores soft hyphens, non-breaking spaces and a byte order mark', () => {
    const reference = '\uFEFFRec.\u00A0ITU\u2011T X.500 | ISO/IEC\u202F9594\u20111 inter\u00ADconnection';
    const fidelity = textFidelity(reference, 'Rec. ITU-T X.500 | ISO/IEC 9594-1 interconnection');
    expect(fidelity).toMatchObject({ recall: 1, precision: 1 });
  });

  it('keeps curly and straight quotes apart', () => {
    expect(textFidelity('“quoted”', '"quoted"').recall).toBeCloseTo(6 / 8, 10);
  });

  it('finishes two unrelated long texts quickly, marked approximate, with low figures', () => {
    const fidelity = textFidelity(unrelatedText('alpha', 15_000), unrelatedText('beta', 15_000));
    expect(fidelity.approximate).toBe(true);
    expect(fidelity.recall).toBeLessThan(0.01);
    expect(fidelity.precision).toBeLessThan(0.01);
    expect(fidelity.differences.length).toBeGreaterThan(0);
  });

  it('compares the same paragraphs in reverse order paragraph by paragraph, marked approximate, with low figures', () => {
    const text = unrelatedText('alpha', 15_000);
    const fidelity = textFidelity(text, text.split('\n').reverse().join('\n'));
    expect(fidelity.approximate).toBe(true);
    expect(fidelity.recall).toBeLessThan(0.01);
    expect(fidelity.precision).toBeLessThan(0.01);
  });

  it('counts empty texts as wholly reproduced', () => {
    expect(textFidelity('', ' \n\t')).toMatchObject({ recall: 1, precision: 1, referenceCharacters: 0, candidateCharacters: 0 });
  });
});

describe('withoutTableOfContents', () => {
  const before = 'All rights reserved.';
  const after = 'Introduction\nThis Recommendation | International Standard has been produced.';

  it('removes a table of contents block and keeps the text around it', () => {
    const text = [
      before,
      'CONTENTS',
      '\tPage',
      '1\tScope\t\t1',
      '2.1\tIdentical Recommendations | International Standards\t\t1',
      'Annex A – Applying the Directory\t\t19',
      '',
      after,
    ].join('\n');
    expect(withoutTableOfContents(text)).toBe([before, '', after].join('\n'));
  });

  it('recognises the Russian and Arabic headings and roman page numbers', () => {
    const russian = [before, 'СОДЕРЖАНИЕ', 'Стр.', 'Введение\t\tiii', '1\tСфера применения\t\t1', after].join('\n');
    const arabic = [before, 'جدول المحتـويات', 'الصفحة', '1\tمجال التطبيق\t\t1', after].join('\n');
    expect(withoutTableOfContents(russian)).toBe([before, after].join('\n'));
    expect(withoutTableOfContents(arabic)).toBe([before, after].join('\n'));
  });

  it('leaves a text without a table of contents unchanged', () => {
    const text = [before, '1\tScope', 'See clause\t5', after].join('\n');
    expect(withoutTableOfContents(text)).toBe(text);
  });
});

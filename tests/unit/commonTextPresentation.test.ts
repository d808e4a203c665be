import { describe, expect, it } from 'vitest';
import type { Edition } from '../../shared/domain/presentation/commonTextPresentation';
import {
  draftLine,
  exportedFileName,
  isDraft,
  runningFooter,
  runningHeader,
  submissionName,
  titleBlockLines,
} from '../../shared/domain/presentation/commonTextPresentation';

const common = { ituNumber: 'X.500', isoNumber: '9594-1', title: 'Information technology – The Directory: Overview' };
const edition = (overrides: Partial<Edition> = {}): Edition => ({
  metadata: common,
  stage: 'IS',
  language: 'en',
  date: '2026-11-22',
  ...overrides,
});

describe('the presentation of a common text', () => {
  it('names both organizations in the title block, or the one the text belongs to', () => {
    expect(titleBlockLines(common)).toEqual(['INTERNATIONAL STANDARD ISO/IEC 9594-1', 'RECOMMENDATION ITU-T X.500']);
    expect(titleBlockLines({ ...common, isoNumber: '' })).toEqual(['RECOMMENDATION ITU-T X.500']);
    expect(titleBlockLines({ ...common, ituNumber: '' })).toEqual(['INTERNATIONAL STANDARD ISO/IEC 9594-1']);
  });

  it('heads a published text "ISO/IEC n:yyyy (E)" in its language and foots it "Rec. ITU‑T X.n (mm/yyyy)"', () => {
    expect(runningHeader(edition())).toBe('ISO/IEC 9594-1:2026 (E)');
    expect(runningHeader(edition({ language: 'fr' }))).toBe('ISO/IEC 9594-1:2026 (F)');
    expect(runningHeader(edition({ language: 'ru' }))).toBe('ISO/IEC 9594-1:2026 (R)');
    expect(runningHeader(edition({ stage: null, metadata: { ...common, isoNumber: '' } }))).toBe('');
    expect(runningFooter(edition())).toBe('Rec. ITU\u2011T X.500 (11/2026)');
    expect(runningFooter(edition({ metadata: { ...common, ituNumber: '' } }))).toBe('');
  });

  it('heads a draft with its stage and date instead', () => {
    expect(isDraft('DIS')).toBe(true);
    expect(isDraft('IS')).toBe(false);
    expect(isDraft('COR')).toBe(false);
    expect(isDraft(null)).toBe(false);
    expect(runningHeader(edition({ stage: 'DIS' }))).toBe('Draft ISO/IEC DIS 9594-1 – 2026-11-22');
    expect(draftLine(edition({ stage: 'CD' }))).toBe('Draft ISO/IEC CD 9594-1 – 2026-11-22');
    // A working draft has no stage code before the number; an ITU-T text alone is named by its Recommendation.
    expect(draftLine(edition({ stage: 'WD' }))).toBe('Draft ISO/IEC 9594-1 – 2026-11-22');
    expect(draftLine(edition({ stage: 'DIS', metadata: { ...common, isoNumber: '' } }))).toBe('Draft Rec. ITU-T X.500 – 2026-11-22');
  });

  it('names exported files by one convention', () => {
    const dis = edition({ stage: 'DIS' });
    expect(exportedFileName(dis, { kind: 'clean' })).toBe('ISO-IEC-9594-1_X.500_DIS_2026-11-22_clean.docx');
    expect(exportedFileName(dis, { kind: 'marked', since: 3 })).toBe('ISO-IEC-9594-1_X.500_DIS_2026-11-22_marked-since-3.docx');
    expect(exportedFileName({ ...dis, language: 'fr' }, { kind: 'clean' })).toBe('ISO-IEC-9594-1_X.500_DIS_2026-11-22_fr_clean.docx');
    expect(exportedFileName(edition({ stage: null }), { kind: 'cover' })).toBe('ISO-IEC-9594-1_X.500_2026-11-22_cover.docx');
    expect(submissionName({ metadata: { ituNumber: '', isoNumber: '', title: 'A: new / text?' }, stage: null, date: '2026-11-22' })).toBe(
      'A-new-text_2026-11-22',
    );
  });
});

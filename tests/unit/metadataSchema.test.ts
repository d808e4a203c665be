import { describe, expect, it } from 'vitest';
import { metadataSchema, newProjectSchema } from '../../shared/contract/schemas';
import { designation, emptyMetadata, stagedDesignation, suggestedFileName } from '../../shared/domain/projectMetadata';

describe('metadata validation', () => {
  it.each(['X.500', 'H.222.0', 'T.88', 'X.509', 'Y.3172'])('accepts the ITU-T number %s', (ituNumber) => {
    expect(metadataSchema.safeParse({ ...emptyMetadata, title: 'T', ituNumber }).success).toBe(true);
  });

  it.each(['X500', 'x.500', 'X.', '500', 'ITU-T X.500'])('refuses the ITU-T number %s', (ituNumber) => {
    expect(metadataSchema.safeParse({ ...emptyMetadata, title: 'T', ituNumber }).success).toBe(false);
  });

  it.each(['9594-1', '8824', '13818-1', '15444-1-2'])('accepts the ISO/IEC number %s', (isoNumber) => {
    expect(metadataSchema.safeParse({ ...emptyMetadata, title: 'T', isoNumber }).success).toBe(true);
  });

  it.each(['ISO/IEC 9594-1', '9594-', '-1', '9594:2017'])('refuses the ISO/IEC number %s', (isoNumber) => {
    expect(metadataSchema.safeParse({ ...emptyMetadata, title: 'T', isoNumber }).success).toBe(false);
  });

  it('refuses an unknown stage and an editor without a name or with a broken e-mail', () => {
    expect(metadataSchema.safeParse({ ...emptyMetadata, title: 'T', stage: 'XYZ' }).success).toBe(false);
    expect(metadataSchema.safeParse({ ...emptyMetadata, title: 'T', editors: [{ name: '', affiliation: '', email: '' }] }).success).toBe(
      false,
    );
    expect(
      metadataSchema.safeParse({ ...emptyMetadata, title: 'T', editors: [{ name: 'A', affiliation: '', email: 'not-an-address' }] })
        .success,
    ).toBe(false);
  });

  it('needs only a title for a new project', () => {
    expect(newProjectSchema.safeParse({ title: 'T' }).success).toBe(true);
    expect(newProjectSchema.safeParse({}).success).toBe(false);
  });
});

describe('designation', () => {
  const x500 = { ...emptyMetadata, title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' };

  it('cites a common text by both numbers', () => {
    expect(designation(x500)).toBe('Rec. ITU-T X.500 | ISO/IEC 9594-1');
  });

  it('puts the stage before the ISO/IEC number in the status bar form', () => {
    expect(stagedDesignation({ ...x500, stage: 'DIS' })).toBe('ISO/IEC DIS 9594-1 | ITU-T X.500');
  });

  it('falls back to the title when no number is known', () => {
    expect(designation({ ...x500, ituNumber: '', isoNumber: '' })).toBe('The Directory');
  });

  it('suggests a file name from the numbers, safe on every platform', () => {
    expect(suggestedFileName(x500)).toBe('X.500 - 9594-1.ctproj');
    expect(suggestedFileName({ ...x500, ituNumber: '', isoNumber: '', title: 'A/B: C?' })).toBe('A_B_ C_.ctproj');
    expect(suggestedFileName({ ituNumber: '', isoNumber: '', title: '' })).toBe('Untitled.ctproj');
  });
});

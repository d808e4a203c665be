import { describe, test } from 'vitest';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import { generateCommonText } from '../support/commonTextGenerator';

describe('numbering a 300-page master', () => {
  const { doc: book } = generateCommonText();

  test('on every edit', async ({ bench }) => {
    await bench('compute its numbers and resolve its cross-references', () => computeNumbering(book, documentJsonAdapter)).run();
  });
});

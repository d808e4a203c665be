import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';
import type { Language } from '../../shared/domain/language';
import { samplePath } from '../support/samples';
import { temporaryFolder } from '../support/temporaryFolder';
import { paragraph, run, wordFixture } from '../support/wordFixture';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-imported-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

async function openImported(bytes: Uint8Array, language: Language): Promise<Harness> {
  const { document } = await importWordDocument(bytes, { fileName: 'imported.docx', language, trackedChanges: 'keep' });
  const file = writeProject(folder.path, 'imported.ctproj', document, language);
  harness = await startHarness();
  await openMaster(harness, file, language);
  return harness;
}

describe('an imported Word master in the editor', () => {
  it('shows the Arabic E.119 right to left, with its embedded objects and text boxes as labelled placeholders', async () => {
    const h = await openImported(fs.readFileSync(samplePath('T-REC-E.119-201704-A.docx')), 'ar');
    const editor = h.page.locator('.ProseMirror');
    await expect.poll(() => editor.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => h.page.locator('.ProseMirror .placeholder').count()).toBeGreaterThan(0);
    await expect.poll(() => h.page.locator('.ProseMirror .figurePlaceholder, .ProseMirror figure img').count()).toBe(2);
    await h.page.locator('.ProseMirror figure').first().scrollIntoViewIfNeeded();
    await screenshot(h.page, 'imported-e119-arabic');
  });

  it('shows tracked changes kept from Word as insertions underlined and deletions struck through', async () => {
    const bytes = wordFixture({
      body: paragraph(
        null,
        run('The Directory '),
        '<w:ins w:id="1" w:author="Editor" w:date="2026-11-02T10:00:00Z">' + run('always ') + '</w:ins>',
        '<w:del w:id="2" w:author="Editor" w:date="2026-11-02T10:00:00Z"><w:r><w:delText>sometimes </w:delText></w:r></w:del>',
        run('provides a name.'),
      ),
    });
    const h = await openImported(bytes, 'en');
    await expect.poll(() => h.page.locator('.ProseMirror ins.trackedChange').textContent()).toBe('always ');
    await expect.poll(() => h.page.locator('.ProseMirror del.trackedChange').textContent()).toBe('sometimes ');
    const decoration = await h.page
      .locator('.ProseMirror del.trackedChange')
      .evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(decoration).toContain('line-through');
    await screenshot(h.page, 'imported-tracked-changes');
  });
});

import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { doc, heading, paragraph } from '../support/documentBuilders';
import type { EditorElement } from '../support/masterEditorPage';
import { typeAtEndOfBlock } from '../support/masterEditorPage';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-review-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

const patiently = { timeout: 10_000 };
const sidebar = (page: Page): Locator => page.getByRole('navigation', { name: 'Project' });
const changes = (page: Page): Locator => page.getByRole('list', { name: 'Changes' });
const text = (page: Page) => page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.state.doc.textContent);

async function saveIteration(page: Page, label: string, date: string): Promise<void> {
  await page.keyboard.press('Control+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Save iteration' });
  await dialog.waitFor();
  await dialog.getByLabel('Label').fill(label);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('button', { name: /^Save iteration/ }).click();
  await dialog.waitFor({ state: 'detached', ...patiently });
}

describe('reviewing the changes since an iteration', () => {
  it('edits, saves an iteration, edits more, sees the marks, accepts one, rejects one, and compares two older iterations', async () => {
    const file = writeProject(
      folder.path,
      'review.ctproj',
      doc(
        heading(1, 'Scope', 'h-scope'),
        paragraph('The Directory provides capabilities.'),
        heading(1, 'Overview', 'h-overview'),
        paragraph('It is a set of systems.'),
      ),
    );
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);

    await typeAtEndOfBlock(page, ' First draft.', 1);
    await saveIteration(page, 'Output of the Geneva meeting', '2026-10-01');
    // Right after an iteration, nothing has changed since it.
    await page.getByText('No change since iteration 1 (2026-10-01).').waitFor(patiently);

    await typeAtEndOfBlock(page, ' Naming added.', 1);
    await typeAtEndOfBlock(page, ' Distributed.', 3);
    await expect.poll(() => changes(page).getByRole('listitem').count(), patiently).toBe(2);
    await expect
      .poll(async () => (await page.locator('.ProseMirror .change-inserted').allTextContents()).map((part) => part.trim()))
      .toEqual(['Naming added.', 'Distributed.']);
    await screenshot(page, '72-review-marks');

    // Accept the first: its mark goes and stays gone after the project is opened again; reject the second: its words go.
    await changes(page)
      .getByRole('listitem')
      .filter({ hasText: 'Naming added.' })
      .getByRole('button', { name: /Accept/ })
      .click();
    await expect.poll(() => changes(page).getByRole('listitem').count()).toBe(1);
    await changes(page)
      .getByRole('listitem')
      .filter({ hasText: 'Distributed.' })
      .getByRole('button', { name: /Reject/ })
      .click();
    await expect.poll(() => text(page)).not.toContain('Distributed.');
    expect(await text(page)).toContain('Naming added.');
    await page.getByText('No change since iteration 1 (2026-10-01).').waitFor(patiently);

    // A second iteration, then compare it with the first while it is shown read-only.
    await saveIteration(page, 'Output of the Paris meeting', '2026-11-22');
    await sidebar(page)
      .getByRole('button', { name: /^2 · 2026-11-22/ })
      .click();
    const compare = page.getByLabel('Show changes since');
    await compare.waitFor(patiently);
    await compare.selectOption('1');
    await expect
      .poll(async () => (await page.locator('.ProseMirror .change-inserted').allTextContents()).map((part) => part.trim()), patiently)
      .toEqual(['Naming added.']);
    // Read-only: the changes are listed, but nothing there can be accepted or rejected.
    expect(
      await changes(page)
        .getByRole('button', { name: /Accept|Reject/ })
        .count(),
    ).toBe(0);
    await screenshot(page, '73-compare-iterations');
  });

  it('keeps an accepted change accepted when the project is opened again', async () => {
    const file = writeProject(
      folder.path,
      'review.ctproj',
      doc(heading(1, 'Scope', 'h-scope'), paragraph('The Directory provides capabilities.')),
    );
    const project = ProjectFile.open(file, { program: 'test setup', access: 'write' });
    try {
      project.saveIteration({ label: 'Base', documentNumber: '', date: '2026-10-01', editor: '' });
      project.saveMaster(
        'en',
        doc(heading(1, 'Scope', 'h-scope'), paragraph('The Directory provides naming capabilities.'), paragraph('A new paragraph.')),
      );
    } finally {
      project.close();
    }
    harness = await startHarness();
    const { page } = harness;
    await openMaster(harness, file);
    await expect.poll(() => changes(page).getByRole('listitem').count(), patiently).toBe(2);
    await changes(page)
      .getByRole('listitem')
      .filter({ hasText: 'naming' })
      .getByRole('button', { name: /Accept/ })
      .click();
    await expect.poll(() => changes(page).getByRole('listitem').count()).toBe(1);
    await harness.close();

    harness = await startHarness();
    await openMaster(harness, file);
    await expect.poll(() => changes(harness!.page).getByRole('listitem').count(), patiently).toBe(1);
    expect(await changes(harness.page).getByRole('listitem').textContent()).toContain('A new paragraph.');
  });
});

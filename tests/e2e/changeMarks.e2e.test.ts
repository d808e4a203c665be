import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../shared/domain/project';
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
  folder = temporaryFolder('cts-e2e-changes-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

const older: DocumentJson = doc(
  heading(1, 'Scope', 'h-scope'),
  paragraph('The Directory provides the directory capabilities required by OSI applications.'),
  heading(1, 'Overview', 'h-overview'),
  paragraph('A set of such systems is called the Directory.'),
  heading(1, 'Model', 'h-model'),
  paragraph('The model has three parts.'),
);
const newer: DocumentJson = doc(
  heading(1, 'Scope', 'h-scope'),
  paragraph('The Directory provides the naming capabilities required by OSI applications.'),
  heading(1, 'Conformance', 'h-new'),
  paragraph('Implementations shall conform.'),
  heading(1, 'Overview', 'h-overview'),
  paragraph('A set of such systems is called the Directory.'),
  heading(1, 'Model', 'h-model'),
);

async function showChangesSince(page: Page, base: DocumentJson): Promise<void> {
  await page.evaluate((json) => {
    // The command is declared by the renderer's change-marks extension, which the tests' compiler does not see.
    const commands = (document.querySelector('.ProseMirror') as EditorElement).editor.commands as unknown as {
      setChangeBase(base: unknown): boolean;
    };
    commands.setChangeBase({ document: json, name: 'iteration 1' });
  }, base);
}

const text = (page: Page) => page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.state.doc.textContent);

describe('change marks since an iteration', () => {
  it('marks inserted and deleted words and blocks, lists them in the pane, and renumbering marks nothing', async () => {
    const file = writeProject(folder.path, 'changes.ctproj', newer);
    harness = await startHarness();
    const { page } = harness;
    await openMaster(harness, file);
    await showChangesSince(page, older);
    await expect.poll(() => page.locator('.ProseMirror .change-inserted').allTextContents()).toEqual(['naming']);
    await expect.poll(() => page.locator('.ProseMirror del.change-deleted').allTextContents()).toEqual(['directory']);
    // The inserted clause and its paragraph; "Overview" and "Model" are renumbered, unmarked.
    await expect.poll(() => page.locator('.ProseMirror .change-blockInserted').count()).toBe(2);
    await expect.poll(() => page.locator('.ProseMirror div.change-blockDeleted').textContent()).toBe('The model has three parts.');
    const pane = page.getByRole('list', { name: 'Changes' });
    await expect.poll(() => pane.getByRole('listitem').count()).toBe(4);
    await screenshot(page, '70-change-marks');
  });

  it('updates the marks as the editor types, and accepts one change and rejects another', async () => {
    const file = writeProject(folder.path, 'changes.ctproj', newer);
    harness = await startHarness();
    const { page } = harness;
    await openMaster(harness, file);
    await showChangesSince(page, older);
    const pane = page.getByRole('list', { name: 'Changes' });
    await expect.poll(() => pane.getByRole('listitem').count()).toBe(4);

    // Typing at the end of the last paragraph of "Overview" adds an insertion once typing pauses.
    await typeAtEndOfBlock(page, ' Really.', 5);
    const inserted = async () => (await page.locator('.ProseMirror .change-inserted').allTextContents()).map((part) => part.trim());
    await expect.poll(inserted).toEqual(['naming', 'Really.']);
    await expect.poll(() => pane.getByRole('listitem').count()).toBe(5);

    // Reject the deleted paragraph of "Model": it comes back into the text.
    const deletedBlock = pane.getByRole('listitem').filter({ hasText: 'The model has three parts.' });
    await deletedBlock.getByRole('button', { name: /Reject/ }).click();
    await expect.poll(() => text(page)).toContain('The model has three parts.');
    await expect.poll(() => pane.getByRole('listitem').count()).toBe(4);

    // Accept "naming": its mark goes, the word stays.
    const naming = pane.getByRole('listitem').filter({ hasText: 'naming' }).filter({ hasText: 'Inserted' });
    await naming.getByRole('button', { name: /Accept/ }).click();
    await expect.poll(inserted).toEqual(['Really.']);
    expect(await text(page)).toContain('naming capabilities');
    await screenshot(page, '71-change-marks-reviewed');
  });
});

import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { localCalendarDate } from '../../shared/domain/calendarDate';
import { documentText } from '../../shared/domain/project';
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
  folder = temporaryFolder('cts-e2e-iterations-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

const scope = 'The Directory provides the directory capabilities required by OSI applications.';

/** A project with an English and a French master, as a meeting would have them. */
function writeBilingualProject(): string {
  const file = writeProject(folder.path, 'x500.ctproj', doc(heading(1, 'Scope', 'h-scope'), paragraph(scope)));
  const project = ProjectFile.open(file, { program: 'test setup', access: 'write' });
  try {
    project.updateMetadata({ ...project.metadata(), editors: [{ name: 'Erik Andersen', affiliation: '', email: '' }] });
    project.addMaster('fr');
    project.saveMaster('fr', doc(heading(1, 'Domaine d’application', 'h-scope'), paragraph('L’annuaire fournit des services.')));
  } finally {
    project.close();
  }
  return file;
}

/** What the project file holds, read beside the app as `cts` would. */
function stored<T>(file: string, read: (project: ProjectFile) => T): T {
  const project = ProjectFile.open(file, { program: 'test', access: 'read' });
  try {
    return read(project);
  } finally {
    project.close();
  }
}

const editorText = (page: Page): Promise<string> =>
  page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.state.doc.textContent);
const editable = (page: Page): Promise<string | null> => page.locator('.ProseMirror').getAttribute('contenteditable');
/** The machine may be busy with other tests: an autosave or a reload can take a few seconds. */
const patiently = { timeout: 10_000 };
const sidebar = (page: Page): Locator => page.getByRole('navigation', { name: 'Project' });
const saveDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Save iteration' });

describe('dated iterations', () => {
  it('saves an iteration with Ctrl+Shift+S, opens it read-only after more edits, and starts the working text afresh from it', async () => {
    const file = writeBilingualProject();
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);

    // Before the first one, the register says what iterations are for and how to save one.
    await sidebar(page)
      .getByRole('button', { name: /^Iterations/ })
      .click();
    await page.getByRole('main').getByText('No iteration saved yet').waitFor();
    await screenshot(page, '79-iterations-empty');
    await sidebar(page)
      .getByRole('button', { name: /English/ })
      .click();
    await page.locator('.ProseMirror').waitFor();

    // Typed a moment before the shortcut: the iteration must hold it even though autosave has not run yet.
    await typeAtEndOfBlock(page, ' Agreed in Geneva.');
    await page.keyboard.press('Control+Shift+S');
    const dialog = saveDialog(page);
    await dialog.waitFor();
    expect(await dialog.getByLabel('Date').inputValue()).toBe(localCalendarDate());
    expect(await dialog.getByLabel('Editor’s name').inputValue()).toBe('Erik Andersen');
    await dialog.getByText('English (', { exact: false }).waitFor();

    // A label is required, and the date must be on the calendar.
    await dialog.getByLabel('Date').fill('2026-02-30');
    await dialog.getByRole('button', { name: 'Save iteration 1' }).click();
    await dialog.getByText('Give the iteration a label, e.g. “Output of the Geneva meeting”.').waitFor();
    await dialog.getByText('February 2026 has no day 30.').waitFor();
    await screenshot(page, '80-save-iteration-errors');
    expect(stored(file, (project) => project.iterations().iterations)).toEqual([]);

    await dialog.getByLabel('Label').fill('Output of the Geneva meeting');
    await dialog.getByLabel('Document number').fill('N1234');
    await dialog.getByLabel('Date').fill('2026-11-22');
    await dialog.getByLabel('Editor’s name').fill('J. Smith');
    await dialog.getByText('22 Nov 2026').waitFor();
    await screenshot(page, '81-save-iteration-dialog');
    await dialog.getByRole('button', { name: 'Save iteration 1' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The sidebar lists it under its register, with the count.
    const entry = sidebar(page).getByRole('button', { name: '1 · 2026-11-22 · Output of the Geneva meeting · N1234 · J. Smith' });
    await entry.waitFor();
    expect(
      await sidebar(page)
        .getByRole('button', { name: /^Iterations/ })
        .textContent(),
    ).toContain('1');
    const first = stored(file, (project) => ({
      summary: project.iteration(1),
      english: documentText(project.iterationMaster(1, 'en').content),
    }));
    expect(first.summary).toMatchObject({
      label: 'Output of the Geneva meeting',
      documentNumber: 'N1234',
      date: '2026-11-22',
      editor: 'J. Smith',
    });
    expect(first.summary.languages.map((entry) => entry.language)).toEqual(['en', 'fr']);
    expect(first.english).toContain('Agreed in Geneva.');
    await screenshot(page, '82-iteration-in-sidebar');

    // More edits to the working text, then the iteration: read-only, with the older text.
    await typeAtEndOfBlock(page, ' Revised after the meeting.');
    await expect.poll(() => page.locator('.statusBar-save').textContent(), patiently).toMatch(/^Saved/);
    await entry.click();
    const banner = page.getByRole('region', { name: 'Iteration 1', exact: true });
    await banner.getByText('Iteration 1 of 22 Nov 2026 — Output of the Geneva meeting — read-only').waitFor();
    await expect.poll(() => editable(page), patiently).toBe('false');
    await expect.poll(() => editorText(page), patiently).toContain('Agreed in Geneva.');
    expect(await editorText(page)).not.toContain('Revised after the meeting.');
    expect(await page.getByRole('button', { name: 'Save iteration…' }).isDisabled()).toBe(true);
    await screenshot(page, '83-iteration-read-only');

    // Each iteration holds every language master.
    await banner.getByRole('button', { name: 'French' }).click();
    await expect.poll(() => editorText(page), patiently).toContain('L’annuaire fournit des services.');
    await banner.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => editorText(page), patiently).toContain('Agreed in Geneva.');

    // Back to the working text, which kept its latest edits.
    await banner.getByRole('button', { name: 'Back to the working text' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => editable(page), patiently).toBe('true');
    await expect.poll(() => editorText(page), patiently).toContain('Revised after the meeting.');

    // The register lists every iteration; the working text starts afresh from one after a confirmation.
    await sidebar(page)
      .getByRole('button', { name: /^Iterations/ })
      .click();
    const table = page.getByRole('table', { name: 'Iterations' });
    await table.getByRole('button', { name: 'Output of the Geneva meeting' }).waitFor();
    await screenshot(page, '84-iteration-register');
    await table.getByRole('button', { name: 'Output of the Geneva meeting' }).click();
    await banner.getByRole('button', { name: 'Start the working text from this iteration…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Start the working text from iteration 1?' });
    await confirm.getByText('The working text will be replaced by iteration 1’s text. Iterations are not changed.').waitFor();
    await screenshot(page, '85-start-from-iteration');
    await confirm.getByRole('button', { name: 'Start from iteration 1' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => editable(page), patiently).toBe('true');
    await expect.poll(() => editorText(page), patiently).toContain('Agreed in Geneva.');
    expect(await editorText(page)).not.toContain('Revised after the meeting.');
    const afterwards = stored(file, (project) => ({
      list: project.iterations(),
      working: documentText(project.master('en').content),
      frozen: documentText(project.iterationMaster(1, 'en').content),
    }));
    expect(afterwards.list.workingBasedOn).toBe(1);
    expect(afterwards.list.iterations).toHaveLength(1);
    expect(afterwards.working).toBe(first.english);
    expect(afterwards.frozen).toBe(first.english);

    // The toolbar saves the next one, which records where the working text came from; the newest is listed first.
    await typeAtEndOfBlock(page, ' Second draft.');
    // File > Save Iteration… opens the same dialog; Cancel saves nothing.
    await harness.emitMenu({ command: 'iteration.save' });
    await saveDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await saveDialog(page).waitFor({ state: 'detached' });
    expect(stored(file, (project) => project.counts().iterations)).toBe(1);
    await page.getByRole('button', { name: 'Save iteration…' }).click();
    await saveDialog(page).getByLabel('Label').fill('Draft for the CD ballot');
    await saveDialog(page).getByRole('button', { name: 'Save iteration 2' }).click();
    await saveDialog(page).waitFor({ state: 'detached' });
    const entries = sidebar(page).getByRole('list', { name: 'Iterations, newest first' }).getByRole('button');
    await expect
      .poll(() => entries.allInnerTexts().then((texts) => texts.map((text) => text.split('\n')[1])), patiently)
      .toEqual(['Draft for the CD ballot', 'Output of the Geneva meeting']);
    expect(stored(file, (project) => project.iteration(2))).toMatchObject({ basedOn: 1, editor: 'J. Smith', date: localCalendarDate() });
    expect(stored(file, (project) => documentText(project.iterationMaster(2, 'en').content))).toContain('Second draft.');
    await screenshot(page, '86-two-iterations');
    await sidebar(page)
      .getByRole('button', { name: /^Iterations/ })
      .click();
    await table.getByText('working text started from iteration 1').waitFor();
    await table.getByText('working text started here').waitFor();
    await screenshot(page, '87-iteration-register-two');
    expect(harness.failures).toEqual([]);
  }, 60_000);

  it('does not save an iteration in a window that opened the project read-only', async () => {
    const file = writeBilingualProject();
    const holder = ProjectFile.open(file, { program: 'the rapporteur’s laptop', access: 'write' });
    try {
      harness = await startHarness();
      const { page } = harness;
      await openMaster(harness, file);
      expect(await page.getByRole('button', { name: 'Save iteration…' }).isDisabled()).toBe(true);
      await page.locator('.ProseMirror').click();
      await page.keyboard.press('Control+Shift+S');
      await page.getByText(/^No iteration can be saved in this window: .*open for editing in the rapporteur’s laptop/).waitFor();
      expect(await saveDialog(page).count()).toBe(0);
      await harness.emitMenu({ command: 'iteration.save' });
      expect(await saveDialog(page).count()).toBe(0);
    } finally {
      holder.close();
    }
    expect(stored(file, (project) => project.iterations().iterations)).toEqual([]);
  });
});

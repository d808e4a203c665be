import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';
import { importReportText } from '../../shared/domain/importReportText';
import type { ImportReport } from '../../shared/domain/wordImport';
import { doc, heading, paragraph } from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { legacyWordFile } from '../support/legacyWordFile';
import type { EditorElement } from '../support/masterEditorPage';
import { samplePath } from '../support/samples';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-import-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

/** What the converter makes of a sample, to compare the dialog with. */
async function expectedReport(file: string): Promise<ImportReport> {
  const bytes = fs.readFileSync(file);
  return (await importWordDocument(bytes, { fileName: path.basename(file), language: 'en', trackedChanges: 'keep' })).report;
}

const importDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Import Word document' });
const reportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Import report' });
const tree = (page: Page): Locator => page.getByRole('tree', { name: 'Outline' });
/** The number a count of the report shows, by its label. */
const shownCount = (page: Page, label: string): Promise<string | null> =>
  reportDialog(page)
    .locator('.importReport-count')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .textContent();
/** The block around the cursor: its type and its text. */
const cursorBlock = (page: Page): Promise<{ type: string; text: string }> =>
  page.evaluate(() => {
    const { $from } = (document.querySelector('.ProseMirror') as EditorElement).editor.state.selection;
    const block = $from.node(Math.min($from.depth, 1));
    return { type: block.type.name, text: block.textContent };
  });
/** Whether the element is on screen inside the main area, below its toolbar. */
async function inMainArea(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const main = await page.locator('.mainArea').boundingBox();
  return box !== null && main !== null && box.y >= main.y && box.y + box.height <= main.y + main.height;
}

describe('File > Import Word Document', () => {
  it('imports X.500 into a new project with a progress bar and a report, then goes to its clauses from the outline', async () => {
    const source = samplePath('T-REC-X.500-2016-E.docx');
    const expected = await expectedReport(source);
    const file = path.join(folder.path, 'x500.ctproj');
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

    // File > Import Word Document… asks for the file, then what to do with it.
    harness.answerDialog('dialog.chooseWordDocument', source);
    await harness.emitMenu({ command: 'project.importWord' });
    const dialog = importDialog(page);
    await dialog.waitFor();
    await dialog.getByText('T-REC-X.500-2016-E.docx').waitFor();
    // With no project open it can only make a new one; the file's name says English.
    expect(await dialog.getByRole('radio', { name: /A new project/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /A master of the open project/ }).isDisabled()).toBe(true);
    expect(await dialog.getByLabel('Language of the text').inputValue()).toBe('en');
    expect(await dialog.getByRole('radio', { name: 'Keep tracked changes as change marks' }).isChecked()).toBe(true);
    await screenshot(page, '60-import-word-dialog');

    // Every value the progress bar takes on the page, however quickly the import runs.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress.importProgress-bar');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    harness.answerDialog('dialog.chooseNewProjectPath', file);
    await dialog.getByRole('button', { name: 'Import…' }).click();

    // The report: the counts, and the warnings grouped by kind with their places.
    const report = reportDialog(page);
    await report.waitFor({ timeout: 30_000 });
    const progressSeen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progressSeen[0]).toMatch(/^Reading the Word file: \d+ %$/);
    expect(harness.importProgress.map((progress) => progress.phase)).toEqual(
      expect.arrayContaining(['reading', 'converting', 'numbering', 'saving']),
    );
    expect(harness.importProgress.at(-1)).toEqual({ phase: 'saving', fraction: 1 });
    await report.getByText('is now the English master of Rec. ITU-T X.500 | ISO/IEC 9594-1').waitFor();
    expect(await shownCount(page, 'Clauses')).toBe(String(expected.counts.clauses));
    expect(await shownCount(page, 'Annexes')).toBe(String(expected.counts.annexes));
    expect(await shownCount(page, 'Figures')).toBe(String(expected.counts.figures));
    expect(await shownCount(page, 'Notes')).toBe(String(expected.counts.notes));
    expect(await shownCount(page, 'References')).toBe(String(expected.counts.references));
    expect(expected.warnings.length).toBeGreaterThan(0);
    const warnings = report.getByRole('region', { name: 'Warnings' });
    expect(await warnings.locator('.importReport-warning').count()).toBe(expected.warnings.length);
    await warnings.getByRole('heading', { name: /Typed numbers that differ from the computed ones/ }).waitFor();
    const first = expected.warnings.find((warning) => warning.kind === 'numberMismatch')!;
    await warnings.locator('.importReport-warning').filter({ hasText: first.where }).filter({ hasText: first.message }).first().waitFor();
    await screenshot(page, '61-import-word-report');

    // Copy report puts the same text on the clipboard as `cts import-docx` prints (bar the time it took).
    await report.getByRole('button', { name: 'Copy report' }).click();
    await report.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const withoutTime = (text: string) => text.split('\n').slice(1).join('\n');
    expect(withoutTime(copied)).toBe(withoutTime(importReportText(expected)));

    // Closing the report shows the imported master; the project took its title and numbers from the title block.
    await report.getByRole('button', { name: 'Show the English master' }).click();
    await report.waitFor({ state: 'detached' });
    await page.locator('.ProseMirror .annexHeading').first().waitFor();
    const stored = ProjectFile.open(file, { program: 'test', access: 'read' });
    try {
      expect(stored.metadata()).toMatchObject({ ituNumber: 'X.500', isoNumber: '9594-1', title: expected.identity.title });
      expect(stored.masters().map((master) => master.language)).toEqual(['en']);
      expect(stored.master('en').characters).toBeGreaterThan(50_000);
    } finally {
      stored.close();
    }

    // The outline lists the imported clauses; a click goes to clause 6, then to Annex A at the end of the text.
    const overview = tree(page).locator('[role="treeitem"][title="6 Overview of the Directory"]');
    await overview.click();
    await expect.poll(() => cursorBlock(page)).toEqual({ type: 'heading', text: 'Overview of the Directory' });
    expect(await overview.getAttribute('aria-selected')).toBe('true');
    expect(await inMainArea(page, page.locator('.ProseMirror h1.clauseHeading', { hasText: 'Overview of the Directory' }))).toBe(true);

    await tree(page).evaluate((element) => (element.scrollTop = element.scrollHeight));
    const annexRow = tree(page).locator('[role="treeitem"][title^="Annex A"]');
    await annexRow.click();
    await expect.poll(() => cursorBlock(page).then((block) => block.type)).toBe('annexHeading');
    const annexHeading = page.locator('.ProseMirror .annexHeading').first();
    await expect.poll(() => inMainArea(page, annexHeading)).toBe(true);
    expect(await annexRow.getAttribute('aria-selected')).toBe('true');
    await screenshot(page, '62-import-word-outline-annex');
    expect(harness.failures).toEqual([]);
  }, 120_000);

  it('imports into the open project as another language, asks before replacing a master with text, and changes nothing when the file is refused', async () => {
    const project = writeProject(
      folder.path,
      'a12.ctproj',
      doc(heading(1, 'Scope', 'h-scope'), paragraph('This Recommendation defines the layout of ITU-T Recommendations.')),
    );
    // The import of A.12 waits until the test has seen its progress bar.
    const a12 = samplePath('T-REC-A.12-201611-E.docx');
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    harness = await startHarness({
      viewport: { width: 1400, height: 900 },
      wrapHandlers: (handlers) => ({
        ...handlers,
        'masters.importWord': async (args) => {
          if (args.source === a12) await held;
          return handlers['masters.importWord'](args);
        },
      }),
    });
    const { page } = harness;
    await openMaster(harness, project);
    const dialog = importDialog(page);

    // A legacy .doc is refused with what to do next, and the project file is not touched.
    const legacy = path.join(folder.path, 'Draft.doc');
    fs.writeFileSync(legacy, legacyWordFile());
    const before = fileDigest(project);
    harness.answerDialog('dialog.chooseWordDocument', legacy);
    await harness.emitMenu({ command: 'project.importWord' });
    await dialog.waitFor();
    // The open project is the default destination, in the language the file name does not give.
    expect(await dialog.getByRole('radio', { name: /A master of the open project/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Replace the English master' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Replace the English master' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Language of the text').selectOption('fr');
    await dialog.getByText('Adds a French master to the project.').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText(/Word 97–2003 document \(\.doc\).*save it as a Word document \(\.docx\)/).waitFor();
    await alert.getByText('The project was left as it was.').waitFor();
    await screenshot(page, '63-import-word-refused');
    expect(fileDigest(project)).toBe(before);

    // Another file, chosen from the same dialog: A.12 in English, which asks before replacing the English text.
    harness.answerDialog('dialog.chooseWordDocument', a12);
    await dialog.getByRole('button', { name: 'Choose another file…' }).click();
    await dialog.getByText('T-REC-A.12-201611-E.docx').waitFor();
    expect(await dialog.getByLabel('Language of the text').inputValue()).toBe('en');
    const replace = dialog.getByRole('button', { name: 'Replace the English master' });
    expect(await replace.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /Replace the existing English master/ }).check();
    await screenshot(page, '64-import-word-replace');
    await replace.click();
    // While it runs: the progress bar, and the choices can no longer be changed.
    await dialog.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await dialog.getByText('Reading the Word file…').waitFor();
    expect(await dialog.getByRole('button', { name: 'Importing…' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /A new project/ }).isDisabled()).toBe(true);
    await screenshot(page, '65-import-word-progress');
    release();
    const report = reportDialog(page);
    await report.waitFor({ timeout: 30_000 });
    await report.getByText('No warnings: everything in the Word file found its place in the master.').waitFor();
    await report.getByRole('button', { name: 'Show the English master' }).click();

    // The editor shows the imported text, not the text it had loaded before.
    await page.locator('.ProseMirror').getByText('Identification and layout of ITU', { exact: false }).first().waitFor();
    expect(await page.locator('.ProseMirror').getByText('This Recommendation defines the layout').count()).toBe(0);
    expect(harness.failures).toEqual([expect.stringMatching(/Word 97–2003 document/)]);
  }, 120_000);
});

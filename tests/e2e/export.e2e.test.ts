import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { openWordPackage } from '../../electron/core/wordImport/wordPackage';
import { localCalendarDate } from '../../shared/domain/calendarDate';
import { doc, heading, paragraph } from '../support/documentBuilders';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-export-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

/** An English master saved as iterations 1 and 2, then edited again: the working text differs from both. */
function writeProjectWithIterations(): string {
  const file = writeProject(
    folder.path,
    'x500.ctproj',
    doc(heading(1, 'Scope', 'h-scope'), paragraph('The Directory provides directory capabilities.')),
  );
  const project = ProjectFile.open(file, { program: 'test setup', access: 'write' });
  try {
    project.updateMetadata({ ...project.metadata(), stage: 'DIS', editors: [{ name: 'J. Smith', affiliation: '', email: '' }] });
    project.saveIteration({ label: 'Output of the Geneva meeting', documentNumber: 'N1234', date: '2026-10-01', editor: 'J. Smith' });
    project.saveMaster(
      'en',
      doc(
        heading(1, 'Scope', 'h-scope'),
        paragraph('The Directory provides directory capabilities required by OSI applications.'),
        heading(1, 'Normative references', 'h-references'),
      ),
    );
    project.saveIteration({ label: 'Output of the Paris meeting', documentNumber: '', date: '2026-11-22', editor: 'J. Smith' });
    project.saveMaster(
      'en',
      doc(
        heading(1, 'Scope', 'h-scope'),
        paragraph('The Directory provides the capabilities required by OSI applications and others.'),
        heading(1, 'Normative references', 'h-references'),
        paragraph('The following Recommendations and International Standards contain provisions.'),
      ),
    );
  } finally {
    project.close();
  }
  return file;
}

/** The main part of a .docx, read as Word would find it. */
function documentXml(file: string): string {
  const pack = openWordPackage(fs.readFileSync(file), path.basename(file));
  return pack.text(pack.documentPath) ?? '';
}

const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export Word document' });
const submissionDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export submission package' });
/** The number a count of the confirmation shows, by its label. */
const shownCount = (dialog: Locator, label: string): Promise<string | null> =>
  dialog.locator('.importReport-count').filter({ hasText: label }).locator('dd').textContent();
const optionLabels = (select: Locator): Promise<string[]> => select.locator('option').allTextContents();

describe('File > Export', () => {
  it('exports the working text with change marks since iteration 1 as Word revisions, under the conventional name', async () => {
    const file = writeProjectWithIterations();
    const suggested: string[] = [];
    harness = await startHarness({
      viewport: { width: 1400, height: 900 },
      wrapHandlers: (handlers) => ({
        ...handlers,
        'dialog.chooseExportPath': (args) => {
          suggested.push(args.suggestedName);
          return handlers['dialog.chooseExportPath'](args);
        },
      }),
    });
    const { page } = harness;
    await openMaster(harness, file);

    await harness.emitMenu({ command: 'project.export' });
    const dialog = exportDialog(page);
    await dialog.waitFor();
    // The master on screen and its working text, clean, in the built-in template, unless chosen otherwise.
    expect(await dialog.getByLabel('Language').inputValue()).toBe('en');
    expect(await dialog.getByLabel('Text', { exact: true }).inputValue()).toBe('working');
    expect(await optionLabels(dialog.getByLabel('Text', { exact: true }))).toEqual([
      'The working text, as it is now',
      'Iteration 2 · 2026-11-22 · Output of the Paris meeting · J. Smith',
      'Iteration 1 · 2026-10-01 · Output of the Geneva meeting · N1234 · J. Smith',
    ]);
    expect(await dialog.getByLabel('Change marks').inputValue()).toBe('');
    expect(await dialog.getByRole('radio', { name: /Word revisions/ }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /The built-in ITU template/ }).isChecked()).toBe(true);

    // Iteration 2 as the text: marks can only count from the older iteration 1.
    await dialog.getByLabel('Text', { exact: true }).selectOption('2');
    expect(await optionLabels(dialog.getByLabel('Change marks'))).toEqual([
      'None: a clean text',
      'Since iteration 1 · 2026-10-01 · Output of the Geneva meeting · N1234 · J. Smith',
    ]);
    await dialog.getByLabel('Text', { exact: true }).selectOption('working');
    await dialog.getByLabel('Change marks').selectOption('1');
    expect(await dialog.getByRole('radio', { name: /Word revisions/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /Visible colours, for print/ }).isDisabled()).toBe(false);
    await screenshot(page, '90-export-dialog');

    const out = path.join(folder.path, 'marked.docx');
    harness.answerDialog('dialog.chooseExportPath', out);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog
      .getByText('Exported the working text of the English master, with change marks since iteration 1 (2026-10-01) as Word revisions.')
      .waitFor();
    expect(suggested).toEqual([`ISO-IEC-9594-1_X.500_DIS_${localCalendarDate()}_marked-since-1.docx`]);
    await dialog.getByText('marked.docx', { exact: true }).waitFor();
    await dialog.getByText('The built-in ITU template').waitFor();
    expect(Number(await shownCount(dialog, 'Revisions'))).toBeGreaterThan(0);
    expect(Number(await shownCount(dialog, 'Paragraphs'))).toBeGreaterThan(0);
    await screenshot(page, '91-export-done');

    // A real Word package with tracked insertions and deletions, and nothing left beside it.
    const xml = documentXml(out);
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:del ');
    expect(xml).toContain('required by OSI applications and others');
    expect(fs.readdirSync(folder.path).filter((name) => name.startsWith('marked'))).toEqual(['marked.docx']);

    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(harness.failures).toEqual([]);
  }, 60_000);

  it('says why a template that is no Word file was refused, writes nothing, and keeps the choices for another try', async () => {
    const file = writeProjectWithIterations();
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);
    const out = path.join(folder.path, 'x500.docx');
    fs.writeFileSync(out, 'the previous export');
    const notWord = path.join(folder.path, 'house.dotx');
    fs.writeFileSync(notWord, 'These are notes, not a Word template.');

    await harness.emitMenu({ command: 'project.export' });
    const dialog = exportDialog(page);
    await dialog.waitFor();
    await dialog.getByLabel('Change marks').selectOption('2');
    await dialog.getByRole('radio', { name: /Visible colours, for print/ }).check();
    // Picking one's own template asks for the file; the choice holds once one is chosen.
    harness.answerDialog('dialog.chooseTemplate', notWord);
    await dialog.getByRole('radio', { name: /A template of your own/ }).click();
    await dialog.getByRole('radio', { name: /house\.dotx/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /house\.dotx/ }).isChecked()).toBe(true);

    harness.answerDialog('dialog.chooseExportPath', out);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('“house.dotx” is a text file, not a Word document (.docx). Choose another template', { exact: false }).waitFor();
    await alert.getByText('Nothing was written; a file that was already there is as it was.').waitFor();
    await screenshot(page, '92-export-refused');
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous export');
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
    // The choices are as they were.
    expect(await dialog.getByLabel('Change marks').inputValue()).toBe('2');
    expect(await dialog.getByRole('radio', { name: /Visible colours, for print/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /house\.dotx/ }).isChecked()).toBe(true);

    // Another try with the built-in template replaces the old file with the export, in visible colours.
    await dialog.getByRole('radio', { name: /The built-in ITU template/ }).check();
    harness.answerDialog('dialog.chooseExportPath', out);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog
      .getByText('Exported the working text of the English master, with change marks since iteration 2 (2026-11-22) in visible colours.')
      .waitFor();
    expect(await shownCount(dialog, 'Revisions')).toBe('0');
    const xml = documentXml(out);
    expect(xml).not.toContain('<w:ins ');
    expect(xml).toContain('w:strike');
    expect(harness.failures).toEqual([expect.stringContaining('house.dotx')]);
  }, 60_000);

  it('exports an iteration from a window that opened the project read-only, named by the iteration’s date', async () => {
    const file = writeProjectWithIterations();
    const holder = ProjectFile.open(file, { program: 'the rapporteur’s laptop', access: 'write' });
    const suggested: string[] = [];
    try {
      harness = await startHarness({
        wrapHandlers: (handlers) => ({
          ...handlers,
          'dialog.chooseExportPath': (args) => {
            suggested.push(args.suggestedName);
            return handlers['dialog.chooseExportPath'](args);
          },
        }),
      });
      const { page } = harness;
      await openMaster(harness, file);
      expect(await page.getByRole('button', { name: 'Save iteration…' }).isDisabled()).toBe(true);

      await harness.emitMenu({ command: 'project.export' });
      const dialog = exportDialog(page);
      await dialog.waitFor();
      await dialog.getByLabel('Text', { exact: true }).selectOption('2');
      const out = path.join(folder.path, 'paris.docx');
      harness.answerDialog('dialog.chooseExportPath', out);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await dialog.getByText('Exported iteration 2 (2026-11-22) of the English master, clean.').waitFor();
      expect(suggested).toEqual(['ISO-IEC-9594-1_X.500_DIS_2026-11-22_clean.docx']);
      const xml = documentXml(out);
      expect(xml).toContain('required by OSI applications.');
      expect(xml).not.toContain('others');
      expect(xml).not.toContain('<w:ins ');
      expect(harness.failures).toEqual([]);
    } finally {
      holder.close();
    }
  }, 60_000);
});

describe('File > Export Submission', () => {
  it('writes the folder and the ZIP with the cover sheet, the clean and the marked text, showing the steps', async () => {
    const file = writeProjectWithIterations();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    harness = await startHarness({
      viewport: { width: 1400, height: 900 },
      // Held until the test has seen the dialog at work.
      wrapHandlers: (handlers) => ({
        ...handlers,
        'export.submission': async (args) => {
          await held;
          return handlers['export.submission'](args);
        },
      }),
    });
    const { page } = harness;
    await openMaster(harness, file);
    const out = path.join(folder.path, 'submissions');
    fs.mkdirSync(out);

    await harness.emitMenu({ command: 'project.exportSubmission' });
    const dialog = submissionDialog(page);
    await dialog.waitFor();
    await dialog.getByText('No folder chosen yet').waitFor();
    await dialog.getByLabel('Change marks').selectOption('1');
    harness.answerDialog('dialog.chooseExportFolder', out);
    await dialog.getByRole('button', { name: 'Choose folder…' }).click();
    await dialog.getByText(out, { exact: true }).waitFor();
    await screenshot(page, '93-export-submission-dialog');

    await dialog.getByRole('button', { name: 'Export package' }).click();
    await dialog.getByRole('progressbar', { name: 'Export progress' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Exporting…' }).isDisabled()).toBe(true);
    expect(await dialog.getByLabel('Text', { exact: true }).isDisabled()).toBe(true);
    await screenshot(page, '94-export-submission-progress');
    release();

    await dialog.getByText('The submission package is written: 3 files, in a folder and in a ZIP.').waitFor({ timeout: 30_000 });
    const stem = `ISO-IEC-9594-1_X.500_DIS_${localCalendarDate()}`;
    const names = [`${stem}_cover.docx`, `${stem}_clean.docx`, `${stem}_marked-since-1.docx`];
    const files = dialog.getByRole('list', { name: 'Files written' }).getByRole('listitem');
    expect((await files.allTextContents()).map((entry) => entry.slice(0, entry.indexOf('.docx') + 5))).toEqual(names);
    await dialog.getByText(path.join(out, `${stem}.zip`), { exact: true }).waitFor();
    await screenshot(page, '95-export-submission-done');

    // The folder holds the three files, the ZIP the same files under the folder's name.
    const packageFolder = path.join(out, stem);
    expect(fs.readdirSync(packageFolder).sort()).toEqual([...names].sort());
    expect(documentXml(path.join(packageFolder, names[1]!))).not.toContain('<w:ins ');
    expect(documentXml(path.join(packageFolder, names[2]!))).toContain('<w:ins ');
    expect(documentXml(path.join(packageFolder, names[0]!))).toContain('Files enclosed');
    const zip = fs.readFileSync(path.join(out, `${stem}.zip`));
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    for (const name of names) expect(zip.includes(Buffer.from(`${stem}/${name}`))).toBe(true);

    // The steps main reported, to the end.
    expect(harness.exportProgress.map((progress) => progress.step)).toEqual([
      'Writing the clean English text',
      'Writing the English text with change marks',
      'Writing the cover sheet',
      'Done',
    ]);
    expect(harness.exportProgress.at(-1)).toEqual({ step: 'Done', fraction: 1 });
    expect(harness.failures).toEqual([]);
  }, 60_000);
});

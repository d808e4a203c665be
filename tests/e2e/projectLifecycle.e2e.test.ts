import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-projects-');
});
afterEach(async () => {
  // Whatever a test did, the page must not have thrown or logged an error (a CSP violation would show here).
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

const readBack = (file: string) => {
  const project = ProjectFile.open(file, { program: 'test', access: 'read' });
  try {
    return project.snapshot();
  } finally {
    project.close();
  }
};

async function createProjectThroughUi(h: Harness, file: string): Promise<void> {
  const { page } = h;
  await page.getByRole('button', { name: 'New project…' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('Information technology – Open Systems Interconnection – The Directory: Overview');
  await dialog.getByLabel('ITU-T number').fill('X.500');
  await dialog.getByLabel('ISO/IEC number').fill('9594-1');
  h.answerDialog('dialog.chooseNewProjectPath', file);
  await dialog.getByRole('button', { name: 'Create…' }).click();
  await page.getByRole('navigation', { name: 'Project' }).waitFor();
}

describe('the app in Chromium, on the real handlers', () => {
  it('creates a project, edits its metadata, and reopens it from the recent list after a restart', async () => {
    const settings = temporaryFolder('cts-e2e-settings-');
    try {
      const file = path.join(folder.path, 'X.500 - 9594-1.ctproj');
      harness = await startHarness({ dataDir: settings.path });
      const { page } = harness;
      await page.getByRole('button', { name: 'Open project…' }).first().waitFor();
      await screenshot(page, '01-start-screen-empty');

      await createProjectThroughUi(harness, file);
      expect(fs.existsSync(file)).toBe(true);
      expect(readBack(file).metadata).toMatchObject({ ituNumber: 'X.500', isoNumber: '9594-1' });
      await screenshot(page, '02-workbench-new-project');

      await harness.emitMenu({ command: 'project.properties' });
      await page.getByLabel('Edition').fill('9');
      await page.getByLabel('Stage').selectOption('DIS');
      await page.getByLabel('Study Group').fill('17');
      await page.getByLabel('Subcommittee').fill('6');
      await page.getByRole('button', { name: 'Add editor' }).click();
      await page.getByLabel('Editor name').fill('Erik Andersen');
      await page.getByLabel('E-mail').fill('era@example.org');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => readBack(file).metadata.edition).toBe('9');
      expect(readBack(file).metadata).toMatchObject({
        stage: 'DIS',
        studyGroup: '17',
        subcommittee: '6',
        editors: [{ name: 'Erik Andersen', affiliation: '', email: 'era@example.org' }],
      });
      await page.getByText('ISO/IEC DIS 9594-1 | ITU-T X.500').first().waitFor();
      expect(await page.title()).toBe('Rec. ITU-T X.500 | ISO/IEC 9594-1 — Common Text Studio');
      await screenshot(page, '03-metadata-form');

      await harness.emitMenu({ command: 'project.close' });
      const recentEntry = page.getByRole('button', { name: /Information technology – Open Systems Interconnection/ });
      await recentEntry.waitFor();
      await screenshot(page, '04-start-screen-recent');
      await harness.close();

      harness = await startHarness({ dataDir: settings.path });
      await harness.page.getByRole('button', { name: /Information technology – Open Systems Interconnection/ }).click();
      await harness.page.getByRole('navigation', { name: 'Project' }).waitFor();
      await harness.emitMenu({ command: 'project.properties' });
      await expect.poll(() => harness!.page.getByLabel('Edition').inputValue()).toBe('9');
      expect(harness.failures).toEqual([]);
      expect(harness.pageErrors).toEqual([]);
    } finally {
      await harness?.close();
      harness = null;
      settings.remove();
    }
  });

  it('shows field errors in the new-project dialog and creates nothing', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('button', { name: 'New project…' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Some text');
    await dialog.getByLabel('ITU-T number').fill('X500');
    harness.answerDialog('dialog.chooseNewProjectPath', path.join(folder.path, 'never.ctproj'));
    await dialog.getByRole('button', { name: 'Create…' }).click();
    await dialog.getByText('Write the ITU-T number as e.g. X.500.').waitFor();
    await screenshot(page, '05-new-project-field-error');
    expect(fs.readdirSync(folder.path)).toEqual([]);
  });

  it('says in plain words why a file that is not a project cannot be opened, and leaves it unchanged', async () => {
    const file = path.join(folder.path, 'minutes.ctproj');
    fs.writeFileSync(file, 'Minutes of the meeting of SG17, Geneva.');
    const before = fileDigest(file);
    harness = await startHarness();
    const { page } = harness;
    harness.answerDialog('dialog.chooseProjectToOpen', file);
    await page.getByRole('button', { name: 'Open project…' }).first().click();
    await page.getByRole('alert').getByText('“minutes.ctproj” is not a Common Text Studio project: it is not a database file.').waitFor();
    await screenshot(page, '06-open-error');
    expect(fileDigest(file)).toBe(before);
  });

  it('opens a project read-only, and says why, while another program holds it for writing', async () => {
    const file = path.join(folder.path, 'held.ctproj');
    ProjectFile.create(file, { title: 'Held elsewhere', ituNumber: 'X.501' }, { program: 'setup' }).close();
    const holder = ProjectFile.open(file, { program: 'Common Text Studio on the rapporteur’s laptop', access: 'write' });
    try {
      harness = await startHarness();
      const { page } = harness;
      harness.answerDialog('dialog.chooseProjectToOpen', file);
      await page.getByRole('button', { name: 'Open project…' }).first().click();
      await page
        .getByText(/is open for editing in Common Text Studio on the rapporteur’s laptop.*opened here read-only/)
        .first()
        .waitFor();
      await harness.emitMenu({ command: 'project.properties' });
      await expect.poll(() => page.getByLabel('Title').isEditable()).toBe(false);
      await screenshot(page, '07-read-only');
    } finally {
      holder.close();
    }
  });

  it('adds a language master and autosaves what is typed into it', async () => {
    const file = path.join(folder.path, 'typed.ctproj');
    harness = await startHarness();
    const { page } = harness;
    await createProjectThroughUi(harness, file);
    const sidebar = page.getByRole('navigation', { name: 'Project' });
    await sidebar.getByRole('button', { name: /English/ }).click();
    const editor = page.locator('.ProseMirror');
    await editor.click();
    await page.keyboard.type('This Recommendation | International Standard defines the Directory.');
    await expect.poll(() => readBack(file).masters.find((master) => master.language === 'en')?.characters, { timeout: 10_000 }).toBe(67);
    await page.getByRole('status').getByText(/Saved/).first().waitFor();
    await screenshot(page, '08-master-editor');

    await page.getByRole('button', { name: 'Add language' }).click();
    await page
      .getByRole('menuitem', { name: /Russian/ })
      .or(page.getByRole('option', { name: /Russian/ }))
      .or(page.getByRole('button', { name: /Russian/ }))
      .first()
      .click();
    await expect.poll(() => readBack(file).masters.map((master) => master.language)).toEqual(['en', 'ru']);
  });

  it('saves what was typed just before the window closes', async () => {
    const file = path.join(folder.path, 'closing.ctproj');
    harness = await startHarness();
    const { page } = harness;
    await createProjectThroughUi(harness, file);
    await page
      .getByRole('navigation', { name: 'Project' })
      .getByRole('button', { name: /English/ })
      .click();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('Last words before closing.');
    // No pause for the autosave: the window closes at once.
    await harness.requestClose();
    expect(readBack(file).masters[0]!.characters).toBe('Last words before closing.'.length);
  });

  it('shows what each register will hold before it has records', async () => {
    harness = await startHarness();
    const { page } = harness;
    await createProjectThroughUi(harness, path.join(folder.path, 'registers.ctproj'));
    const sidebar = page.getByRole('navigation', { name: 'Project' });
    for (const [register, words] of [
      ['Iterations', /snapshot/i],
      ['Comments', /comment/i],
      ['Defect reports', /defect report/i],
      ['Ballots', /vote/i],
    ] as const) {
      await sidebar.getByRole('button', { name: new RegExp(register) }).click();
      await page.getByRole('heading', { name: register }).waitFor();
      await page.getByRole('main').getByText(words).first().waitFor();
    }
    await screenshot(page, '09-empty-register');
  });
});

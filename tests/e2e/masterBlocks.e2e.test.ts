import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { crossReference, doc, heading, note, paragraph, table } from '../support/documentBuilders';
import { everyBlock } from '../support/everyBlockText';
import type { EditorElement } from '../support/masterEditorPage';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-blocks-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

describe('the master editor shows every block of a common text', () => {
  it('typesets each block type with its computed number', async () => {
    const file = writeProject(folder.path, 'blocks.ctproj', everyBlock());
    harness = await startHarness({ viewport: { width: 1400, height: 1000 } });
    const { page } = harness;
    await openMaster(harness, file);
    const text = page.locator('.ProseMirror');
    await expect.poll(() => text.locator('h1.clauseHeading').first().getAttribute('data-number')).toBe('1');
    await screenshot(page, '20-blocks-top');
    await text.locator('.tableBlock').scrollIntoViewIfNeeded();
    await screenshot(page, '21-blocks-middle');
    await text.locator('.annexHeading').first().scrollIntoViewIfNeeded();
    await screenshot(page, '22-blocks-annex');
  });
});

/** The numbers the page shows, in order: headings, annex labels, table and figure titles, notes. */
async function shownNumbers(page: Harness['page']): Promise<string[]> {
  return page
    .locator('.ProseMirror')
    .locator('.clauseHeading[data-number], .annexHeading[data-label], .caption[data-label], .note[data-label], .example[data-label]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-number') ?? element.getAttribute('data-label') ?? ''));
}

/** The type of the block the editor's cursor is in (the browser moves the caret for Ctrl+End; the editor reads it a moment later). */
const cursorBlock = (page: Harness['page']) =>
  page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.state.selection.$from.parent.type.name);

/** The text of the block the editor's cursor is in. */
const cursorText = (page: Harness['page']) =>
  page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.state.selection.$from.parent.textContent);

const crossReferenceLabels = (page: Harness['page']) =>
  page.locator('.ProseMirror .crossReference').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-label')));

describe('building a common text by keyboard and toolbar', () => {
  it('numbers clauses, an annex, a table, a figure, a note and a reference as they are made, and keeps them on reopening', async () => {
    const file = writeProject(folder.path, 'built.ctproj', { type: 'doc', content: [{ type: 'paragraph' }] });
    harness = await startHarness({ viewport: { width: 1400, height: 1000 } });
    const { page } = harness;
    const { keyboard } = page;
    await openMaster(harness, file);
    const text = page.locator('.ProseMirror');
    await text.click();

    // Clause 1 and its paragraph, by shortcut.
    await keyboard.press('Control+Alt+1');
    await keyboard.type('Scope');
    await keyboard.press('Enter');
    await keyboard.type('This Recommendation | International Standard defines the Directory.');
    await keyboard.press('Enter');
    // Clause 2 with a subclause, and a note made from a paragraph.
    await keyboard.press('Control+Alt+1');
    await keyboard.type('Overview');
    await keyboard.press('Enter');
    await keyboard.press('Control+Alt+2');
    await keyboard.type('Model');
    await keyboard.press('Enter');
    await keyboard.type('The Directory is a collection of open systems.');
    await keyboard.press('Enter');
    await keyboard.type('Open systems cooperate.');
    await keyboard.press('Control+Shift+N');
    await keyboard.press('End');
    await keyboard.press('Enter');
    await keyboard.press('Enter'); // an empty paragraph in a note leaves it
    // A table from the toolbar: the cursor goes to its title.
    await page.getByRole('button', { name: 'Insert table' }).click();
    await keyboard.type('Attribute types');
    await text.locator('th').first().click();
    await expect.poll(() => cursorBlock(page)).toBe('paragraph');
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.isActive('tableHeader')))
      .toBe(true);
    await keyboard.type('Name');
    await keyboard.press('Tab');
    await keyboard.type('Use');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    await keyboard.type('cn');
    await keyboard.press('Tab');
    await keyboard.type('common name');
    await page.getByRole('group', { name: 'Table' }).waitFor();
    await screenshot(page, '23-built-table');
    // Below the table: an annex with a subclause, a figure and an ASN.1 block.
    await keyboard.press('Control+End');
    await expect.poll(() => cursorBlock(page)).toBe('paragraph');
    await keyboard.type('Object identifiers');
    await keyboard.press('Control+Shift+A');
    await keyboard.press('Enter');
    await keyboard.press('Control+Alt+1');
    await keyboard.type('Registration');
    await keyboard.press('Enter');
    await page.setInputFiles('input[aria-label="Figure image file"]', {
      name: 'model.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect x="5" y="5" width="190" height="50" fill="none" stroke="#000"/></svg>',
      ),
    });
    await text.locator('.figure').waitFor();
    await keyboard.type('The registration tree');
    await keyboard.press('Control+End');
    await expect.poll(() => cursorBlock(page)).toBe('paragraph');
    await keyboard.press('Control+Alt+C');
    await keyboard.type('id-ds OBJECT IDENTIFIER ::= {joint-iso-itu-t ds(5)}');
    await keyboard.press('Enter');
    await keyboard.type('  id-at OBJECT IDENTIFIER ::= {id-ds 4}');
    await keyboard.press('Control+Enter');
    // A cross-reference to the table, picked in the dialog.
    await keyboard.type('The attributes are listed in ');
    await keyboard.press('Control+Shift+K');
    const dialog = page.getByRole('dialog', { name: 'Insert cross-reference' });
    await dialog.getByRole('tab', { name: 'Tables' }).click();
    await dialog.getByRole('option', { name: /Table 1/ }).dblclick();
    await keyboard.type('; the model is in ');
    await keyboard.press('Control+Shift+K');
    await dialog.getByLabel('Filter targets').fill('model');
    await keyboard.press('Enter');
    await keyboard.type('.');

    await expect
      .poll(() => shownNumbers(page), { timeout: 5000 })
      .toEqual(['1', '2', '2.1', 'NOTE', 'Table 1', 'Annex A', 'A.1', 'Figure A.1']);
    expect(await crossReferenceLabels(page)).toEqual(['Table 1', 'clause 2.1']);
    expect(await text.locator('pre.codeBlock').innerText()).toBe(
      'id-ds OBJECT IDENTIFIER ::= {joint-iso-itu-t ds(5)}\n  id-at OBJECT IDENTIFIER ::= {id-ds 4}',
    );
    await screenshot(page, '24-built-text');

    // A clause inserted near the top renumbers what follows, and the references with it.
    await text.getByText('This Recommendation | International Standard defines the Directory.').click();
    await expect.poll(() => cursorText(page)).toBe('This Recommendation | International Standard defines the Directory.');
    await keyboard.press('End');
    await keyboard.press('Enter');
    await keyboard.press('Control+Alt+1');
    await keyboard.type('Normative references');
    await expect
      .poll(() => shownNumbers(page), { timeout: 5000 })
      .toEqual(['1', '2', '3', '3.1', 'NOTE', 'Table 1', 'Annex A', 'A.1', 'Figure A.1']);
    expect(await crossReferenceLabels(page)).toEqual(['Table 1', 'clause 3.1']);

    // A clause heading turned into body text is gone as a target: its reference is flagged, and undo brings it back.
    await text.locator('h2.clauseHeading', { hasText: 'Model' }).click();
    await expect.poll(() => cursorText(page)).toBe('Model');
    await keyboard.press('Control+Alt+0');
    await expect.poll(() => crossReferenceLabels(page), { timeout: 5000 }).toEqual(['Table 1', 'broken reference']);
    await expect.poll(() => text.locator('.crossReference-broken').count()).toBe(1);
    await screenshot(page, '25-broken-reference');
    await keyboard.press('Control+Z');
    await expect.poll(() => crossReferenceLabels(page), { timeout: 5000 }).toEqual(['Table 1', 'clause 3.1']);

    // Everything is saved: reopen and find it all.
    await page
      .locator('.statusBar-save')
      .getByText(/^Saved/)
      .waitFor({ timeout: 10_000 });
    await harness.emitMenu({ command: 'project.close' });
    await openMaster(harness, file);
    await expect
      .poll(() => shownNumbers(page), { timeout: 5000 })
      .toEqual(['1', '2', '3', '3.1', 'NOTE', 'Table 1', 'Annex A', 'A.1', 'Figure A.1']);
    expect(await crossReferenceLabels(page)).toEqual(['Table 1', 'clause 3.1']);
  });
});

describe('masters in other scripts', () => {
  it('sets Arabic right to left and Chinese and Russian in their own fonts, with the same computed numbers', async () => {
    const file = path.join(folder.path, 'languages.ctproj');
    const project = ProjectFile.create(
      file,
      { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' },
      { program: 'test setup' },
    );
    const text = (title: string, body: string, noteText: string) =>
      doc(heading(1, title, 'h-1'), paragraph(body), heading(2, title, 'h-2'), note(noteText), paragraph(crossReference('h-2')));
    try {
      for (const language of ['ar', 'zh', 'ru'] as const) project.addMaster(language);
      project.saveMaster('ar', text('المجال', 'تحدد هذه التوصية | المعيار الدولي الدليل.', 'ملاحظة توضيحية.'));
      project.saveMaster('zh', text('范围', '本建议书 | 国际标准定义了目录。', '说明性注释。'));
      project.saveMaster(
        'ru',
        text('Область применения', 'Настоящая Рекомендация | Международный стандарт определяет справочник.', 'Пояснение.'),
      );
    } finally {
      project.close();
    }
    harness = await startHarness({ viewport: { width: 1400, height: 800 } });
    const { page } = harness;
    await openMaster(harness, file, 'ar');
    const editor = page.locator('.ProseMirror');
    expect(await editor.getAttribute('dir')).toBe('rtl');
    expect(await editor.getAttribute('lang')).toBe('ar');
    await expect
      .poll(() => editor.locator('.clauseHeading').evaluateAll((els) => els.map((el) => el.getAttribute('data-number'))))
      .toEqual(['1', '1.1']);
    await screenshot(page, '26-master-arabic');
    // Switching language is one click in the sidebar.
    for (const [language, name] of [
      ['zh', 'Chinese'],
      ['ru', 'Russian'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'Project' })
        .getByRole('button', { name: new RegExp(name) })
        .click();
      await expect.poll(() => page.locator('.ProseMirror').getAttribute('lang')).toBe(language);
      expect(await page.locator('.ProseMirror').getAttribute('dir')).toBe('ltr');
      expect(await page.locator('.ProseMirror .crossReference').getAttribute('data-label')).toBe('clause 1.1');
      await screenshot(page, `27-master-${language}`);
    }
  });
});

describe('tables', () => {
  it('merges cells, adds rows and a note of the table, and saves them', async () => {
    const file = writeProject(
      folder.path,
      'table.ctproj',
      doc(
        heading(1, 'Types', 'h-1'),
        table(
          'Attribute types',
          [
            ['Name', 'Syntax', 'Use'],
            ['cn', 'UTF8String', 'common name'],
            ['sn', 'UTF8String', 'surname'],
          ],
          't-1',
        ),
      ),
    );
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);
    const text = page.locator('.ProseMirror');
    // Select the two Syntax cells of the body (a cell selection), then merge them.
    await text.locator('td', { hasText: 'UTF8String' }).first().click();
    await expect.poll(() => cursorText(page)).toBe('UTF8String');
    await text
      .locator('td', { hasText: 'UTF8String' })
      .nth(1)
      .click({ modifiers: ['Shift'] });
    const tools = page.getByRole('group', { name: 'Table' });
    await tools.getByRole('button', { name: 'Merge selected cells' }).click();
    await expect.poll(() => text.locator('td[rowspan="2"]').count()).toBe(1);
    await text.locator('td', { hasText: 'surname' }).click();
    await expect.poll(() => cursorText(page)).toBe('surname');
    await tools.getByRole('button', { name: 'Insert row below' }).click();
    await expect.poll(() => text.locator('tr').count()).toBe(4);
    await text.locator('tr').nth(3).locator('td').first().click();
    await expect.poll(() => cursorText(page)).toBe('');
    await page.keyboard.type('o');
    await tools.getByRole('button', { name: 'Add a note to this table' }).click();
    await page.keyboard.type('Values are case-insensitive.');
    await expect.poll(() => text.locator('.tableBlock > .note').getAttribute('data-label')).toBe('NOTE');
    await screenshot(page, '28-table-tools');
    await page
      .locator('.statusBar-save')
      .getByText(/^Saved/)
      .waitFor({ timeout: 10_000 });

    const project = ProjectFile.open(file, { program: 'test', access: 'read' });
    try {
      const saved = project.master('en').content;
      const block = saved.content![1]!;
      const rows = block.content![1]!.content!;
      expect(rows).toHaveLength(4);
      expect(rows[1]!.content!.map((cell) => cell.attrs)).toEqual([
        { colspan: 1, rowspan: 1 },
        { colspan: 1, rowspan: 2 },
        { colspan: 1, rowspan: 1 },
      ]);
      expect(rows[3]!.content![0]!.content![0]!.content![0]!.text).toBe('o');
      expect(block.content![2]!.type).toBe('note');
    } finally {
      project.close();
    }
  });
});

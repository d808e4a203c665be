import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import type { DocumentJson } from '../../shared/domain/project';
import { generateCommonText } from '../support/commonTextGenerator';
import { doc, heading, note, paragraph, table } from '../support/documentBuilders';
import type { EditorElement } from '../support/masterEditorPage';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-find-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

/**
 * "Directory" six times (once in lower case) in a paragraph, a note, a table title and a cell;
 * "entry" as a word twice and inside "subentry"; then enough text to scroll, and "Zanzibar" at the end.
 */
const sampleText = (): DocumentJson =>
  doc(
    heading(1, 'Scope'),
    paragraph('This Recommendation | International Standard defines the Directory and its services.'),
    paragraph('The directory holds entries; each entry has a distinguished name.'),
    paragraph('A subentry is not an entry of the Directory Information Tree.'),
    note('The Directory may be distributed over many DSAs.'),
    table('Directory attributes', [
      ['Name', 'Use'],
      ['cn', 'common name in the Directory'],
    ]),
    ...Array.from({ length: 40 }, (_, index) =>
      paragraph(`Paragraph ${index + 1} of the overview, long enough to need a line or two on the page of a Recommendation.`),
    ),
    paragraph('The last word of the text is Zanzibar.'),
  );

const savedText = (file: string): string => {
  const project = ProjectFile.open(file, { program: 'test', access: 'read' });
  try {
    return JSON.stringify(project.master('en').content);
  } finally {
    project.close();
  }
};

const occurrences = (text: string, word: string) => text.split(word).length - 1;

/** Every text node's text in a master, for counting a word without the code under test. */
const allText = (node: DocumentJson): string =>
  node.type === 'text' ? `${node.text ?? ''}\u0000` : (node.content ?? []).map(allText).join('');

/** The occurrences of a word in what the page shows of the text, and how many of them are highlighted. */
const onScreen = (page: Harness['page'], word: string) =>
  page.evaluate((sought) => {
    const area = document.querySelector('.mainArea')!.getBoundingClientRect();
    const widget = document.querySelector('.findBar-widget')?.getBoundingClientRect();
    const top = Math.max(area.top, widget?.bottom ?? 0);
    const shown = (box: DOMRect) => box.top >= top && box.bottom <= area.bottom;
    const text = document.querySelector('.ProseMirror')!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let occurrences = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (let at = value.indexOf(sought); at !== -1; at = value.indexOf(sought, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + sought.length);
        if (shown(range.getBoundingClientRect())) occurrences += 1;
      }
    }
    const highlighted = [...text.querySelectorAll('.findMatch')].filter((span) => shown(span.getBoundingClientRect())).length;
    return { occurrences, highlighted };
  }, word);

describe('find and replace in a master', () => {
  it('finds with the options, replaces one and all, undoes the replacement in one step, and saves it', async () => {
    const file = writeProject(folder.path, 'find.ctproj', sampleText());
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    const { keyboard } = page;
    await openMaster(harness, file);
    const text = page.locator('.ProseMirror');
    const bar = page.getByRole('search', { name: 'Find and replace' });
    const findField = bar.getByRole('textbox', { name: 'Find' });
    const count = bar.getByRole('status');
    const highlighted = text.locator('.findMatch');
    const current = text.locator('.findMatch-current');
    await text.locator('p').first().click();
    await keyboard.press('Control+Home');

    // Ctrl+F in the text opens the bar with the cursor in its field; typing searches and highlights.
    await keyboard.press('Control+F');
    await expect.poll(() => findField.evaluate((field) => field === document.activeElement)).toBe(true);
    await keyboard.type('directory');
    // "dire" has the same six matches as "directory": wait for the search of the whole word.
    await expect.poll(() => current.textContent()).toBe('Directory');
    await expect.poll(() => count.textContent()).toBe('1 of 6');
    expect(await highlighted.count()).toBe(6);
    expect(await current.count()).toBe(1);
    expect(await text.locator('td .findMatch').count()).toBe(1);
    await screenshot(page, '40-find-matches');

    // Enter and Shift+Enter, F3 and Shift+F3 go through the matches, wrapping round.
    await keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 of 6');
    await keyboard.press('F3');
    await expect.poll(() => count.textContent()).toBe('3 of 6');
    await keyboard.press('Shift+Enter');
    await keyboard.press('Shift+F3');
    await keyboard.press('Shift+F3');
    await expect.poll(() => count.textContent()).toBe('6 of 6');
    await bar.getByRole('button', { name: 'Next match' }).click();
    await expect.poll(() => count.textContent()).toBe('1 of 6');

    // Match case (Alt+C).
    await keyboard.press('Alt+C');
    await expect.poll(() => count.textContent()).toBe('1 of 1');
    expect(await bar.getByRole('button', { name: 'Match case' }).getAttribute('aria-pressed')).toBe('true');
    expect(await current.textContent()).toBe('directory');
    await keyboard.press('Alt+C');
    await expect.poll(() => highlighted.count()).toBe(6);

    // Whole word (Alt+W): "entry" but not "subentry" nor "entries".
    await findField.fill('entry');
    await expect.poll(() => count.textContent()).toMatch(/ of 3$/);
    await keyboard.press('Alt+W');
    await expect.poll(() => count.textContent()).toMatch(/ of 2$/);
    expect(await highlighted.allTextContents()).toEqual(['entry', 'entry']);

    // Regular expression (Alt+R), with whole word still on; an invalid one says why.
    await keyboard.press('Alt+R');
    await findField.fill('entr(y|ies)');
    await expect.poll(() => highlighted.allTextContents()).toEqual(['entries', 'entry', 'entry']);
    await findField.fill('entr(y|ies');
    const error = bar.getByRole('alert');
    await expect.poll(() => error.textContent()).toBe('The regular expression is not valid: unterminated group.');
    expect(await highlighted.count()).toBe(0);
    expect(await findField.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '41-find-invalid-expression');
    await keyboard.press('Alt+R');
    await keyboard.press('Alt+W');
    await expect.poll(() => count.textContent()).toBe('No results');
    expect(await error.count()).toBe(0);

    // The current match is selected and scrolled into view, below the toolbar and the bar.
    await findField.fill('Zanzibar');
    await expect.poll(() => count.textContent()).toBe('1 of 1');
    await expect
      .poll(async () => {
        const match = await current.boundingBox();
        const barBox = await bar.boundingBox();
        return match !== null && barBox !== null && match.y > barBox.y + barBox.height && match.y + match.height < 900;
      })
      .toBe(true);
    await screenshot(page, '42-find-scrolled');

    // Escape closes the bar and puts the cursor back in the text, on the match.
    await keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    expect(await highlighted.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Zanzibar');

    // Ctrl+H with a word selected opens the replace row to replace that word. Replace one, then all: the count follows.
    // Select the word in the first paragraph, as a double-click does (the editor's own selection, so no race with the mouse).
    await page.evaluate(() => {
      const { editor } = document.querySelector('.ProseMirror') as EditorElement;
      let from = -1;
      editor.state.doc.descendants((node, pos) => {
        if (from < 0 && node.isText && node.text!.includes('Directory')) from = pos + node.text!.indexOf('Directory');
        return from < 0;
      });
      editor
        .chain()
        .focus()
        .setTextSelection({ from, to: from + 'Directory'.length })
        .scrollIntoView()
        .run();
    });
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Directory');
    await keyboard.press('Control+H');
    const replaceField = bar.getByRole('textbox', { name: 'Replace' });
    await expect.poll(() => replaceField.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await findField.inputValue()).toBe('Directory');
    await keyboard.press('Alt+C');
    await expect.poll(() => count.textContent()).toBe('1 of 5');
    await replaceField.fill('Register');
    await screenshot(page, '43-replace');
    await bar.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => count.textContent()).toBe('1 of 4');
    expect(await text.locator('p').nth(0).textContent()).toBe(
      'This Recommendation | International Standard defines the Register and its services.',
    );
    expect(await current.textContent()).toBe('Directory');
    await bar.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => count.textContent()).toBe('Replaced 4');
    const pageText = () => text.textContent().then((value) => value ?? '');
    expect(occurrences(await pageText(), 'Directory')).toBe(0);
    expect(occurrences(await pageText(), 'Register')).toBe(5);
    expect(occurrences(await pageText(), 'directory')).toBe(1);
    await screenshot(page, '44-replaced-all');

    // One undo takes back the whole "replace all", and no more; redo puts it back.
    await keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    await keyboard.press('Control+Z');
    await expect.poll(async () => occurrences(await pageText(), 'Directory')).toBe(4);
    expect(occurrences(await pageText(), 'Register')).toBe(1);
    await keyboard.press('Control+Shift+Z');
    await expect.poll(async () => occurrences(await pageText(), 'Register')).toBe(5);

    // Saved, and there on reopening.
    await expect.poll(() => occurrences(savedText(file), 'Register'), { timeout: 10_000 }).toBe(5);
    await page
      .locator('.statusBar-save')
      .getByText(/^Saved/)
      .waitFor({ timeout: 10_000 });
    expect(occurrences(savedText(file), 'Directory')).toBe(0);
    await harness.emitMenu({ command: 'project.close' });
    await openMaster(harness, file);
    await expect.poll(async () => occurrences(await pageText(), 'Register')).toBe(5);
    expect(occurrences(await pageText(), 'Directory')).toBe(0);
  });

  it('in a 300-page text, highlights what is on screen as it scrolls, and counts what is typed', async () => {
    const { doc: json } = generateCommonText({ pages: 300 });
    const expected = occurrences(allText(json), 'Directory');
    expect(expected).toBeGreaterThan(1000);
    const file = writeProject(folder.path, 'long.ctproj', json);
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);
    const text = page.locator('.ProseMirror');
    await text.locator('p').first().click();
    await page.keyboard.press('Control+F');
    const bar = page.getByRole('search', { name: 'Find and replace' });
    await bar.getByRole('textbox', { name: 'Find' }).fill('Directory');
    await page.keyboard.press('Alt+C');
    const count = bar.getByRole('status');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).toBe(`1 of ${expected.toLocaleString('en-US')}`);
    // Not every match of 300 pages is drawn: only those near what is on screen, and those all are.
    const drawn = await text.locator('.findMatch').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(expected / 4);
    const atTop = await onScreen(page, 'Directory');
    expect(atTop.occurrences).toBeGreaterThan(0);
    expect(atTop.highlighted).toBe(atTop.occurrences);
    const area = page.locator('.mainArea');
    for (const distance of [60_000, 250_000]) {
      await area.evaluate((element, by) => element.scrollBy(0, by), distance);
      await expect
        .poll(async () => {
          const shown = await onScreen(page, 'Directory');
          return shown.occurrences > 0 && shown.highlighted === shown.occurrences;
        })
        .toBe(true);
    }
    await screenshot(page, '46-find-long-text');

    // Typing with the bar open: the highlights move along, and the count follows once typing pauses.
    // The cursor goes to the start of the block of the first match on screen, as a click and Home would put it.
    await text
      .locator('.findMatch')
      .first()
      .evaluate((match) => {
        const { editor } = document.querySelector('.ProseMirror') as EditorElement;
        const $pos = editor.state.doc.resolve(editor.view.posAtDOM(match, 0));
        editor.chain().focus().setTextSelection($pos.start()).run();
      });
    // Tiptap moves the focus on the next frame: typed before it, the words would go to the Find box.
    await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror') === true);
    await page.keyboard.type('Directory ');
    await expect.poll(() => count.textContent(), { timeout: 5_000 }).toMatch(new RegExp(` of ${(expected + 1).toLocaleString('en-US')}$`));
  });

  it('finds in a read-only master but offers no replacing', async () => {
    const file = writeProject(folder.path, 'held.ctproj', sampleText());
    const holder = ProjectFile.open(file, { program: 'Common Text Studio on the rapporteur’s laptop', access: 'write' });
    try {
      harness = await startHarness({ viewport: { width: 1400, height: 900 } });
      const { page } = harness;
      await openMaster(harness, file);
      const text = page.locator('.ProseMirror');
      await text.locator('p').first().click();
      await page.keyboard.press('Control+H');
      const bar = page.getByRole('search', { name: 'Find and replace' });
      await bar.getByRole('textbox', { name: 'Find' }).fill('Directory');
      await expect.poll(() => bar.getByRole('status').textContent()).toMatch(/^\d of 6$/);
      expect(await bar.getByRole('textbox', { name: 'Replace' }).isDisabled()).toBe(true);
      expect(await bar.getByRole('button', { name: 'Replace', exact: true }).isDisabled()).toBe(true);
      expect(await bar.getByRole('button', { name: 'Replace all' }).isDisabled()).toBe(true);
      await screenshot(page, '45-find-read-only');
      await page.keyboard.press('Escape');
      await expect.poll(() => bar.count()).toBe(0);
      expect(occurrences(await text.textContent().then((value) => value ?? ''), 'Directory')).toBe(5);
    } finally {
      holder.close();
    }
  });
});

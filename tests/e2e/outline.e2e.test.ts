import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import { documentJsonAdapter } from '../../shared/domain/numbering/documentJsonAdapter';
import type { DocumentJson } from '../../shared/domain/project';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { generateCommonText } from '../support/commonTextGenerator';
import { annex, appendix, crossReference, doc, heading, note, paragraph, unnumberedHeading } from '../support/documentBuilders';
import type { EditorElement } from '../support/masterEditorPage';
import { temporaryFolder } from '../support/temporaryFolder';
import type { Harness } from './harness';
import { startHarness } from './harness';
import { openMaster, writeProject } from './openProject';
import { screenshot } from './screenshot';

let folder: ReturnType<typeof temporaryFolder>;
let harness: Harness | null = null;

beforeEach(() => {
  folder = temporaryFolder('cts-e2e-outline-');
});
afterEach(async () => {
  const pageErrors = harness?.pageErrors ?? [];
  await harness?.close();
  harness = null;
  folder.remove();
  expect(pageErrors).toEqual([]);
});

/** A small common text: front matter, four clauses (two with a subclause), an annex, an appendix, a bibliography. */
const commonText = (): DocumentJson =>
  doc(
    unnumberedHeading('introduction', 'Introduction', 'u-intro'),
    paragraph('This Recommendation | International Standard introduces the Directory.'),
    heading(1, 'Scope', 'h-scope'),
    paragraph('Terms are in ', crossReference('h-defs'), ' and ', crossReference('h-terms', 'number'), '.'),
    heading(1, 'Normative references', 'h-refs'),
    heading(2, 'Identical Recommendations | International Standards', 'h-identical'),
    paragraph('Rec. ITU-T X.501 | ISO/IEC 9594-2.'),
    heading(1, 'Definitions', 'h-defs'),
    paragraph('This text uses the terms of ', crossReference('h-identical'), '.'),
    heading(2, 'Terms defined elsewhere', 'h-terms'),
    paragraph('Directory, entry, attribute.'),
    note('The terms are used as defined there.', 'n-terms'),
    heading(1, 'Overview', 'h-overview'),
    paragraph('The identifiers are in ', crossReference('a-oids'), ', the arcs in ', crossReference('h-arcs'), '.'),
    annex('Object identifiers', { id: 'a-oids' }),
    heading(1, 'Arcs', 'h-arcs'),
    paragraph('The arcs of the Directory.'),
    appendix('Examples', 'p-examples'),
    paragraph('An example of Directory use.'),
    unnumberedHeading('bibliography', 'Bibliography', 'u-bib'),
    paragraph('Other texts.'),
  );

const tree = (page: Page): Locator => page.getByRole('tree', { name: 'Outline' });
/** An outline row by what it reads: "3 Definitions", "Annex A (normative) Object identifiers". */
const row = (page: Page, text: string): Locator => tree(page).locator(`[role="treeitem"][title="${text}"]`);
/** The rows the outline draws, top to bottom, as they read. */
const outlineRows = (page: Page): Promise<string[]> =>
  tree(page)
    .locator('[role="treeitem"]')
    .evaluateAll((rows) =>
      rows
        .map((element) => ({ top: (element as HTMLElement).offsetTop, text: element.getAttribute('title') ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((entry) => entry.text),
    );
/** The clause numbers the page prints before the headings. */
const pageNumbers = (page: Page): Promise<string[]> =>
  page
    .locator('.ProseMirror .clauseHeading[data-number]')
    .evaluateAll((elements) => elements.map((element) => `${element.getAttribute('data-number')} ${element.textContent}`));
/** What the cross-references on the page read, in order. */
const referenceLabels = (page: Page): Promise<(string | null)[]> =>
  page.locator('.ProseMirror span.crossReference').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-label')));
/** The id of the block around the cursor, as the editor holds it. */
const cursorBlockId = (page: Page): Promise<unknown> =>
  page.evaluate(() => (document.querySelector('.ProseMirror') as EditorElement).editor.state.selection.$from.parent.attrs.id);

const readMaster = (file: string): DocumentJson => {
  const project = ProjectFile.open(file, { program: 'test', access: 'read' });
  try {
    return project.master('en').content;
  } finally {
    project.close();
  }
};

const originalOutline = [
  'Introduction',
  '1 Scope',
  '2 Normative references',
  '2.1 Identical Recommendations | International Standards',
  '3 Definitions',
  '3.1 Terms defined elsewhere',
  '4 Overview',
  'Annex A (normative) Object identifiers',
  'A.1 Arcs',
  'Appendix I Examples',
  'Bibliography',
];

/** After Definitions moved above Normative references, and Overview was dragged to the top. */
const movedOutline = [
  'Introduction',
  '1 Overview',
  '2 Scope',
  '3 Definitions',
  '3.1 Terms defined elsewhere',
  '4 Normative references',
  '4.1 Identical Recommendations | International Standards',
  'Annex A (normative) Object identifiers',
  'A.1 Arcs',
  'Appendix I Examples',
  'Bibliography',
];
const movedPageNumbers = [
  '1 Overview',
  '2 Scope',
  '3 Definitions',
  '3.1 Terms defined elsewhere',
  '4 Normative references',
  '4.1 Identical Recommendations | International Standards',
  'A.1 Arcs',
];
const movedReferences = ['Annex A', 'clause A.1', 'clause 3', '3.1', 'clause 4.1'];

describe('the outline beside a master', () => {
  it('shows the numbered headings, goes to a clause, moves clauses by keyboard and by drag and drop, lists problems, and keeps the moves', async () => {
    const file = writeProject(folder.path, 'outline.ctproj', commonText());
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);

    // The outline shows the computed numbers, annexes with their status, appendices and unnumbered headings.
    await expect.poll(() => outlineRows(page)).toEqual(originalOutline);
    await expect.poll(() => referenceLabels(page)).toEqual(['clause 3', '3.1', 'clause 2.1', 'Annex A', 'clause A.1']);
    await expect.poll(() => page.getByRole('region', { name: 'Problems' }).locator('.sidePane-count').textContent()).toBe('0');
    await screenshot(page, '30-outline');

    // A click puts the cursor in the heading, highlights its row, and shows the heading on the page.
    await row(page, '3 Definitions').click();
    await expect.poll(() => cursorBlockId(page)).toBe('h-defs');
    await expect.poll(() => row(page, '3 Definitions').getAttribute('aria-selected')).toBe('true');
    const headingBox = await page.locator('.ProseMirror h1.clauseHeading', { hasText: 'Definitions' }).boundingBox();
    const mainBox = await page.locator('.mainArea').boundingBox();
    expect(headingBox!.y).toBeGreaterThan(mainBox!.y);
    expect(headingBox!.y + headingBox!.height).toBeLessThan(mainBox!.y + mainBox!.height);

    // Alt+Shift+Up in the text moves Definitions, with its subclause, above Normative references.
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect
      .poll(() => outlineRows(page))
      .toEqual([
        'Introduction',
        '1 Scope',
        '2 Definitions',
        '2.1 Terms defined elsewhere',
        '3 Normative references',
        '3.1 Identical Recommendations | International Standards',
        ...originalOutline.slice(6),
      ]);
    expect(await pageNumbers(page)).toEqual([
      '1 Scope',
      '2 Definitions',
      '2.1 Terms defined elsewhere',
      '3 Normative references',
      '3.1 Identical Recommendations | International Standards',
      '4 Overview',
      'A.1 Arcs',
    ]);
    expect(await referenceLabels(page)).toEqual(['clause 2', '2.1', 'clause 3.1', 'Annex A', 'clause A.1']);
    expect(await cursorBlockId(page)).toBe('h-defs');
    expect(await row(page, '2 Definitions').getAttribute('aria-selected')).toBe('true');
    await screenshot(page, '31-outline-moved-by-keyboard');

    // An annex may not be dropped among the clauses of the body: no drop line, nothing moves.
    const annexRow = row(page, 'Annex A (normative) Object identifiers');
    const scopeRow = row(page, '1 Scope');
    await annexRow.hover();
    await page.mouse.down();
    const scopeBox = (await scopeRow.boundingBox())!;
    await page.mouse.move(scopeBox.x + 60, scopeBox.y + 4, { steps: 8 });
    expect(await tree(page).locator('.outlineRow-drop').count()).toBe(0);
    await page.mouse.up();
    expect(await outlineRows(page)).toEqual([
      'Introduction',
      '1 Scope',
      '2 Definitions',
      '2.1 Terms defined elsewhere',
      '3 Normative references',
      '3.1 Identical Recommendations | International Standards',
      ...originalOutline.slice(6),
    ]);

    // Dragging Overview onto the top half of Scope shows a drop line there, and the drop makes it clause 1.
    await row(page, '4 Overview').hover();
    await page.mouse.down();
    await page.mouse.move(scopeBox.x + 60, scopeBox.y + 4, { steps: 8 });
    await tree(page).locator('.outlineRow-drop.is-before').waitFor();
    await screenshot(page, '32-outline-dragging');
    await page.mouse.up();
    await expect.poll(() => outlineRows(page)).toEqual(movedOutline);
    expect(await pageNumbers(page)).toEqual(movedPageNumbers);
    expect(await referenceLabels(page)).toEqual(movedReferences);
    expect(await tree(page).locator('.outlineRow-drop').count()).toBe(0);

    // In the tree itself: arrow keys move the focus, Alt+Shift+arrows move the focused section.
    await tree(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => outlineRows(page).then((rows) => rows.slice(1, 3))).toEqual(['1 Scope', '2 Overview']);
    expect(await tree(page).getAttribute('aria-activedescendant')).toBe(await row(page, '2 Overview').getAttribute('id'));
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => outlineRows(page)).toEqual(movedOutline);

    // Demote with the pane's button, promote back from the row's menu.
    await row(page, '4 Normative references').click();
    await page.getByRole('button', { name: 'Demote section' }).click();
    await expect.poll(() => outlineRows(page)).toContain('3.2 Normative references');
    expect(await outlineRows(page)).toContain('3.2.1 Identical Recommendations | International Standards');
    expect(await referenceLabels(page)).toEqual(['Annex A', 'clause A.1', 'clause 3', '3.1', 'clause 3.2.1']);
    await row(page, '3.2 Normative references').click({ button: 'right' });
    await screenshot(page, '33-outline-menu');
    await page
      .getByRole('menu', { name: 'Section' })
      .getByRole('menuitem', { name: /Promote/ })
      .click();
    await expect.poll(() => outlineRows(page)).toEqual(movedOutline);
    expect(await referenceLabels(page)).toEqual(movedReferences);

    // Deleting the heading a reference points at lists a broken reference; a click goes to it.
    await row(page, '3.1 Terms defined elsewhere').click();
    await page.keyboard.press('Backspace');
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.getByRole('button', { name: 'Broken reference in 2: its target was deleted' }).waitFor();
    expect(await problems.locator('.sidePane-count').textContent()).toBe('1');
    expect(await referenceLabels(page)).toEqual(['Annex A', 'clause A.1', 'clause 3', 'broken reference', 'clause 4.1']);
    await screenshot(page, '34-outline-problem');
    await problems.getByRole('button', { name: 'Broken reference in 2: its target was deleted' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const { selection } = (document.querySelector('.ProseMirror') as EditorElement).editor.state;
          return 'node' in selection ? (selection.node as { attrs: { target: string } }).attrs.target : null;
        }),
      )
      .toBe('h-terms');
    await page.keyboard.press('Control+z');
    await expect.poll(() => problems.locator('.sidePane-count').textContent()).toBe('0');
    await expect.poll(() => outlineRows(page)).toEqual(movedOutline);
    expect(await referenceLabels(page)).toEqual(movedReferences);

    // The moves are saved: in the file, and in the app after reopening the project.
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/Saved/);
    const stored = computeNumbering(readMaster(file), documentJsonAdapter);
    expect(stored.entries.filter((entry) => entry.kind === 'clause').map((entry) => `${entry.label} ${entry.title}`)).toEqual(
      movedPageNumbers,
    );
    expect(stored.crossReferences.map((use) => use.entry?.referenceText[use.form] ?? null)).toEqual(movedReferences);
    expect(harness.failures).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    await harness.close();

    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    await openMaster(harness, file);
    await expect.poll(() => outlineRows(harness!.page)).toEqual(movedOutline);
    expect(await pageNumbers(harness.page)).toEqual(movedPageNumbers);
    expect(await referenceLabels(harness.page)).toEqual(movedReferences);
    await screenshot(harness.page, '35-outline-reopened');

    // The project summary is still there, folded below the outline.
    await harness.page.getByRole('button', { name: /Project summary/ }).click();
    await harness.page.getByRole('region', { name: 'Project summary' }).getByText('Rec. ITU-T X.500 | ISO/IEC 9594-1').waitFor();
    await screenshot(harness.page, '37-outline-with-summary');
  });

  it('keeps up with the 300-page text: draws only the rows in view, follows the cursor, and moves a clause', async () => {
    const { doc: json, stats } = generateCommonText();
    const file = writeProject(folder.path, 'large.ctproj', json);
    harness = await startHarness({ viewport: { width: 1400, height: 900 } });
    const { page } = harness;
    await openMaster(harness, file);
    await tree(page).locator('[role="treeitem"]').first().waitFor({ timeout: 60_000 });
    const drawn = await tree(page).locator('[role="treeitem"]').count();
    const canvasHeight = await tree(page)
      .locator('.outlineTree-canvas')
      .evaluate((element) => (element as HTMLElement).offsetHeight);
    // Every heading has its place, only a screenful and a margin are drawn.
    expect(canvasHeight / 26).toBeGreaterThanOrEqual(stats.headings);
    expect(drawn).toBeLessThan(80);

    // The cursor near the end of the text: the outline scrolls to the section holding it.
    await page.evaluate(() => {
      const { editor } = document.querySelector('.ProseMirror') as EditorElement;
      const { doc: text } = editor.state;
      let pos = 0;
      for (let index = 0; index < Math.floor(text.childCount * 0.9); index += 1) pos += text.child(index).nodeSize;
      editor.commands.setTextSelection(pos + 1);
    });
    await tree(page).locator('[role="treeitem"][aria-selected="true"]').waitFor();
    const currentBox = (await tree(page).locator('[role="treeitem"][aria-selected="true"]').boundingBox())!;
    const treeBox = (await tree(page).boundingBox())!;
    expect(currentBox.y).toBeGreaterThanOrEqual(treeBox.y);
    expect(currentBox.y + currentBox.height).toBeLessThanOrEqual(treeBox.y + treeBox.height);
    await screenshot(page, '36-outline-large-text');

    // Move the first clause of the body down with the keyboard, timed from the key to the outline.
    const scope = tree(page).locator('[role="treeitem"][title="1 Scope"]');
    await tree(page).evaluate((element) => (element.scrollTop = 0));
    await scope.click();
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const treeElement = document.querySelector('[role="tree"]')!;
          new MutationObserver((_records, observer) => {
            if (treeElement.querySelector('[role="treeitem"][title="2 Scope"]')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          }).observe(treeElement, { subtree: true, childList: true, attributes: true });
          document
            .querySelector('.ProseMirror')!
            .dispatchEvent(
              new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }),
            );
        }),
    );
    await expect.poll(() => outlineRows(page)).toContain('2 Scope');
    console.info(
      `300-page text: ${stats.headings} headings, ${drawn} rows drawn; Alt+Shift+Down to the outline redrawn: ${elapsed.toFixed(0)} ms`,
    );
  }, 120_000);
});

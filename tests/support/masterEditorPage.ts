import type { Editor } from '@tiptap/core';
import type { Page } from 'playwright-core';

// Helpers that reach the master editor inside the harness page. Tiptap hangs its editor on the
// ProseMirror element (`element.editor`), so a test can find blocks and place the cursor as a user
// would with the mouse, without depending on how the page is laid out. The callbacks given to
// page.evaluate run in the browser: each one is self-contained.

/** The ProseMirror element with Tiptap's editor on it. */
export type EditorElement = HTMLElement & { editor: Editor };

/** Waits until the master editor is on the page and editable. */
export async function waitForEditableMaster(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('.ProseMirror[contenteditable="true"]').first().waitFor({ timeout });
}

/**
 * The index, among the top-level blocks, of a paragraph of plain text (no cross-reference or other
 * inline node) at about `fraction` of the way through the master.
 */
export async function paragraphNear(page: Page, fraction: number): Promise<number> {
  return page.evaluate((where) => {
    const doc = (document.querySelector('.ProseMirror') as EditorElement).editor.state.doc;
    const start = Math.floor(doc.childCount * where);
    for (let index = start; index < doc.childCount; index += 1) {
      const block = doc.child(index);
      let plain = block.type.name === 'paragraph' && block.childCount > 0;
      block.forEach((child) => (plain &&= child.isText && child.marks.length === 0));
      if (plain && block.textContent.length > 80) return index;
    }
    throw new Error('No plain paragraph after the given point.');
  }, fraction);
}

/**
 * Types `words` at the end of the top-level block `index` (the last block when omitted), as the
 * editor would after a click there.
 */
export async function typeAtEndOfBlock(page: Page, words: string, index?: number): Promise<void> {
  await page.evaluate((at) => {
    const { editor } = document.querySelector('.ProseMirror') as EditorElement;
    const { doc } = editor.state;
    let end = 0;
    doc.forEach((block, offset, position) => {
      if (position === (at ?? doc.childCount - 1)) end = offset + block.nodeSize - 1;
    });
    editor.chain().focus().setTextSelection(end).run();
  }, index);
  // Tiptap gives the focus on the next frame; keys pressed before it would go nowhere.
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror') === true);
  await page.keyboard.type(words);
}

/** The text of a top-level block, as the editor holds it now. */
export async function blockText(page: Page, index: number): Promise<string> {
  return page.evaluate((at) => (document.querySelector('.ProseMirror') as EditorElement).editor.state.doc.child(at).textContent, index);
}

/**
 * Puts the cursor at the end of the top-level block `index`, focuses the editor and scrolls the
 * block into view. Returns the index of the block's element among the editor's own children.
 */
export async function placeCursorAtEndOf(page: Page, index: number): Promise<number> {
  const domIndex = await page.evaluate((at) => {
    const element = document.querySelector('.ProseMirror') as EditorElement;
    const { editor } = element;
    let pos = 0;
    for (let child = 0; child < at; child += 1) pos += editor.state.doc.child(child).nodeSize;
    const block = editor.view.nodeDOM(pos) as HTMLElement | null;
    editor.commands.setTextSelection(pos + editor.state.doc.child(at).nodeSize - 1);
    editor.view.focus();
    block?.scrollIntoView({ block: 'center' });
    return block ? Array.prototype.indexOf.call(element.children, block) : -1;
  }, index);
  await nextFrames(page, 2);
  return domIndex;
}

/** Resolves after `count` animation frames of the page. */
export async function nextFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(frames);
      }),
    count,
  );
}

/** The status bar's save state, e.g. "Saved 14:02:11" or "Edited". */
export async function saveStateText(page: Page): Promise<string> {
  return (await page.getByRole('status').first().textContent()) ?? '';
}

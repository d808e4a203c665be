import type { Page } from 'playwright-core';
import { nextFrames } from './masterEditorPage';

/**
 * The floor the benchmarks compare the editor with: the master's DOM as it is on screen, with every
 * stylesheet, in a bare contenteditable of a new page of the same browser, with no editor. Typing
 * there costs only the browser's layout and paint. The cursor is put at the end of the top-level
 * block at `domIndex` (as placeCursorAtEndOf gives it), scrolled to the middle of the window.
 */
export async function openContentEditableFloor(page: Page, domIndex: number): Promise<Page> {
  const copy = await page.evaluate(() => {
    const element = document.querySelector('.ProseMirror') as HTMLElement;
    const css = [...document.styleSheets]
      .map((sheet) => {
        try {
          return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
        } catch {
          return '';
        }
      })
      .join('\n');
    return { html: element.innerHTML, css, className: element.className, lang: element.lang, dir: element.dir };
  });
  const floorPage = await page.context().newPage();
  await floorPage.route('http://floor.test/', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body:
        `<!doctype html><html lang="${copy.lang}"><head><meta charset="utf-8"><style>${copy.css}</style></head>` +
        `<body><div class="desk"><article class="page"><div id="floor" class="${copy.className}" contenteditable="true"` +
        ` spellcheck="true" lang="${copy.lang}" dir="${copy.dir}">${copy.html}</div></article></div></body></html>`,
    }),
  );
  await floorPage.goto('http://floor.test/');
  await floorPage.evaluate((index) => {
    const root = document.getElementById('floor')!;
    const block = root.children[index] as HTMLElement;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode()) last = walker.currentNode as Text;
    root.focus();
    const range = document.createRange();
    if (last) range.setStart(last, last.length);
    else range.setStart(block, block.childNodes.length);
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    block.scrollIntoView({ block: 'center' });
  }, domIndex);
  await nextFrames(floorPage, 3);
  return floorPage;
}

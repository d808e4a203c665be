import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const screenshotFolder = path.resolve(__dirname, '../../test-results/screenshots');

/** Saves what the user sees, for people to look at after a run (test-results/screenshots). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotFolder, { recursive: true });
  const file = path.join(screenshotFolder, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

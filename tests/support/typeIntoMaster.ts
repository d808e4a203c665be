// Run as a separate process by the crash test (tests/integration/autosaveAfterKill.test.ts): opens
// a project in the browser harness, types what it is told into the master, and says when each piece
// is typed (and, when asked, when the status bar says it is saved). It never closes anything: the
// test kills it, with its browser, as a crash would.
import readline from 'node:readline';
import { startHarness } from '../e2e/harness';
import { openMaster } from '../e2e/openProject';
import type { EditorElement } from './masterEditorPage';

const [file, dataDir] = process.argv.slice(2);
if (!file || !dataDir) throw new Error('Give the project path and a settings folder.');

const harness = await startHarness({ dataDir });
await openMaster(harness, file);
const { page } = harness;
await page.locator('.ProseMirror').click();
await page.keyboard.press('Control+End');
// The editor reads where the browser put the caret a moment later; type only once it has.
await page.waitForFunction(() => {
  const { state } = (document.querySelector('.ProseMirror') as EditorElement).editor;
  return state.selection.from === state.doc.content.size - 1;
});
process.stdout.write('ready\n');

// Each line from the test is a command: "type <text>" or "wait-saved".
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.startsWith('type ')) {
    await page.keyboard.type(line.slice(5));
    process.stdout.write(`typed ${Date.now()}\n`);
  } else if (line === 'wait-saved') {
    await page
      .locator('.statusBar-save')
      .getByText(/^Saved/)
      .waitFor({ timeout: 10_000 });
    process.stdout.write('saved\n');
  }
}

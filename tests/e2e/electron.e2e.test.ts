import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { temporaryFolder } from '../support/temporaryFolder';

const projectRoot = path.resolve(__dirname, '../..');

/** The Electron binary the electron package downloaded, or why there is none. */
function findElectronBinary(): { path: string } | { missing: string } {
  const pathFile = path.join(projectRoot, 'node_modules/electron/path.txt');
  if (!fs.existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary is not installed (node_modules/electron/path.txt is absent: installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or never started)',
    };
  }
  const binary = path.join(projectRoot, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} is missing` };
}

const found = findElectronBinary();
if ('missing' in found) {
  console.warn(`The Electron spec did not run: ${found.missing}. It runs wherever the binary is present (npm start downloads it).`);
}
const folder = temporaryFolder('cts-electron-');
afterAll(() => folder.remove());

describe('the app in Electron', () => {
  it.skipIf('missing' in found)('starts secure, loads better-sqlite3 in Electron, and creates a project from the UI', async () => {
    if (!('path' in found)) return;
    const file = path.join(folder.path, 'electron.ctproj');
    const app = await electron.launch({
      executablePath: found.path,
      args: [projectRoot, '--no-sandbox'],
      env: { ...process.env, CTS_USER_DATA_DIR: path.join(folder.path, 'settings') },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('button', { name: 'New project…' }).first().waitFor();

      // Loaded from the app's own protocol, with no Node in the page and only the contract on window.api.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL())).toBe(
        'app://bundle/index.html',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).length)).toBeGreaterThan(5);

      // The native save dialog cannot be clicked by a test: answer it in main, as the user would.
      await app.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
      }, file);
      await page.getByRole('button', { name: 'New project…' }).first().click();
      await page.getByRole('dialog').getByLabel('Title').fill('Created in Electron');
      await page.getByRole('dialog').getByRole('button', { name: 'Create…' }).click();
      await page.getByRole('navigation', { name: 'Project' }).waitFor();
      const project = ProjectFile.open(file, { program: 'test', access: 'read' });
      expect(project.metadata().title).toBe('Created in Electron');
      project.close();
    } finally {
      await app.close();
    }
  });
});

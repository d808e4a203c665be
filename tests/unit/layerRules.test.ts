import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });

/** The lint messages for `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layer rules', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';", 'The renderer reaches main only through renderer/api.ts.'],
    ["import Database from 'better-sqlite3';", 'The database lives in electron/core.'],
    ["import fs from 'node:fs';", 'The renderer has no Node.js.'],
    ["import { ProjectFile } from '../../electron/core/project/projectFile';", 'The renderer may not import main-process code.'],
  ])('keeps the renderer from %s', async (line, message) => {
    expect((await lint('renderer/features/example/Example.tsx', `${line}\nexport const x = 1;\n`)).join('\n')).toContain(message);
  });

  it('keeps renderer code off window.api, outside renderer/api.ts', async () => {
    const code = "export const open = () => window.api['project.current']({});\n";
    expect((await lint('renderer/features/example/open.ts', code)).join('\n')).toContain('Call the main process through renderer/api.ts.');
    expect(await lint('renderer/api.ts', code)).toEqual([]);
  });

  it('keeps shared/domain pure', async () => {
    for (const line of ["import { z } from 'zod';", "import path from 'node:path';", "import { contract } from '../contract/contract';"]) {
      expect((await lint('shared/domain/example.ts', `${line}\nexport const x = 1;\n`)).join('\n')).toContain('shared/domain is pure');
    }
    expect(await lint('shared/domain/example.ts', "import { languages } from './language';\nexport const x = languages;\n")).toEqual([]);
  });

  it('lets a folder of shared/domain import from shared/domain, and from nothing outside it', async () => {
    const file = 'shared/domain/numbering/example.ts';
    expect(
      await lint(file, "import { languages } from '../language';\nimport { x as y } from './other';\nexport const x = [languages, y];\n"),
    ).toEqual([]);
    for (const line of ["import { contract } from '../../contract/contract';", "import { z } from 'zod';", "import fs from 'node:fs';"]) {
      expect((await lint(file, `${line}\nexport const x = 1;\n`)).join('\n')).toContain('shared/domain is pure');
    }
  });

  it('lets shared/contract import only itself, shared/domain and zod', async () => {
    const bad = await lint('shared/contract/example.ts', "import fs from 'node:fs';\nexport const x = fs;\n");
    expect(bad.join('\n')).toContain('shared/contract imports only itself, shared/domain and zod.');
    const good = "import { z } from 'zod';\nimport { languages } from '../domain/language';\nexport const x = z.enum(languages);\n";
    expect(await lint('shared/contract/example.ts', good)).toEqual([]);
  });

  it('keeps Electron out of the core and the CLI', async () => {
    for (const file of ['electron/core/example.ts', 'electron/cli/example.ts']) {
      expect((await lint(file, "import { app } from 'electron';\nexport const x = app;\n")).join('\n')).toContain('run without Electron');
    }
  });

  it('keeps raw IPC in its wrapper files', async () => {
    const handle = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect((await lint('electron/main/example.ts', handle)).join('\n')).toContain('Use ipcMain only in');
    expect(await lint('electron/main/ipcRegistration.ts', handle)).toEqual([]);
    const send = "import type { BrowserWindow } from 'electron';\nexport const f = (w: BrowserWindow) => w.webContents.send('x');\n";
    expect((await lint('electron/main/example.ts', send)).join('\n')).toContain(
      'Send to the renderer through electron/main/rendererEvents.ts.',
    );
    const renderer = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
    expect((await lint('electron/main/example.ts', renderer)).join('\n')).toContain('Only the preload talks to ipcRenderer.');
  });
});

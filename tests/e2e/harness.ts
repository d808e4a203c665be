import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Handlers, ShellChannelName } from '../../shared/contract/contract';
import { channelNames } from '../../shared/contract/contract';
import type { MenuEvent } from '../../shared/contract/shellEvents';
import type { ExportProgress } from '../../shared/domain/wordExport';
import type { ImportProgress } from '../../shared/domain/wordImport';
import type { CoreSession } from '../../electron/core/coreHandlers';
import { createCoreSession } from '../../electron/core/coreHandlers';
import { dispatch } from '../../electron/core/dispatch';
import { RecentProjects } from '../../electron/core/recentProjects';
import { readStaticFile } from '../../electron/core/staticFiles';
import { temporaryFolder } from '../support/temporaryFolder';

const rendererRoot = path.resolve(__dirname, '../../dist/renderer');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  readonly page: Page;
  /** Where this run keeps its settings (recent projects) and, by default, its project files. */
  readonly dataDir: string;
  /** The answer the next native dialog of this kind gives, as the user would pick it. */
  answerDialog(channel: ShellChannelName, path: string | null): void;
  /** Sends a menu command, as main does when the user picks a menu item. */
  emitMenu(event: MenuEvent): Promise<void>;
  /** Does what main does when the user closes the window: runs the renderer's before-close handlers and waits. */
  requestClose(): Promise<void>;
  /** Every failure message the handlers returned, for assertions. */
  readonly failures: string[];
  /** Every Word import progress event sent to the page, as main sends them to the window. */
  readonly importProgress: ImportProgress[];
  /** Every submission export progress event sent to the page. */
  readonly exportProgress: ExportProgress[];
  /** Errors the page logged or threw (a CSP violation shows up here). */
  readonly pageErrors: string[];
  /** Closes the page, the browser and the project; keeps dataDir unless it was created here. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Reuse a settings folder (to test what survives a restart). */
  readonly dataDir?: string;
  readonly viewport?: { width: number; height: number };
  /** Wraps the handler table the page is bound to, e.g. to time one handler (benchmarks). */
  readonly wrapHandlers?: (handlers: Handlers) => Handlers;
  /** Hears of every call from the page once it is answered, with its time through validation and handler. */
  readonly onCall?: (call: HandledCall) => void;
}

/** One call from the page, as the harness answered it. */
export interface HandledCall {
  readonly channel: string;
  readonly ok: boolean;
  /** When the harness received the call, in `performance.now()` milliseconds of this process. */
  readonly startedAt: number;
  /** Validation and handler, without the transfer to and from the page. */
  readonly milliseconds: number;
}

/**
 * The built renderer in Debian's Chromium, with `window.api` bound through
 * `page.exposeBinding` to the very handler table Electron's main process uses:
 * real SQLite files, real validation. Only the native dialogs are answered by the test.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first.');
  }
  const folder = options.dataDir ? null : temporaryFolder('cts-e2e-');
  const dataDir = options.dataDir ?? folder!.path;
  const importProgress: ImportProgress[] = [];
  const exportProgress: ExportProgress[] = [];
  // Bound to the page once it exists; main sends the same events with webContents.send.
  let sendImportProgress = (_progress: ImportProgress): void => undefined;
  let sendExportProgress = (_progress: ExportProgress): void => undefined;
  const core: CoreSession = createCoreSession({
    program: 'Common Text Studio (browser harness)',
    version: 'test',
    electron: null,
    recent: new RecentProjects(path.join(dataDir, 'recent-projects.json')),
    onImportProgress: (progress) => {
      importProgress.push(progress);
      sendImportProgress(progress);
    },
    onExportProgress: (progress) => {
      exportProgress.push(progress);
      sendExportProgress(progress);
    },
  });
  const dialogAnswers: Partial<Record<ShellChannelName, (string | null)[]>> = {};
  const takeAnswer = (channel: ShellChannelName): { path: string | null } => ({ path: dialogAnswers[channel]?.shift() ?? null });
  const boundHandlers: Handlers = {
    ...core.handlers,
    'dialog.chooseProjectToOpen': () => takeAnswer('dialog.chooseProjectToOpen'),
    'dialog.chooseNewProjectPath': () => takeAnswer('dialog.chooseNewProjectPath'),
    'dialog.chooseWordDocument': () => takeAnswer('dialog.chooseWordDocument'),
    'dialog.chooseExportPath': () => takeAnswer('dialog.chooseExportPath'),
    'dialog.chooseExportFolder': () => takeAnswer('dialog.chooseExportFolder'),
    'dialog.chooseTemplate': () => takeAnswer('dialog.chooseTemplate'),
  };
  const handlers = options.wrapHandlers ? options.wrapHandlers(boundHandlers) : boundHandlers;

  const server = http.createServer((request, response) => {
    void readStaticFile(rendererRoot, new URL(request.url ?? '/', 'http://localhost').pathname).then((file) => {
      response.writeHead(file.status, file.headers);
      response.end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const failures: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });

  await page.exposeBinding('__ctsInvoke', async (_source, channel: unknown, args: unknown) => {
    const startedAt = performance.now();
    const result = await dispatch(handlers, channel, args);
    options.onCall?.({ channel: String(channel), ok: result.ok, startedAt, milliseconds: performance.now() - startedAt });
    if (!result.ok) failures.push(result.error.message);
    return result;
  });
  sendImportProgress = (progress) => {
    // Not awaited, as main does not wait for the renderer either; a page already gone just misses it.
    page
      .evaluate(
        (event) => (window as unknown as { __ctsEmitImportProgress: (event: unknown) => void }).__ctsEmitImportProgress(event),
        progress,
      )
      .catch(() => undefined);
  };
  sendExportProgress = (progress) => {
    page
      .evaluate(
        (event) => (window as unknown as { __ctsEmitExportProgress: (event: unknown) => void }).__ctsEmitExportProgress(event),
        progress,
      )
      .catch(() => undefined);
  };
  // What the preload does in Electron: one function per contract key, plus the menu and progress events.
  await page.addInitScript((names: readonly string[]) => {
    const invoke = (window as unknown as { __ctsInvoke: (channel: string, args: unknown) => Promise<unknown> }).__ctsInvoke;
    const api = Object.fromEntries(names.map((name) => [name, (args: unknown) => invoke(name, args)]));
    const listeners = new Set<(event: unknown) => void>();
    const progressListeners = new Set<(progress: unknown) => void>();
    const exportListeners = new Set<(progress: unknown) => void>();
    const beforeClose = new Set<() => Promise<unknown>>();
    Object.defineProperty(window, 'api', { value: Object.freeze(api) });
    Object.defineProperty(window, 'shell', {
      value: Object.freeze({
        onMenu: (listener: (event: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        onBeforeClose: (handler: () => Promise<unknown>) => {
          beforeClose.add(handler);
          return () => beforeClose.delete(handler);
        },
        onImportProgress: (listener: (progress: unknown) => void) => {
          progressListeners.add(listener);
          return () => progressListeners.delete(listener);
        },
        onExportProgress: (listener: (progress: unknown) => void) => {
          exportListeners.add(listener);
          return () => exportListeners.delete(listener);
        },
      }),
    });
    Object.defineProperty(window, '__ctsEmitImportProgress', {
      value: (progress: unknown) => progressListeners.forEach((listener) => listener(progress)),
    });
    Object.defineProperty(window, '__ctsEmitExportProgress', {
      value: (progress: unknown) => exportListeners.forEach((listener) => listener(progress)),
    });
    Object.defineProperty(window, '__ctsEmitMenu', { value: (event: unknown) => listeners.forEach((listener) => listener(event)) });
    Object.defineProperty(window, '__ctsBeforeClose', {
      value: () => Promise.allSettled([...beforeClose].map((handler) => handler())),
    });
  }, channelNames);

  await page.goto(`http://127.0.0.1:${port}/index.html`);

  return {
    page,
    dataDir,
    failures,
    importProgress,
    exportProgress,
    pageErrors,
    answerDialog: (channel, answer) => {
      (dialogAnswers[channel] ??= []).push(answer);
    },
    emitMenu: async (event) => {
      await page.evaluate(
        (menuEvent) => (window as unknown as { __ctsEmitMenu: (event: unknown) => void }).__ctsEmitMenu(menuEvent),
        event,
      );
    },
    requestClose: async () => {
      await page.evaluate(() => (window as unknown as { __ctsBeforeClose: () => Promise<unknown> }).__ctsBeforeClose());
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      core.dispose();
      folder?.remove();
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/result';
import { beforeCloseChannel, closeReadyChannel, menuChannel } from '../../shared/contract/shellEvents';

// The Electron binary cannot run here, so main's wiring is checked against a recording stand-in
// for the 'electron' module: what main asks of Electron is what this records.
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  // vi.hoisted runs before the imports above, so it loads what it needs itself.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const nodeFs = require('node:fs') as typeof fs;
  const nodeOs = require('node:os') as typeof os;
  const nodePath = require('node:path') as typeof path;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const userData = nodeFs.mkdtempSync(nodePath.join(nodeOs.tmpdir(), 'cts-main-'));
  const appListeners: Record<string, Listener[]> = {};
  const ipcListeners: Record<string, Listener[]> = {};
  const record = {
    schemes: [] as unknown[],
    protocolHandlers: {} as Record<string, (request: Request) => Promise<Response>>,
    windows: [] as FakeWindow[],
    ipcHandlers: {} as Record<string, Listener>,
    menus: [] as unknown[],
    permissionHandler: null as Listener | null,
    userData,
  };
  class FakeContents {
    sent: unknown[][] = [];
    listeners: Record<string, Listener[]> = {};
    openHandler: Listener | null = null;
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    on(event: string, listener: Listener) {
      (this.listeners[event] ??= []).push(listener);
    }
    setWindowOpenHandler(handler: Listener) {
      this.openHandler = handler;
    }
    isCrashed() {
      return false;
    }
  }
  class FakeWindow {
    webContents = new FakeContents();
    listeners: Record<string, Listener[]> = {};
    url = '';
    closed = 0;
    constructor(readonly options: Record<string, unknown>) {
      record.windows.push(this);
    }
    on(event: string, listener: Listener) {
      (this.listeners[event] ??= []).push(listener);
    }
    once(event: string, listener: Listener) {
      this.on(event, listener);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    show() {}
    close() {
      this.closed += 1;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners[event] ?? []) listener(...args);
    }
  }
  const module = {
    app: {
      isPackaged: false,
      getPath: () => userData,
      getAppPath: () => nodePath.resolve(__dirname, '../..'),
      setPath: () => undefined,
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: Listener) => (appListeners[event] ??= []).push(listener),
      quit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => (record.protocolHandlers[scheme] = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (record.permissionHandler = handler),
        setPermissionCheckHandler: () => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => (record.ipcHandlers[channel] = handler),
      on: (channel: string, listener: Listener) => (ipcListeners[channel] ??= []).push(listener),
      removeListener: (channel: string, listener: Listener) => {
        ipcListeners[channel] = (ipcListeners[channel] ?? []).filter((existing) => existing !== listener);
      },
    },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => record.menus.push(menu) },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
  };
  return { module, record, appListeners, ipcListeners, FakeContents };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

type MenuItem = { label?: string; role?: string; enabled?: boolean; accelerator?: string; click?: () => void; submenu?: MenuItem[] };
const latestMenu = () => electron.record.menus.at(-1) as MenuItem[];
const fileMenu = () => latestMenu().find((item) => item.label === '&File')!.submenu!;
const fileItem = (label: string) => fileMenu().find((item) => item.label === label);
const window = () => electron.record.windows[0]!;
const trusted = { senderFrame: { url: 'app://bundle/index.html' } };
const invoke = (channel: string, args: unknown, event: unknown = trusted) =>
  electron.record.ipcHandlers[channel]!(event, args) as Promise<Result<unknown>>;

beforeAll(async () => {
  await import('../../electron/main/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('the Electron main process', () => {
  it('registers app:// as a secure standard scheme before the app is ready', () => {
    expect(electron.record.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('opens one window, isolated and sandboxed, without Node, loading the app from app://', () => {
    expect(electron.record.windows).toHaveLength(1);
    const preferences = window().options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(path.basename(preferences.preload as string)).toBe('preload.cjs');
    expect(window().url).toBe('app://bundle/index.html');
  });

  it('serves the renderer with the Content Security Policy, and nothing from another host', async () => {
    const handler = electron.record.protocolHandlers.app!;
    expect(fs.existsSync(path.resolve(__dirname, '../../dist/renderer/index.html')), 'run `npm run build` first').toBe(true);
    const page = await handler(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('registers exactly one IPC handler per contract channel', () => {
    expect(Object.keys(electron.record.ipcHandlers).sort()).toEqual([...channelNames].sort());
  });

  it('refuses calls that do not come from the app’s own page', async () => {
    for (const event of [
      { senderFrame: { url: 'https://example.org/' } },
      { senderFrame: null },
      { senderFrame: { url: 'file:///tmp/x.html' } },
    ]) {
      const result = await invoke('recent.list', {}, event);
      expect(result.ok ? 'ok' : result.error.message).toBe('This request did not come from Common Text Studio and was refused.');
    }
    expect((await invoke('recent.list', {})).ok).toBe(true);
  });

  it('validates arguments before they reach the core', async () => {
    const result = await invoke('project.open', { path: 42 });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-arguments');
  });

  it('blocks navigation away from the app, new windows and permissions', () => {
    const contents = new electron.FakeContents();
    for (const listener of electron.appListeners['web-contents-created'] ?? []) listener({}, contents);
    const navigate = (url: string) => {
      let prevented = false;
      for (const listener of contents.listeners['will-navigate'] ?? []) listener({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://bundle/index.html')).toBe(false);
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    let granted: boolean | null = null;
    electron.record.permissionHandler?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('has the File menu of the design, with Save Iteration and the exports disabled until a project is open', () => {
    expect(fileMenu().map((item) => item.label ?? item.role ?? '—')).toEqual(
      expect.arrayContaining([
        '&New Project…',
        '&Open Project…',
        'Open &Recent',
        '&Close Project',
        '&Save Iteration…',
        '&Export…',
        'Export Su&bmission…',
      ]),
    );
    expect(fileItem('&Save Iteration…')).toMatchObject({ enabled: false, accelerator: 'CmdOrCtrl+Shift+S' });
    expect(fileItem('&Export…')?.enabled).toBe(false);
    expect(fileItem('Export Su&bmission…')?.enabled).toBe(false);
    expect(latestMenu().map((item) => item.label ?? item.role)).toEqual(expect.arrayContaining(['&Edit', '&View', '&Help']));
  });

  it('enables Close Project, Save Iteration and the exports, and lists the project under Open Recent once one is open', async () => {
    expect(fileItem('&Close Project')?.enabled).toBe(false);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cts-main-project-')), 'menu.ctproj');
    const created = await invoke('project.create', { path: file, metadata: { title: 'Menu test', ituNumber: 'X.500' } });
    expect(created.ok).toBe(true);
    expect(fileItem('&Close Project')?.enabled).toBe(true);
    expect(fileItem('&Save Iteration…')?.enabled).toBe(true);
    expect(fileItem('&Export…')?.enabled).toBe(true);
    expect(fileItem('Export Su&bmission…')?.enabled).toBe(true);
    expect(fileItem('Open &Recent')?.submenu?.map((item) => item.label)).toContain('Menu test — menu.ctproj');
    // The menu asks the renderer, which saves what was typed before it saves the iteration.
    fileItem('&Save Iteration…')?.click?.();
    expect(window().webContents.sent.at(-1)).toEqual([menuChannel, { command: 'iteration.save' }]);
    await invoke('project.close', {});
    expect(fileItem('&Close Project')?.enabled).toBe(false);
    expect(fileItem('&Save Iteration…')?.enabled).toBe(false);
  });

  it('asks the renderer to save before the window closes, and closes once it has', async () => {
    let prevented = false;
    window().emit('close', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(window().webContents.sent.at(-1)).toEqual([beforeCloseChannel]);
    expect(window().closed).toBe(0);
    for (const listener of electron.ipcListeners[closeReadyChannel] ?? []) listener({ sender: window().webContents });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window().closed).toBe(1);
  });
});

import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { startUrl } from './appProtocol';

/** The one window: isolated, sandboxed, no Node, loading only the packaged renderer. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Common Text Studio',
    backgroundColor: '#f3f3f3',
    show: false,
    // Windows and macOS take the icon from the packaged app; Linux needs it on the window.
    icon: path.join(app.getAppPath(), 'resources', 'icon.png'),
    webPreferences: {
      preload: path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}

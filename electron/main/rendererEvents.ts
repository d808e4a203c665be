import type { BrowserWindow } from 'electron';
import { ipcMain } from 'electron';
import type { MenuEvent } from '../../shared/contract/shellEvents';
import {
  beforeCloseChannel,
  closeReadyChannel,
  exportProgressChannel,
  importProgressChannel,
  menuChannel,
} from '../../shared/contract/shellEvents';
import type { ExportProgress } from '../../shared/domain/wordExport';
import type { ImportProgress } from '../../shared/domain/wordImport';

// The one place main speaks to the renderer unasked.

/** A menu command, for `window.shell.onMenu`. */
export function sendMenuEvent(window: BrowserWindow | null, event: MenuEvent): void {
  window?.webContents.send(menuChannel, event);
}

/** How far a Word import has got, for `window.shell.onImportProgress`. */
export function sendImportProgress(window: BrowserWindow | null, progress: ImportProgress): void {
  if (window && !window.isDestroyed()) window.webContents.send(importProgressChannel, progress);
}

/** How far a submission package has got, for `window.shell.onExportProgress`. */
export function sendExportProgress(window: BrowserWindow | null, progress: ExportProgress): void {
  if (window && !window.isDestroyed()) window.webContents.send(exportProgressChannel, progress);
}

/**
 * Asks the renderer to save its last edits and resolves when it has, or after `timeoutMs`
 * (a renderer that hangs must not keep the window open for ever).
 */
export function askRendererToSettle(window: BrowserWindow, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const contents = window.webContents;
    const done = (): void => {
      clearTimeout(timer);
      ipcMain.removeListener(closeReadyChannel, onReady);
      resolve();
    };
    const onReady = (event: Electron.IpcMainEvent): void => {
      if (event.sender === contents) done();
    };
    const timer = setTimeout(done, timeoutMs);
    ipcMain.on(closeReadyChannel, onReady);
    contents.send(beforeCloseChannel);
  });
}

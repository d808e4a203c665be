import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/contract/contract';
import { channelNames } from '../../shared/contract/channelNames';
import type { MenuEvent, ShellEvents } from '../../shared/contract/shellEvents';
import {
  beforeCloseChannel,
  closeReadyChannel,
  exportProgressChannel,
  importProgressChannel,
  menuChannel,
} from '../../shared/contract/shellEvents';
import type { ExportProgress } from '../../shared/domain/wordExport';
import type { ImportProgress } from '../../shared/domain/wordImport';

// One function per contract key; the renderer never sees ipcRenderer itself.
const api = Object.fromEntries(
  channelNames.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
) as unknown as Api;

const beforeCloseHandlers = new Set<() => Promise<unknown>>();
ipcRenderer.on(beforeCloseChannel, () => {
  // Always answer, even when a handler fails: a window must be able to close.
  void Promise.allSettled([...beforeCloseHandlers].map((handler) => handler())).then(() => ipcRenderer.send(closeReadyChannel));
});

const shell: ShellEvents = {
  onMenu: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, menuEvent: MenuEvent): void => listener(menuEvent);
    ipcRenderer.on(menuChannel, forward);
    return () => ipcRenderer.removeListener(menuChannel, forward);
  },
  onBeforeClose: (handler) => {
    beforeCloseHandlers.add(handler);
    return () => beforeCloseHandlers.delete(handler);
  },
  onImportProgress: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, progress: ImportProgress): void => listener(progress);
    ipcRenderer.on(importProgressChannel, forward);
    return () => ipcRenderer.removeListener(importProgressChannel, forward);
  },
  onExportProgress: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, progress: ExportProgress): void => listener(progress);
    ipcRenderer.on(exportProgressChannel, forward);
    return () => ipcRenderer.removeListener(exportProgressChannel, forward);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('shell', shell);

import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/contract/contract';
import { channelNames } from '../../shared/contract/contract';
import type { MenuEvent, ShellEvents } from '../../shared/contract/menuCommand';
import { menuChannel } from '../../shared/contract/menuCommand';

// One function per contract key; the renderer never sees ipcRenderer itself.
const api = Object.fromEntries(
  channelNames.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]),
) as unknown as Api;

const shell: ShellEvents = {
  onMenu: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, menuEvent: MenuEvent): void => listener(menuEvent);
    ipcRenderer.on(menuChannel, forward);
    return () => ipcRenderer.removeListener(menuChannel, forward);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('shell', shell);

import type { BrowserWindow } from 'electron';
import { app, ipcMain, session } from 'electron';
import path from 'node:path';
import type { Handlers } from '../../shared/contract/contract';
import type { MenuEvent } from '../../shared/contract/shellEvents';
import { appVersion } from '../core/appVersion';
import type { CoreSession } from '../core/coreHandlers';
import { createCoreSession } from '../core/coreHandlers';
import { RecentProjects } from '../core/recentProjects';
import { installApplicationMenu } from './applicationMenu';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { createDialogHandlers } from './dialogHandlers';
import { installEditContextMenu } from './editContextMenu';
import { registerIpcHandlers } from './ipcRegistration';
import { createMainWindow } from './mainWindow';
import { askRendererToSettle, sendExportProgress, sendImportProgress, sendMenuEvent } from './rendererEvents';
import { guardWebContents } from './webContentsGuard';

// The main process stays thin: lifecycle, the window, the menu and dialogs. The work is in ../core.

registerAppScheme();

// Tests (and portable installs) keep settings in a folder of their choosing.
if (process.env.CTS_USER_DATA_DIR) app.setPath('userData', process.env.CTS_USER_DATA_DIR);

let window: BrowserWindow | null = null;
let core: CoreSession | null = null;
let handlers: Handlers | null = null;
let projectOpen = false;
let projectWritable = false;

const recent = new RecentProjects(path.join(app.getPath('userData'), 'recent-projects.json'));
const sendMenu = (event: MenuEvent): void => sendMenuEvent(window, event);

function refreshMenu(): void {
  installApplicationMenu({ projectOpen, projectWritable, recent: recent.list(), developer: !app.isPackaged }, sendMenu);
}

function openWindow(): void {
  core = createCoreSession({
    program: `Common Text Studio ${appVersion}`,
    version: appVersion,
    electron: process.versions.electron ?? null,
    recent,
    onImportProgress: (progress) => sendImportProgress(window, progress),
    onExportProgress: (progress) => sendExportProgress(window, progress),
  });
  handlers = { ...core.handlers, ...createDialogHandlers(() => window) };
  const opened = createMainWindow();
  window = opened;
  installEditContextMenu(opened);
  // Let the renderer save what was typed in the last moments before the window goes.
  let settled = false;
  opened.on('close', (event) => {
    if (settled || opened.webContents.isCrashed()) return;
    event.preventDefault();
    void askRendererToSettle(opened, 5000).then(() => {
      settled = true;
      opened.close();
    });
  });
  opened.on('closed', () => {
    core?.dispose();
    core = null;
    handlers = null;
    window = null;
    projectOpen = false;
    projectWritable = false;
  });
  refreshMenu();
}

void app.whenReady().then(() => {
  guardWebContents(app, session.defaultSession);
  handleAppProtocol(path.join(app.getAppPath(), 'dist', 'renderer'));
  registerIpcHandlers(
    ipcMain,
    () => {
      if (!handlers) throw new Error('The window is closed.');
      return handlers;
    },
    (channel) => {
      // The menu shows the recent list and enables Close Project, Save Iteration and Export: refresh it when any may have changed.
      if (channel.startsWith('project.') || channel.startsWith('recent.')) {
        projectOpen = core?.isProjectOpen() ?? false;
        projectWritable = core?.isProjectWritable() ?? false;
        refreshMenu();
      }
    },
  );
  openWindow();
  app.on('activate', () => {
    if (!window) openWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => core?.dispose());

import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';
import path from 'node:path';
import type { MenuEvent } from '../../shared/contract/shellEvents';
import type { RecentProject } from '../../shared/domain/project';

export interface MenuState {
  readonly projectOpen: boolean;
  /** A project is open and this window may write it: saving an iteration needs that. */
  readonly projectWritable: boolean;
  readonly recent: readonly RecentProject[];
  readonly developer: boolean;
}

/** Builds and installs the application menu; `send` forwards a command to the renderer. */
export function installApplicationMenu(state: MenuState, send: (event: MenuEvent) => void): void {
  const isMac = process.platform === 'darwin';
  const command = (label: string, event: MenuEvent, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions => ({
    label,
    click: () => send(event),
    ...extra,
  });

  const recentItems: MenuItemConstructorOptions[] =
    state.recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : state.recent.map((entry) => ({
          label: `${entry.title} — ${path.basename(entry.path)}`,
          enabled: entry.available,
          click: () => send({ command: 'project.openRecent', path: entry.path }),
        }));

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('&New Project…', { command: 'project.new' }, { accelerator: 'CmdOrCtrl+N' }),
        command('&Open Project…', { command: 'project.open' }, { accelerator: 'CmdOrCtrl+O' }),
        { label: 'Open &Recent', submenu: recentItems },
        { type: 'separator' },
        // Always enabled: with no project open, the import makes one.
        command('&Import Word Document…', { command: 'project.importWord' }),
        { type: 'separator' },
        command('Project &Properties…', { command: 'project.properties' }, { enabled: state.projectOpen }),
        command('&Close Project', { command: 'project.close' }, { enabled: state.projectOpen, accelerator: 'CmdOrCtrl+Shift+W' }),
        { type: 'separator' },
        command('&Save Iteration…', { command: 'iteration.save' }, { enabled: state.projectWritable, accelerator: 'CmdOrCtrl+Shift+S' }),
        // Export only reads the project: a window that opened it read-only may export too.
        command('&Export…', { command: 'project.export' }, { enabled: state.projectOpen }),
        command('Export Su&bmission…', { command: 'project.exportSubmission' }, { enabled: state.projectOpen }),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        // Not Ctrl+B as in VS Code: in a text editor that is Bold, and on a Mac the menu would take it first.
        command('Toggle &Sidebar', { command: 'view.toggleSidebar' }, { accelerator: 'CmdOrCtrl+Shift+B' }),
        command('Toggle &Context Panel', { command: 'view.toggleContextPanel' }, { accelerator: 'CmdOrCtrl+Alt+B' }),
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(state.developer ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '&Help',
      submenu: [command('&About Common Text Studio', { command: 'help.about' })],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

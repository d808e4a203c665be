import type { BrowserWindow } from 'electron';
import type { MenuEvent } from '../../shared/contract/menuCommand';
import { menuChannel } from '../../shared/contract/menuCommand';

/** The one place main sends to the renderer: a menu command for `window.shell.onMenu`. */
export function sendMenuEvent(window: BrowserWindow | null, event: MenuEvent): void {
  window?.webContents.send(menuChannel, event);
}

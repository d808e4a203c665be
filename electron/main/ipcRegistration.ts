import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/contract/contract';
import { channelNames } from '../../shared/contract/contract';
import { failure } from '../../shared/contract/result';
import { dispatch } from '../core/dispatch';
import { isAppUrl } from './webContentsGuard';

/**
 * Registers one handler per contract key. Every call is checked for its sender and its
 * arguments before it reaches the core; `after` runs once a call has finished.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlersFor: (event: IpcMainInvokeEvent) => Handlers,
  after: (channel: string) => void,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isAppUrl(event.senderFrame?.url)) {
        return failure({ code: 'internal', message: 'This request did not come from Common Text Studio and was refused.' });
      }
      const result = await dispatch(handlersFor(event), channel, args);
      after(channel);
      return result;
    });
  }
}

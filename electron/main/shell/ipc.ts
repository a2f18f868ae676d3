/** Forwards ipcMain traffic to the electron-free router, with the sender described as data. */
import { type IpcMainEvent, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { invokeChannels, sendChannels } from '../../contract/ipc-channels';
import type { IpcRouter } from '../ipc-router';
import type { SenderInfo } from '../ipc-sender';

function senderOf(event: IpcMainEvent | IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
  };
}

/** Registers one handler per channel of the contract. */
export function wireIpc(router: IpcRouter): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => router.invoke(channel, senderOf(event), args));
  }
  for (const channel of sendChannels) {
    ipcMain.on(channel, (event, ...args: unknown[]) => {
      router.send(channel, senderOf(event), args);
    });
  }
}

/**
 * The one place every renderer message passes through: sender check, then shape check, then
 * the handler. Electron-free, so the checks are tested with real good and bad messages; the
 * thin `shell/ipc.ts` only forwards `ipcMain` events here.
 */
import { type InvokeChannel, type SendChannel, invokeChannels, sendChannels } from '../contract/ipc-channels';
import { describeIssues, invokeArgsSchemas, sendArgsSchemas } from '../contract/ipc-schemas';
import type { InvokeMap, IpcResult, SendMap } from '../contract/ipc-types';
import { FileError } from './file-errors';
import type { SenderInfo } from './ipc-sender';

export type InvokeHandlers = { [K in InvokeChannel]: (...args: InvokeMap[K]['args']) => Promise<InvokeMap[K]['result']> };
export type SendHandlers = { [K in SendChannel]: (...args: SendMap[K]) => void };

export interface IpcRouterOptions {
  invoke: InvokeHandlers;
  send: SendHandlers;
  isTrusted(sender: SenderInfo): boolean;
  /** Where rejected messages are reported (the main process log). */
  warn(message: string): void;
}

export interface IpcRouter {
  invoke(channel: InvokeChannel, sender: SenderInfo, args: readonly unknown[]): Promise<IpcResult<unknown>>;
  /** Returns whether the message was accepted (for tests and logs). */
  send(channel: SendChannel, sender: SenderInfo, args: readonly unknown[]): boolean;
}

function isInvokeChannel(channel: string): channel is InvokeChannel {
  return (invokeChannels as readonly string[]).includes(channel);
}

function isSendChannel(channel: string): channel is SendChannel {
  return (sendChannels as readonly string[]).includes(channel);
}

/** Builds the router; handlers receive only arguments that passed their schema. */
export function createIpcRouter(options: IpcRouterOptions): IpcRouter {
  const reject = (channel: string, code: string, message: string): IpcResult<never> => {
    options.warn(`IPC ${channel} rejected (${code}): ${message}`);
    return { ok: false, code, message };
  };
  return {
    async invoke(channel, sender, args) {
      if (!isInvokeChannel(channel)) return reject(channel, 'unknown-channel', 'unknown channel');
      if (!options.isTrusted(sender)) return reject(channel, 'forbidden', `untrusted sender ${sender.frameUrl ?? '(no frame)'}`);
      const parsed = invokeArgsSchemas[channel].safeParse(args);
      if (!parsed.success) return reject(channel, 'bad-request', describeIssues(parsed.error));
      const handler = options.invoke[channel] as (...handlerArgs: readonly unknown[]) => Promise<unknown>;
      try {
        return { ok: true, value: await handler(...(parsed.data as readonly unknown[])) };
      } catch (error) {
        if (error instanceof FileError) return { ok: false, code: error.code, message: error.message };
        const message = error instanceof Error ? error.message : String(error);
        options.warn(`IPC ${channel} failed: ${message}`);
        return { ok: false, code: 'internal', message };
      }
    },
    send(channel, sender, args) {
      if (!isSendChannel(channel)) {
        reject(channel, 'unknown-channel', 'unknown channel');
        return false;
      }
      if (!options.isTrusted(sender)) {
        reject(channel, 'forbidden', `untrusted sender ${sender.frameUrl ?? '(no frame)'}`);
        return false;
      }
      const parsed = sendArgsSchemas[channel].safeParse(args);
      if (!parsed.success) {
        reject(channel, 'bad-request', describeIssues(parsed.error));
        return false;
      }
      const handler = options.send[channel] as (...handlerArgs: readonly unknown[]) => void;
      handler(...(parsed.data as readonly unknown[]));
      return true;
    },
  };
}

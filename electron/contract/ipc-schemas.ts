/**
 * Runtime shapes of every IPC message. The main process trusts nothing the renderer sends
 * (a compromised page must not be able to write a file it was never given), so each message
 * is parsed here before it is acted on. Each schema is checked against the type derived from
 * `Host`, so the runtime check and the contract cannot drift apart.
 */
import { z } from 'zod';
import type { Language, MenuCommand, OpenedFile } from '../../renderer/host/host-api';
import { IpcChannel, type InvokeChannel, type SendChannel } from './ipc-channels';
import type { InvokeMap, SendMap } from './ipc-types';

/** Limits that keep one message from exhausting memory or disk. */
export const ipcLimits = {
  /** A scenario is a hand-editable JSON file; 20 MB is far beyond any real one. */
  scenarioChars: 20_000_000,
  /** Exports include replay traces and PNGs. */
  exportBytes: 256 * 1024 * 1024,
  nameChars: 255,
  pathChars: 4096,
  titleChars: 500,
} as const;

const languageSchema = z.enum(['zh-CN', 'en']) satisfies z.ZodType<Language>;

export const menuCommandSchema = z.enum([
  'new',
  'open',
  'save',
  'saveAs',
  'undo',
  'redo',
  'run',
  'cancelRun',
  'exportReport',
  'language:zh-CN',
  'language:en',
  'about',
]) satisfies z.ZodType<MenuCommand>;

/** A file name the user will see in a dialog: no folders, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(ipcLimits.nameChars)
  .refine((name) => !name.includes('/') && !name.includes('\\') && ![...name].some((char) => char.charCodeAt(0) < 0x20), 'must be a file name without folders or control characters');

const absolutePathSchema = z.string().min(1).max(ipcLimits.pathChars);

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes (Uint8Array)');

const exportDataSchema = z.union([z.string().max(ipcLimits.exportBytes), bytesSchema]).refine(
  (data) => (typeof data === 'string' ? true : data.byteLength <= ipcLimits.exportBytes),
  `must be at most ${ipcLimits.exportBytes} bytes`,
);

export const openedFileSchema = z
  .object({ name: z.string().max(ipcLimits.nameChars), path: absolutePathSchema.optional(), text: z.string().max(ipcLimits.scenarioChars) })
  .strict() satisfies z.ZodType<OpenedFile>;

type ArgsSchemas = { [K in InvokeChannel]: z.ZodType<InvokeMap[K]['args']> };
type SendSchemas = { [K in SendChannel]: z.ZodType<SendMap[K]> };

/** Argument tuples of request/response channels. */
export const invokeArgsSchemas: ArgsSchemas = {
  [IpcChannel.OpenScenario]: z.tuple([]),
  [IpcChannel.OpenRecent]: z.tuple([absolutePathSchema]),
  [IpcChannel.SaveScenario]: z.tuple([
    z.object({ path: absolutePathSchema.optional(), suggestedName: fileNameSchema, text: z.string().max(ipcLimits.scenarioChars) }).strict(),
    z.object({ saveAs: z.boolean() }).strict(),
  ]),
  [IpcChannel.WriteExport]: z.tuple([
    z.object({ suggestedName: fileNameSchema, data: exportDataSchema, mime: z.string().min(1).max(100) }).strict(),
  ]),
  [IpcChannel.PrintToPdf]: z.tuple([z.string().min(1).max(ipcLimits.exportBytes)]),
  [IpcChannel.RecentFiles]: z.tuple([]),
  [IpcChannel.Autosave]: z.tuple([z.string().max(ipcLimits.scenarioChars)]),
  [IpcChannel.TakeRecovery]: z.tuple([]),
};

/** Argument tuples of fire-and-forget channels. */
export const sendArgsSchemas: SendSchemas = {
  [IpcChannel.SetDocumentState]: z.tuple([z.object({ title: z.string().max(ipcLimits.titleChars), dirty: z.boolean() }).strict()]),
  [IpcChannel.SetLanguage]: z.tuple([languageSchema]),
  [IpcChannel.RendererReady]: z.tuple([]),
};

/** Turns a zod failure into one line naming where the message went wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(message)'}: ${issue.message}`).join('; ');
}

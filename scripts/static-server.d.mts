/** Types for static-server.mjs (plain JavaScript so `npm start` needs no build step for it). */
import type { Server } from 'node:http';

export function resolveRequestPath(root: string, urlPath: string): string | null;
export const OPENED_FILE_PREFIX: string;
export function createStaticServer(root: string, options: { csp: string; openedFile?: string }): Server;
export function listenOnFreePort(server: Server, firstPort: number, attempts?: number): Promise<number>;

/**
 * File failures as messages a planner can act on ("the folder is read-only"), not errno
 * codes. The UI shows the message and keeps the user's work; the code lets it react.
 */
import type { Language } from '../../renderer/host/host-api';

export type FileErrorCode = 'read-only' | 'disk-full' | 'not-found' | 'too-large' | 'not-a-file' | 'not-text' | 'busy' | 'io';

/** An error whose message is fit to show the user. */
export class FileError extends Error {
  readonly code: FileErrorCode;
  constructor(code: FileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileError';
    this.code = code;
  }
}

const systemCodes: Record<string, FileErrorCode> = {
  EACCES: 'read-only',
  EPERM: 'read-only',
  EROFS: 'read-only',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'not-a-file',
  EBUSY: 'busy',
  EMFILE: 'busy',
};

const reasons: Record<Language, Record<FileErrorCode, string>> = {
  en: {
    'read-only': 'the folder or file is read-only, or you lack permission to change it',
    'disk-full': 'the disk is full',
    'not-found': 'the file or its folder does not exist',
    'too-large': 'the file is too large',
    'not-a-file': 'it is a folder, not a file',
    'not-text': 'it is not a UTF-8 text file',
    busy: 'the file is in use by another program',
    io: 'the system reported an error',
  },
  'zh-CN': {
    'read-only': '文件或文件夹为只读，或没有修改权限',
    'disk-full': '磁盘已满',
    'not-found': '文件或其所在文件夹不存在',
    'too-large': '文件过大',
    'not-a-file': '这是一个文件夹，而不是文件',
    'not-text': '不是 UTF-8 文本文件',
    busy: '文件正被其他程序使用',
    io: '系统报告了错误',
  },
};

/** The errno code of a Node error, if it has one. */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Wraps any failure of `action` on `path` into a FileError with a readable message. */
export function toFileError(error: unknown, action: 'save' | 'open', path: string, language: Language): FileError {
  if (error instanceof FileError) return error;
  const sys = systemErrorCode(error);
  const code = (sys !== undefined ? systemCodes[sys] : undefined) ?? 'io';
  return new FileError(code, fileErrorMessage(code, action, path, language, sys), { cause: error });
}

/** "Could not save “/a/b.json”: the disk is full." in the UI language. */
export function fileErrorMessage(code: FileErrorCode, action: 'save' | 'open', path: string, language: Language, detail?: string): string {
  const reason = reasons[language][code];
  const suffix = code === 'io' && detail !== undefined ? ` (${detail})` : '';
  if (language === 'zh-CN') return `无法${action === 'save' ? '保存' : '打开'}“${path}”：${reason}${suffix}。`;
  return `Could not ${action} “${path}”: ${reason}${suffix}.`;
}

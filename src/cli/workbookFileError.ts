// Files the CLI cannot use: exit code 2 (SPEC §6) with one Chinese line that says what to change.
import { CliError } from './cliError';
import { MAX_UNCOMPRESSED_BYTES } from './container';

export type WorkbookFileProblem = 'missing' | 'unreadable' | 'invalid' | 'encrypted' | 'tooLarge' | 'sameAsInput' | 'unwritable';

const MESSAGES: Readonly<Record<WorkbookFileProblem, (path: string) => string>> = {
  missing: (path) => `找不到文件：${path}`,
  unreadable: (path) => `无法读取文件（请确认有读取权限，且文件没有被其他程序独占）：${path}`,
  invalid: (path) =>
    `不是有效的 Excel 工作簿（.xlsx）：${path}（文件可能已损坏、设置了打开密码或是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后重试）`,
  encrypted: (path) =>
    `工作簿设置了打开密码，DUBAN 无法读取：请在 Excel 中打开它，在「文件 → 信息 → 保护工作簿 → 用密码进行加密」中清空密码并保存（或另存一份不加密的副本）后重试：${path}`,
  tooLarge: (path) =>
    `工作簿解压后超过 ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB 的读取上限（10 万行的台账约 90 MB），为免耗尽内存未读取：文件可能已损坏或不是台账；如确是台账，请删除其中的图片、多余的工作表或大片空白格式后重试：${path}`,
  sameAsInput: (path) => `输出文件不能是输入的台账文件本身，请用 --out 指定另一个文件名：${path}`,
  unwritable: (path) => `无法写入文件（请确认目录存在、有写入权限，且该文件没有在 Excel 中打开）：${path}`,
};

export class WorkbookFileError extends CliError {
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly path: string,
  ) {
    super(MESSAGES[problem](path), 2);
    this.name = 'WorkbookFileError';
  }
}

/** Node's error codes that mean "this path cannot be read or written", as opposed to a bug. */
const FILE_SYSTEM_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EBUSY', 'EROFS', 'ENOSPC']);

export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  // Not `instanceof Error`: errors from Node's own modules fail it inside a vm context (Jest).
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && FILE_SYSTEM_CODES.has(code);
}

// Which host the page runs in. WPS puts its object model on `window.wps` (and `window.Application`,
// where on some builds add-in members are missing, so `wps` comes first). Application.Name answers
// "Microsoft Excel" for macro compatibility, so WPS 表格 is told by its Workbooks collection: the
// writer (wps) has Documents and the presentation program (wpp) Presentations instead.
import type { WpsApplication } from './etModel';

export interface HostScope {
  wps?: unknown;
  Application?: unknown;
}

const isSpreadsheet = (root: unknown): root is WpsApplication =>
  typeof root === 'object' && root !== null && typeof (root as { Workbooks?: unknown }).Workbooks === 'object';

/** WPS 表格's Application, or null anywhere else (a browser, Office, the other WPS programs). */
export function wpsApplication(scope: HostScope): WpsApplication | null {
  for (const root of [scope.wps, scope.Application]) if (isSpreadsheet(root)) return root;
  return null;
}

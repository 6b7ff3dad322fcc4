// The task pane's sync budget: context.sync() calls for 生成通报 (ranking + bulletin sheets), on
// the fake Excel of the task-pane tests, for each synthetic ledger, as desktop Excel (no payload
// limit) and as Excel on the web (5 MB a request or response). The fake and the adapter are
// loaded from their TypeScript sources at run time (transpiled, not type-checked), so the
// benchmark neither breaks nor waits while the task pane is being written: when they are missing
// the row says so.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { REPORT_MONTH, sheetsOf, type SyntheticLedger } from './generate';
import { ROOT } from './paths';

const FAKE = path.join(ROOT, 'test', 'taskpane', 'fakeExcel.ts');
const ACTIONS = path.join(ROOT, 'src', 'taskpane', 'excel', 'excelActions.ts');

interface Fake {
  syncCount: number;
  syncs: { requestBytes: number; responseBytes: number }[];
}

export interface SyncCounts {
  /** Desktop Excel (Office.PlatformType PC): no payload limit. */
  desktop: number;
  /** Excel on the web (OfficeOnline): 5 MB a request or response. */
  web: number;
  /** What went over the wire on the web, which sets the least number of syncs possible there. */
  webBytes: { read: number; written: number };
}

interface Actions {
  generateBulletin(month: string, preset: string, onConflict: () => Promise<string>, onProgress: () => void): Promise<{ kind: string }>;
}

let hooked = false;

/** Lets require() load the repository's .ts files, transpiled to CommonJS on the fly. */
function hookTypeScript(): void {
  if (hooked) return;
  hooked = true;
  require.extensions['.ts'] = (module, filename) => {
    const source = readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
      fileName: filename,
    });
    (module as NodeJS.Module & { _compile(code: string, file: string): void })._compile(outputText, filename);
  };
}

/** The sync() calls of one 生成通报 on the ledger on each platform, or why there are no counts. */
export async function taskpaneSyncs(data: SyntheticLedger): Promise<SyncCounts | string> {
  if (!existsSync(FAKE) || !existsSync(ACTIONS)) return '待任务窗格实现';
  hookTypeScript();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a TypeScript source loaded through the hook above
  const { installFakeOffice } = require(FAKE) as { installFakeOffice: (data: unknown, options: { platform: string }) => Fake };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a TypeScript source loaded through the hook above
  const { createExcelActions } = require(ACTIONS) as { createExcelActions: () => Actions };
  const syncsOn = async (platform: string) => {
    const fake = installFakeOffice({ sheets: sheetsOf(data) }, { platform });
    const before = fake.syncCount;
    const result = await createExcelActions().generateBulletin(REPORT_MONTH, 'sanmenxia-2019', () => Promise.resolve('newName'), () => undefined);
    if (result.kind !== 'done') throw new Error(`task pane 生成通报 (${platform}) on the ${data.spec.name} ledger ended with ${JSON.stringify(result).slice(0, 300)}`);
    const made = fake.syncs.slice(before);
    const sum = (pick: (s: Fake['syncs'][number]) => number) => made.reduce((n, s) => n + pick(s), 0);
    return { count: made.length, read: sum((s) => s.responseBytes), written: sum((s) => s.requestBytes) };
  };
  const desktop = await syncsOn('PC');
  const web = await syncsOn('OfficeOnline');
  return { desktop: desktop.count, web: web.count, webBytes: { read: web.read, written: web.written } };
}

// The add-in's main page (index.html), which WPS loads hidden when 表格 starts: the ribbon's
// callbacks on window.ribbon, and the DUBAN.* functions registered once, from here only (wpsjs
// 2.2.2 fixed functions registered again by every page that loaded them).
import type { WpsFunctionMetadata } from './etModel';
import { wpsApplication, type HostScope } from './host';
import { registerFunctions } from './registerFunctions';
import { createRibbon } from './ribbon';

/** functions.json's functions, put here by the build (scripts/wps/build.ts) from src/functions/functions.ts's JSDoc. */
declare const DUBAN_WPS_FUNCTIONS: WpsFunctionMetadata[];

const scope = window as unknown as Window & HostScope & { ribbon?: unknown };
const app = wpsApplication(scope);
if (app) {
  scope.ribbon = createRibbon(app, new URL('.', location.href).href);
  registerFunctions(app, DUBAN_WPS_FUNCTIONS);
}

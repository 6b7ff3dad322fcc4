// The first script of the end-to-end page: it stands in for office.js, before functions.js and
// taskpane.js run, with ADAPTER's fake Excel holding the bundled example workbook.
import { installFakeOffice, type WorkbookData } from '../../taskpane/fakeExcel';

/** examples/ledger-2026.xlsx as readWorkbookFile gives it, inlined by the e2e build. */
declare const DUBAN_E2E_WORKBOOK: WorkbookData;

installFakeOffice(DUBAN_E2E_WORKBOOK);

// functions.js registers each custom function, as it does in Excel's shared runtime; recording
// the names lets the test check that the page's two scripts still load together.
const registered: string[] = [];
Object.assign(globalThis, {
  CustomFunctions: { associate: (id: string) => registered.push(id) },
  __registeredFunctions: registered,
});

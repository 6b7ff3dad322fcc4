// The first script of the end-to-end page: it stands in for office.js, before functions.js and
// taskpane.js run, with ADAPTER's fake Excel holding the workbook the page's `?book=` names (the
// first the build was given when it names none).
import { installFakeOffice, type WorkbookData } from '../../taskpane/fakeExcel';

/** The workbooks the e2e build inlines: the bundled example as readWorkbookFile gives it, and others. */
declare const DUBAN_E2E_WORKBOOKS: Readonly<Record<string, WorkbookData>>;

const wanted = new URLSearchParams(location.search).get('book');
installFakeOffice(DUBAN_E2E_WORKBOOKS[wanted ?? Object.keys(DUBAN_E2E_WORKBOOKS)[0]]);

// functions.js registers each custom function, as it does in Excel's shared runtime; recording
// the names lets the test check that the page's two scripts still load together.
const registered: string[] = [];
Object.assign(globalThis, {
  CustomFunctions: { associate: (id: string) => registered.push(id) },
  __registeredFunctions: registered,
});

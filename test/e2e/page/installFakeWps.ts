// Stands in for WPS in the end-to-end test: injected before the add-in's own scripts run (as WPS
// provides window.wps before a page loads), with the fake WPS holding the bundled example
// workbook at window.wps and window.Application, and at window.__fakeWps for read-back.
import type { WorkbookData } from '../../taskpane/fakeExcel';
import { FakeWps } from '../../wps/fakeWps';

/** examples/ledger-2026.xlsx as readWorkbookFile gives it, inlined by the e2e build. */
declare const DUBAN_E2E_WORKBOOK: WorkbookData;

const fake = new FakeWps(DUBAN_E2E_WORKBOOK);
Object.assign(window, { wps: fake, Application: fake, __fakeWps: fake });

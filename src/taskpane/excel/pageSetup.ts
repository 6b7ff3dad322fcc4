/// <reference types="office-js" />
// The engine's print settings of a generated sheet (sheetStyle.ts) on Office.js.
import { PAGE_FOOTER } from '../../engine/report/layoutText';
import { marginsInPoints, type PageSetup } from '../../engine/report/sheetStyle';

/** Calls setUpPage queues: paper, orientation, fit, centring, six margins, footer, title rows. */
export const PAGE_SETUP_CALLS = 12;

export function setUpPage(sheet: Excel.Worksheet, setup: PageSetup): void {
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // One page wide, as many down as the rows need (OOXML fitToHeight 0); or a fixed zoom.
  page.zoom = setup.scale === undefined ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: setup.scale };
  page.centerHorizontally = true;
  const m = marginsInPoints(setup.margins);
  page.leftMargin = m.left;
  page.rightMargin = m.right;
  page.topMargin = m.top;
  page.bottomMargin = m.bottom;
  page.headerMargin = m.header;
  page.footerMargin = m.footer;
  page.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
  if (setup.titleRows > 0) page.setPrintTitleRows(`$1:$${setup.titleRows}`);
}

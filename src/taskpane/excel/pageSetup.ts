/// <reference types="office-js" />
// A4 print settings of the generated sheets, as the CLI's ExcelJS page setup has them.
import { EXCEL_TEXT } from './messages';

export interface PageSetup {
  orientation: 'Portrait' | 'Landscape';
  /** Inches, as the CLI writes them; Office.js takes points. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** `$1:$1`: rows repeated at the top of every printed page. */
  titleRows?: string;
}

const POINTS_PER_INCH = 72;

/** Calls setUpPage queues: paper, orientation, fit, centring, six margins, footer, title rows. */
export const PAGE_SETUP_CALLS = 12;

export function setUpPage(sheet: Excel.Worksheet, setup: PageSetup): void {
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = setup.orientation;
  // One page wide, as many down as the rows need (OOXML fitToHeight 0, as the CLI writes it).
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  const m = setup.margins;
  page.leftMargin = m.left * POINTS_PER_INCH;
  page.rightMargin = m.right * POINTS_PER_INCH;
  page.topMargin = m.top * POINTS_PER_INCH;
  page.bottomMargin = m.bottom * POINTS_PER_INCH;
  page.headerMargin = m.header * POINTS_PER_INCH;
  page.footerMargin = m.footer * POINTS_PER_INCH;
  page.headersFooters.defaultForAllPages.centerFooter = EXCEL_TEXT.pageFooter;
  if (setup.titleRows) page.setPrintTitleRows(setup.titleRows);
}

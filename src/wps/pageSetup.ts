// The engine's print settings (sheetStyle.ts) and the frozen header on the et object model.
import { PAGE_FOOTER } from '../engine/report/layoutText';
import type { PageSetup } from '../engine/report/sheetStyle';
import { XL } from './etConstants';
import type { WpsPageSetup, WpsWindow } from './etModel';

const POINTS_PER_INCH = 72;

export function setUpPage(page: WpsPageSetup, setup: PageSetup): void {
  page.PaperSize = XL.paperA4;
  page.Orientation = setup.orientation === 'landscape' ? XL.landscape : XL.portrait;
  // Zoom false: one page wide, as many down as the rows need.
  page.Zoom = false;
  page.FitToPagesWide = 1;
  page.FitToPagesTall = false;
  page.CenterHorizontally = true;
  const m = setup.margins;
  page.LeftMargin = m.left * POINTS_PER_INCH;
  page.RightMargin = m.right * POINTS_PER_INCH;
  page.TopMargin = m.top * POINTS_PER_INCH;
  page.BottomMargin = m.bottom * POINTS_PER_INCH;
  page.HeaderMargin = m.header * POINTS_PER_INCH;
  page.FooterMargin = m.footer * POINTS_PER_INCH;
  page.CenterFooter = PAGE_FOOTER;
  if (setup.titleRows > 0) page.PrintTitleRows = `$1:$${setup.titleRows}`;
}

/** Freezes the header row of the active sheet (the window's panes belong to the sheet shown). */
export function freezeHeaderRow(window: WpsWindow): void {
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = 1;
  window.FreezePanes = true;
}

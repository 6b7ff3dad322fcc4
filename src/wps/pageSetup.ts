// The engine's print settings (sheetStyle.ts) and the frozen header on the et object model.
import { PAGE_FOOTER } from '../engine/report/layoutText';
import { marginsInPoints, type PageSetup } from '../engine/report/sheetStyle';
import { XL } from './etConstants';
import type { WpsPageSetup, WpsWindow } from './etModel';

export function setUpPage(page: WpsPageSetup, setup: PageSetup): void {
  page.PaperSize = XL.paperA4;
  page.Orientation = setup.orientation === 'landscape' ? XL.landscape : XL.portrait;
  if (setup.scale === undefined) {
    // Zoom false: one page wide, as many down as the rows need.
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  } else page.Zoom = setup.scale;
  page.CenterHorizontally = true;
  const m = marginsInPoints(setup.margins);
  page.LeftMargin = m.left;
  page.RightMargin = m.right;
  page.TopMargin = m.top;
  page.BottomMargin = m.bottom;
  page.HeaderMargin = m.header;
  page.FooterMargin = m.footer;
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

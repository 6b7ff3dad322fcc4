// How the generated sheets look and print, as data. Every surface that writes them (the CLI with
// ExcelJS, the task pane with Office.js, WPS with its own object model) translates these into its
// own calls, so the sheets come out alike whichever one made them.
import type { Period } from '../model';
import type { LayoutCell } from './cellFormat';
import type { LayoutTable } from './sheetLayout';

/** Header cells of the template and of the bulletin's tables: RGB hex, as templateLayout's highlights. */
export const HEADER_FILL = 'D9E1F2';

/** The template's required columns stand out, so staff see what the engine cannot do without. */
export const REQUIRED_FILL = 'FCE4D6';

/** A 催办 document's band where the preset has no colours (sanmenxia-2019): a grey that prints as grey. */
export const URGE_STAGE_FILL = 'D9D9D9';

/** The ranking sheet's Excel table: banded rows, filter buttons in the header. */
export const RANKING_TABLE_STYLE = 'TableStyleMedium2';

export interface PageMargins {
  /** Inches, as OOXML stores them; marginsInPoints gives them to a surface that takes points. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

const POINTS_PER_INCH = 72;

/** The margins in points, as Office.js and WPS take them. */
export function marginsInPoints(margins: PageMargins): PageMargins {
  const points = (inches: number) => inches * POINTS_PER_INCH;
  return {
    left: points(margins.left),
    right: points(margins.right),
    top: points(margins.top),
    bottom: points(margins.bottom),
    header: points(margins.header),
    footer: points(margins.footer),
  };
}

/**
 * A generated sheet's print settings. Every one prints on A4, one page wide and as many pages
 * down as its rows need, centred across the page, with the page footer of layoutText.ts.
 */
export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  margins: PageMargins;
  /** Rows repeated at the top of every printed page: the first this many; 0 for none. */
  titleRows: number;
  /**
   * Print at this zoom (per cent) instead of one page wide: Excel ignores manual page breaks on a
   * sheet fitted to pages, and the 通知单 need one a document.
   */
  scale?: number;
}

/** The ranking: 16 columns fit A4 only across, and its header repeats on every page. */
export const RANKING_PAGE: PageSetup = {
  orientation: 'landscape',
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  titleRows: 1,
};

/** The bulletin, a 公文: about 1.4 cm at the sides, 2 cm top and bottom. */
export const BULLETIN_PAGE: PageSetup = {
  orientation: 'portrait',
  margins: { left: 0.55, right: 0.55, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.4 },
  titleRows: 0,
};

/** 通知单 and 催办单: the bulletin's A4 portrait, at 100%, which the 36-column grid fits across. */
export const NOTICE_PAGE: PageSetup = { ...BULLETIN_PAGE, scale: 100 };

/**
 * `排名_2026_10`, or `排名_2026_10_2` … when a table of the workbook has it already: table names
 * are unique across a workbook, and Excel compares them ignoring case.
 */
export function rankingTableName(period: Pick<Period, 'year' | 'month'>, taken: readonly string[]): string {
  const wanted = `排名_${period.year}_${String(period.month).padStart(2, '0')}`;
  const upper = new Set(taken.map((name) => name.toUpperCase()));
  let name = wanted;
  for (let n = 2; upper.has(name.toUpperCase()); n += 1) name = `${wanted}_${n}`;
  return name;
}

/** The table's rows as its Excel table holds them: Excel repairs a table without a data row, so an empty roster gets one blank row. */
export function tableBody(table: LayoutTable): LayoutCell[][] {
  return table.rows.length > 0 ? table.rows.map((row) => [...row]) : [table.columns.map(() => null)];
}

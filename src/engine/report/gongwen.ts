// GB/T 9704-2012 (党政机关公文格式) as numbers, for the Word 通报: page, margins, type and grid.
// Word measures in twips (1/1440 inch) and half-points.

/** Millimetres to twips, rounded (docx's own helper floors: 210 mm would lose a twip). */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

import { textPixels } from './printMetrics';

/** 5.2.1: A4. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** 5.2.2: 天头 37 mm, 订口 28 mm; the 版心 is 156 × 225 mm, which leaves 35 mm below and 26 mm right. */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** 7.5: the page number sits about 7 mm below the 版心: its line's foot 25 mm above the page's edge. */
export const FOOTER_MM = 25;
export const HEADER_MM = 15;

/** Chinese type sizes in half-points (Word's w:sz). */
export const SIZE = { xiaochu: 72, er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 } as const;

/**
 * 5.2.3: 3号 body type, 22 lines of 28 characters in the 版心.
 * 28.95 pt a line: 22 × 28.95 = 636.9 pt fits the 225 mm (637.8 pt) 版心, so exact line spacing
 * alone gives 22 lines, in Word, WPS and LibreOffice alike. No line grid: LibreOffice snaps every
 * line to it, table rows and the 2号 title included, and doubles them.
 */
export const LINE_TWIPS = 579;

/**
 * Characters condensed by 0.25 pt (w:spacing, twentieths of a point): 16 − 0.25 = 15.75 pt a
 * character puts 28 in the 442.2 pt line. A character grid (linesAndChars) would say the same to
 * Word but LibreOffice lays it out at 14 or 18 a line; condensing holds everywhere.
 */
export const CHARACTER_SPACING = -5;

/** Two characters of 3号 type, in twips: the first-line indent of a paragraph (7.3.3). */
export const INDENT_TWIPS = 2 * 16 * 20;

/** 7.3 fonts: title 小标宋, body 仿宋, first heading level 黑体, second 楷体; page numbers 宋体 (7.5). */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** 7.5: `— 1 —`, 一字线 (U+2014) on each side. */
export const PAGE_NUMBER_DASH = '\u2014';

/** Width of a text in ems of its font: CJK a full em, Latin letters and digits about half. */
export const emWidth = (text: string): number => textPixels(text, 12) / 16;

/** 2号 characters the 版心 holds on one line, less a margin for fonts whose digits run wide. */
export const TITLE_EMS = 18;

// Where a 公文 title may break: after a whole phrase, never inside a word or a number.
const TITLE_BREAKS = ['事项', '情况', '工作', '问题', '的', '关于'];

/**
 * The title in lines (7.3.1: 一行或多行居中排布, 梯形或菱形): as it is when it fits, else in two at
 * the phrase boundary that balances them best with the upper line the longer.
 */
export function titleLines(title: string, maxEms = TITLE_EMS): string[] {
  if (emWidth(title) <= maxEms) return [title];
  let best: [string, string] | null = null;
  for (const word of TITLE_BREAKS) {
    for (let at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
      const cut = at + word.length;
      const lines: [string, string] = [title.slice(0, cut), title.slice(cut)];
      const [upper, lower] = lines.map(emWidth);
      if (lower === 0 || upper < lower || upper > maxEms) continue;
      if (!best || upper - lower < emWidth(best[0]) - emWidth(best[1])) best = lines;
    }
  }
  return best ?? [title];
}

// The 通报 as a Word document laid out by GB/T 9704-2012 (gongwen.ts): the same blocks as the
// bulletin sheet (sheetLayout.ts), the ranking tables as real Word tables. `docx` builds the
// package in memory and runs in Node and in a browser alike; each surface only saves the bytes.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatChineseDay } from '../calendar/dates';
import type { Bulletin, Masthead } from '../model';
import { displayText } from './cellFormat';
import { OFFICIAL_RED } from './formGrid';
import {
  CHARACTER_SPACING,
  FONTS,
  FOOTER_MM,
  HEADER_MM,
  INDENT_TWIPS,
  LINE_TWIPS,
  MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER_DASH,
  SIZE,
  emWidth,
  mmToTwips,
  titleLines,
} from './gongwen';
import { MASTHEAD } from './layoutText';
import { bulletinBlocks, type BulletinBlock, type LayoutTable } from './sheetLayout';

/** Latin and CJK in one face: a font name alone would leave digits in Word's default font. */
const face = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

const EXACT = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } as const;
/** Tables and the masthead's name set their own line height: 28.95 pt would clip larger type and waste room in cells. */
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;
/** The 版心's width, which tables and the masthead's right tab fill. */
const TEXT_TWIPS = mmToTwips(PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right);
const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function run(text: string, font: string, size: number, extra: { color?: string; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font: face(font), size, ...extra });
}

/** 7.2: 督查通报 in red, 第N期, then 发文单位 and the date either side of a red rule. */
function mastheadParagraphs(masthead: Masthead): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...SINGLE, after: 240 },
      children: [run(MASTHEAD.name, FONTS.title, SIZE.xiaochu, { color: OFFICIAL_RED })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(MASTHEAD.issue(masthead.issue), FONTS.body, SIZE.san)] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_TWIPS }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: OFFICIAL_RED, space: 4 } },
      children: [run(`${masthead.issuer}\t${formatChineseDay(masthead.date)}`, FONTS.body, SIZE.san)],
    }),
    new Paragraph({ children: [] }),
  ];
}

/** Tables in 五号 (7.4 leaves their type to the drafter): ten columns of figures fit the 版心 so. */
const TABLE_SIZE = SIZE.wu;
/** Left and right cell margins, in twips. */
const CELL_PADDING = 60;
/** Twips of one em of table type. */
const TABLE_EM = (TABLE_SIZE / 2) * 20;

function cell(text: string, header: boolean, width: number, left: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: SINGLE,
        children: [run(text, header ? FONTS.heading1 : FONTS.body, TABLE_SIZE)],
      }),
    ],
  });
}

/**
 * Column widths in twips filling the 版心: a column of figures, dates or 编号 as wide as its widest
 * cell (a header may take two lines), so none breaks; the columns of long text share the rest in
 * the proportions of the sheet. Scaled down together when even that does not fit.
 */
export function tableWidths(table: LayoutTable, total: number): number[] {
  const texts = (i: number) => table.rows.map((row) => displayText(row[i], table.columns[i].format));
  const need = table.columns.map((c, i) => {
    const header = Math.ceil(emWidth(c.header) / 2);
    // Digits run wider in some CJK fonts than the estimate's half em: a sixth more, and half an em.
    const widest = c.wrap ? 4 : Math.max(0, ...texts(i).map(emWidth)) * 1.15 + 0.5;
    return Math.ceil(Math.max(header, widest) * TABLE_EM) + 2 * CELL_PADDING;
  });
  const fixed = need.reduce((sum, w, i) => (table.columns[i].wrap ? sum : sum + w), 0);
  const shares = table.columns.reduce((sum, c) => (c.wrap ? sum + c.width : sum), 0);
  const free = total - fixed;
  const widths = table.columns.map((c, i) => (c.wrap ? Math.max(need[i], Math.floor((free * c.width) / shares)) : need[i]));
  const sum = widths.reduce((a, b) => a + b, 0);
  // Without a column of text to take up the slack, the figures share it.
  const scale = total / sum;
  return widths.map((w) => Math.floor(w * scale));
}

/** The header row repeats on each page; no row breaks across two. */
function wordTable(table: LayoutTable): Table {
  const widths = tableWidths(table, TEXT_TWIPS);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.header, true, widths[i], false)),
  });
  const rows = table.rows.map(
    (values) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) => cell(displayText(values[i], c.format), false, widths[i], c.wrap)),
      }),
  );
  return new Table({
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER, insideHorizontal: TABLE_BORDER, insideVertical: TABLE_BORDER },
    rows: [header, ...rows],
  });
}

const indented = (text: string, font: string, keepNext = false) =>
  new Paragraph({ alignment: AlignmentType.BOTH, keepNext, indent: { firstLine: INDENT_TWIPS }, children: [run(text, font, SIZE.san)] });

/** `beforeTable`: the text that introduces a table stays on its page. */
function blockContent(block: BulletinBlock, beforeTable: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'masthead':
      return mastheadParagraphs(block.masthead);
    case 'title':
      // 7.3.1: 2号小标宋, centred, in balanced lines when long, a blank line below.
      return [
        ...titleLines(block.text).map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, FONTS.title, SIZE.er)] })),
        new Paragraph({ children: [] }),
      ];
    case 'heading':
      // 7.3.3: 一、 in 黑体, （一） in 楷体; never the last line of a page.
      return [indented(block.text, block.level === 1 ? FONTS.heading1 : FONTS.heading2, true)];
    case 'paragraph':
      return [indented(block.text, FONTS.body, beforeTable)];
    case 'table':
      // An empty paragraph after a table keeps the next heading off its border.
      return [wordTable(block.table), new Paragraph({ children: [] })];
    case 'chart':
      // The chart is drawn by Excel over the sheet; the Word 通报 is text and tables only (docs/decisions.md).
      return [];
  }
}

/** — 1 —, 4号宋体, odd pages on the right and even on the left, one character in (7.5). */
function pageNumber(alignment: 'right' | 'left'): Footer {
  const indent = alignment === 'right' ? { right: 280 } : { left: 280 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        spacing: SINGLE,
        children: [
          new TextRun({ font: face(FONTS.pageNumber), size: SIZE.si, children: [`${PAGE_NUMBER_DASH} `, PageNumber.CURRENT, ` ${PAGE_NUMBER_DASH}`] }),
        ],
      }),
    ],
  });
}

export function bulletinDocument(bulletin: Bulletin): Document {
  const body = { font: face(FONTS.body), size: SIZE.san, characterSpacing: CHARACTER_SPACING };
  return new Document({
    creator: 'DUBAN 督办',
    title: bulletin.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: body, paragraph: { spacing: EXACT } } },
      // LibreOffice sizes the line grid from the Normal style, not from the document defaults.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: body, paragraph: { spacing: EXACT } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(MARGIN_MM.top),
              bottom: mmToTwips(MARGIN_MM.bottom),
              left: mmToTwips(MARGIN_MM.left),
              right: mmToTwips(MARGIN_MM.right),
              header: mmToTwips(HEADER_MM),
              footer: mmToTwips(FOOTER_MM),
            },
          },
        },
        footers: { default: pageNumber('right'), even: pageNumber('left') },
        children: bulletinBlocks(bulletin).flatMap((block, i, all) => blockContent(block, all[i + 1]?.kind === 'table')),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function bulletinDocx(bulletin: Bulletin): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(bulletinDocument(bulletin)));
}

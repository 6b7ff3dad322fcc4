// Writes the hostile workbook corpus of issue 6: files a hand-kept 台账 really turns into (titles
// above the header, merged and hidden cells, formulas, error values, numbers as text, 100,000
// formatted empty rows, 30,000-character cells, look-alike sheet names) and files that are no
// workbook at all (encrypted, plain text, a zip of something else, zip bombs). The same bytes on
// every run; test/fixtures/expected.json gives what `duban` must answer for each.
//   node dist-node/scripts/make-fixtures.js [outDir]      (default test/fixtures)
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  deflatedEntry,
  encryptedWorkbook,
  FORMATTED_STYLE,
  repeatedEntry,
  xlsx,
  xlsxEntries,
  zip,
  type Cell,
  type SheetSpec,
} from './fixtures/packaging';

export const DEFAULT_DIR = path.join('test', 'fixtures');

const HEADER = ['编号', '事项内容', '责任单位', '配合单位', '督查等级', '交办日期', '办理时限', '延期至', '办结日期', '办理状态', '办理要求', '办理标准', '办理效果', '责任人', '督办人'];
//               A       B          C          D          E          F          G          H        I          J          K          L          M          N        O

type Ymd = readonly [number, number, number];
const d = (y: number, m: number, day: number): { date: Ymd } => ({ date: [y, m, day] });
const TAIL = ['按期完成', '验收合格', '群众满意', '张三', '李四'];

/**
 * Four items of 2026: DC-001 done on time, DC-002 overdue since 30 April (in the June bulletin),
 * DC-003 open, DC-004 extended and done. Each unit has one row, so a JSON check can name it.
 */
function ledgerRows(): Cell[][] {
  return [
    ['DC-001', '推进城区主干道提升改造工程', '市交通运输局', null, '比较重要', d(2026, 3, 2), d(2026, 5, 29), null, d(2026, 5, 20), '已办结', ...TAIL],
    ['DC-002', '完成老旧小区改造年度任务', '住建局', '交通局', '一般重要', d(2026, 3, 2), d(2026, 4, 30), null, null, '办理中', ...TAIL],
    ['DC-003', '农村公路养护专项行动', '青川区', null, '特别重要', d(2026, 4, 1), d(2026, 7, 31), null, null, '办理中', ...TAIL],
    ['DC-004', '中小学校园安全隐患排查', '临江县', null, '一般重要', d(2026, 2, 2), d(2026, 3, 31), d(2026, 4, 30), d(2026, 4, 28), '已办结', ...TAIL],
  ];
}

const ROSTER: SheetSpec = {
  name: '单位',
  rows: [
    ['单位名称', '单位类别', '别名'],
    ['市交通运输局', '市直单位', '交通局'],
    ['市住房城乡建设局', '市直单位', '住建局'],
    ['青川区', '县(市、区)', null],
    ['临江县', '县(市、区)', null],
  ],
};

const ADJUSTMENTS: SheetSpec = {
  name: '加减分',
  rows: [
    ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
    [d(2026, 4, 10), '交通局', '通报表扬', '市', null, 'DC-001', '市政府通报表扬'],
  ],
};

/** A valid ledger workbook whose 台账 is `ledger`. */
const book = (ledger: Omit<SheetSpec, 'name'> & { name?: string }, ...more: SheetSpec[]): Buffer =>
  xlsx([{ name: '台账', ...ledger }, ROSTER, ADJUSTMENTS, ...more]);

const withCell = (rows: Cell[][], row: number, column: number, value: Cell): Cell[][] =>
  rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r));

/** Formatted but empty: every cell of a row styled, none with a value, as a fill-down leaves them. */
function formattedEmptyRows(from: number, count: number): string {
  const parts: string[] = [];
  for (let r = from; r < from + count; r++) {
    parts.push(`<row r="${r}" s="${FORMATTED_STYLE}" customFormat="1">`);
    for (let c = 0; c < HEADER.length; c++) parts.push(`<c r="${String.fromCharCode(65 + c)}${r}" s="${FORMATTED_STYLE}"/>`);
    parts.push('</row>');
  }
  return parts.join('');
}

/** A valid workbook whose first sheet's part expands to `bytes` (declared as `declared`). */
function zipBomb(bytes: number, declared?: number): Buffer {
  const entries = xlsxEntries([{ name: '台账', rows: [] }, ROSTER]);
  const sheet = entries.findIndex((e) => e.name === 'xl/worksheets/sheet1.xml');
  const chunk = 'A'.repeat(1024 * 1024);
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
  entries[sheet] = repeatedEntry(entries[sheet].name, head, chunk, Math.ceil(bytes / chunk.length), '</t></is></c></row></sheetData></worksheet>', declared);
  return zip(entries);
}

const LONG = 30_000;
const NUMERALS = '一二三四五六七八九十';

export const FIXTURES: Readonly<Record<string, () => Buffer>> = {
  'header-below-title.xlsx': () =>
    book({ rows: [['青川市2026年督查台账（截至6月30日）'], [], HEADER, ...ledgerRows()], merges: ['A1:O1'] }),

  // A grouped header over two rows: the item columns merged down, the dates under 时间节点.
  'merged-header.xlsx': () => {
    const top: Cell[] = [...HEADER];
    top.splice(5, 4, '时间节点', null, null, null);
    const below: Cell[] = HEADER.map((h, i) => (i >= 5 && i <= 8 ? h : null));
    const downs = HEADER.map((_, i) => i).filter((i) => i < 5 || i > 8).map((i) => `${String.fromCharCode(65 + i)}1:${String.fromCharCode(65 + i)}2`);
    return book({ rows: [top, below, ...ledgerRows()], merges: ['F1:I1', ...downs] });
  },

  // Row 5 (临江县's item) and column D hidden, as a filter or a tidy-up leaves them: they still count.
  'hidden-rows-columns.xlsx': () =>
    book({ rows: [[...HEADER, '内部备注'], ...ledgerRows().map((r) => [...r, '不对外'])], hiddenRows: [5], hiddenColumns: [4, 16] }),

  'formulas.xlsx': () => {
    let rows: Cell[][] = [HEADER, ...ledgerRows()];
    rows = withCell(rows, 1, 0, { formula: '"DC-"&TEXT(ROW()-1,"000")', cached: 'DC-001' });
    rows = withCell(rows, 1, 5, { formula: 'DATE(2026,3,2)', cached: d(2026, 3, 2) });
    rows = withCell(rows, 2, 2, { formula: 'VLOOKUP("住建局",单位!C:C,1,0)', cached: '住建局' });
    // Written by a program that never calculated: no cached value, so nothing to read.
    rows = withCell(rows, 3, 11, { formula: 'CONCATENATE("验收","合格")' });
    return book({ rows });
  },

  'error-values.xlsx': () => {
    let rows: Cell[][] = [HEADER, ...ledgerRows()];
    rows = withCell(rows, 1, 5, { error: '#N/A' });
    rows = withCell(rows, 2, 2, { error: '#REF!' });
    rows = withCell(rows, 3, 6, { error: '#VALUE!' });
    return book({ rows });
  },

  // 编号 as numbers and as text, dates and 分值 as text, a 规则 value as text.
  'numbers-as-text.xlsx': () => {
    let rows: Cell[][] = [HEADER, ...ledgerRows()];
    rows = withCell(rows, 1, 0, 1);
    rows = withCell(rows, 2, 0, '2');
    rows = withCell(rows, 1, 5, '2026-03-02');
    rows = withCell(rows, 1, 6, '2026年5月29日');
    const adjustments: SheetSpec = { name: '加减分', rows: [ADJUSTMENTS.rows[0], ['2026-04-10', '交通局', '通报表扬', '市', '5', '1', null]] };
    return xlsx([{ name: '台账', rows }, ROSTER, adjustments, { name: '规则', rows: [['参数', '值'], ['每项分值', '20']] }]);
  },

  // What Excel stores for 1900/2/29, a day that never was (Lotus 1-2-3's leap-year bug).
  'serial-60.xlsx': () => book({ rows: withCell([HEADER, ...ledgerRows()], 1, 5, { serial: 60 }) }),

  'no-sheets.xlsx': () => xlsx([]),
  'empty-sheet.xlsx': () => xlsx([{ name: 'Sheet1', rows: [] }]),
  'empty-ledger.xlsx': () => book({ rows: [] }),

  'formatted-empty-rows.xlsx': () => {
    const rows = [HEADER, ...ledgerRows()];
    return book({ rows, tail: formattedEmptyRows(rows.length + 1, 100_000) });
  },

  // DC-002 is overdue, so its 30,000 characters reach the bulletin's list of overdue items.
  'long-text.xlsx': () => book({ rows: withCell(withCell([HEADER, ...ledgerRows()], 2, 1, '改'.repeat(LONG)), 2, 10, 'x'.repeat(LONG)) }),
  'long-unit-name.xlsx': () => book({ rows: withCell([HEADER, ...ledgerRows()], 1, 2, '市'.repeat(LONG)) }),

  // A paste gone wrong: 100,000 names in DC-002's 责任单位 cell. 20 are named, the rest counted.
  'unit-cell-100k-names.xlsx': () =>
    book({ rows: withCell([HEADER, ...ledgerRows()], 2, 2, Array.from({ length: 100_000 }, (_, i) => `临时单位${i + 1}`).join('、')) }),

  // 事项内容 merged over two rows all the way down, as a sheet laid out ahead for a year's items
  // leaves it: 100,000 merged areas. ExcelJS alone took 3 minutes over 20,000 (src/cli/mergeCells.ts).
  'merged-100k-areas.xlsx': () =>
    book({ rows: [HEADER, ...ledgerRows()], merges: Array.from({ length: 100_000 }, (_, i) => `B${6 + 2 * i}:B${7 + 2 * i}`) }),

  // Nothing but section rows, each merged across the table: 100,000 headings and not one item
  // (and no 加减分 sheet, whose 关联事项 would point at none).
  'sections-only.xlsx': () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`${NUMERALS[i % NUMERALS.length]}、第${i + 1}类重点工作`]);
    return xlsx([{ name: '台账', rows: [HEADER, ...rows], merges: rows.map((_, i) => `A${i + 2}:O${i + 2}`) }, ROSTER]);
  },

  // Excel allows both names; which one is the ledger?
  'duplicate-sheet-names.xlsx': () => book({ rows: [HEADER, ...ledgerRows()] }, { name: ' 台账', rows: [HEADER, ...ledgerRows().slice(0, 2)] }),

  'encrypted.xlsx': () => encryptedWorkbook(),
  'not-a-workbook.xlsx': () => Buffer.from('编号,事项内容,责任单位\nDC-001,推进城区主干道提升改造工程,市交通运输局\n', 'utf8'),
  'zip-not-workbook.xlsx': () => zip([deflatedEntry('readme.txt', Buffer.from('这是一个压缩包，不是工作簿。', 'utf8'))]),
  // 300 MiB of text in a few hundred KB, declared honestly …
  'zip-bomb.xlsx': () => zipBomb(300 * 1024 * 1024),
  // … and the same declared as 1 MiB, so only inflating can tell.
  'zip-bomb-lying.xlsx': () => zipBomb(300 * 1024 * 1024, 1024 * 1024),
};

/** Writes every fixture into `dir`; gives their paths by file name. */
export function makeFixtures(dir: string, names: readonly string[] = Object.keys(FIXTURES)): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  return Object.fromEntries(
    names.map((name) => {
      const file = path.join(dir, name);
      writeFileSync(file, FIXTURES[name]());
      return [name, file];
    }),
  );
}

if (require.main === module) {
  const written = makeFixtures(process.argv[2] ?? DEFAULT_DIR);
  for (const file of Object.values(written)) process.stdout.write(`${file}\n`);
}

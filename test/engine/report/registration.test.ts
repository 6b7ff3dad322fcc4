// 登记催办: the exact 加减分 rows a batch of 催办单 adds, and where they go: below every used row,
// under the sheet's own headers, never over a cell that holds anything.
import type { SheetInput, WorkbookInput } from '../../../src/engine/model';
import { appendPlan, registrationRows, type RegistrationRow } from '../../../src/engine/report/registration';
import { buildUrgeNotices } from '../../../src/engine/report/urgeNotices';
import { day } from '../score/scoringFixtures';
import { districtBook } from '../../fixtures/districtExample';
import { districtExample, exampleBook, sanmenxiaExample } from './exampleLedger';

const NOV_5 = day('2026-11-05');
const OCT_31 = day('2026-10-31');
const ENTRIES = [
  { date: '2026-10-26', unit: '北塬县', level: '蓝', item: 'DC-2026-244', note: '催办单 督催〔2026〕1号' },
  { date: '2026-10-29', unit: '西河县', level: '蓝', item: 'DC-2026-232', note: '催办单 督催〔2026〕2号' },
] as const;

describe('registrationRows', () => {
  it('district-dynamic: one 催办 row per 催办单 with its colour, dated the day of registration', async () => {
    const ledger = await districtExample(OCT_31, ENTRIES);
    const plan = buildUrgeNotices(ledger, OCT_31, { kind: 'ids', ids: ['DC-2026-244', 'DC-2026-256', 'DC-2026-232'] });
    // 232 is still inside its 蓝's reply time; 244 goes on to 黄; 256 (5 working days, no entry) is 黄.
    // Numbers from 3: two are registered already.
    expect(registrationRows('催办', plan, NOV_5)).toEqual([
      { date: NOV_5, unit: '北塬县', category: '催办', level: '黄', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕3号' },
      { date: NOV_5, unit: '南屏县', category: '催办', level: '黄', relatedItem: 'DC-2026-256', note: '催办单 督催〔2026〕4号' },
    ]);
  });

  it('sanmenxia-2019: no 催办 deduction, so nothing to register', async () => {
    const ledger = await sanmenxiaExample(OCT_31);
    expect(ledger.rules.documents.urgeCategory).toBeNull();
    expect(registrationRows(ledger.rules.documents.urgeCategory, buildUrgeNotices(ledger, OCT_31), NOV_5)).toEqual([]);
  });
});

describe('appendPlan', () => {
  const row: RegistrationRow = { date: NOV_5, unit: '北塬县', category: '催办', level: '黄', relatedItem: 'DC-2026-244', note: '催办单 督催〔2026〕3号' };
  const withSheet = (sheet: SheetInput | null): WorkbookInput => ({
    sheets: [{ name: '台账', values: [['编号']] }, ...(sheet ? [sheet] : [])],
  });

  it('the example under district-dynamic: header and two entries on rows 1–3, so row 4 (index 3), each value under its header', async () => {
    const book = districtBook(await exampleBook(), ENTRIES);
    expect(appendPlan(book, [row])).toEqual({
      sheet: '加减分',
      create: false,
      startRow: 3,
      // 日期 | 单位 | 类别 | 级别 | 分值 | 关联事项 | 说明
      values: [[NOV_5, '北塬县', '催办', '黄', null, 'DC-2026-244', '催办单 督催〔2026〕3号']],
      formats: [['date', 'text', 'text', 'text', null, 'text', 'text']],
    });
  });

  it('columns in the office’s own order, with a 序号 column and a title row: values follow the headers, the rest stays null', () => {
    const sheet = {
      name: '加减分登记',
      values: [
        ['2026年加减分登记表', null, null, null, null, null, null],
        ['序号', '登记日期', '责任单位', '类型', '事项编号', '层级', '备注'],
        [1, 46300, '石门县', '催办', 'DC-2026-001', '蓝', ''],
        [null, null, null, null, null, null, '注：以催办单为依据'],
      ],
    };
    expect(appendPlan(withSheet(sheet), [row])).toEqual({
      sheet: '加减分登记',
      create: false,
      // Below the note on row 4: nothing that holds a value is written over.
      startRow: 4,
      values: [[null, NOV_5, '北塬县', '催办', 'DC-2026-244', '黄', '催办单 督催〔2026〕3号']],
      formats: [[null, 'date', 'text', 'text', 'text', 'text', 'text']],
    });
  });

  it('blank rows read below the last value (a used range over cells only formatted, as WPS gives a template’s): right below the value, row 3 (index 2)', () => {
    const blank = [null, null, null, null, null, null, null];
    const sheet = {
      name: '加减分',
      values: [['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'], [46321, '北塬县', '催办', '蓝', null, 'DC-2026-244', '催办单 督催〔2026〕1号'], blank, blank, []],
    };
    expect(appendPlan(withSheet(sheet), [row])).toMatchObject({ sheet: '加减分', create: false, startRow: 2 });
  });

  it('no 加减分 sheet: a new one, its header first', () => {
    const plan = appendPlan(withSheet(null), [row]);
    expect(plan).toEqual({
      sheet: '加减分',
      create: true,
      startRow: 0,
      values: [
        ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
        [NOV_5, '北塬县', '催办', '黄', null, 'DC-2026-244', '催办单 督催〔2026〕3号'],
      ],
      formats: [
        ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
        ['date', 'text', 'text', 'text', null, 'text', 'text'],
      ],
    });
  });

  it('a sheet without 级别 or 关联事项 cannot record a colour: an error, no plan', () => {
    const sheet = { name: '加减分', values: [['日期', '单位', '类别', '分值', '说明']] };
    expect(appendPlan(withSheet(sheet), [row])).toEqual({
      error: '「加减分」表没有「级别」、「关联事项」列，无法追加登记：请先在表头加上这些列。',
    });
  });
});

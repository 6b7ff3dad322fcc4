// The suggested 加减分 for 应报未报 through the Excel adapter, on the fake Excel: offered after
// 生成通报 and not written, then appended exactly, no existing row changed. The ledger is the October
// district of test/engine/report/reportsBulletin.test.ts, where the suggestions are hand-worked.
import { dayOf } from '../../src/engine/calendar/dates';
import type { OnConflict } from '../../src/taskpane/actions';
import { createExcelActions } from '../../src/taskpane/excel/excelActions';
import { installFakeOffice, type WorkbookData } from './fakeExcel';

const d = (m: number, day: number) => dayOf(2026, m, day);
const DEC_31 = d(12, 31);

function workbook(reports: boolean): WorkbookData {
  return {
    sheets: [
      {
        name: '台账',
        values: [
          ['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限'],
          ['A-1', '老旧小区改造', '甲街道', '比较重要', d(7, 15), DEC_31],
          ['B-1', '防汛隐患整治', '乙街道', '特别重要', d(10, 8), DEC_31],
          ['B-2', '背街小巷保洁', '乙街道', '一般重要', d(3, 10), DEC_31],
        ],
      },
      { name: '单位', values: [['单位名称', '单位类别'], ['甲街道', '街道类'], ['乙街道', '街道类']] },
      {
        name: '加减分',
        values: [
          ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
          [d(10, 20), '乙街道', '超期', '特别重要', null, 'B-1', '10月12日—18日未报'],
        ],
      },
      ...(reports
        ? [
            {
              name: '报送',
              values: [
                ['日期', '编号', '单位', '内容'],
                [d(8, 20), 'A-1', '甲街道', '已完成设计'],
                [d(10, 9), 'A-1', '甲街道', '已开工'],
                [d(6, 15), 'B-2', '乙街道', '已落实保洁队伍'],
              ],
            },
          ]
        : []),
    ],
  };
}

const newName: OnConflict = () => Promise.resolve('newName');
const noProgress = () => undefined;

describe('建议加减分 after 生成通报', () => {
  test('offers the three unregistered 应报未报 without writing; appended on confirmation at rows 3–5, rows 1–2 unchanged', async () => {
    const fake = installFakeOffice(workbook(true));
    const actions = createExcelActions();
    const before = fake.values('加减分');
    const result = await actions.generateBulletin('2026-10', 'district-dynamic', newName, noProgress);
    // Missed: A-1 September; B-1 the weeks of 12–18 and 19–25 October (the entry of 20 October
    // stands for the first); B-2 the third quarter. 超期 at the item's 督查等级, 分值 left to the table.
    const rows = [
      { date: d(9, 30), unit: '甲街道', category: '超期', level: '比较重要', relatedItem: 'A-1', note: '应报未报：2026年9月进展情况（比较重要事项每月报送）' },
      { date: d(9, 30), unit: '乙街道', category: '超期', level: '一般重要', relatedItem: 'B-2', note: '应报未报：2026年第三季度进展情况（一般重要事项每季度报送）' },
      { date: d(10, 25), unit: '乙街道', category: '超期', level: '特别重要', relatedItem: 'B-1', note: '应报未报：2026年10月19日—10月25日进展情况（特别重要事项每周报送）' },
    ];
    expect(result.kind === 'done' && result.suggestions).toMatchObject({ sheet: '加减分', rows });
    expect(fake.values('加减分')).toEqual(before);

    expect(await actions.appendAdjustments(rows)).toEqual({ sheet: '加减分', firstRow: 3, lastRow: 5 });
    const after = fake.values('加减分');
    expect(after.slice(0, 2)).toEqual(before);
    expect(after.slice(2)).toEqual(rows.map((r) => [r.date, r.unit, r.category, r.level, null, r.relatedItem, r.note]));
    expect(fake.cell('加减分', 'A3').numberFormat).toBe('yyyy-mm-dd');

    // Registered, they are offered no more.
    const again = await actions.generateBulletin('2026-10', 'district-dynamic', newName, noProgress);
    expect(again).toMatchObject({ kind: 'done' });
    expect(again.kind === 'done' && 'suggestions' in again).toBe(false);
  });

  test('no offer without a 报送 sheet, nor after 生成排名', async () => {
    installFakeOffice(workbook(false));
    const plain = await createExcelActions().generateBulletin('2026-10', 'district-dynamic', newName, noProgress);
    expect(plain.kind === 'done' && 'suggestions' in plain).toBe(false);

    installFakeOffice(workbook(true));
    const ranking = await createExcelActions().generateRanking('2026-10', 'district-dynamic', newName, noProgress);
    expect(ranking.kind === 'done' && 'suggestions' in ranking).toBe(false);
  });
});

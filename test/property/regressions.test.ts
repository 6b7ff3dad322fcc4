// The cases the properties found, kept as hand-worked examples.
import type { CellValue, WorkbookInput } from '../../src/engine/model';
import { rankMonth } from '../../src/engine/score/rank';
import { readLedger } from '../../src/engine/read/readLedger';
import { LEDGER_HEADER } from './arbitraries';
import { periodFor } from './scoring';

const row = (id: string, unit: string, importance: string): CellValue[] =>
  [id, '推进老旧小区改造', unit, null, importance, '2026-02-02', '2026-12-31', null, null, '办理中', '按期完成', '验收合格', '群众满意', '张三', '李四'];

function book(preset: string, ledger: CellValue[][], adjustments: CellValue[][], roster: CellValue[][]): WorkbookInput {
  return {
    sheets: [
      { name: '台账', values: [LEDGER_HEADER, ...ledger] },
      { name: '单位', values: [['单位名称', '单位类别', '别名'], ...roster] },
      { name: '加减分', values: [['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'], ...adjustments] },
      { name: '规则', values: [['参数', '值'], ['规则集', preset]] },
    ],
  };
}

const june = periodFor(6);

describe('one 编号, however it is written, is one item', () => {
  it('sanmenxia-2019: 通报批评 of DC-001 entered again as ＤＣ－００１ is one event: −20, not −40', () => {
    const b = book(
      'sanmenxia-2019',
      [row('DC-001', '市交通运输局', '一般重要')],
      [
        ['2026-03-01', '市交通运输局', '通报批评', '国家', null, 'DC-001', null],
        ['2026-03-05', '市交通运输局', '通报批评', '国家', null, 'ＤＣ－００１', '同一事件又登记一次'],
      ],
      [['市交通运输局', '市直单位', null]],
    );
    const { ledger, problems } = readLedger(b, { reportYear: 2026 });
    expect(problems.filter((p) => p.severity === '错误')).toEqual([]);
    // One open item not yet due: completion ratio 1, coefficient 1 → 100. One event −20 (counted
    // twice it would be −40). 月排名加分 for January, February, April and May, the months without
    // a deduction: +40. 100 − 20 + 40 = 120.
    expect(rankMonth(ledger!, june)[0]).toMatchObject({ bonus: 40, deduction: 20, score: 120 });
  });
});

describe('a blank 级别 taken from a 关联事项 the unit does not handle itself', () => {
  // 西街道 has no row of Q-1; its rows say 一般重要 (东街道) and 特别重要 (南街道). Seed 002: 超期
  // 特别重要 3, 一般重要 1. The highest wins, so row order cannot change the score.
  const rows = [row('Q-1', '东街道', '一般重要'), row('Q-1', '南街道', '特别重要')];
  const roster = [['东街道', '街道类', null], ['南街道', '街道类', null], ['西街道', '街道类', null]];
  const adjustments = [['2026-03-01', '西街道', '超期', null, null, 'Q-1', null]];

  it.each([
    ['in sheet order', rows],
    ['reversed', [...rows].reverse()],
  ])('district-dynamic: 超期 counts 3 (特别重要), rows %s', (_label, ledgerRows) => {
    const { ledger } = readLedger(book('district-dynamic', ledgerRows, adjustments, roster), { reportYear: 2026 });
    const west = rankMonth(ledger!, june).find((r) => r.unit === '西街道');
    expect(west).toMatchObject({ deduction: 3, score: 77 });
  });
});

describe('Excel error values outside the 台账', () => {
  it('in the 单位 and 加减分 sheets: one 错误 at the cell, naming the value', () => {
    const b = book(
      'sanmenxia-2019',
      [row('DC-001', '市交通运输局', '一般重要')],
      [['#REF!', '市交通运输局', '通报表扬', '市', null, 'DC-001', null]],
      [['市交通运输局', '市直单位', null], ['#N/A', '市直单位', null]],
    );
    const { problems } = readLedger(b, { reportYear: 2026 });
    expect(problems.filter((p) => p.severity === '错误')).toEqual([
      { sheet: '单位', cell: 'A3', severity: '错误', message: expect.stringContaining('Excel 错误值「#N/A」') },
      { sheet: '加减分', cell: 'A2', severity: '错误', message: expect.stringContaining('Excel 错误值「#REF!」') },
    ]);
  });
});

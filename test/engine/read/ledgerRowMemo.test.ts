// Reading an edited copy of a workbook with the memo of the earlier read: only the rows that
// changed are read again, and the result is exactly that of reading the copy from scratch.
import { dayOf } from '../../../src/engine/calendar/dates';
import type { CellValue, WorkbookInput } from '../../../src/engine/model';
import { readLedger, type ReadResult } from '../../../src/engine/read/readLedger';

const HEADER = ['编号', '事项内容', '责任单位', '配合单位', '督查等级', '交办日期', '办理时限', '延期至', '办结日期', '办理状态', '办理要求', '办理标准', '办理效果', '责任人', '督办人'];

const row = (id: string, unit: string, completed: CellValue = null): CellValue[] => [
  id, `事项${id}`, unit, null, '一般重要', '2026-03-02', '2026-04-30', null, completed, completed ? '已办结' : '办理中',
  '按期完成', '验收合格', '群众满意', '张三', '李四',
];

const ROSTER: CellValue[][] = [
  ['单位名称', '单位类别', '别名'],
  ['市交通运输局', '市直单位', '交通局'],
  ['青川区', '县（市、区）', null],
];

function book(rows: CellValue[][], roster = ROSTER, rules: CellValue[][] = [['参数', '值'], ['规则集', 'sanmenxia-2019']]): WorkbookInput {
  return {
    sheets: [
      { name: '台账', values: [HEADER, ...rows] },
      { name: '单位', values: roster },
      { name: '规则', values: rules },
    ],
  };
}

const ROWS = [row('DC-1', '市交通运输局', '2026-04-20'), row('DC-2', '交通局'), row('DC-3', '青川区'), row('DC-4', '青川区', '2026-05-08')];

// The calendar remembers the days it was asked about, which differ when rows are taken over.
const withoutMemo = ({ memo: _memo, ...rest }: ReadResult) => ({ ...rest, ledger: rest.ledger && { ...rest.ledger, calendar: null } });

const read = (b: WorkbookInput) => readLedger(b, { reportYear: 2026 });

/** Reads `after` with the memo of `before`, checks it equals a read from scratch, and returns it. */
function reread(before: WorkbookInput | ReadResult, after: WorkbookInput): ReadResult {
  const first = 'sheets' in before ? read(before) : before;
  const again = readLedger(after, { reportYear: 2026, previous: first.memo ?? undefined });
  expect(withoutMemo(again)).toEqual(withoutMemo(readLedger(after, { reportYear: 2026 })));
  return again;
}

const edit = (rows: CellValue[][], at: number, column: number, value: CellValue) =>
  rows.map((r, i) => (i === at ? r.map((c, j) => (j === column ? value : c)) : r));

describe('reading an edited copy with the memo of the earlier read', () => {

  it('takes over the items of the unchanged rows and reads the edited row again', () => {
    const before = read(book(ROWS));
    const after = reread(before, book(edit(edit(ROWS, 2, 8, '2026-04-29'), 2, 9, '已办结')));
    const [b, a] = [before.ledger!.items, after.ledger!.items];
    expect(a[0]).toBe(b[0]);
    expect(a[1]).toBe(b[1]);
    expect(a[3]).toBe(b[3]);
    expect(a[2]).not.toBe(b[2]);
    expect(a[2].completed).not.toBeNull();
  });

  it('gives the unchanged rows their earlier problems and the edited row its new ones', () => {
    const broken = edit(ROWS, 1, 2, '不存在的单位');
    const after = reread(book(ROWS), book(broken));
    expect(after.problems.map((p) => p.cell)).toEqual(['C3']);
    const repaired = reread(book(broken), book(ROWS));
    expect(repaired.problems).toEqual([]);
    expect(repaired.ledger!.items).toHaveLength(4);
  });

  it('finds a 编号 repeated for one unit by an edit in another row, and its end when it is edited away', () => {
    const repeated = edit(ROWS, 3, 0, 'DC-3');
    const after = reread(book(ROWS), book(repeated));
    expect(after.problems.map((p) => `${p.cell} ${p.severity}`)).toEqual(['A5 错误']);
    expect(reread(book(repeated), book(ROWS)).problems).toEqual([]);
  });

  it('reads every row again when the roster changes what a name stands for', () => {
    const roster = ROSTER.map((r, i) => (i === 1 ? ['市交通运输局', '市直单位', null] : r));
    const before = read(book(ROWS));
    const after = reread(before, book(ROWS, roster));
    expect(after.ledger!.items[0]).not.toBe(before.ledger!.items[0]);
    expect(after.problems.map((p) => p.cell)).toEqual(['C3']);
  });

  it('reads every row again when 延期上限月数 changes', () => {
    const extended = ROWS.map((r, i) => (i === 2 ? r.map((c, j) => (j === 7 ? '2026-06-29' : c)) : r));
    const rules = [['参数', '值'], ['规则集', 'sanmenxia-2019'], ['延期上限月数', 1]];
    const after = reread(book(extended), book(extended, ROSTER, rules));
    expect(after.problems.map((p) => `${p.cell} ${p.severity}`)).toEqual(['H4 错误']);
  });

  it('reads every row again when the 节假日 or the 来源时限 change a default deadline by 事项来源', () => {
    // A blank 办理时限 of a 领导批示 item: 5 working days after Mon 2 March is Mon 9 March.
    const header = [...HEADER, '事项来源'];
    const rows = ROWS.map((r, i) => (i === 1 ? [...r.map((c, j) => (j === 6 ? null : c)), '领导批示'] : [...r, null]));
    const withSheets = (extra: Record<string, CellValue[][]>, rules?: CellValue[][]) => {
      const b = book(rows, ROSTER, rules);
      return { sheets: [...b.sheets.map((s) => (s.name === '台账' ? { ...s, values: [header, ...rows] } : s)), ...Object.entries(extra).map(([name, values]) => ({ name, values }))] };
    };
    const before = read(withSheets({}));
    expect(before.ledger!.items[1].deadline).toBe(dayOf(2026, 3, 9));
    const holiday = reread(before, withSheets({ 节假日: [['日期', '类型'], ['2026-03-04', '休']] }));
    // A day off on Wed 4 March moves it to Tue 10 March.
    expect(holiday.ledger!.items[1].deadline).toBe(dayOf(2026, 3, 10));
    const rule = reread(before, withSheets({}, [['参数', '值'], ['规则集', 'sanmenxia-2019'], ['来源时限:领导批示', '2个工作日']]));
    // 2 working days after Mon 2 March: Wed 4 March.
    expect(rule.ledger!.items[1].deadline).toBe(dayOf(2026, 3, 4));
    expect(reread(before, withSheets({})).ledger!.items[1]).toBe(before.ledger!.items[1]);
  });

  it('reads the rows below an inserted row again, since they moved', () => {
    const before = read(book(ROWS));
    const inserted = [ROWS[0], row('DC-9', '青川区'), ...ROWS.slice(1)];
    const after = reread(before, book(inserted));
    expect(after.ledger!.items[0]).toBe(before.ledger!.items[0]);
    expect(after.ledger!.items[2].row).toBe(4);
    expect(after.ledger!.items[2]).not.toBe(before.ledger!.items[1]);
  });

  it('takes over nothing from the memo of another sheet layout', () => {
    const moved = { sheets: book(ROWS).sheets.map((s) => (s.name === '台账' ? { ...s, values: [['青川市督查台账'], ...s.values] } : s)) };
    const before = read(book(ROWS));
    const after = reread(before, moved);
    expect(after.ledger!.items.map((i) => i.row)).toEqual([3, 4, 5, 6]);
    expect(after.ledger!.items.some((item) => before.ledger!.items.includes(item))).toBe(false);
  });
});

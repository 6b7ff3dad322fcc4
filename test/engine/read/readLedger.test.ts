import { dayOf } from '../../../src/engine/calendar/dates';
import type { CellValue, Problem, WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';

const LEDGER_HEADER = ['编号', '事项内容', '责任单位', '配合单位', '督查等级', '交办日期', '办理时限', '延期至', '办结日期', '办理状态', '办理要求', '办理标准', '办理效果', '责任人', '督办人'];
//                      A       B          C          D          E          F          G          H        I          J          K          L          M          N        O

/** A complete, valid ledger row; `patch` replaces cells by header. */
function ledgerRow(patch: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    编号: 'DC-001',
    事项内容: '推进老旧小区改造',
    责任单位: '市交通运输局',
    配合单位: null,
    督查等级: '一般重要',
    交办日期: '2026-03-02',
    办理时限: '2026-04-30',
    延期至: null,
    办结日期: '2026-04-20',
    办理状态: '已办结',
    办理要求: '按期完成',
    办理标准: '验收合格',
    办理效果: '群众满意',
    责任人: '张三',
    督办人: '李四',
  };
  const row = { ...base, ...patch };
  return LEDGER_HEADER.map((h) => row[h] ?? null);
}

const ROSTER: CellValue[][] = [
  ['单位名称', '单位类别', '别名'],
  ['市交通运输局', '市直单位', '交通局、市交通局'],
  ['市住房城乡建设局', '市直单位', '住建局'],
  ['青川区', '县(市、区)', null],
];

function book(ledgerRows: CellValue[][], extra: Record<string, CellValue[][]> = {}): WorkbookInput {
  const sheets = [
    { name: '台账', values: [LEDGER_HEADER, ...ledgerRows] },
    { name: '单位', values: ROSTER },
    ...Object.entries(extra).map(([name, values]) => ({ name, values })),
  ];
  return { sheets };
}

function read(b: WorkbookInput) {
  return readLedger(b, { reportYear: 2026 });
}

/** The problems at one cell, as `severity message` lines. */
function at(problems: Problem[], sheet: string, cell: string): Problem[] {
  return problems.filter((p) => p.sheet === sheet && p.cell === cell);
}

describe('a valid ledger', () => {
  it('reads every row and reports nothing', () => {
    const result = read(book([ledgerRow(), ledgerRow({ 编号: 'DC-002', 责任单位: '住建局', 办结日期: null, 办理状态: '办理中' })]));
    expect(result.problems).toEqual([]);
    expect(result.ledger?.items.map((i) => [i.id, i.unit])).toEqual([
      ['DC-001', '市交通运输局'],
      ['DC-002', '市住房城乡建设局'], // written by its alias 住建局
    ]);
    expect(result.ledger?.items[0].deadline).toBe(dayOf(2026, 4, 30));
  });

  it('matches the roster category 县(市、区) to the preset spelling 县（市、区）', () => {
    const result = read(book([ledgerRow()]));
    expect(result.ledger?.units.find((u) => u.name === '青川区')?.category).toBe('县（市、区）');
  });

  it('finds the header row below a title and sheets by alias, full-width and spaced names', () => {
    const b: WorkbookInput = {
      sheets: [
        { name: '督查台账', values: [['青川市2026年督查台账'], [], LEDGER_HEADER.map((h) => (h === '责任单位' ? '牵头单位' : h)), ledgerRow()] },
        { name: '单位 表', values: ROSTER },
      ],
    };
    const result = read(b);
    expect(result.problems).toEqual([]);
    expect(result.ledger?.items).toHaveLength(1);
  });
});

describe('every validation message names the sheet and cell', () => {
  it('missing 台账 sheet is fatal', () => {
    const result = read({ sheets: [{ name: '单位', values: ROSTER }] });
    expect(result.ledger).toBeNull();
    expect(result.fatal).toContain('找不到「台账」工作表');
  });

  it('missing required column', () => {
    const header = LEDGER_HEADER.filter((h) => h !== '办理时限');
    const result = read({ sheets: [{ name: '台账', values: [header, header.map(() => 'x')] }, { name: '单位', values: ROSTER }] });
    expect(result.ledger).toBeNull();
    expect(at(result.problems, '台账', 'A1')[0]).toMatchObject({ severity: '错误', message: expect.stringContaining('缺少必填列「办理时限」') });
  });

  it('duplicate (编号, 责任单位), also when the second is written by alias', () => {
    const result = read(book([ledgerRow(), ledgerRow({ 责任单位: '交通局' })]));
    expect(at(result.problems, '台账', 'A3')[0]).toMatchObject({ severity: '错误', message: expect.stringContaining('在第 2 行已出现') });
    expect(result.ledger?.items).toHaveLength(1);
  });

  it('unknown unit, suggesting the closest roster name', () => {
    const result = read(book([ledgerRow({ 责任单位: '市交通运输厅' })]));
    expect(at(result.problems, '台账', 'C2')[0].message).toContain('是否应为「市交通运输局」');
  });

  it('unparseable date, serial 60 and a date that does not exist', () => {
    const result = read(book([ledgerRow({ 交办日期: '待定' }), ledgerRow({ 编号: 'DC-2', 交办日期: 60 }), ledgerRow({ 编号: 'DC-3', 交办日期: '2026-02-30' })]));
    expect(at(result.problems, '台账', 'F2')[0].message).toContain('无法识别为日期');
    expect(at(result.problems, '台账', 'F3')[0].message).toContain('1900年2月29日');
    expect(at(result.problems, '台账', 'F4')[0].message).toContain('日期不存在');
  });

  it('a date without a year takes the report year with a 警告', () => {
    const result = read(book([ledgerRow({ 交办日期: '3月2日' })]));
    expect(at(result.problems, '台账', 'F2')[0]).toMatchObject({ severity: '警告', message: expect.stringContaining('已按2026年计算') });
    expect(result.ledger?.items[0].assigned).toBe(dayOf(2026, 3, 2));
  });

  it('办理时限 before 交办日期', () => {
    const result = read(book([ledgerRow({ 办理时限: '2026-03-01', 办结日期: null, 办理状态: null })]));
    expect(at(result.problems, '台账', 'G2')[0].message).toContain('办理时限早于交办日期');
  });

  it('a second extension, and one over the two-month limit', () => {
    const result = read(
      book([
        ledgerRow({ 延期至: '2026-05-31、2026-06-30' }),
        // EDATE(2026-04-30, 2) = 2026-06-30, so 2026-07-01 is one day too late.
        ledgerRow({ 编号: 'DC-2', 延期至: '2026-07-01' }),
        ledgerRow({ 编号: 'DC-3', 延期至: '2026-06-30' }),
      ]),
    );
    expect(at(result.problems, '台账', 'H2')[0].message).toContain('只能延期一次');
    expect(at(result.problems, '台账', 'H3')[0].message).toContain('不能晚于 2026-06-30');
    expect(at(result.problems, '台账', 'H4')).toEqual([]);
  });

  it('status that contradicts 办结日期, and 销号 with and without one (SPEC §1.1 (7))', () => {
    const result = read(
      book([
        ledgerRow({ 办结日期: null, 办理状态: '已办结' }),
        ledgerRow({ 编号: 'DC-2', 办理状态: '办理中' }),
        ledgerRow({ 编号: 'DC-3', 办理状态: '销号' }),
        ledgerRow({ 编号: 'DC-4', 办结日期: null, 办理状态: '销号' }),
      ]),
    );
    // 已办结 without a date: completed on the earlier of D (2026-04-30) and asOf (2026-12-31), a 警告.
    expect(at(result.problems, '台账', 'J2')[0]).toMatchObject({ severity: '警告', message: expect.stringContaining('已按 2026年4月30日') });
    expect(at(result.problems, '台账', 'J3')[0]).toMatchObject({ severity: '错误', message: expect.stringContaining('已填写办结日期') });
    // 销号 with a 办结日期 was completed and then closed (seed 003 (八)): no problem, completed that day.
    expect(at(result.problems, '台账', 'J4')).toEqual([]);
    expect(result.ledger?.items.map((i) => [i.id, i.cancelled, i.completed])).toEqual([
      ['DC-001', false, dayOf(2026, 4, 30)],
      ['DC-3', false, dayOf(2026, 4, 20)],
      ['DC-4', true, null],
    ]);
  });

  it('blank 办理要求 … 督办人 are 警告, and the row still counts', () => {
    const result = read(book([ledgerRow({ 办理要求: null, 督办人: ' ' })]));
    expect(at(result.problems, '台账', 'K2')[0]).toMatchObject({ severity: '警告' });
    expect(at(result.problems, '台账', 'O2')[0]).toMatchObject({ severity: '警告' });
    expect(result.ledger?.items).toHaveLength(1);
  });

  it('unknown 督查等级 and 办理状态', () => {
    const result = read(book([ledgerRow({ 督查等级: '很重要', 办理状态: '完成了' })]));
    expect(at(result.problems, '台账', 'E2')[0].message).toContain('督查等级「很重要」');
    expect(at(result.problems, '台账', 'J2')[0].message).toContain('办理状态「完成了」');
  });

  it('an unknown 类别/级别 pair, a missing 关联事项 and an unknown one (sanmenxia-2019)', () => {
    const adjustments = [
      ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
      ['2026-03-10', '交通局', '约谈', '国家', null, 'DC-001', null], // 约谈 has no 国家 column in 附件2
      ['2026-03-11', '交通局', '通报表扬', '市', null, null, null],
      ['2026-03-12', '交通局', '通报表扬', '市', null, 'DC-999', null],
      ['2026-03-13', '交通局', '加油', '市', null, 'DC-001', null],
    ];
    const result = read(book([ledgerRow()], { 加减分: adjustments }));
    expect(at(result.problems, '加减分', 'D2')[0].message).toContain('没有「国家」这一级别');
    expect(at(result.problems, '加减分', 'F3')[0]).toMatchObject({ severity: '警告', message: expect.stringContaining('不计分') });
    expect(at(result.problems, '加减分', 'F4')[0]).toMatchObject({ severity: '错误', message: expect.stringContaining('「DC-999」在台账中不存在') });
    expect(at(result.problems, '加减分', 'C5')[0].message).toContain('不是规则集 sanmenxia-2019 的加减分类别');
    expect(result.ledger?.adjustments.map((a) => a.row)).toEqual([3]);
  });

  it('district-dynamic: 超期 without 级别 takes the related item’s 督查等级', () => {
    const adjustments = [
      ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
      ['2026-03-10', '交通局', '超期', null, null, 'DC-001', null],
      ['2026-03-10', '交通局', '超期', null, null, null, null],
    ];
    const result = readLedger(book([ledgerRow({ 督查等级: '特别' })], { 加减分: adjustments }), { reportYear: 2026, preset: 'district-dynamic' });
    expect(result.ledger?.adjustments[0].level).toBe('特别重要');
    expect(at(result.problems, '加减分', 'D3')[0].message).toContain('请填写「级别」');
  });

  it('unknown 规则 参数, a value of the wrong type, and a valid override', () => {
    const rules = [
      ['参数', '值'],
      ['规则集', 'district-dynamic'],
      ['每项分数', 20],
      ['延期上限月数', '两个月'],
      ['加分上限', 25],
    ];
    const result = read(book([ledgerRow()], { 规则: rules }));
    expect(at(result.problems, '规则', 'A3')[0].message).toContain('参数「每项分数」无法识别');
    expect(at(result.problems, '规则', 'B4')[0].message).toContain('应为不小于 0 的整数');
    expect(result.ledger?.rules.preset).toBe('district-dynamic');
    expect(result.ledger?.rules.params.bonusCap).toBe(25);
  });

  it('the --preset option wins over the 规则 sheet', () => {
    const result = readLedger(book([ledgerRow()], { 规则: [['参数', '值'], ['规则集', 'district-dynamic']] }), { reportYear: 2026, preset: 'sanmenxia-2019' });
    expect(result.ledger?.rules.preset).toBe('sanmenxia-2019');
  });

  it('a roster without category is 未分类 with a 警告; duplicate names are errors', () => {
    const roster = [['单位名称', '单位类别', '别名'], ['市交通运输局', null, null], ['市交通运输局', '市直单位', null]];
    const result = read({ sheets: [{ name: '台账', values: [LEDGER_HEADER, ledgerRow()] }, { name: '单位', values: roster }] });
    expect(at(result.problems, '单位', 'B2')[0]).toMatchObject({ severity: '警告', message: expect.stringContaining('未分类') });
    expect(at(result.problems, '单位', 'A3')[0]).toMatchObject({ severity: '错误', message: expect.stringContaining('在第 2 行已出现') });
    expect(result.ledger?.units.map((u) => u.category)).toEqual(['未分类']);
  });

  it('a 节假日 row overrides the calendar, and a year without data gets a 警告 naming it', () => {
    const holidays = [['日期', '类型'], ['2027-02-06', '班'], ['2026-03-04', '休'], ['2026-03-05', '加班']];
    const result = readLedger(book([ledgerRow({ 办结日期: null, 办理状态: '办理中', 办理时限: '2028-01-31' })], { 节假日: holidays }), { reportYear: 2028 });
    const calendar = result.ledger?.calendar;
    expect(calendar?.isWorkday(dayOf(2026, 3, 4))).toBe(false); // a Wednesday made a day off
    expect(calendar?.isWorkday(dayOf(2027, 2, 6))).toBe(true); // a Saturday made a working day
    expect(at(result.problems, '节假日', 'B4')[0].message).toContain('类型「加班」无法识别');
    const years = result.problems.filter((p) => p.message.includes('内置节假日数据不含'));
    // 2027 has a 节假日 row, so it counts as covered; 2028 (report year and deadline) does not.
    expect(years.map((p) => p.message.slice(0, 16))).toEqual(['内置节假日数据不含 2028 年']);
  });

  it('no 单位 sheet: the ledger’s units are ranked as 未分类 with a 警告', () => {
    const result = read({ sheets: [{ name: '台账', values: [LEDGER_HEADER, ledgerRow()] }] });
    expect(result.problems[0]).toMatchObject({ sheet: '单位', severity: '警告' });
    expect(result.ledger?.units).toEqual([{ name: '市交通运输局', category: '未分类', aliases: [], row: 0 }]);
  });
});

describe('the remaining messages', () => {
  it('a blank required cell, and a 办结日期 before 交办日期', () => {
    const result = read(book([ledgerRow({ 事项内容: '  ', 办结日期: '2026-03-01' })]));
    expect(at(result.problems, '台账', 'B2')[0].message).toContain('「事项内容」为必填项');
    expect(at(result.problems, '台账', 'I2')[0].message).toContain('办结日期早于交办日期');
  });

  it('延期至 not after 办理时限', () => {
    const result = read(book([ledgerRow({ 延期至: '2026-04-30' })]));
    expect(at(result.problems, '台账', 'H2')[0].message).toContain('「延期至」应晚于办理时限');
  });

  it('an unknown 配合单位 is a 警告 that suggests a roster name; the row still counts', () => {
    const result = read(book([ledgerRow({ 配合单位: '住建局、市住房城乡建设厅' })]));
    expect(at(result.problems, '台账', 'D2')[0]).toMatchObject({ severity: '警告', message: expect.stringContaining('是否应为「市住房城乡建设局」') });
    expect(result.ledger?.items[0].cooperators).toEqual(['市住房城乡建设局']);
  });

  it('a ledger without the recommended columns gets one 警告 per column at the header', () => {
    const header = LEDGER_HEADER.slice(0, 10);
    const result = read({ sheets: [{ name: '台账', values: [header, ledgerRow().slice(0, 10)] }, { name: '单位', values: ROSTER }] });
    const messages = at(result.problems, '台账', 'A1').map((p) => p.message);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toContain('台账缺少「办理要求」列');
  });

  it('a sheet without any header row', () => {
    const result = read({ sheets: [{ name: '台账', values: [['一些说明'], ['其他']] }] });
    expect(result.ledger).toBeNull();
    expect(at(result.problems, '台账', 'A1')[0].message).toContain('找不到表头行');
  });

  it('an alias used by two units', () => {
    const roster = [['单位名称', '单位类别', '别名'], ['市交通运输局', '市直单位', '交通局'], ['市交通局', '市直单位', '交通局'], ['交通局', '市直单位', null]];
    const result = read({ sheets: [{ name: '台账', values: [LEDGER_HEADER, ledgerRow()] }, { name: '单位', values: roster }] });
    // Row 3 repeats the alias; row 4 uses it as a unit name: both would make 交通局 ambiguous.
    expect(at(result.problems, '单位', 'C3')[0].message).toContain('别名「交通局」已被单位「市交通运输局」使用');
    expect(at(result.problems, '单位', 'A4')[0].message).toContain('别名「交通局」已被单位「市交通运输局」使用');
    expect(result.ledger?.units.map((u) => u.name)).toEqual(['市交通运输局', '市交通局']);
  });

  it('a negative 分值, a missing 级别, and an unknown 规则集', () => {
    const adjustments = [
      ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
      ['2026-03-10', '交通局', '通报表扬', '市', -5, 'DC-001', null],
      ['2026-03-10', '交通局', '通报表扬', null, null, 'DC-001', null],
    ];
    const result = read(book([ledgerRow()], { 加减分: adjustments, 规则: [['参数', '值'], ['规则集', 'beijing-2020']] }));
    expect(at(result.problems, '加减分', 'E2')[0].message).toContain('分值「-5」无效');
    expect(at(result.problems, '加减分', 'D3')[0].message).toContain('需要填写级别');
    expect(at(result.problems, '规则', 'B2')[0].message).toContain('规则集「beijing-2020」不存在');
    expect(result.ledger?.rules.preset).toBe('sanmenxia-2019');
  });
});

// SPEC §1.1 on ledgers laid out as offices keep them (FIELD-LEDGERS.md), read through readLedger.
import { dayOf } from '../../../src/engine/calendar/dates';
import type { CellValue, Problem, SheetInput, WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';
import { readingLines } from '../../../src/engine/report/readingText';
import { rankMonth } from '../../../src/engine/score/rank';

const JUNE = { year: 2026, month: 6, asOf: dayOf(2026, 6, 30) };

/** The county ledger of issue 11: title, information row, sections, 是否办结, a footnote. */
const COUNTY: CellValue[][] = [
  ['某县2026年重点工作督办台账', null, null, null, null, null, null, null],
  ['填报单位：县政府督查室', null, null, null, null, '更新时间：2026年6月5日', null, null],
  ['序号', '督办事项', '责任单位', '交办时间', '完成\n时限', '是否办结', '进展情况', '备注'],
  ['一、经济发展', null, null, null, null, null, null, null],
  [1, '推进工业园区道路建设', '县住建局、县城管局', '2026-03-02', '2026.6', '否', '已完成路基', null],
  [2, '招商引资项目落地', '县商务局', '2026-02-10', '6月底前', '是', '已签约', null],
  ['二、民生实事', null, null, null, null, null, null, null],
  [3, '老旧小区改造', '县住建局', '2026-01-15', '2026年5月底', '是', '完工', null],
  [4, '城区背街小巷整治', '各县直单位', '2026-04-01', '2026年三季度', '否', null, null],
  [5, '农村饮水安全', '县水利局', '2026-04-01', '长期坚持', '否', null, '每月报进度'],
  [6, '垃圾分类', '县城管局', '2026-05-06', '2026-05-31', '否', null, null],
  ['备注：本台账每月5日前更新。', null, null, null, null, null, null, null],
];

const COUNTY_UNITS: CellValue[][] = [
  ['单位名称', '单位类别'],
  ['县住建局', '县直单位'],
  ['县城管局', '县直单位'],
  ['县商务局', '县直单位'],
  ['县水利局', '县直单位'],
];

const book = (ledger: SheetInput, ...more: SheetInput[]): WorkbookInput => ({ sheets: [ledger, { name: '单位', values: COUNTY_UNITS }, ...more] });
const read = (b: WorkbookInput, asOf = JUNE.asOf) => readLedger(b, { reportYear: 2026, asOf });
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === '错误');
const messagesAt = (problems: readonly Problem[], cell: string) => problems.filter((p) => p.cell === cell).map((p) => `${p.severity} ${p.message}`);

describe('the county ledger of issue 11', () => {
  const result = read(book({ name: '台账', values: COUNTY, merged: ['A1:H1', 'A4:H4', 'A7:H7'] }));

  it('reads without an 错误: every item, one per responsible unit', () => {
    expect(errors(result.problems)).toEqual([]);
    expect(result.ledger?.items.map((i) => `${i.id} ${i.unit}`)).toEqual([
      '1 县住建局',
      '1 县城管局',
      '2 县商务局',
      '3 县住建局',
      // 各县直单位: every unit of the category 县直单位, in roster order.
      '4 县住建局',
      '4 县城管局',
      '4 县商务局',
      '4 县水利局',
      '5 县水利局',
      '6 县城管局',
    ]);
  });

  it('reads the dates as staff wrote them', () => {
    const byId = (id: string) => result.ledger!.items.find((i) => i.id === id)!;
    expect(byId('1').deadline).toBe(dayOf(2026, 6, 30)); // 2026.6: the month's last day
    expect(byId('2').deadline).toBe(dayOf(2026, 6, 30)); // 6月底前, in the report year
    expect(byId('3').deadline).toBe(dayOf(2026, 5, 31)); // 2026年5月底
    expect(byId('4').deadline).toBe(dayOf(2026, 9, 30)); // 2026年三季度
    expect(byId('5').deadline).toBeNull(); // 长期坚持: no deadline
    // 是 without a 办结日期 column: completed on the earlier of D and the report date.
    expect(byId('2').completed).toBe(dayOf(2026, 6, 30)); // min(6-30, 6-30)
    expect(byId('3').completed).toBe(dayOf(2026, 5, 31)); // min(5-31, 6-30)
    expect(byId('1').completed).toBeNull();
  });

  it('keeps the section as 分类 and the free text of each row', () => {
    const details = result.ledger!.items.map((i) => [i.id, i.details.section, i.details.progress, i.details.note]);
    expect(details[0]).toEqual(['1', '一、经济发展', '已完成路基', '']);
    expect(details[3]).toEqual(['3', '二、民生实事', '完工', '']);
    expect(details[8]).toEqual(['5', '二、民生实事', '', '每月报进度']);
    expect(result.ledger!.items[8].details.deadlineText).toBe('长期坚持');
  });

  it('warns once for each assumption, and at the cell for a date without a year', () => {
    const warnings = result.problems.filter((p) => p.severity === '警告' && p.sheet === '台账');
    const sheetLevel = warnings.filter((p) => p.cell === 'A3').map((p) => p.message);
    expect(sheetLevel.filter((m) => /台账缺少「.*」列/.test(m))).toHaveLength(5); // 办理要求 … 督办人
    expect(sheetLevel).toContainEqual(expect.stringMatching(/^台账没有「办结日期」列：标为已办结的 2 个事项/));
    expect(sheetLevel).toContainEqual(expect.stringMatching(/^「台账」表有 1 个事项的办理时限是长期或周期性要求/));
    // 2026.6, 6月底前, 2026年5月底, 2026年三季度: the first of them at its cell.
    expect(messagesAt(warnings, 'E5')).toEqual([expect.stringMatching(/^警告 「办理时限」有 4 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「2026.6」按 2026-06-30）/)]);
    expect(messagesAt(warnings, 'E6')).toEqual([expect.stringMatching(/^警告 「办理时限」的值「6月底前」没有写年份，已按2026年计算/)]);
    expect(warnings).toHaveLength(5 + 3 + 1);
  });

  it('ranks the month by hand-worked numbers (sanmenxia-2019, 县直单位 not a preset group)', () => {
    // At 2026-06-30 (D < asOf is overdue; 20 points an item; maxN = 3):
    //   县住建局 #1 在办, #3 按期, #4 在办: n 3, coeff 1,      due 1 done 1 → 100 × 1      = 100
    //   县商务局 #2 按期, #4 在办:         n 2, coeff 0.8333, due 1 done 1 → 100 × 0.8333 = 83.33
    //   县水利局 #4 在办, #5 长期在办:     n 2, coeff 0.8333, due 0 → ratio 1 → 83.33
    //   县城管局 #1 在办, #4 在办, #6 逾期: n 3, coeff 1,      due 1 done 0 → 0
    const rows = rankMonth(result.ledger!, JUNE).map((r) => [r.unit, r.items, r.completed, r.overdue, r.open, r.score, r.rank]);
    expect(rows).toEqual([
      ['县住建局', 3, 1, 0, 2, 100, 1],
      ['县商务局', 2, 1, 0, 1, 83.33, 2],
      ['县水利局', 2, 0, 0, 2, 83.33, 2],
      ['县城管局', 3, 0, 1, 2, 0, 4],
    ]);
  });

  it('explains how it read the sheet', () => {
    const lines = readingLines(result.readings[0]);
    expect(lines.slice(0, 2)).toEqual(['「台账」表', '表头：第 3 行']);
    expect(lines).toContain('  编号 ← A 列「序号」（别名）');
    expect(lines).toContain('  事项内容 ← B 列「督办事项」（别名）');
    expect(lines).toContain('  办理时限 ← E 列「完成 时限」（别名）');
    expect(lines).toContain('  办理状态 ← F 列「是否办结」（别名）');
    expect(lines).toContain('  进展情况 ← G 列「进展情况」（列名相同）');
    expect(lines).toContain('分类：');
    expect(lines).toContain('  第 4 行「一、经济发展」');
    expect(lines).toContain('  第 12 行 备注、说明行「备注：本台账每月5日前更新。」');
    expect(result.readings.map((r) => r.sheet)).toEqual(['台账', '单位']);
  });
});

describe('column mapping from the 规则 sheet', () => {
  const ledger: CellValue[][] = [
    ['编号', '事项内容', '责任单位', '完成时间', '截止日期'],
    ['DC-1', '修路', '县住建局', '2026-05-31', '2026-04-30'],
  ];
  const rules = (...rows: CellValue[][]): SheetInput => ({ name: '规则', values: [['参数', '值'], ...rows] });

  it('maps a DUBAN column to the header as written, over any alias', () => {
    const result = read(book({ name: '台账', values: ledger }, rules(['列名：办理时限', '完成时间'])));
    expect(errors(result.problems)).toEqual([]);
    expect(result.ledger?.items[0].deadline).toBe(dayOf(2026, 5, 31));
    expect(result.readings[0].columns.find((c) => c.key === 'deadline')).toMatchObject({ column: 3, via: 'mapping', header: '完成时间' });
  });

  it('names the 规则 cell of an unknown DUBAN column or a header the sheet lacks', () => {
    const result = read(book({ name: '台账', values: ledger }, rules(['列名:截至日', '完成时间'], ['列名:办结日期', '实际完成'])));
    expect(messagesAt(result.problems, 'A2')).toEqual([expect.stringMatching(/^错误 「截至日」不是 DUBAN 的台账列名/)]);
    expect(messagesAt(result.problems, 'B3')).toEqual([expect.stringMatching(/^错误 列对应「列名:办结日期」指定的列「实际完成」在「台账」表的表头行中找不到/)]);
  });

  it('suggests a mapping when a required column is missing but an ambiguous header is there', () => {
    const result = read(book({ name: '台账', values: [['编号', '事项内容', '责任单位', '完成时间'], ['DC-1', '修路', '县住建局', '2026-05-31']] }));
    expect(result.ledger).toBeNull();
    expect(messagesAt(result.problems, 'A1')).toEqual([
      expect.stringMatching(/^错误 缺少必填列「办理时限」.*表中有「完成时间」列.*请在「规则」表添加一行「列名:办理时限」，值填「完成时间」/),
    ]);
    // The reading is there all the same, for the task pane's 列对应 step.
    expect(result.readings[0].headers.map((h) => h.text)).toEqual(['编号', '事项内容', '责任单位', '完成时间']);
  });
});

describe('status words and 销号 (SPEC §1.1 (7))', () => {
  const header = ['编号', '事项内容', '责任单位', '交办日期', '办理时限', '办结日期', '办理状态'];
  const row = (id: string, status: CellValue, completed: CellValue = null) => [id, '事项', '县住建局', '2026-03-01', '2026-05-31', completed, status];
  const items = (...rows: CellValue[][]) => read(book({ name: '台账', values: [header, ...rows] }));

  it.each([
    ['已办结', '2026-05-20', 'completed'],
    ['是', '2026-05-20', 'completed'],
    ['√', '2026-05-20', 'completed'],
    ['办结销号', '2026-05-20', 'completed'],
    // Seed 003 (八): completed items are 注结销号; with a date, 已销号 is a completion.
    ['已销号', '2026-05-20', 'completed'],
    ['推进中', null, 'open'],
    ['否', null, 'open'],
    ['×', null, 'open'],
    ['已销号', null, 'cancelled'],
    ['撤销', null, 'cancelled'],
    // Practitioners' trackers (docs/decisions.md): none of these says the work is done.
    ['进行中', null, 'open'],
    ['未开始', null, 'open'],
    ['待办', null, 'open'],
    ['正常推进', null, 'open'],
    ['滞后', null, 'open'],
    ['已超期', null, 'open'],
  ])('%s with 办结日期 %s is %s', (status, completed, kind) => {
    const result = items(row('DC-1', status, completed));
    expect(errors(result.problems)).toEqual([]);
    const item = result.ledger!.items[0];
    expect(item.cancelled ? 'cancelled' : item.completed === null ? 'open' : 'completed').toBe(kind);
    if (kind === 'completed') expect(item.completed).toBe(dayOf(2026, 5, 20));
  });

  it('an open word with a 办结日期 is an 错误; an unknown word too', () => {
    const result = items(row('DC-1', '未办结', '2026-05-20'), row('DC-2', '基本完成'));
    expect(messagesAt(result.problems, 'G2')).toEqual([expect.stringMatching(/^错误 办理状态为未办结/)]);
    expect(messagesAt(result.problems, 'G3')).toEqual([expect.stringMatching(/^错误 办理状态「基本完成」无法识别/)]);
  });

  it('a 延期 word without 延期至 is read by its 办理时限, with a 警告; with 延期至, silently', () => {
    const withExtension = ['编号', '事项内容', '责任单位', '交办日期', '办理时限', '延期至', '办理状态'];
    const result = read(
      book({
        name: '台账',
        values: [withExtension, ['DC-1', '事项', '县住建局', '2026-03-01', '2026-05-31', null, '申请延期'], ['DC-2', '事项', '县住建局', '2026-03-01', '2026-05-31', '2026-07-31', '已延期']],
      }),
    );
    expect(errors(result.problems)).toEqual([]);
    expect(messagesAt(result.problems, 'G2')).toEqual(['警告 办理状态为「申请延期」但没有填写「延期至」：已按原办理时限计算。延期获批后请填写延期至的日期。']);
    expect(messagesAt(result.problems, 'G3')).toEqual([]);
    // DC-1 is 逾期 at 6-30 on its 5-31 deadline; DC-2 runs to 7-31.
    expect(result.ledger!.items.map((i) => [i.id, i.extendedTo])).toEqual([['DC-1', null], ['DC-2', dayOf(2026, 7, 31)]]);
  });

  it('completed without a date counts on the earlier of D and the report date, with a 警告 at the cell', () => {
    const may = read(book({ name: '台账', values: [header, row('DC-1', '已办结')] }), dayOf(2026, 4, 30));
    // D = 2026-05-31, asOf = 2026-04-30: the report date is earlier.
    expect(may.ledger?.items[0].completed).toBe(dayOf(2026, 4, 30));
    expect(messagesAt(may.problems, 'G2')).toEqual([expect.stringMatching(/^警告 办理状态为已办结但没有办结日期：已按 2026年4月30日/)]);
  });
});

describe('merged cells (SPEC §1.1 (5))', () => {
  it('reads one item whose units sit on merged sub-rows', () => {
    const values: CellValue[][] = [
      ['序号', '项目名称', '责任单位', '交办日期', '办理时限'],
      [1, '老旧小区改造', '县住建局', '2026-03-01', '2026-09-30'],
      [null, null, '县城管局', null, null],
      [null, null, '县商务局', null, null],
    ];
    const ledgerSheet = { name: '台账', values, merged: ['A2:A4', 'B2:B4', 'D2:D4', 'E2:E4'] };
    const result = read(book(ledgerSheet, { name: '规则', values: [['参数', '值'], ['列名:事项内容', '项目名称']] }));
    expect(errors(result.problems)).toEqual([]);
    expect(result.ledger?.items.map((i) => [i.id, i.unit, i.content, i.deadline])).toEqual([
      ['1', '县住建局', '老旧小区改造', dayOf(2026, 9, 30)],
      ['1', '县城管局', '老旧小区改造', dayOf(2026, 9, 30)],
      ['1', '县商务局', '老旧小区改造', dayOf(2026, 9, 30)],
    ]);
    expect(result.readings[0].mergedAreas).toBe(4);
  });
});

describe('a 台账 with nothing to score', () => {
  it('sections and notes only: one 警告 at the header, no 错误', () => {
    const values = [COUNTY[2], COUNTY[3], COUNTY[6], COUNTY[11]];
    const result = read(book({ name: '台账', values }));
    expect(result.problems.map((p) => `${p.severity} ${p.cell} ${p.message}`)).toContain(
      '警告 A1 工作表「台账」在表头下没有事项行：没有可评分的事项。请检查事项是否写在表头行下方，或是否选错了工作表。',
    );
    expect(errors(result.problems)).toEqual([]);
    expect(result.ledger!.items).toEqual([]);
  });
});

describe('missing 交办日期 and 编号 (SPEC §1.1 (9), (10))', () => {
  it('a ledger without 交办日期 assigns on 1 January, with one 警告 for the sheet', () => {
    const result = read(book({ name: '台账', values: [['编号', '事项内容', '责任单位', '办理时限'], ['DC-1', '修路', '县住建局', '2026-05-31']] }));
    expect(result.ledger?.items[0].assigned).toBe(dayOf(2026, 1, 1));
    expect(messagesAt(result.problems, 'A1')).toContainEqual(expect.stringMatching(/^警告 台账没有「交办日期」列：全部事项按 2026年1月1日 交办计算/));
  });

  it('a blank 交办日期 cell assigns on 1 January, with a 警告 at the cell', () => {
    const result = read(book({ name: '台账', values: [['编号', '事项内容', '责任单位', '交办日期', '办理时限'], ['DC-1', '修路', '县住建局', null, '2026-05-31']] }));
    expect(result.ledger?.items[0].assigned).toBe(dayOf(2026, 1, 1));
    expect(messagesAt(result.problems, 'D2')).toEqual([expect.stringMatching(/^警告 交办日期为空：按 2026年1月1日 交办计算/)]);
  });

  it('without 编号 or 序号 the row number stands in', () => {
    const result = read(book({ name: '台账', values: [['事项内容', '责任单位', '交办日期', '办理时限'], ['修路', '县住建局', '2026-03-01', '2026-05-31'], ['修桥', '县住建局', '2026-03-01', '2026-05-31']] }));
    expect(result.ledger?.items.map((i) => i.id)).toEqual(['第2行', '第3行']);
    expect(messagesAt(result.problems, 'A1')).toContainEqual(expect.stringMatching(/^警告 台账没有「编号」列（也没有「序号」列）/));
  });
});

describe('a 列名 row naming the group cell of a two-row header', () => {
  it('is an 错误 at the 规则 cell naming the columns below the group', () => {
    const values: CellValue[][] = [
      ['编号', '事项内容', '责任单位', '时间节点', null],
      ['编号', '事项内容', '责任单位', '启动时间', '完成时间'],
      ['DC-1', '修路', '县住建局', '2026.3', '2026.6'],
    ];
    const merged = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'];
    const wrong = read(book({ name: '台账', values, merged }, { name: '规则', values: [['参数', '值'], ['列名:办理时限', '时间节点']] }));
    expect(messagesAt(wrong.problems, 'B2')).toEqual([
      expect.stringMatching(/^错误 列对应「列名:办理时限」指定的「时间节点」是表头中「启动时间」、「完成时间」上方的分组名/),
    ]);
    // The 列对应 step offers the lower headers; the one a user picks then reads.
    expect(wrong.readings[0].headers.map((h) => h.text)).toEqual(['编号', '事项内容', '责任单位', '启动时间', '完成时间']);
    const right = read(book({ name: '台账', values, merged }, { name: '规则', values: [['参数', '值'], ['列名:办理时限', '完成时间']] }));
    expect(errors(right.problems)).toEqual([]);
    expect(right.ledger?.items[0].deadline).toBe(dayOf(2026, 6, 30));
  });
});

// Default deadlines by 事项来源 (seed 003 九、十) on the 2026 calendar: Spring Festival 15–23 February
// off with Saturdays 14 and 28 February worked; National Day 1–7 October off with Saturday
// 10 October worked.
import { formatDay } from '../../../src/engine/calendar/dates';
import type { CellValue, Problem, WorkbookInput } from '../../../src/engine/model';
import { readLedger } from '../../../src/engine/read/readLedger';

const HEADER = ['编号', '事项内容', '责任单位', '事项来源', '交办日期', '办理时限', '延期至'];
const ROSTER: CellValue[][] = [['单位名称', '单位类别'], ['市民政局', '市直单位']];

function book(rows: CellValue[][], extra: Record<string, CellValue[][]> = {}, header = HEADER): WorkbookInput {
  return {
    sheets: [
      { name: '台账', values: [header, ...rows.map((r, i) => [`D-${i + 1}`, '事项', '市民政局', ...r])] },
      { name: '单位', values: ROSTER },
      ...Object.entries(extra).map(([name, values]) => ({ name, values })),
    ],
  };
}

const read = (b: WorkbookInput) => readLedger(b, { reportYear: 2026 });
const deadlines = (b: WorkbookInput) => read(b).ledger?.items.map((i) => (i.deadline === null ? null : formatDay(i.deadline)));
const sourceProblems = (problems: Problem[]) => problems.filter((p) => !p.message.includes('建议添加该列'));

describe('a blank 办理时限 by 事项来源', () => {
  it('领导批示: 5 working days after 交办日期, across Spring Festival and National Day', () => {
    expect(
      deadlines(
        book([
          // Fri 13 Feb: Sat 14 (worked) 1; 15–23 off; 24, 25, 26, 27 → 2–5.
          ['领导批示', '2026-02-13', null, null],
          // Wed 30 Sep: 1–7 Oct off; 8, 9, Sat 10 (worked) → 1–3; Sun 11 off; 12, 13 → 4, 5.
          ['批示件', '2026-09-30', null, null],
          // An ordinary week: Mon 11 May + 5 = Mon 18 May.
          ['批示', '2026-05-11', null, null],
        ]),
      ),
    ).toEqual(['2026-02-27', '2026-10-13', '2026-05-18']);
  });

  it('建议 and 提案: EDATE(交办日期, 3), holidays or not; a month-end date stays in its month', () => {
    expect(
      deadlines(
        book([
          ['建议', '2026-02-13', null, null], // 13 Feb + 3 months = 13 May
          ['提案', '2026-09-30', null, null], // 30 Sep + 3 months = 30 Dec
          ['建议提案', '2025-11-30', null, null], // 30 Nov 2025 + 3 months: February has 28 days → 28 Feb
          ['人大代表建议', '2026-10-08', null, null],
        ]),
      ),
    ).toEqual(['2026-05-13', '2026-12-30', '2026-02-28', '2027-01-08']);
  });

  it('one 警告 lists the filled-in deadlines with their source and rule, at the first of them', () => {
    const result = read(book([['领导批示', '2026-02-13', null, null], ['建议', '2026-02-13', null, null], ['会议', '2026-02-13', '2026-03-31', null]]));
    expect(sourceProblems(result.problems)).toEqual([
      {
        sheet: '台账',
        cell: 'F2',
        severity: '警告',
        message:
          '「台账」有 2 个事项的办理时限为空，已按事项来源补定：第2行（领导批示，交办后5个工作日）2026-02-27；第3行（建议提案，交办后3个月）2026-05-13。' +
          '如应为别的日期，请在办理时限中填写。',
      },
    ]);
  });

  it('lists at most 10 rows and counts the rest', () => {
    const result = read(book(Array.from({ length: 12 }, () => ['批示', '2026-05-11', null, null])));
    const [warning] = sourceProblems(result.problems);
    expect(warning.message).toContain('「台账」有 12 个事项的办理时限为空');
    expect(warning.message.match(/第\d+行/g)).toHaveLength(10);
    expect(warning.message).toContain('第11行（领导批示，交办后5个工作日）2026-05-18 等 12 项');
  });

  it('a written 办理时限 wins; a blank one without a known source stays an 错误, naming the sources that have one', () => {
    const result = read(book([['领导批示', '2026-02-13', '2026-02-20', null], ['会议纪要', '2026-02-13', null, null], [null, '2026-02-13', null, null]]));
    expect(result.ledger?.items.map((i) => formatDay(i.deadline ?? 0))).toEqual(['2026-02-20']);
    expect(sourceProblems(result.problems).map((p) => [p.cell, p.severity, p.message])).toEqual([
      ['F3', '错误', '「办理时限」为空，事项来源「会议纪要」没有默认时限：请填写办理时限（可按来源补定的有「领导批示」、「建议提案」）。'],
      ['F4', '错误', '「办理时限」为必填项，不能为空，请填写。'],
    ]);
  });

  it('the column is found by its aliases 来源, 任务来源 and 事项类型', () => {
    for (const alias of ['来源', '任务来源', '事项类型']) {
      const header = HEADER.map((h) => (h === '事项来源' ? alias : h));
      expect(deadlines(book([['批示', '2026-05-11', null, null]], {}, header))).toEqual(['2026-05-18']);
    }
  });

  it('the 节假日 sheet moves a working-day deadline: a day off on Fri 15 May makes it Tue 19 May', () => {
    const holidays = [['日期', '类型'], ['2026-05-15', '休']];
    expect(deadlines(book([['批示', '2026-05-11', null, null]], { 节假日: holidays }))).toEqual(['2026-05-19']);
  });
});

describe('延期至 of a 建议提案 item: at most 6 months after 交办日期 (seed 003 十: 最迟不得超过6个月)', () => {
  it('a default deadline of 13 May extends to 13 August at most (not EDATE(13 May, 2) = 13 July alone)', () => {
    const result = read(book([['建议', '2026-02-13', null, '2026-08-13'], ['建议', '2026-02-13', null, '2026-08-14']]));
    expect(result.ledger?.items.map((i) => formatDay(i.extendedTo ?? 0))).toEqual(['2026-08-13']);
    expect(sourceProblems(result.problems).filter((p) => p.severity === '错误')).toEqual([
      { sheet: '台账', cell: 'G3', severity: '错误', message: '事项来源为「建议提案」，延期最迟不得超过交办日期后6个月：「延期至」不能晚于 2026-08-13。' },
    ]);
  });

  it('the cap holds for a written 办理时限 too; 领导批示 keeps 延期上限月数 (2 months after the deadline)', () => {
    const result = read(book([['提案', '2026-01-10', '2026-06-30', '2026-07-11'], ['批示', '2026-05-11', null, '2026-07-19']]));
    // 提案: 10 Jan + 6 months = 10 July < 11 July. 批示: 18 May + 2 months = 18 July < 19 July.
    expect(sourceProblems(result.problems).filter((p) => p.severity === '错误').map((p) => [p.cell, p.message])).toEqual([
      ['G2', '事项来源为「建议提案」，延期最迟不得超过交办日期后6个月：「延期至」不能晚于 2026-07-10。'],
      ['G3', '延期时限最多不能超过2个月：「延期至」不能晚于 2026-07-18（办理时限加2个月）。'],
    ]);
  });
});

describe('来源时限 rows of the 规则 sheet', () => {
  const rules = (...rows: CellValue[][]) => ({ 规则: [['参数', '值'], ...rows] });

  it('change one source and keep the others: 领导批示 in 3 working days, 建议提案 still 3 months', () => {
    const b = book([['批示', '2026-05-11', null, null], ['提案', '2026-05-11', null, null]], rules(['来源时限:领导批示', '3个工作日']));
    // Mon 11 May + 3 working days = Thu 14 May.
    expect(deadlines(b)).toEqual(['2026-05-14', '2026-08-11']);
  });

  it('add a source with its other names, remove one with 无', () => {
    const b = book(
      [['督办件', '2026-05-11', null, null], ['交办单', '2026-05-11', null, null], ['建议', '2026-05-11', null, null]],
      rules(['来源时限：督办件、交办单', '10个工作日'], ['来源时限:建议提案', '无']),
    );
    const result = read(b);
    // 11 May + 10 working days = 25 May; 建议 has no default any more.
    expect(result.ledger?.items.map((i) => formatDay(i.deadline ?? 0))).toEqual(['2026-05-25', '2026-05-25']);
    expect(sourceProblems(result.problems).filter((p) => p.severity === '错误').map((p) => p.cell)).toEqual(['F4']);
  });

  it('months with a cap: 2个月，最长4个月', () => {
    const b = book([['提案', '2026-01-31', null, '2026-05-31'], ['提案', '2026-01-31', null, '2026-06-01']], rules(['来源时限:提案', '2个月，最长4个月']));
    const result = read(b);
    // 31 Jan + 2 months = 31 March; + 4 months = 31 May.
    expect(result.ledger?.items.map((i) => [formatDay(i.deadline ?? 0), formatDay(i.extendedTo ?? 0)])).toEqual([['2026-03-31', '2026-05-31']]);
    expect(result.ledger?.rules.sourceDeadlines.find((s) => s.name === '建议提案')).toMatchObject({ amount: 2, unit: 'months', maxMonths: 4 });
  });

  it('a value that is no rule, an empty name or a repeated row is an 错误 at its cell', () => {
    const result = read(book([], rules(['来源时限:批示', '尽快'], ['来源时限:', '5个工作日'], ['来源时限:批示', '5个工作日'], ['来源时限:提案', '2个月，最长1个月'])));
    expect(result.problems.filter((p) => p.sheet === '规则').map((p) => [p.cell, p.message])).toEqual([
      ['B2', '来源时限「尽快」无效：请写成「5个工作日」「3个月」或「3个月，最长6个月」，或写「无」取消该来源的默认时限。'],
      ['A3', '「来源时限:」后面没有写事项来源：请补全，例如「来源时限:领导批示」。'],
      ['A4', '「来源时限:批示」写了不止一次：请只保留一行。'],
      ['B5', '来源时限「2个月，最长1个月」无效：请写成「5个工作日」「3个月」或「3个月，最长6个月」，或写「无」取消该来源的默认时限。'],
    ]);
  });
});

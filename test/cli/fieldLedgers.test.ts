// The field-ledger fixtures (scripts/make-field-fixtures.ts, test/fixtures/field/) through the CLI,
// as a user runs it: `duban validate --month … --json` and `duban rank --month … --json`. Each
// ledger is laid out as an office keeps it (FIELD-LEDGERS.md), and its outcome is worked out here
// by hand from SPEC §1.1–§4: every 警告 by cell, and the month's ranking.
//
// sanmenxia-2019 (SPEC §3): n = items assigned by asOf (not 销号); coefficient = 0.5 + n / maxN × 0.5
// (maxN over all units); due = completed by asOf or D < asOf; itemScore = done / due × 100 ×
// coefficient (ratio 1 when nothing is due); 月排名加分 +10 per earlier month for units ranked
// within the top 3 of 县（市、区） or top 6 of 市直单位 with no deduction that month (other
// categories have no cut-off, so no such bonus); score = ROUND(itemScore + bonus − deduction, 2).
// district-dynamic (SPEC §4): 80 + min(bonus + 10 × completed / max completed in the category, 20)
// − min(deduction, 80).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Io } from '../../src/cli/io';
import { xlsxParts } from '../scripts/xlsxParts';
import { run } from '../../src/cli/main';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { periodOf } from '../../src/engine/calendar/period';
import { parseRange, qualifiedAddress } from '../../src/engine/cellAddress';
import type { CellValue } from '../../src/engine/model';
import { readLedger } from '../../src/engine/read/readLedger';
import { FIELD_FIXTURES, makeFieldFixtures } from '../../scripts/make-field-fixtures';

const DIR = path.join(__dirname, '../fixtures/field');

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await run(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `validate --json`: the exit code and every problem as `警告 表!格 message`, sorted. */
async function validate(file: string, month: string): Promise<{ code: number; problems: string[] }> {
  const { code, out } = await cli(['validate', path.join(DIR, file), '--month', month, '--json']);
  const records = JSON.parse(out) as { severity: string; address: string; message: string }[];
  return { code, problems: records.map((p) => `${p.severity} ${p.address} ${p.message}`).sort() };
}

/** Each expected problem is the start of one actual problem's line; sorted alike, they pair up. */
const startingWith = (prefixes: readonly string[]) =>
  [...prefixes].sort().map((p): unknown => expect.stringMatching(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));

/** One `rank --json` row: the counts, then 功效系数, 事项得分, 加分, 减分, 总分, 排名. */
type Counts = [items: number, completed: number, onTime: number, late: number, overdue: number, open: number];
const row = (unit: string, category: string, counts: Counts, coefficient: number | null, itemScore: number | null, bonus: number, deduction: number, score: number, rank: number) => {
  const [items, completed, onTime, late, overdue, open] = counts;
  const close = (n: number | null): unknown => (n === null ? null : expect.closeTo(n, 9));
  return { unit, category, items, completed, onTime, late, overdue, open, coefficient: close(coefficient), itemScore: close(itemScore), bonus: close(bonus), deduction, score, rank };
};

async function ranking(file: string, month: string): Promise<unknown[]> {
  const { code, out, err } = await cli(['rank', path.join(DIR, file), '--month', month, '--json']);
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out) as unknown[];
}

/** The five columns seed 000/001 want a ledger to state, each missing one a 警告 at the header row's first cell. */
const missing = (at: string, ...headers: string[]) => headers.map((h) => `警告 ${at} 台账缺少「${h}」列`);
const ALL_FIVE = ['办理要求', '办理标准', '办理效果', '责任人', '督办人'];

describe('city-plan-list.xlsx: 推进落实清单 of a city 督查室 system (sanmenxia-2019, June)', () => {
  it('validates with the warnings of a ledger that writes months and has no text columns', async () => {
    expect(await validate('city-plan-list.xlsx', '2026-06')).toEqual({
      code: 0,
      problems: startingWith([
        // The grouped header is rows 2–3: sheet-wide warnings sit at the lower row's first cell.
        ...missing('总台账!A3', ...ALL_FIVE),
        // 完成时间 2026.3, 2026.5, 2026.6 (a number), 2026.10, 2026.11; 2026.9.30 and 2026.5.31 are days.
        '警告 总台账!G5 「办理时限」有 5 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「2026.3」按 2026-03-31）',
        // 启动时间 2026.1, 2026.4, 2026.2, 2026.3, 2026.7: each month's first day.
        '警告 总台账!F5 「交办日期」有 5 格写的是月份、时段或起止范围，已按所指时段的第一天计算（例如「2026.1」按 2026-01-01）',
      ]),
    });
  });

  it('ranks June by hand', async () => {
    // Items (编号 from the hidden 系统内编号 column; 责任主体 merged over the stages of a 工作目标):
    //   XT-0101 市发改委 (牵头) + 市住建局: 1-01 → D 3-31, done 3-28 → 按期办结
    //   XT-0102 the same two: 3-15 → D 5-31, done 6-10 → 逾期办结
    //   XT-0103 the same two: 4-01 → D 9-30, open → 在办
    //   XT-0201 市住建局 (住建局): 2-01 → D 6-30 (the number 2026.6), open; D = asOf → 在办
    //   XT-0202 市住建局: 3-01 → D 10-31, open → 在办
    //   XT-0301 市交通运输局 (市交通局, 牵头) + 市财政局: D 5-31, open → 逾期未办结
    //   XT-0401 市自然资源局: assigned 7-01, after asOf → not counted in June
    // n: 发改委 3, 住建局 5, 交通 1, 财政 1, 自然资源 0; maxN 5.
    //   发改委 0.5 + 3/5 × 0.5 = 0.8; due 2 (0101, 0102), both done (a late one earns 20 too) → 100 × 0.8 = 80
    //   住建局 1.0; due 2, done 2 → 100
    //   交通, 财政 0.6; due 1, done 0 → 0
    //   自然资源 0.5; nothing due → 100 × 0.5 = 50
    // 月排名加分: five 市直单位 all rank within 6 in each of January–May, none deducted → +50.
    expect(await ranking('city-plan-list.xlsx', '2026-06')).toEqual([
      row('市住建局', '市直单位', [5, 2, 1, 1, 0, 3], 1, 100, 50, 0, 150, 1),
      row('市发改委', '市直单位', [3, 2, 1, 1, 0, 1], 0.8, 80, 50, 0, 130, 2),
      row('市自然资源局', '市直单位', [0, 0, 0, 0, 0, 0], 0.5, 50, 50, 0, 100, 3),
      row('市交通运输局', '市直单位', [1, 0, 0, 0, 1, 0], 0.6, 0, 50, 0, 50, 4),
      row('市财政局', '市直单位', [1, 0, 0, 0, 1, 0], 0.6, 0, 50, 0, 50, 4),
    ]);
  });

  it('explains the grouped header, the mapped and hidden columns, the sections and the merged stages', async () => {
    const { out } = await cli(['validate', path.join(DIR, 'city-plan-list.xlsx'), '--month', '2026-06', '--explain']);
    expect(out).toContain('表头：第 2–3 行（两行表头，按下一行的列名读取）');
    expect(out).toContain('  编号 ← I 列「系统内编号」（「规则」表的列名对应）');
    expect(out).toContain('  办理时限 ← G 列「完成 时间」（「规则」表的列名对应）');
    expect(out).toContain('  办结日期 ← J 列「实际完成 时间」（别名）');
    expect(out).toContain('  第 8 行「总体任务二：提升城市功能品质」');
    // A2:A3, B2:B3, C2:C3, H2:H3, I2:I3, J2:J3 in the header; A5:A7, B5:B7, H5:H7, A9:A10, B9:B10, H9:H10 below.
    expect(out).toContain('合并单元格：12 处跨行合并');
  });
});

describe('county-instruction-summary.xlsx: 领导批示督办单汇总表 of a county OA (sanmenxia-2019, May)', () => {
  it('validates with one warning for 办结 without a 办结日期 column', async () => {
    expect(await validate('county-instruction-summary.xlsx', '2026-05')).toEqual({
      code: 0,
      problems: startingWith([
        // 具体内容 is 办理要求 and 督办联系人 is 督办人; the other three are missing.
        ...missing('督办台账!A4', '办理标准', '办理效果', '责任人'),
        // 文批督〔2026〕3号 and 15号 say 办结.
        '警告 督办台账!A4 台账没有「办结日期」列：标为已办结的 2 个事项按办理时限与报告日（2026年5月31日）中较早的一天办结计算',
      ]),
    });
  });

  it('ranks May by hand', async () => {
    // 3号  县住建局 (with a trailing full-width space): 办结, D 3-31 → done min(3-31, 5-31) = 3-31, 按期
    // 7号  县交通运输局 + 县发改局: 未办结, D 4-30 → 逾期未办结 for both; 城关镇 only 配合
    // 9号  河口乡: D 5-31 = asOf → 在办
    // 12号 各乡镇 = 城关镇, 河口乡, 青石镇 (category 乡镇): D 6-30 → 在办
    // 15号 县住建局: 办结, D 5-15 → done 5-15, 按期
    // 21号 县发改局: published 6-08, after asOf → not counted
    // n: 住建 2, 交通 1, 发改 1, 财政 0, 城关 1, 河口 2, 青石 1; maxN 2.
    //   住建 1.0 × 2/2 × 100 = 100, + 通报表扬 (市) 10 → 110
    //   交通 0.75, due 1 done 0 → 0, − 逾期报送 5 → −5;  发改 0.75 → 0;  财政 0.5, nothing due → 50
    //   城关, 青石 0.75 → 75;  河口 1.0 → 100
    // Neither 县直部门 nor 乡镇 has a 月排名加分 cut-off. Blocks in roster order of their categories.
    expect(await ranking('county-instruction-summary.xlsx', '2026-05')).toEqual([
      row('县住建局', '县直部门', [2, 2, 2, 0, 0, 0], 1, 100, 10, 0, 110, 1),
      row('县财政局', '县直部门', [0, 0, 0, 0, 0, 0], 0.5, 50, 0, 0, 50, 2),
      row('县发改局', '县直部门', [1, 0, 0, 0, 1, 0], 0.75, 0, 0, 0, 0, 3),
      row('县交通运输局', '县直部门', [1, 0, 0, 0, 1, 0], 0.75, 0, 0, 5, -5, 4),
      row('河口乡', '乡镇', [2, 0, 0, 0, 0, 2], 1, 100, 0, 0, 100, 1),
      row('城关镇', '乡镇', [1, 0, 0, 0, 0, 1], 0.75, 75, 0, 0, 75, 2),
      row('青石镇', '乡镇', [1, 0, 0, 0, 0, 1], 0.75, 75, 0, 0, 75, 2),
    ]);
  });
});

describe('district-analysis.xlsx: 督查督办 analysis export of a district (district-dynamic, June)', () => {
  it('validates with the warnings for a standing item, month deadlines and 办结 without a date', async () => {
    expect(await validate('district-analysis.xlsx', '2026-06')).toEqual({
      code: 0,
      problems: startingWith([
        ...missing('台账!A2', '办理要求', '办理标准', '办理效果', '责任人'),
        '警告 台账!A2 「台账」表有 1 个事项的办理时限是长期或周期性要求', // QC-2026-006 长期坚持
        '警告 台账!F4 「办理时限」有 2 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「2026年6月底前」按 2026-06-30）',
        '警告 台账!A2 台账没有「办结日期」列：标为已办结的 3 个事项按办理时限与报告日（2026年6月30日）', // 001, 003, 007
      ]),
    });
  });

  it('ranks June by hand', async () => {
    // Completed in 2026 by 6-30 (办理情况 已办结, done on min(D, asOf)):
    //   区住建局 001 (5-31), 003 (4-30) → 2;  区发改局 003 → 1;  城西街道 007 (3-31) → 1
    //   open: 区城管局 002 (D 6-30); 城东街道 004 (延期至 7-31), 006 (长期坚持); 城西街道 005 (D 5-31, overdue)
    // 实效加分 = 10 × completed / max in category:
    //   综合管理类 max 2: 住建 10, 城管 0 + 表彰 (区) 1 → 80 + 10 = 90, 80 + 1 = 81
    //   经济发展类 max 1: 发改 10 → 90
    //   街道类 max 1: 城西 10, − 超期 1 (级别 blank: 005's 督查等级, none written = 一般重要) − 催办 黄 5 → 84; 城东 → 80
    expect(await ranking('district-analysis.xlsx', '2026-06')).toEqual([
      row('城西街道', '街道类', [2, 1, 1, 0, 1, 0], null, null, 10, 6, 84, 1),
      row('城东街道', '街道类', [2, 0, 0, 0, 0, 2], null, null, 0, 0, 80, 2),
      row('区发改局', '经济发展类', [1, 1, 1, 0, 0, 0], null, null, 10, 0, 90, 1),
      row('区住建局', '综合管理类', [2, 2, 2, 0, 0, 0], null, null, 10, 0, 90, 1),
      row('区城管局', '综合管理类', [1, 0, 0, 0, 0, 1], null, null, 1, 0, 81, 2),
    ]);
  });
});

describe('city-assessment-platform.xlsx: item export of a city 督查考核 platform (sanmenxia-2019, April)', () => {
  it('validates with the warnings for no 编号, no 交办日期 and a 季度 deadline', async () => {
    expect(await validate('city-assessment-platform.xlsx', '2026-04')).toEqual({
      code: 0,
      problems: startingWith([
        ...missing('督查台账!A2', '办理标准', '办理效果', '责任人'),
        '警告 督查台账!A2 台账没有「编号」列（也没有「序号」列）：以行号（如「第12行」）作为事项编号',
        '警告 督查台账!A2 台账没有「交办日期」列：全部事项按 2026年1月1日 交办计算',
        '警告 督查台账!J8 「办理时限」有 1 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「2026年二季度」按 2026-06-30）',
      ]),
    });
  });

  it('ranks April by hand, scoring the 牵头单位 and the 责任单位 of each item', async () => {
    // 牵头单位 beside 责任单位: each row's lead and the other responsible units, all scored
    // (多责任单位 = 全部计分); a unit in both columns counts once. Every item assigned 1 January
    // (no 交办日期 column). At 4-30:
    //   row 3 市商务局 (牵头) + 市市场监管局: D 3-31, done 3-25 → 按期 for both
    //   row 4 市生态环境局 (牵头) + 青川区 + 临江县: D 6-30 → 在办
    //   row 5 市商务局: D 4-15 → 逾期未办结
    //   row 6 临江县: D 3-31, done 4-08 → 逾期办结
    //   row 7 市市场监管局 + 青川区: 已销号 without a date → out of every count
    //   row 8 市生态环境局: 2026年二季度 → D 6-30 → 在办
    // n: 商务 2, 监管 1, 生态 2, 青川 1, 临江 2; maxN 2; coefficient 0.5 + n/2 × 0.5: 1.0 for n 2, 0.75 for n 1.
    //   商务 due 2 (rows 3, 5), on time 1 → 20/40 × 100 × 1.0 = 50
    //   监管 due 1, on time 1 → 75;  生态 nothing due → 100;  青川 nothing due → 75
    //   临江 due 1, late 1 (a late one earns 20 too) → 100
    // 月排名加分: January–March, 2 units in 县（市、区） (top 3) and 3 in 市直单位 (top 6), no deduction → +30.
    // 县（市、区） comes first, as the preset lists it; the roster wrote 县(市、区).
    expect(await ranking('city-assessment-platform.xlsx', '2026-04')).toEqual([
      row('临江县', '县（市、区）', [2, 1, 0, 1, 0, 1], 1, 100, 30, 0, 130, 1),
      row('青川区', '县（市、区）', [1, 0, 0, 0, 0, 1], 0.75, 75, 30, 0, 105, 2),
      row('市生态环境局', '市直单位', [2, 0, 0, 0, 0, 2], 1, 100, 30, 0, 130, 1),
      row('市市场监管局', '市直单位', [1, 1, 1, 0, 0, 0], 0.75, 75, 30, 0, 105, 2),
      row('市商务局', '市直单位', [2, 1, 1, 0, 1, 0], 1, 50, 30, 0, 80, 3),
    ]);
  });

  it('explains that 牵头单位 and 责任单位 are both read, and the flattened 阶段信息 is not', async () => {
    const { out } = await cli(['validate', path.join(DIR, 'city-assessment-platform.xlsx'), '--month', '2026-04', '--explain']);
    expect(out).toContain('  牵头单位 ← D 列「牵头单位」（列名相同）');
    expect(out).toContain('  责任单位 ← E 列「责任单位」（列名相同）');
    // 事项类型 (领导批示, 建议提案, 重点工作) is read as 事项来源; every deadline is written, so none is filled in.
    expect(out).toContain('  事项来源 ← A 列「事项类型」（别名）');
    expect(out).toContain('未使用的列：G 列「评价人」、I 列「阶段信息」');
  });
});

describe('livelihood-projects.xlsx: published 民生实事 progress table (district-dynamic, August)', () => {
  it('validates with the warnings of a table without dates besides its time limits', async () => {
    expect(await validate('livelihood-projects.xlsx', '2026-08')).toEqual({
      code: 0,
      problems: startingWith([
        ...missing('台账!A2', '办理标准', '办理效果', '责任人', '督办人'),
        '警告 台账!A2 台账没有「交办日期」列：全部事项按 2026年1月1日 交办计算',
        // 2026年底前 merged over rows 3–5 counts on each, then 2026年9月底, 2026年6月底前, 2026.7 over rows 8–9.
        '警告 台账!E3 「办理时限」有 7 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「2026年底前」按 2026-12-31）',
        '警告 台账!A2 台账没有「办结日期」列：标为已办结的 2 个事项按办理时限与报告日（2026年8月31日）', // rows 4 and 7
      ]),
    });
  });

  it('ranks August by hand, one item per merged sub-row', async () => {
    // 1 城镇老旧小区改造 (序号, name, target and 2026年底前 merged over three sub-rows):
    //     区住建局 否 → 在办; 城东街道 是 → done min(12-31, 8-31) = 8-31, 按期; 城西街道 否 → 在办
    // 2 区文化旅游局 (文旅局): D 9-30 → 在办
    // 3 区住建局 (住建局): 是, D 6-30 → done 6-30, 按期
    // 4 背街小巷整治 over two sub-rows, D 2026.7 → 7-31: 城东街道, 城西街道 否 → 逾期未办结
    // 实效加分: 街道类 max 1: 城东 10 → 90, 城西 0 → 80; 综合管理类: 住建 1/1 → 90; 综合服务类: max 0 → 80.
    expect(await ranking('livelihood-projects.xlsx', '2026-08')).toEqual([
      row('城东街道', '街道类', [2, 1, 1, 0, 1, 0], null, null, 10, 0, 90, 1),
      row('城西街道', '街道类', [2, 0, 0, 0, 1, 1], null, null, 0, 0, 80, 2),
      row('区住建局', '综合管理类', [2, 1, 1, 0, 0, 1], null, null, 10, 0, 90, 1),
      row('区文化旅游局', '综合服务类', [1, 0, 0, 0, 0, 1], null, null, 0, 0, 80, 1),
    ]);
  });
});

describe('supervision-system-tasks.xlsx: task export of a 督查 system (district-dynamic, May)', () => {
  it('validates with only the five recommended columns missing', async () => {
    expect(await validate('supervision-system-tasks.xlsx', '2026-05')).toEqual({ code: 0, problems: startingWith(missing('台账!A1', ...ALL_FIVE)) });
  });

  it('ranks May by hand, date-times read as their day', async () => {
    // DB2026-031 区发改局: D 4-30, 办结时间 2026-04-28 17:40:00 → 按期; 协办 区财政局，区审计局 not scored
    // DB2026-032 区商务局: D 5-31 = asOf → 在办;  DB2026-040 区商务局: 待办理, D 6-30 → 在办
    // DB2026-035 区财政局: D 5-15, done 2026-05-20 11:00:00 → 逾期办结 (still a completion for 实效加分)
    // DB2026-036 区审计局: D 5-20 → 逾期未办结;  DB2026-041: assigned 6-03 → not counted
    // 经济发展类: 发改 10 → 90.  招商类: max 0, 商务 0 + 批示表扬 (市) 2 → 82.
    // 综合服务类 max 1: 财政 10 → 90; 审计 0 − 超期 (特别重要) 3 → 77.
    expect(await ranking('supervision-system-tasks.xlsx', '2026-05')).toEqual([
      row('区发改局', '经济发展类', [1, 1, 1, 0, 0, 0], null, null, 10, 0, 90, 1),
      row('区商务局', '招商类', [2, 0, 0, 0, 0, 2], null, null, 2, 0, 82, 1),
      row('区财政局', '综合服务类', [1, 1, 0, 1, 0, 0], null, null, 10, 0, 90, 1),
      row('区审计局', '综合服务类', [1, 0, 0, 0, 1, 0], null, null, 0, 3, 77, 2),
    ]);
  });
});

describe('meeting-decisions.xlsx: meeting-decision tracker (sanmenxia-2019, September)', () => {
  it('validates with a warning at every deadline written without a year', async () => {
    const noYear = (cell: string, text: string) => `警告 台账!${cell} 「办理时限」的值「${text}」没有写年份，已按2026年计算`;
    expect(await validate('meeting-decisions.xlsx', '2026-09')).toEqual({
      code: 0,
      problems: startingWith([
        ...missing('台账!A3', ...ALL_FIVE),
        '警告 台账!A3 台账没有「交办日期」列：全部事项按 2026年1月1日 交办计算',
        noYear('F5', '6月底前'),
        noYear('F6', '9月30日前'),
        noYear('F8', '６月底前'),
        noYear('F9', '年底前'),
        // Items 6 and 4: a 延期 word with no 延期至 is read by its 办理时限 (docs/decisions.md).
        '警告 台账!G12 办理状态为「已延期」但没有填写「延期至」：已按原办理时限计算。延期获批后请填写延期至的日期。',
        '警告 台账!G9 办理状态为「申请延期」但没有填写「延期至」：已按原办理时限计算。延期获批后请填写延期至的日期。',
        noYear('F12', '8月底前'),
        noYear('F13', '9月30日前'),
        // 6月底前, ６月底前, 年底前, 2027年3月前, 8月底前: 9月30日前 is a day.
        '警告 台账!F5 「办理时限」有 5 格写的是月份、时段或起止范围，已按所指时段的最后一天计算（例如「6月底前」按 2026-06-30）',
        '警告 台账!A3 台账没有「办结日期」列：标为已办结的 2 个事项按办理时限与报告日（2026年9月30日）', // items 1 and 3
      ]),
    });
  });

  it('ranks September by hand', async () => {
    // All assigned 1 January. At 9-30:
    //   1 县卫健局: 已办结, D 6-30 → done 6-30, 按期      2 县自然资源局: 推进中, D 9-30 = asOf → 在办
    //   3 各乡镇 = 城关镇, 河口乡: 已办结, D 6-30 → 按期    4 县住建局: 申请延期, D 12-31 → 在办
    //   5 县住建局: 推进中, D 2027-03-31 → 在办             6 县林业局: 已延期 but no new date, D 8-31 → 逾期未办结
    //   7 县教育局: 待办理, D 9-30 → 在办
    // n: 住建 2, 卫健, 自然资源, 林业, 教育, 城关, 河口 1, 财政, 农业农村, 城管 0 (配合 only); maxN 2.
    //   住建 1.0, nothing due → 100;  n 1 → 0.75: 卫健 (due 1 done 1), 自然资源, 教育, 城关, 河口 → 75; 林业 due 1 done 0 → 0
    //   n 0 → 0.5 → 50.  Ties share a rank; roster order within a rank.
    expect(await ranking('meeting-decisions.xlsx', '2026-09')).toEqual([
      row('县住建局', '县直单位', [2, 0, 0, 0, 0, 2], 1, 100, 0, 0, 100, 1),
      row('县卫健局', '县直单位', [1, 1, 1, 0, 0, 0], 0.75, 75, 0, 0, 75, 2),
      row('县自然资源局', '县直单位', [1, 0, 0, 0, 0, 1], 0.75, 75, 0, 0, 75, 2),
      row('县教育局', '县直单位', [1, 0, 0, 0, 0, 1], 0.75, 75, 0, 0, 75, 2),
      row('县财政局', '县直单位', [0, 0, 0, 0, 0, 0], 0.5, 50, 0, 0, 50, 5),
      row('县农业农村局', '县直单位', [0, 0, 0, 0, 0, 0], 0.5, 50, 0, 0, 50, 5),
      row('县城管局', '县直单位', [0, 0, 0, 0, 0, 0], 0.5, 50, 0, 0, 50, 5),
      row('县林业局', '县直单位', [1, 0, 0, 0, 1, 0], 0.75, 0, 0, 0, 0, 8),
      row('城关镇', '乡镇', [1, 1, 1, 0, 0, 0], 0.75, 75, 0, 0, 75, 1),
      row('河口乡', '乡镇', [1, 1, 1, 0, 0, 0], 0.75, 75, 0, 0, 75, 1),
    ]);
  });
});

describe('enterprise-export.xlsx: enterprise supervision export (sanmenxia-2019, July)', () => {
  it('validates, the instruction row above the data skipped', async () => {
    expect(await validate('enterprise-export.xlsx', '2026-07')).toEqual({
      code: 0,
      problems: startingWith([
        ...missing('督查台账!A2', '办理标准', '办理效果', '督办人'),
        '警告 督查台账!A2 台账没有「办结日期」列：标为已办结的 2 个事项按办理时限与报告日（2026年7月31日）', // 002, 005
      ]),
    });
  });

  it('ranks July by hand', async () => {
    //   001 财务部: 推进中, D 12-31 → 在办          002 安全环保部 (安环部): 已完成, D 6-30 → done 6-30, 按期
    //   003 国际业务部: 推进中, D 5-31 → 逾期未办结  004 第一子公司 + 第二子公司: 未启动, D 9-30 → 在办
    //   005 财务部: 已完成, D 7-31 → done 7-31, 按期  006: 来源时间 8-10 → not counted
    // n: 财务 2, the others 1; maxN 2.  财务 1.0, due 1 done 1 → 100;  安环 0.75 → 75;  国际 0;  子公司 0.75, nothing due → 75
    expect(await ranking('enterprise-export.xlsx', '2026-07')).toEqual([
      row('财务部', '职能部门', [2, 1, 1, 0, 0, 1], 1, 100, 0, 0, 100, 1),
      row('安全环保部', '职能部门', [1, 1, 1, 0, 0, 0], 0.75, 75, 0, 0, 75, 2),
      row('国际业务部', '职能部门', [1, 0, 0, 0, 1, 0], 0.75, 0, 0, 0, 0, 3),
      row('第一子公司', '子公司', [1, 0, 0, 0, 0, 1], 0.75, 75, 0, 0, 75, 1),
      row('第二子公司', '子公司', [1, 0, 0, 0, 0, 1], 0.75, 75, 0, 0, 75, 1),
    ]);
  });
});

describe('what the offices added to their exports is what DUBAN needed', () => {
  /** The fixture read as the CLI reads it, one cell changed, validated for the month. */
  async function problemsWith(file: string, month: string, edits: readonly { sheet: string; cell: string; value: CellValue }[]): Promise<string[]> {
    const book = await readWorkbookFile(path.join(DIR, file));
    const sheets = book.sheets.map((sheet) => {
      const mine = edits.filter((e) => e.sheet === sheet.name);
      if (mine.length === 0) return sheet;
      const values = sheet.values.map((r) => [...r]);
      for (const { cell, value } of mine) {
        const { top, left } = parseRange(cell)!;
        values[top][left] = value;
      }
      return { ...sheet, values };
    });
    const period = periodOf(month)!;
    const { problems } = readLedger({ sheets }, { reportYear: period.year, asOf: period.asOf });
    return problems.map((p) => `${p.severity} ${qualifiedAddress(p.sheet, p.cell)} ${p.message}`);
  }

  it('district-analysis: a 办理要求及时限 cell with the requirement in it is no date', async () => {
    const problems = await problemsWith('district-analysis.xlsx', '2026-06', [{ sheet: '台账', cell: 'F4', value: '占道经营整治到位，2026年6月底前' }]);
    expect(problems.filter((p) => p.startsWith('错误'))).toEqual([
      expect.stringMatching(/^错误 台账!F4 「办理时限」的值「占道经营整治到位，2026年6月底前」无法识别为日期/),
    ]);
  });

  it('district-analysis: without its 列名 row the time-limit column is not found', async () => {
    const problems = await problemsWith('district-analysis.xlsx', '2026-06', [
      { sheet: '规则', cell: 'A3', value: null },
      { sheet: '规则', cell: 'B3', value: null },
    ]);
    expect(problems.filter((p) => p.startsWith('错误'))).toEqual([expect.stringMatching(/^错误 台账!A2 缺少必填列「办理时限」/)]);
  });

  it('county-instruction-summary: without 要求办结时间 the OA export has no deadline (反馈时间要求 is a cadence)', async () => {
    const problems = await problemsWith('county-instruction-summary.xlsx', '2026-05', [{ sheet: '督办台账', cell: 'K4', value: null }]);
    expect(problems.filter((p) => p.startsWith('错误'))).toEqual([expect.stringMatching(/^错误 督办台账!A4 缺少必填列「办理时限」/)]);
  });
});

describe('scripts/make-field-fixtures.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'duban-field-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));


  it('makes the committed fixtures, at least eight, part for part', async () => {
    const written = await makeFieldFixtures(dir);
    expect(Object.keys(written).length).toBeGreaterThanOrEqual(8);
    for (const name of Object.keys(FIELD_FIXTURES)) expect(await xlsxParts(written[name])).toEqual(await xlsxParts(path.join(DIR, name)));
  }, 60_000);
});

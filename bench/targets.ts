// The targets of issue 5, each judged PASS or MISS from the measured numbers, and the tables the
// benchmark prints (Markdown, so the README can show them as printed).
import type { EngineResults } from './engineBench';
import type { PeerResults } from './formulaPeer';
import type { ProcessRun } from './processBench';
import { BASELINE_COMMIT, type ReaderComparison } from './readerBaseline';
import type { SyncCounts } from './taskpaneSyncs';

export interface SizeResults {
  units: number;
  rows: number;
  adjustments: number;
  engine: EngineResults;
  /** The template read by today's reader and by the one of before issue 11, or why it was not timed. */
  readers: ReaderComparison | string;
  cli: ProcessRun;
  exceljs: ProcessRun;
  peer: PeerResults | null;
  /** context.sync() calls of the task pane's 生成通报 on desktop Excel and on the web, or why there are none. */
  taskpaneSyncs: SyncCounts | string;
}

export type Results = Partial<Record<'small' | 'medium' | 'large', SizeResults>>;

export interface TargetRow {
  target: string;
  measured: string;
  limit: string;
  /** null: not measured in this run (the size was not run, or the task pane does not exist yet). */
  pass: boolean | null;
}

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);
const times = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)}×`;
const mb = (value: number) => `${value.toFixed(0)} MB`;

/** The engine as a surface runs it on fresh input: validation, then score + rank. */
export const engineTotal = (s: SizeResults) => s.engine.validate.median + s.engine.scoreRank.median;

/** `value` null: measured text only, such as why a comparison could not run. */
function row(target: string, measure: () => { measured: string; value: number | null } | null, limit: number, limitText: string): TargetRow {
  const got = measure();
  if (!got) return { target, measured: '—', limit: limitText, pass: null };
  return { target, measured: got.measured, limit: limitText, pass: got.value === null ? null : got.value <= limit };
}

export function judge(results: Results): TargetRow[] {
  const { medium: m, large: l } = results;
  const growth = (pick: (s: SizeResults) => number) => (m && l ? pick(l) / pick(m) : null);
  const rows: TargetRow[] = [
    row('引擎评分+排名（12月，含前11个月排名）100,000 行', () => (l ? { measured: ms(l.engine.scoreRank.median), value: l.engine.scoreRank.median } : null), 300, '≤ 300 ms'),
    row('引擎评分+排名 ÷ 单遍计数 100,000 行', () => (l ? { measured: times(l.engine.scoreRank.median / l.engine.floor.median), value: l.engine.scoreRank.median / l.engine.floor.median } : null), 10, '≤ 10×'),
    row('评分+排名 10,000 → 100,000 行的增长', () => {
      const g = growth((s) => s.engine.scoreRank.median);
      return g === null ? null : { measured: times(g), value: g };
    }, 12, '≤ 12×'),
    row('校验 10,000 → 100,000 行的增长', () => {
      const g = growth((s) => s.engine.validate.median);
      return g === null ? null : { measured: times(g), value: g };
    }, 12, '≤ 12×'),
    row('校验现场版式台账 ÷ 模板版式（同一台账，交替测量），100,000 行', () => {
      if (!l) return null;
      const ratio = l.engine.fieldValidate.median / l.engine.validate.median;
      return { measured: `${times(ratio)}（${ms(l.engine.fieldValidate.median)} / ${ms(l.engine.validate.median)}）`, value: ratio };
    }, 1.3, '≤ 1.3×'),
    row(`校验模板版式台账 100,000 行 ÷ 读取现场台账之前的读取器（${BASELINE_COMMIT.slice(0, 7)}，CPU 时间，各自进程轮流测）`, () => {
      if (!l) return null;
      if (typeof l.readers === 'string') return { measured: l.readers, value: null };
      const ratio = l.readers.current.median / l.readers.baseline.median;
      return { measured: `${times(ratio)}（${ms(l.readers.current.median)} / ${ms(l.readers.baseline.median)}）`, value: ratio };
    }, 1.1, '≤ 1.1×'),
    row('CLI rank --json ÷ ExcelJS 单纯读取，100,000 行', () => (l ? { measured: `${times(l.cli.median / l.exceljs.median)}（${ms(l.cli.median)} / ${ms(l.exceljs.median)}）`, value: l.cli.median / l.exceljs.median } : null), 1.3, '≤ 1.3×'),
    row('CLI 峰值内存 ÷ ExcelJS 读取峰值，100,000 行', () => (l ? { measured: `${times(l.cli.peakMB / l.exceljs.peakMB)}（${mb(l.cli.peakMB)} / ${mb(l.exceljs.peakMB)}）`, value: l.cli.peakMB / l.exceljs.peakMB } : null), 1.5, '≤ 1.5×'),
    row('评分+排名含 100,000 条报送 ÷ 不含报送，100,000 行', () => {
      if (!l) return null;
      const { scoreRankReports: withReports, scoreRankPlain: plain } = l.engine;
      return { measured: `${times(withReports.median / plain.median)}（${ms(withReports.median)} / ${ms(plain.median)}）`, value: withReports.median / plain.median };
    }, 2, '≤ 2×'),
    row('DUBAN.RANKING 100,000 行（改一格后重算）', () => (l ? { measured: ms(l.engine.ranking.median), value: l.engine.ranking.median } : null), 500, '≤ 500 ms'),
    row('100 个 DUBAN.SCORE ÷ 1 个 DUBAN.RANKING，10,000 行', () => {
      if (!m) return null;
      const { score100, ranking, contentCheck } = m.engine;
      // What the ratio would be if each of the 99 cache hits cost no more than reading its cells once.
      const least = (ranking.median + contentCheck.median) / ranking.median;
      return {
        measured: `${times(score100.median / ranking.median)}（${ms(score100.median)} / ${ms(ranking.median)}）；按内容命中缓存的下限 ${times(least)}`,
        value: score100.median / ranking.median,
      };
    }, 3, '≤ 3×'),
    syncRow(results, 'desktop'),
    syncRow(results, 'web'),
    row('原生公式（HyperFormula）÷ 引擎（校验+评分排名），10,000 行', () => {
      if (!m?.peer) return null;
      // The peer's faster figure (usually the recalculation) against the engine's whole job.
      const peer = Math.min(m.peer.firstEvaluation.median, m.peer.recalculation.median);
      const speedup = peer / engineTotal(m);
      return { measured: `${times(speedup)}（${ms(peer)} / ${ms(engineTotal(m))}）`, value: -speedup };
    }, -100, '≥ 100×'),
  ];
  return rows;
}

/** Excel on the web's limit on a request and on a response (fakeExcel.ts enforces the same). */
const WEB_LIMIT = 5 * 1024 * 1024;

/**
 * The target holds whatever the size where Excel sets no payload limit (desktop; the fake of the
 * task-pane issue as specified). On the web a sync carries at most 5 MB each way, so from some size
 * on no adapter can keep the count constant: the least possible is the names' sync plus
 * ⌈read ÷ 5 MB⌉ + ⌈written ÷ 5 MB⌉. There the row holds the target at every size whose floor
 * allows it, and reports the count beside the floor at the others.
 */
function syncRow(results: Results, platform: keyof Omit<SyncCounts, 'webBytes'>): TargetRow {
  const target =
    platform === 'desktop'
      ? '任务窗格「生成通报」（排名+通报）的 context.sync() 次数，各规模（桌面版 Excel，无载荷上限）'
      : '同上，Excel 网页版（请求、响应各 5 MB 上限）';
  const sizes = Object.values(results);
  const missing = sizes.map((s) => s.taskpaneSyncs).find((counts): counts is string => typeof counts === 'string');
  if (sizes.length === 0 || missing !== undefined) return { target, measured: missing ?? '—', limit: '≤ 4', pass: null };
  const counts = sizes.map((s) => s.taskpaneSyncs as SyncCounts);
  const rows = `（${sizes.map((s) => s.rows.toLocaleString('en-US')).join(' / ')} 行）`;
  if (platform === 'desktop') {
    const desktop = counts.map((c) => c.desktop);
    return { target, measured: `${desktop.join(' / ')}${rows}`, limit: '≤ 4', pass: Math.max(...desktop) <= 4 };
  }
  const floor = (c: SyncCounts) => 1 + Math.ceil(c.webBytes.read / WEB_LIMIT) + Math.ceil(c.webBytes.written / WEB_LIMIT);
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const possible = counts.filter((c) => floor(c) <= 4);
  return {
    target,
    measured: `${counts.map((c) => c.web).join(' / ')}${rows}；可能的最少次数 ${counts.map(floor).join(' / ')}（读 ${counts.map((c) => mb(c.webBytes.read)).join(' / ')} MB，写 ${counts.map((c) => mb(c.webBytes.written)).join(' / ')} MB）`,
    limit: '≤ 4（最少次数 ≤ 4 的规模）',
    pass: possible.length === 0 ? null : possible.every((c) => c.web <= 4),
  };
}

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'PASS' : 'MISS');

export function targetTable(rows: readonly TargetRow[]): string {
  return [
    '| 目标 | 实测 | 要求 | 结果 |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.target} | ${r.measured} | ${r.limit} | ${verdict(r.pass)} |`),
  ].join('\n');
}

export function measurementTable(results: Results): string {
  const sizes = (['small', 'medium', 'large'] as const).filter((s) => results[s]);
  const cell = (pick: (s: SizeResults) => string) => sizes.map((s) => pick(results[s] as SizeResults));
  const lines: [string, string[]][] = [
    ['校验 readLedger（二维数组）', cell((s) => ms(s.engine.validate.median))],
    ['校验 readLedger，同一台账的现场版式（标题、两行表头、分类行、一格多个单位、月份时限）', cell((s) => ms(s.engine.fieldValidate.median))],
    ['校验 readLedger 模板版式（CPU 时间，各自进程轮流）：今天的读取器 / 读取现场台账之前的', cell((s) => (typeof s.readers === 'string' ? '不测' : `${ms(s.readers.current.median)} / ${ms(s.readers.baseline.median)}`))],
    ['评分+排名 rankMonth 2026-12（含前 11 个月）', cell((s) => ms(s.engine.scoreRank.median))],
    ['单遍计数（下限）', cell((s) => ms(s.engine.floor.median))],
    ['评分+排名 含「报送」表（条数 = 行数）/ 不含，轮流测', cell((s) => `${ms(s.engine.scoreRankReports.median)} / ${ms(s.engine.scoreRankPlain.median)}`)],
    ['DUBAN.RANKING（改一格后重算，含解析）', cell((s) => ms(s.engine.ranking.median))],
    ['100 个 DUBAN.SCORE（同一台账）', cell((s) => ms(s.engine.score100.median))],
    ['其中 99 次缓存命中的下限：逐格比对 99 份参数', cell((s) => ms(s.engine.contentCheck.median))],
    ['CLI rank --json（进程，端到端）', cell((s) => ms(s.cli.median))],
    ['ExcelJS 单纯读取（进程）', cell((s) => ms(s.exceljs.median))],
    ['CLI 峰值内存 / ExcelJS 读取峰值', cell((s) => `${mb(s.cli.peakMB)} / ${mb(s.exceljs.peakMB)}`)],
    ['任务窗格「生成通报」context.sync() 次数（模拟 Excel，桌面版 / 网页版）', cell((s) => (typeof s.taskpaneSyncs === 'string' ? s.taskpaneSyncs : `${s.taskpaneSyncs.desktop} / ${s.taskpaneSyncs.web}`))],
    ['HyperFormula 公式首次计算', cell((s) => (s.peer ? ms(s.peer.firstEvaluation.median) : '不测'))],
    ['HyperFormula 改一个办结日期后重算', cell((s) => (s.peer ? ms(s.peer.recalculation.median) : '不测'))],
  ];
  const head = sizes.map((s) => {
    const r = results[s] as SizeResults;
    return `${r.units} 单位 / ${r.rows.toLocaleString('en-US')} 行 / ${r.adjustments.toLocaleString('en-US')} 条加减分`;
  });
  return [
    `| 测量（中位数） | ${head.join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...lines.map(([label, values]) => `| ${label} | ${values.join(' | ')} |`),
  ].join('\n');
}

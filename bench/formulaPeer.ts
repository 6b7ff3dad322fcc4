// The native-formula peer: the ranking as staff write it today, with COUNTIFS / SUMIFS / MAX and a
// COUNTIFS rank, evaluated by HyperFormula. Its numbers must equal the engine's, which checks both.
//
// Made comparable with the engine by:
// - 月排名加分 off on both sides: the engine reads the same tables plus a 规则 row 月排名加分 = 0
//   (a chain of 11 earlier rankings has no COUNTIFS form a supervision office would maintain);
// - the highest-level-only rule needing no formula: the generator writes no two entries of one
//   event (generate.ts), so a plain SUMIFS counts what the engine counts;
// - the usual helper columns: 有效时限 (延期至 when present, else 办理时限) beside the ledger, since
//   COUNTIFS cannot take the later of two columns, and 计分 beside 加减分, looked up in a 分值表
//   sheet holding seed 001 附件2 keyed by 类别|级别;
// - 逾期办结系数 = 1 (the default), so 完成分值 = 每项分值 × 已办结, and 按期/逾期 need no split.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { dayOf } from '../src/engine/calendar/dates';
import type { Ledger, UnitScore } from '../src/engine/model';
import { rankMonth } from '../src/engine/score/rank';
import { SANMENXIA_2019 } from '../src/engine/rules/sanmenxia2019';
import { DECEMBER, readValid } from './engineBench';
import { REPORT_YEAR, withRules, type Row, type SyntheticLedger } from './generate';
import { time, type Timing } from './measure';

export interface PeerResults {
  firstEvaluation: Timing;
  recalculation: Timing;
  formulas: number;
  /** Units whose rounded score or rank differ only through HyperFormula's binary ROUND of a half cent. */
  halfCentCaveats: number;
}

/** The engine side of the comparison: the same tables with 月排名加分 = 0. */
export function withoutRankBonus(data: SyntheticLedger): SyntheticLedger {
  return withRules(data, [['月排名加分', 0]]);
}

// smartRounding off: the comparison wants the unrounded binary values, not 10-digit display values.
const HF_CONFIG = { licenseKey: 'gpl-v3', maxRows: 1_048_576, smartRounding: false } as const;
const L = "'台账'!";
const A = "'加减分'!";

function pointsTable(): RawCellContent[][] {
  const rows: RawCellContent[][] = [['类别|级别', '分值']];
  for (const rule of SANMENXIA_2019.adjustmentCategories) {
    for (const [level, points] of Object.entries(rule.points)) rows.push([`${rule.name}|${level}`, rule.sign * points]);
  }
  return rows;
}

export function sheets(data: SyntheticLedger): Record<string, RawCellContent[][]> {
  const n = data.ledger.length;
  const m = data.adjustments.length;
  const units = data.roster.length;
  const k = pointsTable().length;
  const c = data.col;
  const letter = (i: number) => String.fromCharCode(65 + i);
  const d = letter(c.deadline);
  const e = letter(c.extendedTo);
  const ledger: RawCellContent[][] = data.ledger.map((row, r) =>
    r === 0 ? [...row, '有效时限'] : [...row, `=IF(${e}${r + 1}="",${d}${r + 1},${e}${r + 1})`],
  );
  const lookup = (r: number) => `VLOOKUP(C${r}&"|"&D${r},'分值表'!$A$2:$B$${k},2,0)`;
  const adjustments: RawCellContent[][] = data.adjustments.map((row, r) =>
    r === 0 ? [...row, '计分'] : [...row, `=IF(E${r + 1}="",${lookup(r + 1)},SIGN(${lookup(r + 1)})*E${r + 1})`],
  );
  const range = (column: number) => `${L}$${letter(column)}$2:$${letter(column)}$${n}`;
  const unitR = range(c.unit);
  // 有效时限, the helper column right of the ledger's own.
  const effR = range(data.ledger[0].length);
  const comp = range(c.completed);
  const asOf = "'参数'!$B$1";
  const ys = "'参数'!$B$2";
  const inPeriod = (r: number) => `${unitR},$A${r},${range(c.assigned)},"<="&${asOf},${range(c.status)},"<>已销号"`;
  const adj = (r: number, sign: string) =>
    `SUMIFS(${A}$H$2:$H$${m},${A}$B$2:$B$${m},$A${r},${A}$A$2:$A$${m},">="&${ys},${A}$A$2:$A$${m},"<="&${asOf},${A}$H$2:$H$${m},"${sign}0",${A}$F$2:$F$${m},"<>")`;
  const calc: RawCellContent[][] = [['单位', '类别', '事项数', '已办结', '逾期未办结', '功效系数', '事项得分', '加分', '减分', '未舍入总分', '总分', '排名']];
  for (let r = 2; r <= units; r++) {
    const [unit, category] = data.roster[r - 1];
    const due = `${inPeriod(r)},${effR},"<"&${asOf}`;
    calc.push([
      unit as string,
      category as string,
      `=COUNTIFS(${inPeriod(r)})-COUNTIFS(${inPeriod(r)},${comp},"<"&${ys})`,
      `=COUNTIFS(${inPeriod(r)},${comp},">="&${ys},${comp},"<="&${asOf})`,
      `=COUNTIFS(${due})-COUNTIFS(${due},${comp},"<"&${ys})-COUNTIFS(${due},${comp},">="&${ys},${comp},"<="&${asOf})`,
      `=IF('参数'!$B$4=0,0.5,0.5+C${r}/'参数'!$B$4*0.5)`,
      `=IF(D${r}+E${r}=0,1,('参数'!$B$3*D${r})/('参数'!$B$3*(D${r}+E${r})))*100*F${r}`,
      `=${adj(r, '>')}`,
      `=-${adj(r, '<')}`,
      `=G${r}+H${r}-I${r}`,
      `=ROUND(J${r},2)`,
      `=COUNTIFS($B$2:$B$${units},B${r},$K$2:$K$${units},">"&K${r})+1`,
    ]);
  }
  const params: RawCellContent[][] = [
    ['截止日期', DECEMBER.asOf],
    ['年初', dayOf(REPORT_YEAR, 1, 1)],
    ['每项分值', SANMENXIA_2019.params.itemValue],
    ['最高事项数', `=MAX('计算'!$C$2:$C$${units})`],
  ];
  return { 台账: ledger, 加减分: adjustments, 分值表: pointsTable(), 参数: params, 计算: calc };
}

/** Compares every unit's line; throws on any difference the binary ROUND cannot explain. */
function compare(hf: HyperFormula, expected: readonly UnitScore[], label: string): number {
  const values = hf.getSheetValues(hf.getSheetId('计算') as number);
  const byUnit = new Map(expected.map((s) => [s.unit, s]));
  const diffs: string[] = [];
  let caveats = 0;
  const halfCentCategories = new Set<string>();
  const rankDiffs: { category: string; text: string }[] = [];
  for (const row of values.slice(1)) {
    const [unit, category, items, completed, overdue, , , , , raw, score, rank] = row as (string | number)[];
    const s = byUnit.get(String(unit));
    if (!s) {
      diffs.push(`${unit}: not in the engine's ranking`);
      continue;
    }
    const engineRaw = (s.itemScore ?? 0) + s.bonus - s.deduction;
    if (items !== s.items || completed !== s.completed || overdue !== s.overdue) diffs.push(`${unit}: counts ${items}/${completed}/${overdue} vs ${s.items}/${s.completed}/${s.overdue}`);
    if (Math.abs(Number(raw) - engineRaw) > 1e-9) diffs.push(`${unit}: unrounded ${raw} vs ${engineRaw}`);
    if (score !== s.score) {
      // Excel rounds the decimal value (51.575 → 51.58); HyperFormula rounds the binary one.
      const halfCent = Math.abs(Math.abs(engineRaw * 100 - Math.trunc(engineRaw * 100)) - 0.5) < 1e-6;
      if (halfCent && Math.abs(Number(score) - s.score) < 0.010001) {
        caveats++;
        halfCentCategories.add(String(category));
      } else diffs.push(`${unit}: score ${score} vs ${s.score}`);
    }
    if (rank !== s.rank) rankDiffs.push({ category: String(category), text: `${unit}: rank ${rank} vs ${s.rank}` });
  }
  // A half cent rounded the other way may reorder its category, and only its category.
  for (const d of rankDiffs) if (!halfCentCategories.has(d.category)) diffs.push(d.text);
  if (values.length - 1 !== expected.length) diffs.push(`${values.length - 1} formula rows for ${expected.length} units`);
  if (diffs.length > 0) throw new Error(`formula peer ${label} disagrees with the engine:\n  ${diffs.slice(0, 10).join('\n  ')}`);
  return caveats;
}

function engineRanking(data: SyntheticLedger): UnitScore[] {
  const { ledger }: { ledger: Ledger } = readValid(withoutRankBonus(data));
  return rankMonth(ledger, DECEMBER);
}

/** A row with no 办结日期 and a blank 办理状态, so giving it a date is a valid edit. */
function editableRow(data: SyntheticLedger): number {
  const c = data.col;
  const r = data.ledger.findIndex((row, i) => i > 0 && row[c.completed] === null && row[c.status] === null);
  if (r < 0) throw new Error('no open row with a blank 办理状态 to edit');
  return r;
}

export function benchFormulaPeer(data: SyntheticLedger, runs: number, warmup: number): PeerResults {
  const input = sheets(data);
  const formulas = Object.values(input).flat(2).filter((v) => typeof v === 'string' && v.startsWith('=')).length;
  let hf: HyperFormula | null = null;
  const firstEvaluation = time(runs, warmup, () => {
    hf?.destroy();
    hf = null;
    return () => (hf = HyperFormula.buildFromSheets(input, HF_CONFIG));
  });
  const book = firstEvaluation.last;
  let caveats = compare(book, engineRanking(data), 'first evaluation');

  // One 办结日期 typed in and cleared again, run after run: each edit recalculates every formula
  // that reads the column.
  const r = editableRow(data);
  const completedOn = (data.ledger[r][data.col.assigned] as number) + 1;
  const address = { sheet: book.getSheetId('台账') as number, row: r, col: data.col.completed };
  let filled = false;
  const recalculation = time(runs, warmup, () => {
    filled = !filled;
    const value = filled ? completedOn : null;
    return () => book.setCellContents(address, [[value]]);
  });
  if (!filled) book.setCellContents(address, [[completedOn]]);
  const edited = { ...data, ledger: data.ledger.map((row, i) => (i === r ? row.map((v, j) => (j === data.col.completed ? completedOn : v)) : row)) as Row[] };
  caveats += compare(book, engineRanking(edited), 'after the edit');
  book.destroy();
  const timing = ({ median, runs }: Timing): Timing => ({ median, runs });
  return { firstEvaluation: timing(firstEvaluation), recalculation: timing(recalculation), formulas, halfCentCaveats: caveats };
}

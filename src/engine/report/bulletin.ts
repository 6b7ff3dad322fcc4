// The month's 督查通报 as data (SPEC §5): totals, ranking blocks, praise, criticism with the
// list of 逾期未办结 items and their escalation stage, and the closing paragraph.
import { BULLETIN_TEXT } from './bulletinText';
import { compareIds } from './idOrder';
import { barredFromPraise, reportsSummary, unitCriticisms } from './reportsSummary';
import { escalate, type Escalation } from '../score/escalation';
import { indexLedger } from '../score/ledgerIndex';
import { lastDayOfMonth } from '../calendar/dates';
import type { Bulletin, BulletinTotals, Day, Ledger, Masthead, OverdueItem, Period, PraiseEntry, UnitScore } from '../model';
import { rankMonthWithQualifiers } from '../score/rank';
import { effectiveDeadline, itemStatus, periodFilter } from '../score/status';
import { monthEndTrend } from './monthTrend';

/** The ranking rows already hold every counted item once, so the totals add them up. */
function totalsOf(rows: readonly UnitScore[]): BulletinTotals {
  const sum = (pick: (r: UnitScore) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
  const assigned = sum((r) => r.items);
  const completed = sum((r) => r.completed);
  const onTime = sum((r) => r.onTime);
  return {
    assigned,
    completed,
    onTime,
    late: sum((r) => r.late),
    open: sum((r) => r.open),
    overdue: sum((r) => r.overdue),
    completionRate: assigned === 0 ? 0 : completed / assigned,
    onTimeRate: completed === 0 ? 0 : onTime / completed,
  };
}

/** Ranking rows (ordered by category block, as rankMonth gives them) as one block per category. */
export function categoryBlocks(rows: readonly UnitScore[]): Bulletin['ranking'] {
  const out: { category: string; rows: UnitScore[] }[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.category === row.category) last.rows.push(row);
    else out.push({ category: row.category, rows: [row] });
  }
  return out;
}

function monthlyPraise(
  ledger: Ledger,
  period: Period,
  ranking: Bulletin['ranking'],
  qualifiers: ReadonlySet<string>,
): PraiseEntry[] {
  return ranking.flatMap(({ category, rows }) => {
    const units = rows.filter((r) => qualifiers.has(r.unit)).map((r) => r.unit);
    const top = ledger.rules.monthlyRankTop[category];
    return units.length > 0 && top !== undefined
      ? [{ reason: BULLETIN_TEXT.monthlyPraise(period.year, period.month, category, top), units }]
      : [];
  });
}

/**
 * 年中 / 年终: the best `top` scores over all units whose due items are all completed and that
 * completed at least one (a unit with nothing done is not praised); ties at the boundary share.
 */
function periodicPraise(ledger: Ledger, period: Period, rows: readonly UnitScore[], barred: readonly string[]): PraiseEntry[] {
  // A stable sort keeps equal scores in ranking order.
  const best = rows.filter((r) => r.overdue === 0 && r.completed > 0 && !barred.includes(r.unit)).sort((a, b) => b.score - a.score);
  return ledger.rules.praise
    .filter((rule) => rule.month === period.month)
    .flatMap((rule) => {
      if (best.length === 0 || rule.top <= 0) return [];
      const cutoff = best[Math.min(rule.top, best.length) - 1].score;
      const units = best.filter((r) => r.score >= cutoff).map((r) => r.unit);
      return [{ reason: BULLETIN_TEXT.periodicPraise(period.year, rule.label, rule.top), units }];
    });
}

function overdueItems(ledger: Ledger, period: Period, rows: readonly UnitScore[]): OverdueItem[] {
  const { itemsByUnit } = indexLedger(ledger);
  const inPeriod = periodFilter(period);
  // Many items share a deadline; counting working days once per deadline keeps long lists cheap.
  const escalations = new Map<Day, Escalation>();
  const escalationOf = (deadline: Day) => {
    let e = escalations.get(deadline);
    if (!e) {
      e = escalate(ledger.rules, ledger.calendar, deadline, null, period.asOf);
      escalations.set(deadline, e);
    }
    return e;
  };
  return rows
    .filter((r) => r.overdue > 0)
    .flatMap((r) =>
      (itemsByUnit.get(r.unit) ?? [])
        .flatMap((item) => {
          // Only an item with a deadline can be 逾期未办结.
          const deadline = effectiveDeadline(item);
          return deadline !== null && inPeriod(item) && itemStatus(item, period.asOf) === '逾期未办结' ? [{ item, deadline }] : [];
        })
        .sort((a, b) => compareIds(a.item.id, b.item.id))
        .map(({ item, deadline }) => {
          const { overdueWorkdays, stage } = escalationOf(deadline);
          const label = stage?.label ?? BULLETIN_TEXT.stagePending;
          return { id: item.id, content: item.content, unit: item.unit, deadline, overdueWorkdays, stage: label };
        }),
    );
}

/**
 * 发文单位 and 期号 from the rule set (第N期 with N the month's number unless 规则 gives 期号); the date
 * of issue `issued`, by default the first working day after the month.
 */
function mastheadOf(ledger: Ledger, period: Period, issued: Day | undefined): Masthead {
  const { params } = ledger.rules;
  return {
    issuer: params.issuer,
    issue: params.issueNumber ?? period.month,
    date: issued ?? ledger.calendar.addWorkdays(lastDayOfMonth(period.year, period.month), 1),
  };
}

export function buildBulletin(ledger: Ledger, period: Period, issued?: Day): Bulletin {
  const { rows, qualifiers } = rankMonthWithQualifiers(ledger, period);
  const ranking = categoryBlocks(rows);
  const barred = barredFromPraise(ledger, period, rows);
  const reports = reportsSummary(ledger, period, rows);
  const criticismCounts = unitCriticisms(ledger, rows);
  return {
    masthead: mastheadOf(ledger, period, issued),
    title: BULLETIN_TEXT.title(period.year, period.month),
    period,
    totals: totalsOf(rows),
    ranking,
    praise: [...monthlyPraise(ledger, period, ranking, qualifiers), ...periodicPraise(ledger, period, rows, barred)],
    criticised: rows.filter((r) => r.overdue > 0).map((r) => r.unit),
    overdueItems: overdueItems(ledger, period, rows),
    closing: ledger.rules.params.closingText,
    ...(reports ? { reports } : {}),
    ...(criticismCounts ? { criticismCounts } : {}),
    ...(barred.length > 0 ? { praiseBarred: barred } : {}),
    trend: monthEndTrend(ledger, period),
  };
}

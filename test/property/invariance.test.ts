// What must not change a score (row order, a unit's other name, another way of writing a date
// or an 编号), what a ranking must look like, and what can only raise a unit's score.
import fc from 'fast-check';
import { dayOf } from '../../src/engine/calendar/dates';
import type { UnitScore } from '../../src/engine/model';
import { PRESETS } from '../../src/engine/rules/presets';
import { effectiveDeadline, itemStatus, periodFilter } from '../../src/engine/score/status';
import {
  DATE_STYLES,
  ledgerModel,
  PRESET_NAMES,
  REPORT_YEAR,
  shuffledLedger,
  writeBook,
  type AdjustmentModel,
  type ItemModel,
  type LedgerModel,
  type UnitModel,
} from './arbitraries';
import { byUnit, periodFor, rankBook, runs } from './scoring';
import { NO_DETAILS } from '../../src/engine/read/itemDetails';

const RUNS = runs(120);

/** Picks from a list by the n-th of some random choices, cycling. */
const choose = <T>(options: readonly T[], choices: readonly number[], n: number): T => options[choices[n % choices.length] % options.length];
const choices = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

const rank = (model: LedgerModel) => rankBook(writeBook(model), model.month);

describe.each(PRESET_NAMES)('%s: scores do not change', (preset) => {
  it('when the rows of every sheet are shuffled', () => {
    fc.assert(
      fc.property(shuffledLedger(preset), ({ model, ...orders }) => {
        expect(byUnit(rankBook(writeBook(model, orders), model.month))).toEqual(byUnit(rank(model)));
      }),
      RUNS,
    );
  });

  it('when a unit is written by an alias, or with stray spaces and full-width forms', () => {
    const spellings = (unit: UnitModel) => [unit.name, ...unit.aliases, ` ${unit.name}\u3000`, `${unit.name}\u200B`, unit.name.replace('市', ' 市 ')];
    fc.assert(
      fc.property(ledgerModel(preset), choices, (model, picks) => {
        const book = writeBook(model, { unitSpelling: (unit, n) => choose(spellings(unit), picks, n) });
        expect(byUnit(rankBook(book, model.month))).toEqual(byUnit(rank(model)));
      }),
      RUNS,
    );
  });

  it('when dates are written as serials, Date values or text in any accepted format', () => {
    fc.assert(
      fc.property(ledgerModel(preset), choices, (model, picks) => {
        const book = writeBook(model, { dateStyle: (n) => choose(DATE_STYLES, picks, n) });
        expect(byUnit(rankBook(book, model.month))).toEqual(byUnit(rank(model)));
      }),
      RUNS,
    );
  });

  it('when a 关联事项 writes its 编号 with full-width forms or stray spaces', () => {
    const FULL = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const spellings = (id: string) => [id, FULL(id), ` ${id} `, id.replace('-', '－'), `${id}\u200B`, id.replace('-', ' - ')];
    fc.assert(
      fc.property(ledgerModel(preset), choices, (model, picks) => {
        const book = writeBook(model, { idSpelling: (id, n) => choose(spellings(id), picks, n) });
        expect(byUnit(rankBook(book, model.month))).toEqual(byUnit(rank(model)));
      }),
      RUNS,
    );
  });
});

describe.each(PRESET_NAMES)('%s: the ranking', (preset) => {
  it('is a competition ranking within each category (1, 2, 2, 4), every roster unit once', () => {
    fc.assert(
      fc.property(ledgerModel(preset), (model) => {
        const rows = rank(model);
        expect(rows.map((r) => r.unit).sort()).toEqual(model.units.map((u) => u.name).sort());
        for (const row of rows) {
          const peers = rows.filter((r) => r.category === row.category);
          expect(row.rank).toBe(1 + peers.filter((r) => r.score > row.score).length);
        }
      }),
      RUNS,
    );
  });
});

/** Items of the report month that are 逾期未办结 at its last day. */
function overdueItems(model: LedgerModel): ItemModel[] {
  const period = periodFor(model.month);
  const counts = periodFilter(period);
  return model.items.filter((i) => {
    const item = { ...i, row: 0, content: '', unit: '', cooperators: [], details: NO_DETAILS };
    return counts(item) && itemStatus(item, period.asOf) === '逾期未办结';
  });
}

const scoreOf = (rows: readonly UnitScore[], model: LedgerModel, unit: number) => byUnit(rows)[model.units[unit].name].score;

describe.each(PRESET_NAMES)('%s: what can only raise a score', (preset) => {
  it('completing an overdue item never lowers its unit’s score', () => {
    const withOverdue = ledgerModel(preset).filter((m) => overdueItems(m).length > 0);
    fc.assert(
      fc.property(withOverdue, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (model, pick, when) => {
        const target = overdueItems(model)[pick % overdueItems(model).length];
        const { asOf } = periodFor(model.month);
        // Late, but within the report year and by the report date.
        // An overdue item has a deadline.
        const from = Math.max((effectiveDeadline(target) as number) + 1, dayOf(REPORT_YEAR, 1, 1));
        const completed = from + Math.floor(when * (asOf - from));
        const done: LedgerModel = { ...model, items: model.items.map((i) => (i === target ? { ...i, completed } : i)) };
        expect(scoreOf(rank(done), model, target.unit)).toBeGreaterThanOrEqual(scoreOf(rank(model), model, target.unit));
      }),
      RUNS,
    );
  });

  it('adding a bonus entry never lowers the unit’s score', () => {
    const bonuses = PRESETS[preset].adjustmentCategories.filter((c) => c.sign > 0);
    const withItems = ledgerModel(preset).filter((m) => m.items.length > 0);
    fc.assert(
      fc.property(withItems, fc.constantFrom(...bonuses), fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (model, rule, unitPick, pick, when) => {
        const { asOf } = periodFor(model.month);
        const from = dayOf(REPORT_YEAR, 1, 1);
        const levels = Object.keys(rule.points);
        const entry: AdjustmentModel = {
          date: from + Math.floor(when * (asOf - from)),
          unit: unitPick % model.units.length,
          category: rule.name,
          level: levels[pick % levels.length],
          points: null,
          relatedItem: model.items[pick % model.items.length].id,
        };
        const more: LedgerModel = { ...model, adjustments: [...model.adjustments, entry] };
        expect(scoreOf(rank(more), model, entry.unit)).toBeGreaterThanOrEqual(scoreOf(rank(model), model, entry.unit));
      }),
      RUNS,
    );
  });
});

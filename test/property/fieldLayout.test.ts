// A ledger ranks the same however an office lays it out (SPEC §1.1): the generated ledgers of
// arbitraries.ts, written as the template does and as field ledgers are kept (fieldLayout.ts).
import fc from 'fast-check';
import { parseRange } from '../../src/engine/cellAddress';
import type { UnitScore, WorkbookInput } from '../../src/engine/model';
import { readLedger } from '../../src/engine/read/readLedger';
import { rankMonth } from '../../src/engine/score/rank';
import { REPORT_YEAR, writeBook } from './arbitraries';
import { fieldLedger, writeField } from './fieldLayout';
import { byUnit, periodFor, runs } from './scoring';

/**
 * The month's ranking, read at the month's last day: a 是否办结 without a date counts on the
 * earlier of D and the report date (SPEC §1.1 (7)), so the report date must be the month's.
 */
function rankAt(book: WorkbookInput, month: number): UnitScore[] {
  const period = periodFor(month);
  const { ledger, problems } = readLedger(book, { reportYear: REPORT_YEAR, asOf: period.asOf });
  const errors = problems.filter((p) => p.severity === '错误');
  if (!ledger || errors.length > 0) throw new Error(`unexpected 错误: ${JSON.stringify(errors.slice(0, 3))}`);
  return rankMonth(ledger, period);
}

describe('a field layout of a generated ledger', () => {
  it('ranks as the template layout of the same ledger does', () => {
    fc.assert(
      fc.property(fieldLedger, ({ model, writing }) => {
        expect(byUnit(rankAt(writeField(model, writing), model.month))).toEqual(byUnit(rankAt(writeBook(model), model.month)));
      }),
      runs(150),
    );
  });

  it('uses every field form often: merged sub-rows, several units in a cell, months, 是否办结, sections, titles', () => {
    // The generator is worth only the forms it produces: count them over a fixed sample.
    const seen = { mergedRows: 0, oneCell: 0, monthDate: 0, flagged: 0, section: 0, title: 0, mapped: 0 };
    for (const { model, writing } of fc.sample(fieldLedger, { numRuns: 300, seed: 20261130 })) {
      const [sheet] = writeField(model, writing).sheets;
      const text = sheet.values.flat().filter((v): v is string => typeof v === 'string');
      const header = sheet.values.find((row) => row.some((v) => typeof v === 'string' && /编号|序号/.test(v))) ?? [];
      const names = new Set(model.units.flatMap((u) => [u.name, ...u.aliases]));
      const severalUnits = (t: string) => t.includes('牵头单位：') || t.split(/[、，,；/\n ]/).filter((part) => names.has(part)).length > 1;
      if ((sheet.merged ?? []).some((m) => (parseRange(m)?.bottom ?? 0) > (parseRange(m)?.top ?? 0))) seen.mergedRows++;
      if (text.some(severalUnits)) seen.oneCell++;
      if (text.some((t) => /^\d{4}(\.\d{1,2}|年\d{1,2}月(底前|份)?)$/.test(t))) seen.monthDate++;
      if (header.includes('是否办结') || header.includes('办结情况')) seen.flagged++;
      if (text.some((t) => /^(一、|（二）|三、|4\. |第五部分)/.test(t))) seen.section++;
      if (text.includes('青川市2026年重点工作督办台账')) seen.title++;
      if (header.some((v) => typeof v === 'string' && v.replace(/\s/g, '') === '完成时间')) seen.mapped++;
    }
    for (const [form, count] of Object.entries(seen)) expect([form, count >= 20]).toEqual([form, true]);
  });
});

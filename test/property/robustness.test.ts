// Whatever is in the cells, the engine answers with problems that point at real cells, never
// with an exception; and a bad row costs only itself.
import fc from 'fast-check';
import { buildBulletin } from '../../src/engine/report/bulletin';
import type { CellValue, Problem, WorkbookInput } from '../../src/engine/model';
import { periodOf } from '../../src/engine/calendar/period';
import { rankMonth } from '../../src/engine/score/rank';
import { readLedger } from '../../src/engine/read/readLedger';
import { SHEET_NAMES } from '../../src/engine/read/schema';
import { anyCell, hostileBook, ledgerModel, permutation, PRESET_NAMES, REPORT_YEAR, writeBook } from './arbitraries';
import { byUnit, periodFor, rankBook, runs } from './scoring';

/** 0-based column of 'AB'. */
const columnOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Problems about a sheet the workbook lacks are named after it, for the whole sheet. */
const MISSING_SHEET_NAMES = [SHEET_NAMES.ledger[0], SHEET_NAMES.roster[0]];

function checkAddress(book: WorkbookInput, p: Problem): void {
  const sheet = book.sheets.find((s) => s.name === p.sheet);
  if (!sheet) {
    expect(MISSING_SHEET_NAMES).toContain(p.sheet);
    expect(p.cell).toBe('');
    return;
  }
  if (p.cell === '') return;
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(p.cell);
  expect(m).not.toBeNull();
  const row = Number(m![2]) - 1;
  const column = columnOf(m![1]);
  // A1 of an empty sheet is where its header row belongs: a real cell of every sheet.
  const height = Math.max(1, sheet.values.length);
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  expect(row).toBeLessThan(height);
  expect(column).toBeLessThan(width);
}

describe('any workbook', () => {
  it('is read, ranked and written up without an exception; every problem names a real cell', () => {
    fc.assert(
      fc.property(
        hostileBook,
        fc.constantFrom(undefined, ...PRESET_NAMES),
        fc.integer({ min: 1901, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (book, preset, year, month) => {
          const result = readLedger(book, { reportYear: year, preset });
          for (const p of result.problems) {
            checkAddress(book, p);
            expect(['错误', '警告']).toContain(p.severity);
            expect(p.message).toMatch(/[\u4e00-\u9fff]/);
            expect(p.message).not.toMatch(/undefined|\[object /);
          }
          if (result.fatal) expect(result.ledger).toBeNull();
          if (!result.ledger) return;
          const period = periodOf(`${year}-${String(month).padStart(2, '0')}`)!;
          for (const row of rankMonth(result.ledger, period)) expect(Number.isFinite(row.score)).toBe(true);
          const bulletin = buildBulletin(result.ledger, period);
          expect(Number.isFinite(bulletin.totals.completionRate)).toBe(true);
        },
      ),
      runs(200),
    );
  });
});

/** A 台账 row that cannot be valid: its 交办日期 is no date, and its 编号 is nobody else's. */
const junkRow: fc.Arbitrary<CellValue[]> = fc
  .tuple(
    fc.array(anyCell, { minLength: 15, maxLength: 17 }),
    fc.oneof(fc.constant(null), fc.nat(99).map((n) => `X-${n}`)),
    fc.constantFrom<CellValue>('#N/A', '#REF!', '#VALUE!', '不是日期', true, 60, '2026-02-30', -5),
  )
  .map(([cells, id, assigned]) => {
    const row = [...cells];
    row[0] = id;
    row[5] = assigned;
    return row;
  });

describe('invalid rows beside valid ones', () => {
  it.each(PRESET_NAMES)('%s: the valid rows score exactly as they would alone; errors sit on the bad rows only', (preset) => {
    fc.assert(
      fc.property(
        ledgerModel(preset),
        fc.array(fc.tuple(fc.nat(), junkRow), { minLength: 1, maxLength: 5 }),
        (model, junk) => {
          const alone = rankBook(writeBook(model), model.month);
          const junkAt = junk.map(([at, cells]) => ({ at: at % (model.items.length + 1), cells }));
          const book = writeBook(model, { junk: junkAt });
          const { ledger, problems } = readLedger(book, { reportYear: REPORT_YEAR });
          const ledgerValues = book.sheets[0].values;
          const junkRows = new Set(ledgerValues.map((_, i) => i + 1).filter((n) => n > 2 && !String(ledgerValues[n - 1][0]).startsWith('DC-')));
          const errorRows = problems.filter((p) => p.severity === '错误' && p.sheet === '台账').map((p) => Number(p.cell.replace(/^[A-Z]+/, '')));
          expect(errorRows.length).toBeGreaterThan(0);
          for (const row of errorRows) expect(junkRows).toContain(row);
          expect(ledger).not.toBeNull();
          expect(byUnit(rankMonth(ledger!, periodFor(model.month)))).toEqual(byUnit(alone));
        },
      ),
      runs(100),
    );
  });
});

const EXCEL_ERROR = fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', ' #N/A ');

describe('an Excel error value', () => {
  it('in any 台账 cell DUBAN reads is one 错误 at that cell, and only its row drops out', () => {
    const withItems = ledgerModel().filter((m) => m.items.length > 0);
    fc.assert(
      fc.property(withItems, fc.nat(), fc.nat(14), EXCEL_ERROR, (model, pick, column, code) => {
        const book = writeBook(model);
        const rowIndex = 2 + (pick % model.items.length);
        const values = book.sheets[0].values.map((r, i) => (i === rowIndex ? r.map((c, j) => (j === column ? code : c)) : r));
        const spoiled = { sheets: [{ ...book.sheets[0], values }, ...book.sheets.slice(1)] };
        const { ledger, problems } = readLedger(spoiled, { reportYear: REPORT_YEAR });
        const address = `${String.fromCharCode(65 + column)}${rowIndex + 1}`;
        const here = problems.filter((p) => p.sheet === '台账' && p.cell === address);
        expect(here).toEqual([{ sheet: '台账', cell: address, severity: '错误', message: expect.stringContaining(`Excel 错误值「${code.trim()}」`) }]);
        const rows = ledger!.items.map((i) => i.row);
        expect(rows).not.toContain(rowIndex + 1);
        expect(rows).toHaveLength(model.items.length - 1);
      }),
      runs(100),
    );
  });
});

describe('two sheets whose names differ only by spaces or width', () => {
  it('are an 错误 naming both, never a silent choice', () => {
    fc.assert(
      fc.property(ledgerModel(), fc.nat(3), fc.constantFrom((n: string) => ` ${n}`, (n: string) => `${n} `, (n: string) => `${n}\u3000`, (n: string) => [...n].join(' ')), (model, which, respell) => {
        const book = writeBook(model);
        const twin = { ...book.sheets[which], name: respell(book.sheets[which].name) };
        const doubled = { sheets: [...book.sheets, twin] };
        const { problems } = readLedger(doubled, { reportYear: REPORT_YEAR });
        expect(problems).toContainEqual({
          sheet: book.sheets[which].name,
          cell: '',
          severity: '错误',
          message: expect.stringContaining(`「${book.sheets[which].name}」、「${twin.name}」`),
        });
      }),
      runs(50),
    );
  });
});

describe('a shuffled workbook', () => {
  it('never throws either', () => {
    fc.assert(
      fc.property(hostileBook.chain((book) => fc.tuple(fc.constant(book), permutation(book.sheets.length))), ([book, order]) => {
        const shuffled = { sheets: order.map((i) => book.sheets[i]) };
        const result = readLedger(shuffled, { reportYear: REPORT_YEAR });
        for (const p of result.problems) checkAddress(shuffled, p);
      }),
      runs(100),
    );
  });
});

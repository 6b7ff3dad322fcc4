// The reader tells DUBAN's own sheets by the shape of their names (read/generatedSheets.ts), since
// it may not import report/, where the names are made: these tests hold the two together.
import fc from 'fast-check';
import { dayOf } from '../../../src/engine/calendar/dates';
import { isGeneratedSheet } from '../../../src/engine/read/generatedSheets';
import { DOCUMENT_SHEETS } from '../../../src/engine/report/noticeText';
import { SUGGESTIONS_SHEET } from '../../../src/engine/report/reportsText';
import { bulletinSheetName, rankingSheetName, uniqueSheetName } from '../../../src/engine/report/sheetLayout';

const months = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) });

test('every sheet name report/ makes, and its numbered copy, is DUBAN’s own', () => {
  fc.assert(
    fc.property(months, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 3 }), (period, day, copies) => {
      const names = [
        rankingSheetName(period),
        bulletinSheetName(period),
        DOCUMENT_SHEETS.noticesOfMonth(period.year, period.month),
        DOCUMENT_SHEETS.notices,
        DOCUMENT_SHEETS.urges(dayOf(period.year, period.month, day)),
        SUGGESTIONS_SHEET,
      ];
      for (const name of names) {
        // Generating again beside the first: 2026年6月排名 (2), (3) …
        const taken = [name];
        for (let n = 0; n < copies; n++) taken.push(uniqueSheetName(name, taken));
        for (const copy of taken) expect([copy, isGeneratedSheet(copy)]).toEqual([copy, true]);
      }
    }),
  );
});

test('a sheet staff named is not DUBAN’s, even when it reads like one', () => {
  for (const name of ['台账', 'Sheet1', '工作表1', '2026年督办事项', '2026年6月排名表', '6月排名', '2026年6月通报（修改）', '通知单', '催办单', '建议加减分汇总']) {
    expect([name, isGeneratedSheet(name)]).toEqual([name, false]);
  }
});

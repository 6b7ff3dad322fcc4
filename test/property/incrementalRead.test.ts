// Whatever was edited, reading the copy with the memo of the earlier read gives exactly what a
// read from scratch gives: the memo only ever saves work.
import fc from 'fast-check';
import { readLedger, type ReadResult } from '../../src/engine/read/readLedger';
import { hostileBook, mutate, mutation, REPORT_YEAR } from './arbitraries';
import { runs } from './scoring';

const withoutMemo = ({ memo: _memo, ...rest }: ReadResult) => rest;

describe('a read with the memo of an earlier read', () => {
  it('equals a read from scratch, for any workbook and any edits of it', () => {
    fc.assert(
      fc.property(hostileBook, fc.array(mutation, { maxLength: 6 }), (before, edits) => {
        const after = before.sheets.length > 0 ? edits.reduce(mutate, before) : before;
        const previous = readLedger(before, { reportYear: REPORT_YEAR }).memo ?? undefined;
        const again = readLedger(after, { reportYear: REPORT_YEAR, previous });
        expect(withoutMemo(again)).toEqual(withoutMemo(readLedger(after, { reportYear: REPORT_YEAR })));
      }),
      runs(300),
    );
  });
});

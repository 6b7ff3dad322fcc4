// The colour of the next 催办单 (seed 002 第十五条): 蓝, then 黄 once a 蓝 went out and the item is
// still overdue, then 红; from the 催办 entries of 加减分, or with none from the overdue working days.
import { DISTRICT_DYNAMIC } from '../../../src/engine/rules/districtDynamic';
import { nextUrge, urgeHistory } from '../../../src/engine/score/urgeLevel';
import { adj, calendar, day, item, ledger, unit } from './scoringFixtures';

const LEVELS = DISTRICT_DYNAMIC.documents.urgeLevels;
const colour = (d: ReturnType<typeof nextUrge>) => (d.kind === 'issue' ? d.level.level : d.kind);
const urge = (date: string, level: string) => adj('甲区', date, '催办', level, 'DC-1');

describe('without a 催办 entry, the overdue working days suggest the colour (docs/decisions.md: 1 蓝, 3 黄, 6 红)', () => {
  const asOf = day('2026-10-30');
  it.each([
    [0, 'notYet'],
    [1, '蓝'],
    [2, '蓝'],
    [3, '黄'],
    [5, '黄'],
    [6, '红'],
    [40, '红'],
  ])('%i working days overdue: %s', (workdays, expected) => {
    expect(colour(nextUrge(LEVELS, [], workdays, calendar, asOf))).toBe(expected);
  });

  it('says it suggested the colour from the days, with nothing issued before', () => {
    expect(nextUrge(LEVELS, [], 4, calendar, asOf)).toMatchObject({ kind: 'issue', basis: 'workdays', previous: null });
  });
});

describe('a sequence of 催办 entries (October 2026: 12–16, 19–23 and 26–30 are working days)', () => {
  // Each colour gives the unit 2 working days to answer before the next one is due.
  const blue = urge('2026-10-12', '蓝');
  const yellow = urge('2026-10-15', '黄');
  const red = urge('2026-10-20', '红');

  it('蓝 issued Monday 12th: its reply time runs to Wednesday 14th (12 + 2 working days); 黄 from Thursday 15th', () => {
    expect(nextUrge(LEVELS, [blue], 3, calendar, day('2026-10-14'))).toEqual({ kind: 'waiting', previous: blue, replyBy: day('2026-10-14') });
    expect(nextUrge(LEVELS, [blue], 4, calendar, day('2026-10-15'))).toMatchObject({ kind: 'issue', basis: 'entries', previous: blue, level: { level: '黄' } });
  });

  it('the entries decide, not the days: after a 蓝, 20 working days overdue still gives 黄, not 红', () => {
    expect(colour(nextUrge(LEVELS, [blue], 20, calendar, day('2026-10-30')))).toBe('黄');
  });

  it('黄 issued Thursday 15th: waiting to Monday 19th (Friday 16th, then the weekend, Monday 19th); 红 from Tuesday 20th', () => {
    expect(nextUrge(LEVELS, [blue, yellow], 4, calendar, day('2026-10-16'))).toEqual({ kind: 'waiting', previous: yellow, replyBy: day('2026-10-19') });
    expect(nextUrge(LEVELS, [blue, yellow], 5, calendar, day('2026-10-20'))).toMatchObject({ kind: 'issue', previous: yellow, level: { level: '红', signer: '区政府主要领导' } });
  });

  it('after a 红, 红 again once its reply time (to Thursday 22nd) has passed', () => {
    expect(colour(nextUrge(LEVELS, [blue, yellow, red], 8, calendar, day('2026-10-22')))).toBe('waiting');
    expect(nextUrge(LEVELS, [blue, yellow, red], 9, calendar, day('2026-10-23'))).toMatchObject({ kind: 'issue', previous: red, level: { level: '红' } });
  });

  it('a 黄 entered without a 蓝 before it goes on to 红 (the strongest colour issued counts)', () => {
    expect(colour(nextUrge(LEVELS, [yellow], 4, calendar, day('2026-10-20')))).toBe('红');
  });
});

describe('urgeHistory: the 催办 entries of one unit on one item, up to the date, oldest first', () => {
  const l = ledger(
    'district-dynamic',
    [unit('甲区', '功能区类'), unit('乙区', '功能区类')],
    [item('甲区', 'DC-1', { assigned: '2026-09-01', deadline: '2026-10-09' })],
    [
      adj('甲区', '2026-10-20', '催办', '黄', 'DC-1'),
      adj('甲区', '2026-10-12', '催办', '蓝', 'DC－1'), // full-width hyphen: the same 编号, as validation reads it
      adj('乙区', '2026-10-13', '催办', '蓝', 'DC-1'), // another unit's
      adj('甲区', '2026-10-14', '超期', '一般', 'DC-1'), // not a 催办
      adj('甲区', '2026-11-02', '催办', '红', 'DC-1'), // after the date
      adj('甲区', '2025-12-20', '催办', '蓝', 'DC-1'), // last year's still stands
    ],
  );
  const history = urgeHistory(l, '催办', day('2026-10-31'));

  it('finds 2025-12-20, 10-12 and 10-20 for 甲区, in date order', () => {
    expect(history('甲区', 'DC-1').map((a) => [a.date, a.level])).toEqual([
      [day('2025-12-20'), '蓝'],
      [day('2026-10-12'), '蓝'],
      [day('2026-10-20'), '黄'],
    ]);
    expect(history('乙区', 'DC-1').map((a) => a.level)).toEqual(['蓝']);
    expect(history('甲区', 'DC-2')).toEqual([]);
  });
});

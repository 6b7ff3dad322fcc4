import { effectiveDeadline, itemStatus, light, periodFilter } from '../../../src/engine/score/status';
import { calendar, day, item } from './scoringFixtures';

const asOf = day('2026-06-30');
const june = { year: 2026, month: 6, asOf };

describe('itemStatus (SPEC §2), D = 2026-06-15, asOf = 2026-06-30', () => {
  const base = { assigned: '2026-03-01', deadline: '2026-06-15' };
  it.each([
    ['completed on D is on time', { completed: '2026-06-15' }, '按期办结'],
    ['completed a day after D', { completed: '2026-06-16' }, '逾期办结'],
    ['completed within the extension', { extendedTo: '2026-06-20', completed: '2026-06-18' }, '按期办结'],
    ['completed after the extension', { extendedTo: '2026-06-20', completed: '2026-06-22' }, '逾期办结'],
    ['completed after asOf is not completed yet', { completed: '2026-07-01' }, '逾期未办结'],
    ['completed on asOf itself is completed (late: after D)', { completed: '2026-06-30' }, '逾期办结'],
    ['extended to asOf and completed on asOf is on time', { extendedTo: '2026-06-30', completed: '2026-06-30' }, '按期办结'],
    ['open, extended to asOf: D = asOf is still 在办', { extendedTo: '2026-06-30' }, '在办'],
    ['open, past D', {}, '逾期未办结'],
    ['open, extended past asOf', { extendedTo: '2026-07-15' }, '在办'],
    ['销号 wins over a completion date', { completed: '2026-06-10', cancelled: true }, '已销号'],
  ])('%s', (_, extra, expected) => {
    expect(itemStatus(item('甲县', 'X-1', { ...base, ...extra }), asOf)).toBe(expected);
  });

  it('open with D = asOf is still 在办 (逾期 needs D < asOf)', () => {
    expect(itemStatus(item('甲县', 'X-1', { assigned: '2026-03-01', deadline: '2026-06-30' }), asOf)).toBe('在办');
  });

  it('D is 延期至 when present, else 办理时限', () => {
    expect(effectiveDeadline(item('甲县', 'X', { ...base, extendedTo: '2026-08-15' }))).toBe(day('2026-08-15'));
    expect(effectiveDeadline(item('甲县', 'X', base))).toBe(day('2026-06-15'));
  });
});

describe('periodFilter: which rows June 2026 counts', () => {
  it.each([
    ['assigned on asOf counts', { assigned: '2026-06-30', deadline: '2026-07-31' }, true],
    ['assigned after asOf does not', { assigned: '2026-07-01', deadline: '2026-07-31' }, false],
    ['completed on 2025-12-31 belongs to 2025', { assigned: '2025-10-01', deadline: '2025-12-31', completed: '2025-12-31' }, false],
    ['结转 completed on 2026-01-01 counts', { assigned: '2025-10-01', deadline: '2025-12-31', completed: '2026-01-01' }, true],
    ['结转 still open counts', { assigned: '2025-10-01', deadline: '2025-12-31' }, true],
    ['销号 does not', { assigned: '2026-03-01', deadline: '2026-04-30', cancelled: true }, false],
  ])('%s', (_, dates, expected) => {
    expect(periodFilter(june)(item('甲县', 'X', dates))).toBe(expected);
  });
});

describe('light around Spring Festival 2026 (holidays 02-15..23, 调休 02-14 and 02-28), 3 working days', () => {
  // asOf Thu 2026-02-12. Working days after it: Fri 02-13 (1), Sat 02-14 调休 (2),
  // 02-15..23 off, Tue 02-24 (3), Wed 02-25 (4), Thu 02-26 (5), Fri 02-27 (6).
  const feb12 = day('2026-02-12');
  const lightOf = (dates: Partial<Parameters<typeof item>[2]>) =>
    light(item('甲县', 'X', { assigned: '2026-01-05', deadline: '2026-02-11', ...dates }), feb12, calendar, 3);

  it('红 when open past D', () => expect(lightOf({ deadline: '2026-02-11' })).toBe('红'));
  it('黄 when due today (0 working days left)', () => expect(lightOf({ deadline: '2026-02-12' })).toBe('黄'));
  it('黄 for a deadline inside the holiday: 2 working days (02-13, 02-14) before it', () =>
    expect(lightOf({ deadline: '2026-02-23' })).toBe('黄'));
  it('黄 on 02-24: 3 working days', () => expect(lightOf({ deadline: '2026-02-24' })).toBe('黄'));
  it('绿 on 02-25: 4 working days', () => expect(lightOf({ deadline: '2026-02-25' })).toBe('绿'));
  it('延期至 decides: D 02-11 extended to 02-27 is 6 working days away → 绿', () =>
    expect(lightOf({ deadline: '2026-02-11', extendedTo: '2026-02-27' })).toBe('绿'));
  it('绿 when completed, even late', () => expect(lightOf({ deadline: '2026-02-01', completed: '2026-02-10' })).toBe('绿'));
  it('a completion after asOf has not happened yet → 红', () =>
    expect(lightOf({ deadline: '2026-02-11', completed: '2026-02-24' })).toBe('红'));
  it('a plain weekend counts no working day: asOf Fri 2026-03-06, n = 0, D Sun 03-08 → 黄, D Mon 03-09 → 绿', () => {
    const fri = day('2026-03-06');
    const at = (deadline: string) => light({ deadline: day(deadline), extendedTo: null, completed: null }, fri, calendar, 0);
    expect(at('2026-03-08')).toBe('黄');
    expect(at('2026-03-09')).toBe('绿');
  });
});

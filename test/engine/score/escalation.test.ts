import { escalate } from '../../../src/engine/score/escalation';
import { PRESETS } from '../../../src/engine/rules/presets';
import { calendar, day } from './scoringFixtures';

const SMX = PRESETS['sanmenxia-2019'];
const at = (deadline: string, asOf: string, extendedTo: string | null = null) => {
  const e = escalate(SMX, calendar, day(deadline), extendedTo === null ? null : day(extendedTo), day(asOf));
  return [e.overdueWorkdays, e.stage?.label ?? null];
};

const FIRST = '全市通报，限5个工作日整改';
const MEDIA = '通报批评并媒体曝光';
const TALK = '约谈并书面承诺';
const ACCOUNT = '提请启动问责程序';

describe('seed 001 escalation across Spring Festival 2026 (off 02-15..23, 调休 Sat 02-14 and Sat 02-28)', () => {
  // D = Fri 2026-02-13. Working days after it: 02-14 (1), 02-24 (2), 25 (3), 26 (4), 27 (5),
  // Sat 02-28 (6), 03-02 (7), 03 (8), 04 (9), 05 (10), 06 (11), 09 (12), 10 (13), 11 (14), 12 (15), 13 (16).
  it.each([
    ['2026-02-13', 0, null], // D itself: not overdue
    ['2026-02-14', 1, FIRST], // 调休 Saturday is a working day
    ['2026-02-23', 1, FIRST], // nine days of holiday add nothing
    ['2026-02-27', 5, FIRST],
    ['2026-02-28', 6, MEDIA], // w > 5, reached on the 调休 Saturday
    ['2026-03-05', 10, MEDIA],
    ['2026-03-06', 11, TALK], // w > 10
    ['2026-03-12', 15, TALK],
    ['2026-03-13', 16, ACCOUNT], // w > 15
  ])('asOf %s: %d working days → %s', (asOf, w, stage) => {
    expect(at('2026-02-13', asOf)).toEqual([w, stage]);
  });

  it('延期至 is the deadline that counts: 办理时限 01-30 extended to 02-13 gives the same as D = 02-13', () => {
    expect(at('2026-01-30', '2026-02-28', '2026-02-13')).toEqual([6, MEDIA]);
  });
});

describe('National Day 2025 (off 10-01..08, 调休 Sun 09-28 and Sat 10-11)', () => {
  it.each([
    ['2025-09-26', '2025-09-28', 1, FIRST], // D Fri; the 调休 Sunday counts
    ['2025-09-30', '2025-10-08', 0, null], // overdue by calendar, but only holidays since D: no stage yet
    ['2025-09-30', '2025-10-09', 1, FIRST],
    ['2025-09-30', '2025-10-11', 3, FIRST], // 10-09, 10-10, Sat 10-11
    ['2025-09-30', '2025-10-17', 8, MEDIA], // + 10-13..17
    // D Fri 09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13, 14, 15, 16, 17 → 11 by 10-17
    ['2025-09-26', '2025-10-16', 10, MEDIA],
    ['2025-09-26', '2025-10-17', 11, TALK],
  ])('D %s, asOf %s: %d working days → %s', (deadline, asOf, w, stage) => {
    expect(at(deadline, asOf)).toEqual([w, stage]);
  });
});

describe('National Day 2026 (中秋 off 09-25..27, 国庆 off 10-01..07, 调休 Sun 09-20 and Sat 10-10)', () => {
  // D = Fri 2026-09-18. Working days after it: Sun 09-20 (1), 09-21..24 (2–5), 09-28..30 (6–8),
  // 10-08 (9), 10-09 (10), Sat 10-10 (11), 10-12..15 (12–15), 10-16 (16).
  it.each([
    ['2026-09-19', 0, null],
    ['2026-09-20', 1, FIRST],
    ['2026-09-27', 5, FIRST],
    ['2026-09-28', 6, MEDIA],
    ['2026-10-07', 8, MEDIA],
    ['2026-10-10', 11, TALK],
    ['2026-10-15', 15, TALK],
    ['2026-10-16', 16, ACCOUNT],
  ])('asOf %s: %d working days → %s', (asOf, w, stage) => {
    expect(at('2026-09-18', asOf)).toEqual([w, stage]);
  });
});

describe('district-dynamic ladder (蓝 → 黄 → 红) and a stage table in any order', () => {
  it('takes the highest stage reached, whatever order the rule set lists them in', () => {
    const reversed = { ...PRESETS['district-dynamic'], escalation: [...PRESETS['district-dynamic'].escalation].reverse() };
    // D Mon 2026-03-02, asOf Wed 03-04: 2 working days → 蓝 (from 1), not yet 黄 (from 3).
    const e = escalate(reversed, calendar, day('2026-03-02'), null, day('2026-03-04'));
    expect([e.overdueWorkdays, e.stage?.label]).toEqual([2, '蓝色催办（2个工作日内反馈）']);
  });
});

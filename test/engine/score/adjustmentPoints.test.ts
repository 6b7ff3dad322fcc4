import { countedAdjustments, entryPoints } from '../../../src/engine/score/adjustmentPoints';
import { PRESETS } from '../../../src/engine/rules/presets';
import { adj, day, item, ledger, monthEnd, unit } from './scoringFixtures';

const SMX = PRESETS['sanmenxia-2019'];
const DISTRICT = PRESETS['district-dynamic'];
const june = monthEnd(2026, 6);

/** Signed points of the counted entries of one unit, in sheet order. */
function pointsOf(l: ReturnType<typeof ledger>, unitName: string, period = june): number[] {
  return (countedAdjustments(l, period).get(unitName) ?? []).map((c) => c.points);
}

describe('entryPoints: the seed tables', () => {
  it.each([
    ['通报表扬', '国家', null, 20],
    ['通报批评', '市督查室', null, -5],
    ['现场会', '国家', null, 30],
    ['信息采用', '省直', null, 5],
    ['逾期报送', null, null, -5],
    ['通报批评', '市', 12, -12], // 分值 replaces the magnitude, the sign stays the 类别's
  ] as const)('sanmenxia-2019 %s/%s (分值 %s) = %d', (category, level, override, expected) => {
    expect(entryPoints(SMX, category, level, override)).toBe(expected);
  });

  it('a pair the seed leaves empty is unknown: 约谈 has no 国家 column', () => {
    expect(entryPoints(SMX, '约谈', '国家', null)).toBeNull();
    expect(entryPoints(SMX, '创新', '国家', null)).toBeNull();
  });

  it.each([
    ['问题', '特别重要', -10],
    ['超期', '一般重要', -1],
    ['催办', '蓝', -3],
    ['表彰', '部委', 5],
    ['调研', '区', 1],
  ] as const)('district-dynamic %s/%s = %d', (category, level, expected) => {
    expect(entryPoints(DISTRICT, category, level, null)).toBe(expected);
  });
});

describe('countedAdjustments, sanmenxia-2019 event rules', () => {
  const units = [unit('甲县', '县（市、区）'), unit('乙县', '县（市、区）')];
  const ledgerItems = [item('甲县', 'D-1', { assigned: '2026-02-01', deadline: '2026-05-31' })];
  const smx = (adjustments: ReturnType<typeof adj>[]) => ledger('sanmenxia-2019', units, ledgerItems, adjustments);

  it('one event praised by 国家, 省 and 市 counts once at its highest level: 20, not 20 + 15 + 10', () => {
    const l = smx([
      adj('甲县', '2026-03-01', '通报表扬', '市', 'D-1'),
      adj('甲县', '2026-03-05', '通报表扬', '国家', 'D-1'),
      adj('甲县', '2026-03-09', '通报表扬', '省', 'D-1'),
    ]);
    expect(pointsOf(l, '甲县')).toEqual([20]);
  });

  it('the same item in another 类别 is another event: 通报表扬 国家 20 + 领导批示表扬 市 10', () => {
    const l = smx([adj('甲县', '2026-03-05', '通报表扬', '国家', 'D-1'), adj('甲县', '2026-03-06', '领导批示表扬', '市', 'D-1')]);
    expect(pointsOf(l, '甲县')).toEqual([20, 10]);
  });

  it('two 逾期报送 on one item both count: −5 − 5 = −10 (附件2 三3: 逾期两次减10分)', () => {
    const l = smx([adj('甲县', '2026-04-10', '逾期报送', null, 'D-1'), adj('甲县', '2026-05-10', '逾期报送', null, 'D-1')]);
    expect(pointsOf(l, '甲县')).toEqual([-5, -5]);
  });

  it('an entry with no 关联事项 does not count (与督查事项无关的不加（减）分)', () => {
    const l = smx([adj('甲县', '2026-03-01', '通报表扬', '国家', null), adj('甲县', '2026-03-01', '逾期报送', null, null)]);
    expect(pointsOf(l, '甲县')).toEqual([]);
  });

  it('the window comes first: a 国家 criticism dated after asOf does not hide the 市 one in June', () => {
    const l = smx([
      adj('甲县', '2025-12-31', '通报批评', '国家', 'D-1'), // the year before: outside every 2026 window
      adj('甲县', '2026-06-10', '通报批评', '市', 'D-1'),
      adj('甲县', '2026-07-02', '通报批评', '国家', 'D-1'),
    ]);
    expect(pointsOf(l, '甲县', june)).toEqual([-10]);
    expect(pointsOf(l, '甲县', monthEnd(2026, 7))).toEqual([-20]);
  });

  it('"largest" is after the 分值 override: 市 with 分值 25 beats 国家 20', () => {
    const l = smx([adj('甲县', '2026-03-01', '通报表扬', '国家', 'D-1'), adj('甲县', '2026-03-02', '通报表扬', '市', 'D-1', 25)]);
    expect(pointsOf(l, '甲县')).toEqual([25]);
  });

  it('equal magnitudes: the earlier entry is the one counted', () => {
    // 省 15 dated 05-20 (first in the sheet) and 部委 15 dated 03-20: one event, kept at its first date.
    const l = smx([adj('甲县', '2026-05-20', '通报批评', '省', 'D-1'), adj('甲县', '2026-03-20', '通报批评', '部委', 'D-1')]);
    const counted = countedAdjustments(l, june).get('甲县') ?? [];
    expect(counted.map((c) => [c.adjustment.level, c.points])).toEqual([['部委', -15]]);
  });

  it('events are per unit: 乙县 praised for the same item counts on its own', () => {
    const l = smx([adj('甲县', '2026-03-01', '通报表扬', '省', 'D-1'), adj('乙县', '2026-03-01', '通报表扬', '市', 'D-1')]);
    expect(pointsOf(l, '甲县')).toEqual([15]);
    expect(pointsOf(l, '乙县')).toEqual([10]);
  });

  it('a pair missing from the table is refused, not guessed', () => {
    const l = smx([adj('甲县', '2026-03-01', '约谈', '国家', 'D-1')]);
    expect(() => countedAdjustments(l, june)).toThrow(/row 2: 约谈\/国家/);
  });
});

describe('countedAdjustments, district-dynamic', () => {
  const units = [unit('东街道', '街道类'), unit('西街道', '街道类'), unit('南街道', '街道类')];
  const ledgerItems = [
    item('东街道', 'Q-1', { assigned: '2026-02-01', deadline: '2026-05-31', importance: '一般重要' }),
    item('西街道', 'Q-1', { assigned: '2026-02-01', deadline: '2026-05-31', importance: '特别重要' }),
  ];

  it('every entry counts: the same 表彰 twice, and entries with no 关联事项', () => {
    const l = ledger('district-dynamic', units, ledgerItems, [
      adj('东街道', '2026-03-01', '表彰', '国家', 'Q-1'),
      adj('东街道', '2026-03-02', '表彰', '国家', 'Q-1'),
      adj('东街道', '2026-03-03', '调研', '市', null),
    ]);
    expect(pointsOf(l, '东街道')).toEqual([5, 5, 2]);
  });

  it('a blank 级别 of 超期 is the 督查等级 of the unit’s own row of the 关联事项, else the highest of its rows, whatever their order', () => {
    const l = ledger('district-dynamic', units, ledgerItems, [
      adj('西街道', '2026-03-01', '超期', null, 'Q-1'), // 西街道's own row: 特别重要 → 3
      adj('南街道', '2026-03-01', '超期', null, 'Q-1'), // no own row: 东街道 一般重要, 西街道 特别重要 → the higher, 3
      adj('南街道', '2026-03-02', '问题', '比较重要', 'Q-1'), // the 级别 column wins when given → 5
    ]);
    expect(pointsOf(l, '西街道')).toEqual([-3]);
    expect(pointsOf(l, '南街道')).toEqual([-3, -5]);
    const reversed = { ...l, items: [...l.items].reverse() };
    expect(pointsOf(reversed, '南街道')).toEqual([-3, -5]);
  });
});

describe('the window: 1 January of the report year to the report date, both days included', () => {
  // sanmenxia-2019, 甲县's item D-1; each entry is a 逾期报送 (−5, every one counts), so the
  // counted points are −5 × the entries inside the window.
  const units = [unit('甲县', '县（市、区）')];
  const ledgerItems = [item('甲县', 'D-1', { assigned: '2025-11-03', deadline: '2026-12-31' })];
  const late = (date: string) => adj('甲县', date, '逾期报送', null, 'D-1');
  const counted = (dates: string[], period: ReturnType<typeof monthEnd>) =>
    pointsOf(ledger('sanmenxia-2019', units, ledgerItems, dates.map(late)), '甲县', period);

  it('first day of the year: 2026-01-01 counts in January 2026, 2025-12-31 does not', () => {
    expect(counted(['2025-12-31', '2026-01-01'], monthEnd(2026, 1))).toEqual([-5]);
  });

  it('last day of the year: 2026-12-31 counts in December 2026, and not in January 2027, whose window starts again', () => {
    expect(counted(['2026-12-31'], monthEnd(2026, 12))).toEqual([-5]);
    expect(counted(['2026-12-31', '2027-01-01'], monthEnd(2027, 1))).toEqual([-5]);
  });

  it('the report date itself: at a month end, 2026-06-30 counts in June and 2026-07-01 does not', () => {
    expect(counted(['2026-06-30', '2026-07-01'], june)).toEqual([-5]);
  });

  it('the report date itself: on a mid-month date, 2026-06-15 counts and 2026-06-16 does not', () => {
    expect(counted(['2026-06-15', '2026-06-16'], { year: 2026, month: 6, asOf: day('2026-06-15') })).toEqual([-5]);
  });

  it('first and last day of a month: 2026-03-01 and 2026-03-31 both count in March, with 2026-04-01 only in April', () => {
    expect(counted(['2026-03-01', '2026-03-31', '2026-04-01'], monthEnd(2026, 3))).toEqual([-5, -5]);
    expect(counted(['2026-03-01', '2026-03-31', '2026-04-01'], monthEnd(2026, 4))).toEqual([-5, -5, -5]);
  });
});

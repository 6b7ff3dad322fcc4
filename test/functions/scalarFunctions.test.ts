// The functions on one item or one number, called as Excel calls them: serials for dates, '' or
// null for blank cells, text where a user typed text.
import { defaultCalendar } from '../../src/engine/calendar/calendar';
import { escalate } from '../../src/engine/score/escalation';
import { PRESETS } from '../../src/engine/rules/presets';
import { itemStatus, light } from '../../src/engine/score/status';
import { ADDWORKDAYS, COEFF, ITEMSCORE, LIGHT, POINTS, STAGE, STATUS, WORKDAYS } from '../../src/functions/functions';
import { errorOf, serial } from './fixtures';

const VALUE = '#VALUE!';

describe('COEFF', () => {
  it('is 0.5 + n / maxN × 0.5: 3 of at most 6 items gives 0.75', () => {
    expect(COEFF(3, 6)).toBe(0.75);
    expect(COEFF(6, 6)).toBe(1);
  });

  it('is 0.5 when no unit has items, and reads numeric text, full-width digits too', () => {
    expect(COEFF(0, 0)).toBe(0.5);
    expect(COEFF('3', '６')).toBe(0.75);
  });

  it.each([
    [[7, 6], '不能大于'],
    [[-1, 6], '不小于 0 的整数'],
    [[1.5, 6], '不小于 0 的整数'],
    [['三', 6], '「三」'],
    [['', 6], '不能为空'],
    [[null, 6], '不能为空'],
    [[true, 6], '不小于 0 的整数'],
  ])('answers %j with #VALUE! and a Chinese message', (args, message) => {
    const error = errorOf(() => COEFF(args[0], args[1]));
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain(message);
  });
});

describe('ITEMSCORE', () => {
  it('is earned / total × 100 × coefficient: 40 of 60 points, 3 of 6 items → 2/3 × 100 × 0.75 = 50', () => {
    expect(ITEMSCORE(40, 60, 3, 6)).toBeCloseTo(50, 12);
  });

  it('counts the completion ratio as 1 when nothing is due', () => {
    expect(ITEMSCORE(0, 0, 1, 2)).toBe(75);
  });

  it.each([
    [[60, 40, 1, 1], '不能大于「总分值」'],
    [[-20, 40, 1, 1], '不小于 0 的数值'],
    [[20, '', 1, 1], '「总分值」不能为空'],
    [[20, 40, 2, 1], '不能大于「最高事项数」'],
  ])('answers %j with #VALUE!', (args, message) => {
    const error = errorOf(() => ITEMSCORE(args[0], args[1], args[2], args[3]));
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain(message);
  });
});

describe('STATUS', () => {
  const deadline = serial('2026-05-15');

  it.each([
    ['2026-05-10', '', '2026-05-31', '按期办结'],
    ['2026-05-20', '', '2026-05-31', '逾期办结'],
    ['', '', '2026-05-31', '逾期未办结'],
    ['', '', '2026-05-15', '在办'],
    ['2026-05-20', '2026-05-25', '2026-05-31', '按期办结'],
    ['2026-06-02', '', '2026-05-31', '逾期未办结'],
  ])('completed %s, extended to %s, on %s: %s (as the engine says)', (completed, extended, asOf, expected) => {
    const args = [deadline, completed ? serial(completed) : '', extended ? serial(extended) : null, serial(asOf)] as const;
    expect(STATUS(...args)).toBe(expected);
    const engine = itemStatus({ deadline, completed: completed ? serial(completed) : null, extendedTo: extended ? serial(extended) : null }, serial(asOf));
    expect(STATUS(...args)).toBe(engine);
  });

  it('takes blank as null, undefined, empty text or 0, and dates as text', () => {
    const asOf = serial('2026-05-31');
    expect(STATUS(deadline, null, undefined, asOf)).toBe('逾期未办结');
    expect(STATUS(deadline, 0, 0, asOf)).toBe('逾期未办结');
    expect(STATUS('2026-05-15', '2026年5月10日', '', '2026/5/31')).toBe('按期办结');
  });

  it('defaults the report date to today (the function is volatile)', () => {
    jest.useFakeTimers().setSystemTime(new Date(2026, 4, 20, 9, 0));
    try {
      expect(STATUS(deadline, '')).toBe('逾期未办结');
      expect(STATUS(serial('2026-05-20'), '')).toBe('在办');
    } finally {
      jest.useRealTimers();
    }
  });

  it.each([
    [['', '', '', 46000], '「办理时限」不能为空'],
    [['下月底', '', '', 46000], '无法识别为日期'],
    [[60, '', '', 46000], '1900年2月29日'],
    [['5月15日', '', '', 46000], '没有写年份'],
    [[46000, '', 45990, 46000], '「延期至」应晚于「办理时限」'],
    [[46000, true, '', 46000], '逻辑值'],
    [[46000, '', '', '明天'], '「截止日期」'],
  ])('answers %j with #VALUE!', (args, message) => {
    const error = errorOf(() => STATUS(args[0], args[1], args[2], args[3]));
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain(message);
  });
});

describe('LIGHT', () => {
  const rules = PRESETS['sanmenxia-2019'];
  // Friday 2026-05-15; the 3rd working day after it is Wednesday 2026-05-20.
  const asOf = serial('2026-05-15');

  it.each([
    ['2026-05-14', '', '红'],
    ['2026-05-20', '', '黄'],
    ['2026-05-21', '', '绿'],
    ['2026-05-14', '2026-05-13', '绿'],
  ])('deadline %s, completed %s: %s', (deadline, completed, expected) => {
    const result = LIGHT(serial(deadline), completed ? serial(completed) : '', '', asOf);
    expect(result).toBe(expected);
    const item = { deadline: serial(deadline), completed: completed ? serial(completed) : null, extendedTo: null };
    expect(result).toBe(light(item, asOf, defaultCalendar(), rules.params.dueSoonWorkdays));
  });

  it('takes 临期工作日 from a 规则 table', () => {
    const rulesTable = [['参数', '值'], ['临期工作日', 5]];
    expect(LIGHT(serial('2026-05-22'), '', '', asOf)).toBe('绿');
    expect(LIGHT(serial('2026-05-22'), '', '', asOf, rulesTable)).toBe('黄');
  });

  it('answers a bad 规则 with #VALUE!', () => {
    expect(errorOf(() => LIGHT(serial('2026-05-22'), '', '', asOf, [['no-such-preset']])).message).toContain('规则集「no-such-preset」不存在');
    expect(errorOf(() => LIGHT(serial('2026-05-22'), '', '', asOf, [['参数', '值'], ['临期工作日', '三天']])).message).toContain('临期工作日');
  });
});

describe('STAGE', () => {
  const deadline = serial('2026-05-06');

  it('follows seed 001: 1 working day late 全市通报, 6 通报批评并媒体曝光, 11 约谈, 16 问责', () => {
    const cases: [string, string][] = [
      ['2026-05-06', ''],
      ['2026-05-07', '全市通报，限5个工作日整改'],
      ['2026-05-14', '通报批评并媒体曝光'],
      ['2026-05-21', '约谈并书面承诺'],
      ['2026-05-28', '提请启动问责程序'],
    ];
    for (const [asOf, stage] of cases) {
      expect(STAGE(deadline, '', serial(asOf))).toBe(stage);
      const engine = escalate(PRESETS['sanmenxia-2019'], defaultCalendar(), deadline, null, serial(asOf)).stage?.label ?? '';
      expect(STAGE(deadline, '', serial(asOf))).toBe(engine);
    }
  });

  it('counts from 延期至 and uses the ladder of the preset named', () => {
    expect(STAGE(deadline, serial('2026-05-20'), serial('2026-05-21'))).toBe('全市通报，限5个工作日整改');
    expect(STAGE(deadline, null, serial('2026-05-07'), [['district-dynamic']])).toBe('蓝色催办（2个工作日内反馈）');
  });

  it('answers a blank 办理时限 with #VALUE!', () => {
    expect(errorOf(() => STAGE(null)).message).toContain('「办理时限」不能为空');
  });
});

describe('WORKDAYS and ADDWORKDAYS', () => {
  // 2026 Spring Festival: 15–23 February off, Saturday 14 February a make-up working day.
  it('count working days after the start up to the end, with 调休', () => {
    expect(WORKDAYS(serial('2026-02-13'), serial('2026-02-24'))).toBe(2);
    expect(WORKDAYS(serial('2026-02-24'), serial('2026-02-13'))).toBe(-2);
    expect(WORKDAYS(serial('2026-05-15'), serial('2026-05-15'))).toBe(0);
    expect(WORKDAYS(serial('2026-02-13'), serial('2026-02-24'))).toBe(defaultCalendar().workdaysBetween(serial('2026-02-13'), serial('2026-02-24')));
  });

  it('add working days forward and back, truncating a fraction as WORKDAY does', () => {
    expect(ADDWORKDAYS(serial('2026-02-13'), 2)).toBe(serial('2026-02-24'));
    expect(ADDWORKDAYS(serial('2026-02-24'), -2)).toBe(serial('2026-02-13'));
    expect(ADDWORKDAYS(serial('2026-02-13'), 2.9)).toBe(serial('2026-02-24'));
    expect(ADDWORKDAYS(serial('2026-05-15'), 0)).toBe(serial('2026-05-15'));
  });

  it('take 节假日 rows that override the calendar', () => {
    const holidays = [['日期', '类型'], [serial('2026-02-24'), '休'], ['2026-02-28', '班']];
    expect(WORKDAYS(serial('2026-02-13'), serial('2026-02-24'), holidays)).toBe(1);
    expect(ADDWORKDAYS(serial('2026-02-13'), 2, holidays)).toBe(serial('2026-02-25'));
  });

  it.each([
    [() => WORKDAYS('', serial('2026-02-24')), '「开始」不能为空'],
    [() => WORKDAYS(serial('2026-01-01'), serial('2226-01-01')), '最多 36600 天'],
    [() => ADDWORKDAYS(serial('2026-01-01'), '五'), '「天数」'],
    [() => ADDWORKDAYS(serial('2026-01-01'), 1e9), '最多 36600 天'],
    [() => ADDWORKDAYS(serial('9999-12-30'), 5), '日期范围'],
    [() => WORKDAYS(serial('2026-01-01'), serial('2026-02-01'), [['日期', '类型'], ['2026-02-24', '加班']]), '「加班」'],
  ])('answer bad input with #VALUE! (%#)', (call, message) => {
    const error = errorOf(call);
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain(message);
  });
});

describe('POINTS', () => {
  it('reads seed 001 附件2: 通报表扬 at 省 is +15, 通报批评 at 国家 −20, 逾期报送 −5 with no level', () => {
    expect(POINTS('通报表扬', '省')).toBe(15);
    expect(POINTS('通报批评', '国家级')).toBe(-20);
    expect(POINTS('逾期报送', '')).toBe(-5);
    expect(POINTS('现场会', '国家')).toBe(30);
  });

  it('reads seed 002 with district-dynamic: 催办 红 −10, 问题 一般 −3', () => {
    expect(POINTS('催办', '红色', [['district-dynamic']])).toBe(-10);
    expect(POINTS('问题', '一般', [['参数', '值'], ['规则集', 'district-dynamic']])).toBe(-3);
  });

  it.each([
    [['表扬信', '省'], '类别「表扬信」不是规则集 sanmenxia-2019'],
    [['约谈', '国家'], '没有「国家」这一级别'],
    [['通报表扬', ''], '需要填写级别'],
    [['', '省'], '「类别」不能为空'],
  ])('answers %j with #VALUE!', (args, message) => {
    const error = errorOf(() => POINTS(args[0], args[1]));
    expect(error.code).toBe(VALUE);
    expect(error.message).toContain(message);
  });
});

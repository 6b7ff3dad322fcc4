// 催办单 for the example ledger on Saturday 31 October 2026, under both presets. Working days of
// late October 2026: 19–23 and 26–30 (the example's 节假日 sheet also makes 9 October a day off).
import { buildUrgeNotices, urgeSkips, type UrgeNotice } from '../../../src/engine/report/urgeNotices';
import { day } from '../score/scoringFixtures';
import { districtExample, exampleBook, ledgerOf, sanmenxiaExample } from './exampleLedger';

const OCT_31 = day('2026-10-31');
const field = (n: UrgeNotice, label: string) => n.document.fields.find((f) => f.label === label)?.value;
const byId = (notices: readonly UrgeNotice[], id: string) => {
  const found = notices.find((n) => n.item.id === id);
  if (!found) throw new Error(`no 催办单 for ${id}`);
  return found;
};

// The 24 items 逾期未办结 on 31 October (the October bulletin's list), in 编号 order.
const OVERDUE = [
  '043', '152', '153', '179', '195', '201', '204', '205', '206', '208', '209', '211',
  '213', '214', '215', '218', '222', '224', '225', '232', '239', '242', '244', '256',
].map((n) => `DC-2026-${n}`);

describe('sanmenxia-2019: a 催办通知 naming the escalation stage (seed 001 四(二)4)', () => {
  let notices: UrgeNotice[];
  beforeAll(async () => {
    notices = buildUrgeNotices(await sanmenxiaExample(OCT_31), OCT_31).notices;
  });

  it('one for each of the 24 overdue items, numbered 督催〔2026〕1号 … 24号 in 编号 order', () => {
    expect(notices.map((n) => n.item.id)).toEqual(OVERDUE);
    expect(notices.map((n) => n.document.number)).toEqual(OVERDUE.map((_, i) => `督催〔2026〕${i + 1}号`));
  });

  it('DC-2026-232 (西河县, due Wednesday 28 October): 2 working days (29, 30) → 全市通报，限5个工作日整改', () => {
    const n = byId(notices, 'DC-2026-232');
    expect(n.document).toMatchObject({
      issuer: '市政府督查室',
      title: '催办通知',
      number: '督催〔2026〕20号',
      unit: '西河县',
      date: OCT_31,
      signer: '市政府督查室主要负责人',
      copyTo: '',
      band: { text: '催办通知', fill: 'D9D9D9' },
      receipt: null,
    });
    expect(field(n, '原办理时限')).toBe('2026年10月28日');
    expect(field(n, '逾期时间')).toBe('2个工作日（截至2026年10月31日）');
    expect(field(n, '处理阶段')).toBe('全市通报，限5个工作日整改');
    expect(field(n, '催办要求')).toBe('请立即整改，明确办结时限和责任人，并将整改情况书面报送市政府督查室。');
    // No 登记催办 under this preset: nothing carries a colour.
    expect(n.level).toBeNull();
  });

  it('DC-2026-244 (北塬县, due Tuesday 20 October): 8 working days (21–23, 26–30) → 通报批评并媒体曝光', () => {
    const n = byId(notices, 'DC-2026-244');
    expect(n.overdueWorkdays).toBe(8);
    expect(field(n, '处理阶段')).toBe('通报批评并媒体曝光');
  });

  it('DC-2026-211 (北塬县, extended to Tuesday 27 October): both dates shown, 3 working days counted from the extension', () => {
    const n = byId(notices, 'DC-2026-211');
    expect(field(n, '原办理时限')).toBe('2026年9月28日，延期至2026年10月27日');
    expect(field(n, '逾期时间')).toBe('3个工作日（截至2026年10月31日）');
  });

  it('DC-2026-204 (due Thursday 8 October; 9 October off by the 节假日 sheet, Saturday 10th a working day): 16 → 提请启动问责程序', () => {
    // 10, 12–16, 19–23, 26–30 October: 1 + 5 + 5 + 5 = 16.
    expect(field(byId(notices, 'DC-2026-204'), '处理阶段')).toBe('提请启动问责程序');
    expect(byId(notices, 'DC-2026-204').overdueWorkdays).toBe(16);
  });
});

describe('where the item stands, as the 台账 says it', () => {
  it('the example has 办理效果 (DC-2026-244: 进度滞后，已下发催办通知) and no 进展情况 column: the 催办单 shows 办理效果 only', async () => {
    const n = byId(buildUrgeNotices(await sanmenxiaExample(OCT_31), OCT_31).notices, 'DC-2026-244');
    expect(field(n, '办理效果')).toBe('进度滞后，已下发催办通知');
    expect(field(n, '进展情况')).toBeUndefined();
  });

  it('the same column headed 进展情况: shown as 进展情况, after the overdue time and stage', async () => {
    const book = await exampleBook();
    const renamed = {
      sheets: book.sheets.map((s) =>
        s.name === '台账' ? { ...s, values: s.values.map((row, r) => (r === 0 ? row.map((v) => (v === '办理效果' ? '进展情况' : v)) : row)) } : s,
      ),
    };
    const n = byId(buildUrgeNotices(ledgerOf(renamed, OCT_31), OCT_31).notices, 'DC-2026-244');
    expect(field(n, '进展情况')).toBe('进度滞后，已下发催办通知');
    expect(field(n, '办理效果')).toBeUndefined();
    expect(n.document.fields.map((f) => f.label).slice(0, 6)).toEqual(['事项编号', '事项内容', '原办理时限', '逾期时间', '处理阶段', '进展情况']);
  });
});

describe('district-dynamic: colours from the 催办 entries, else from the days (seed 002 第十五条)', () => {
  it('with no entry: 232 (2 days) 蓝, 256 (due Friday 23rd: 26–30 = 5 days) 黄, 244 (8 days) 红, numbered from 1', async () => {
    const notices = buildUrgeNotices(await districtExample(OCT_31), OCT_31).notices;
    expect(notices).toHaveLength(24);
    const blue = byId(notices, 'DC-2026-232');
    expect(blue.level).toBe('蓝');
    expect(blue.document).toMatchObject({
      issuer: '区政府督查室',
      title: '蓝色催办单',
      number: '督催〔2026〕20号',
      signer: '区政府办公室主要领导',
      copyTo: '',
      band: { text: '蓝色催办单', fill: '9BC2E6' },
    });
    expect(field(blue, '催办要求')).toBe(
      '请于2个工作日内反馈办理结果；受客观因素影响暂时难以办结的，写明原因及办理意见，经主管区级领导审签后报区政府督查室。',
    );
    expect(field(blue, '此前催办')).toBe('无');
    expect(byId(notices, 'DC-2026-256')).toMatchObject({ level: '黄', overdueWorkdays: 5, document: { signer: '区政府主管领导', copyTo: '区绩考办' } });
    expect(byId(notices, 'DC-2026-244')).toMatchObject({ level: '红', document: { signer: '区政府主要领导', copyTo: '区纪检、组织部门，区绩考办' } });
  });

  it('with entries: 244 had a 蓝 on Monday 26th (reply by Wednesday 28th) → 黄; 232 had a 蓝 on Thursday 29th (reply by Monday 2 November) → none yet', async () => {
    const entries = [
      { date: '2026-10-26', unit: '北塬县', level: '蓝', item: 'DC-2026-244', note: '催办单 督催〔2026〕1号' },
      { date: '2026-10-29', unit: '西河县', level: '蓝', item: 'DC-2026-232', note: '催办单 督催〔2026〕2号' },
    ] as const;
    const plan = buildUrgeNotices(await districtExample(OCT_31, entries), OCT_31);
    expect(plan.notices.map((n) => n.item.id)).toEqual(OVERDUE.filter((id) => id !== 'DC-2026-232'));
    // Two 催办单 of 2026 are registered: the next is 3号.
    expect(plan.notices[0].document.number).toBe('督催〔2026〕3号');
    const yellow = byId(plan.notices, 'DC-2026-244');
    expect(yellow.level).toBe('黄');
    expect(field(yellow, '此前催办')).toBe('蓝色催办单（2026年10月26日，催办单 督催〔2026〕1号）');
    expect(urgeSkips(plan)).toEqual(['DC-2026-232（西河县）：上一份催办单的反馈期至2026年11月2日，期满仍未办结再发下一级。']);
  });

  it('chosen items only: a chosen item that is not overdue is named, not given a 催办单', async () => {
    const plan = buildUrgeNotices(await districtExample(OCT_31), OCT_31, { kind: 'ids', ids: ['DC-2026-244', 'DC-2026-001', 'DC-9999'] });
    expect(plan.notices.map((n) => n.item.id)).toEqual(['DC-2026-244']);
    expect(plan.notOverdue.map((i) => [i.id, i.unit])).toEqual([
      ['DC-2026-001', '市交通运输局'],
      ['DC-2026-001', '市住房城乡建设局'],
    ]);
    expect(plan.missing).toEqual(['DC-9999']);
  });
});

describe('the colour bands print legibly in black and white', () => {
  // WCAG relative luminance: what a greyscale print keeps of a colour.
  const luminance = (hex: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  it('black text on each fill has a contrast of at least 7:1 (WCAG AAA), and the three greys differ', async () => {
    const ledger = await districtExample(OCT_31);
    const fills = ledger.rules.documents.urgeLevels.map((l) => l.fill);
    for (const fill of fills) expect((luminance(fill) + 0.05) / 0.05).toBeGreaterThanOrEqual(7);
    const greys = fills.map(luminance).sort();
    expect(greys[1] - greys[0]).toBeGreaterThan(0.1);
    expect(greys[2] - greys[1]).toBeGreaterThan(0.1);
  });
});

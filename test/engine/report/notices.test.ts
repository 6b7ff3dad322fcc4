// 督查通知单: what each says (from the 台账 and the rule set), which items a selection takes, and
// how they are numbered through a year.
import { noticeNumbers } from '../../../src/engine/report/documentNumbers';
import { buildNotices, selectItems, type ItemDocument } from '../../../src/engine/report/notices';
import type { Item, WorkbookInput } from '../../../src/engine/model';
import { day, item, ledger, unit } from '../score/scoringFixtures';
import { districtExample, exampleBook, sanmenxiaExample } from './exampleLedger';

const field = (doc: ItemDocument, label: string) => doc.fields.find((f) => f.label === label)?.value;

describe('numbering across a year (通知单起始号, by 交办日期, then ledger order)', () => {
  const units = [unit('甲县', '县（市、区）'), unit('乙县', '县（市、区）')];
  const items: Item[] = [
    item('甲县', 'A', { assigned: '2026-02-01', deadline: '2026-03-01' }),
    item('甲县', 'B', { assigned: '2026-01-05', deadline: '2026-03-01' }),
    item('乙县', 'B', { assigned: '2026-01-05', deadline: '2026-03-01' }),
    item('甲县', 'Z', { assigned: '2025-12-30', deadline: '2026-01-30' }),
    item('乙县', 'C', { assigned: '2026-03-02', deadline: '2026-04-01', cancelled: true }),
    item('甲县', 'D', { assigned: '2026-03-02', deadline: '2026-04-01' }),
  ];
  const numbered = (start: number) => {
    const l = ledger('sanmenxia-2019', units, items, [], { noticeStart: start });
    const numbers = noticeNumbers(l);
    return l.items.map((i) => `${i.id}/${i.unit} ${numbers.get(i)?.year}-${numbers.get(i)?.number}`);
  };

  it('2026: B (5 Jan) 甲县 1, 乙县 2; A (1 Feb) 3; C (2 Mar, 已销号, keeps its place) 4; D 5. 2025: Z 1', () => {
    expect(numbered(1)).toEqual(['A/甲县 2026-3', 'B/甲县 2026-1', 'B/乙县 2026-2', 'Z/甲县 2025-1', 'C/乙县 2026-4', 'D/甲县 2026-5']);
  });

  it('starts from 通知单起始号 (12) in every year', () => {
    expect(numbered(12)).toEqual(['A/甲县 2026-14', 'B/甲县 2026-12', 'B/乙县 2026-13', 'Z/甲县 2025-12', 'C/乙县 2026-15', 'D/甲县 2026-16']);
  });

  it('a month made alone gets the numbers the whole year gives it: March is 督通〔2026〕16号 (D), C being 已销号', () => {
    const l = ledger('sanmenxia-2019', units, items, [], { noticeStart: 12, noticePrefix: '青督通' });
    const march = selectItems(l, { kind: 'month', year: 2026, month: 3 });
    expect(buildNotices(l, march.items).map((d) => [d.itemId, d.number, d.date])).toEqual([['D', '青督通〔2026〕16号', day('2026-03-02')]]);
    const all = buildNotices(l, l.items.filter((i) => !i.cancelled));
    expect(all.map((d) => d.number)).toEqual([
      '青督通〔2025〕12号',
      '青督通〔2026〕12号',
      '青督通〔2026〕13号',
      '青督通〔2026〕14号',
      '青督通〔2026〕16号',
    ]);
  });
});

describe('the example ledger, October 2026', () => {
  let book: WorkbookInput;
  beforeAll(async () => {
    book = await exampleBook();
  });

  /** The 台账 row of an item as the sheet holds it, header → cell: what the notice must repeat. */
  const rawRow = (id: string, unitName: string) => {
    const [header, ...rows] = book.sheets.find((s) => s.name === '台账')!.values;
    const row = rows.find((r) => r[0] === id && r[2] === unitName)!;
    return Object.fromEntries(header.map((h, i) => [String(h), row[i]]));
  };

  it('every item assigned in October and not 销号 gets one, counted from the sheet: 28', async () => {
    const l = await sanmenxiaExample(day('2026-10-31'));
    const [header, ...rows] = book.sheets.find((s) => s.name === '台账')!.values;
    const assigned = header.indexOf('交办日期');
    const status = header.indexOf('办理状态');
    const october = rows.filter((r) => typeof r[assigned] === 'number' && r[assigned] >= day('2026-10-01') && r[assigned] <= day('2026-10-31') && r[status] !== '已销号');
    expect(october).toHaveLength(28);
    expect(selectItems(l, { kind: 'month', year: 2026, month: 10 }).items).toHaveLength(28);
  });

  it('DC-2026-246 for 江北区: each field as the 台账 has it, monthly reports (seed 001 names no cadence), dated its 交办日期', async () => {
    const l = await sanmenxiaExample(day('2026-10-31'));
    const [doc] = buildNotices(l, selectItems(l, { kind: 'ids', ids: ['DC-2026-246'] }).items);
    const raw = rawRow('DC-2026-246', '江北区');
    expect(doc).toMatchObject({ issuer: '市政府督查室', title: '督查通知', unit: '江北区', date: raw['交办日期'], band: null, signer: null });
    expect(doc.fields.map((f) => f.label)).toEqual([
      '事项编号', '事项内容', '办理要求', '办理标准', '办理时限', '督查等级', '责任单位', '配合单位', '责任领导', '责任人', '督办人', '联系电话', '报送要求',
    ]);
    expect(field(doc, '事项内容')).toBe(raw['事项内容']);
    expect(field(doc, '办理要求')).toBe(raw['办理要求']);
    expect(field(doc, '办理标准')).toBe(raw['办理标准']);
    expect(field(doc, '责任人')).toBe(raw['责任人']);
    expect(field(doc, '督办人')).toBe(raw['督办人']);
    expect(field(doc, '办理时限')).toBe('2026年10月26日');
    expect(field(doc, '督查等级')).toBe('特别重要');
    // Blank in the ledger: blank on the notice, to fill in by hand.
    expect([field(doc, '配合单位'), field(doc, '责任领导'), field(doc, '联系电话')]).toEqual(['', '', '']);
    expect(field(doc, '报送要求')).toBe('特别重要事项，每月报送一次办理进展；办结后及时报送办理结果。');
    expect(doc.receipt).toEqual([
      { label: '签收单位', value: '江北区' },
      { label: '签收人', value: '' },
      { label: '签收时间', value: '　　　　年　　月　　日　　时' },
    ]);
  });

  it('its number: the 2026 rows before it by 交办日期 (then sheet order), counted on the sheet, plus one', async () => {
    const l = await sanmenxiaExample(day('2026-10-31'));
    const [header, ...rows] = book.sheets.find((s) => s.name === '台账')!.values;
    const a = header.indexOf('交办日期');
    // Three rows write 交办日期 as text (2026/5/6): their day counts as any other.
    const assigned = (r: (typeof rows)[number]) => (typeof r[a] === 'number' ? r[a] : day(String(r[a]).replace(/\//g, '-')));
    const at = rows.findIndex((r) => r[0] === 'DC-2026-246' && r[2] === '江北区');
    const before = rows.filter((r, i) => assigned(r) < assigned(rows[at]) || (assigned(r) === assigned(rows[at]) && i < at)).length;
    const [doc] = buildNotices(l, selectItems(l, { kind: 'ids', ids: ['DC-2026-246'] }).items);
    expect(doc.number).toBe(`督通〔2026〕${before + 1}号`);
  });

  it('district-dynamic: 督查通知单 from 区政府督查室, a 特别重要 item reported every week (seed 002 第八条)', async () => {
    const l = await districtExample(day('2026-10-31'));
    const [doc] = buildNotices(l, selectItems(l, { kind: 'ids', ids: ['DC-2026-246'] }).items);
    expect(doc).toMatchObject({ issuer: '区政府督查室', title: '督查通知单' });
    expect(field(doc, '报送要求')).toBe('特别重要事项，每周报送一次办理进展；办结后及时报送办理结果。');
  });

  it('a joint item names all its responsible units; the rows selected give their items, the others are named', async () => {
    const l = await sanmenxiaExample(day('2026-10-31'));
    const joint = l.items.filter((i) => i.id === 'DC-2026-001');
    const chosen = selectItems(l, { kind: 'rows', rows: [1, joint[0].row, joint[1].row] });
    expect(chosen.missing).toEqual(['1']);
    const docs = buildNotices(l, chosen.items);
    expect(docs.map((d) => d.unit)).toEqual(['市交通运输局', '市住房城乡建设局']);
    expect(docs.map((d) => field(d, '责任单位'))).toEqual(['市交通运输局、市住房城乡建设局', '市交通运输局、市住房城乡建设局']);
  });
});

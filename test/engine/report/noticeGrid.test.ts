// 通知单 and 催办单 on the print grid: one A4 page each, labels filled, the 催办单's colour band.
import { GRID_COLUMNS } from '../../../src/engine/report/printGrid';
import { noticeBatch } from '../../../src/engine/report/noticeBatch';
import { documentSheet } from '../../../src/engine/report/noticeGrid';
import type { FormRow } from '../../../src/engine/report/formGrid';
import { NOTICE_PAGE } from '../../../src/engine/report/sheetStyle';
import { day } from '../score/scoringFixtures';
import { districtExample, sanmenxiaExample } from './exampleLedger';

const OCT_31 = day('2026-10-31');
/** A4 portrait, 11.69 in tall, less the top and bottom margins, in points. */
const PAGE_POINTS = (11.69 - NOTICE_PAGE.margins.top - NOTICE_PAGE.margins.bottom) * 72;

/** Each document's rows: from one page start to the next. */
function pages(rows: readonly FormRow[], starts: readonly number[]): FormRow[][] {
  const bounds = [0, ...starts, Infinity];
  return bounds.slice(0, -1).map((from, i) => rows.filter((r) => r.row >= from && r.row < bounds[i + 1]));
}

const texts = (rows: readonly FormRow[]) => rows.flatMap((r) => r.cells.map((c) => c.text));

describe('the example’s October 通知单 (sanmenxia-2019)', () => {
  let sheet: ReturnType<typeof documentSheet>;
  beforeAll(async () => {
    const batch = noticeBatch(await sanmenxiaExample(OCT_31), '通知', { kind: 'month', year: 2026, month: 10 }, OCT_31);
    expect(batch.sheet).toBe('2026年10月通知单');
    sheet = documentSheet(batch.documents);
  });

  it('28 documents: a page break before each but the first, every one within the A4 page (726 pt)', () => {
    expect(sheet.pageStarts).toHaveLength(27);
    const all = pages(sheet.rows, sheet.pageStarts);
    expect(all).toHaveLength(28);
    for (const page of all) expect(page.reduce((sum, r) => sum + r.height, 0)).toBeLessThanOrEqual(PAGE_POINTS);
  });

  it('the first reads: issuer, title, number, addressee, the fields, signature and date, the cut line and the 回执', () => {
    const [first] = pages(sheet.rows, sheet.pageStarts);
    expect(texts(first).slice(0, 4)).toEqual(['市政府督查室', '督查通知', '督通〔2026〕276号', '江北区：']);
    const all = texts(first);
    const at = (t: string) => all.indexOf(t);
    expect(at('事项编号')).toBeGreaterThan(at('江北区：'));
    expect(at('签发人：')).toBeGreaterThan(at('报送要求'));
    expect(all).toContain('2026年10月8日');
    expect(at('回　执')).toBeGreaterThan(at('签发人：'));
    expect(all).toContain('通知单编号：督通〔2026〕276号');
  });

  it('a label | value row spans the width; 办理时限 and 督查等级 share one row', () => {
    const [first] = pages(sheet.rows, sheet.pageStarts);
    const row = (label: string) => first.find((r) => r.cells[0]?.text === label)!;
    const content = row('事项内容');
    expect(content.cells.map((c) => [c.column, c.span, c.style])).toEqual([[0, 6, 'label'], [6, GRID_COLUMNS - 6, 'value']]);
    expect(content.cells[0].fill).toBe('D9E1F2');
    expect(content.cells.every((c) => c.border?.edges === 'box')).toBe(true);
    expect(row('办理时限').cells.map((c) => [c.column, c.text])).toEqual([[0, '办理时限'], [6, '2026年10月26日'], [18, '督查等级'], [24, '特别重要']]);
  });
});

describe('the 催办单 band (district-dynamic)', () => {
  it('the colour fills a full-width band with a thick border and the colour named in large type', async () => {
    const batch = noticeBatch(await districtExample(OCT_31), '催办', { kind: 'ids', ids: ['DC-2026-244'] }, OCT_31);
    const sheet = documentSheet(batch.documents);
    expect(sheet.pageStarts).toEqual([]);
    const band = sheet.rows[1].cells[0];
    expect(band).toMatchObject({ text: '红色催办单', style: 'band', span: GRID_COLUMNS, fill: 'FF7C80', border: { edges: 'box', weight: 'thick' } });
    expect(texts(sheet.rows)).toEqual(expect.arrayContaining(['签发：区政府主要领导', '抄送：区纪检、组织部门，区绩考办']));
    expect(sheet.rows.reduce((sum, r) => sum + r.height, 0)).toBeLessThanOrEqual(PAGE_POINTS);
  });
});

// The Word 通报 read back from its XML: GB/T 9704 page, margins, type and line spacing, the masthead,
// the title in balanced lines, the headings' fonts, real Word tables with their cells, page numbers.
import JSZip from 'jszip';
import { bulletinDocx, tableWidths } from '../../../src/engine/report/bulletinDocx';
import { emWidth, mmToTwips, titleLines } from '../../../src/engine/report/gongwen';
import { bulletinBlocks, type LayoutTable } from '../../../src/engine/report/sheetLayout';
import { bulletin } from './layoutFixtures';

let parts: Record<string, string>;

beforeAll(async () => {
  const bytes = await bulletinDocx(bulletin());
  // A zip, as every .docx is.
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  const zip = await JSZip.loadAsync(bytes);
  parts = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) parts[name] = await zip.file(name)!.async('string');
});

const doc = () => parts['word/document.xml'];
const paragraphs = () => [...doc().matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? m[2]);
const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&(?:quot|apos|lt|gt|amp);/g, (e) => ENTITIES[e])).join('');
/** The paragraph whose text is exactly `text`. */
const paragraph = (text: string) => {
  const found = paragraphs().find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph reads ${text}`);
  return found;
};
const eastAsia = (xml: string) => /w:eastAsia="([^"]+)"/.exec(xml)?.[1];
const size = (xml: string) => Number(/<w:sz w:val="(\d+)"/.exec(xml)?.[1]);

describe('page (GB/T 9704 5.2)', () => {
  it('A4: 210 × 297 mm = 11906 × 16838 twips (round(mm × 1440 / 25.4))', () => {
    expect(doc()).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it('margins 37 / 35 / 28 / 26 mm = 2098 / 1984 / 1587 / 1474 twips, a 156 × 225 mm 版心', () => {
    expect(doc()).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(mmToTwips(210 - 28 - 26)).toBe(8844);
  });

  it('body 3号仿宋 (32 half-points), exact 28.95 pt lines (579 twips: 22 × 28.95 = 636.9 pt ≤ 225 mm), condensed 0.25 pt (28 a line)', () => {
    const styles = parts['word/styles.xml'];
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1];
    expect(eastAsia(defaults)).toBe('仿宋_GB2312');
    expect(size(defaults)).toBe(32);
    expect(defaults).toMatch(/<w:spacing w:line="579" w:lineRule="exact"\/>/);
    expect(defaults).toMatch(/<w:spacing w:val="-5"\/>/);
    // (16 − 0.25) pt × 28 = 441 pt ≤ 156 mm (442.2 pt).
    expect((16 - 0.25) * 28).toBeLessThanOrEqual((156 / 25.4) * 72);
  });
});

describe('the masthead and the title', () => {
  it('督查通报 in red 小标宋; 第6期; 发文单位 and the date on one line over a red rule', () => {
    const name = paragraph('督查通报');
    expect(name).toMatch(/<w:color w:val="C00000"\/>/);
    expect(eastAsia(name)).toBe('方正小标宋简体');
    paragraph('第6期');
    const line = paragraph('市政府督查室\t2026年7月1日');
    expect(line).toMatch(/<w:bottom w:val="single" w:color="C00000"/);
    expect(line).toMatch(/<w:tab w:val="right" w:pos="8844"\/>/);
  });

  it('the title in 2号小标宋 (44), in two lines broken after 督查事项 (上长下短)', () => {
    const first = paragraph('关于2026年6月份督查事项');
    paragraph('办理情况的通报');
    expect(eastAsia(first)).toBe('方正小标宋简体');
    expect(size(first)).toBe(44);
  });
});

describe('headings and text', () => {
  it('一、 in 黑体, （一） in 楷体_GB2312, both indented two characters (640 twips) and kept with what follows', () => {
    const first = paragraph('一、总体情况');
    expect(eastAsia(first)).toBe('黑体');
    expect(first).toMatch(/<w:ind w:firstLine="640"\/>/);
    expect(first).toMatch(/<w:keepNext\/>/);
    expect(eastAsia(paragraph('（一）县（市、区）'))).toBe('楷体_GB2312');
  });

  it('every text block of the bulletin is there, in order', () => {
    const body = textOf(doc());
    let from = 0;
    for (const block of bulletinBlocks(bulletin())) {
      if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
      const at = body.indexOf(block.text, from);
      expect({ text: block.text, found: at >= 0 }).toEqual({ text: block.text, found: true });
      from = at;
    }
  });
});

describe('tables', () => {
  const tables = () => [...doc().matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
  const rows = (table: string) => [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? m[2]);
  const cells = (row: string) => [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => textOf(m[1]));

  it('three real tables: two ranking groups and the overdue list', () => {
    expect(tables()).toHaveLength(3);
  });

  it('the 县（市、区） ranking: header repeated on each page, then the rows as the sheet shows them', () => {
    const [counties] = tables();
    const [header, ...body] = rows(counties);
    expect(header).toMatch(/<w:tblHeader\/>/);
    expect(cells(header)).toEqual(['排名', '单位', '事项数', '已办结', '逾期未办结', '办结率', '加分', '减分', '总分', '较上月']);
    // unitScore(): 5 items, 4 completed, 1 overdue, 80.0%, bonus 10, deduction 5, score 65, rank 5 → 2 is +3.
    expect(body.map(cells)).toEqual([
      ['1', '义马市', '5', '4', '1', '80.0%', '10.00', '5.00', '65.00', '+4'],
      ['2', '卢氏县', '5', '4', '1', '80.0%', '10.00', '5.00', '65.00', '+3'],
    ]);
  });

  it('the overdue list: 办理时限 as a date; text that looks like a formula is only text', () => {
    const overdue = tables()[2];
    expect(rows(overdue).slice(1).map(cells)).toEqual([['DC-7', '=HYPERLINK("x")整治', '卢氏县', '2026-06-20', '6', '通报批评并媒体曝光']]);
  });
});

describe('page numbers (7.5): — 1 —, 4号宋体, odd pages right, even pages left', () => {
  it('two footers with a PAGE field between 一字线, and even and odd footers switched on', () => {
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(textOf(footer)).toBe('— ' + ' —');
      expect(eastAsia(footer)).toBe('宋体');
      expect(size(footer)).toBe(28);
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
    expect(parts['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/);
  });
});

describe('titleLines and tableWidths', () => {
  it('a title that fits (≤ 18 ems) stays one line; a longer one breaks at a phrase, the upper line the longer', () => {
    expect(titleLines('关于2026年6月份督查工作的通报')).toEqual(['关于2026年6月份督查工作的通报']);
    // 关于(2) 2026(2.2) 年(1) 10(1.1) 月份(2) 督查事项(4) = 12.3 ems above; 办理情况的通报 = 7 below.
    expect(titleLines('关于2026年10月份督查事项办理情况的通报')).toEqual(['关于2026年10月份督查事项', '办理情况的通报']);
    expect(emWidth('督查')).toBe(2);
  });

  it('figures get what their widest cell needs, text takes the rest, the total fills the 版心', () => {
    const table: LayoutTable = {
      columns: [
        { header: '编号', format: 'text', width: 13, wrap: false },
        { header: '事项内容', format: 'text', width: 28, wrap: true },
        { header: '逾期工作日', format: 'integer', width: 8, wrap: false },
      ],
      rows: [['DC-2026-152', '很长的事项内容', 16]],
    };
    const widths = tableWidths(table, 8844);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8844);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(8844 - 3);
    // 编号: 11 Latin characters ≈ 6.05 ems × 1.15 + 0.5 = 7.46 ems of 五号 (210 twips) + 120 padding ≈ 1687.
    expect(widths[0]).toBe(Math.ceil((emWidth('DC-2026-152') * 1.15 + 0.5) * 210) + 120);
    // 逾期工作日: the header's five characters on two lines (3 ems) beat "16".
    expect(widths[2]).toBe(3 * 210 + 120);
    expect(widths[1]).toBe(8844 - widths[0] - widths[2]);
  });
});

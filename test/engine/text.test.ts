import { cellKey, cellText, isBlank, isExcelError, normalizeText, splitList } from '../../src/engine/text';

describe('normalizeText', () => {
  test('NFKC: full-width brackets, letters and digits become half-width', () => {
    expect(normalizeText('县（市、区）')).toBe('县(市、区)');
    expect(normalizeText('县（市、区）')).toBe(normalizeText('县(市、区)'));
    expect(normalizeText('ＡＢＣ１２３')).toBe('ABC123');
    expect(normalizeText('２０２４－０５')).toBe('2024-05');
    // 、 (U+3001) has no compatibility form: it stays.
    expect(normalizeText('、')).toBe('、');
  });

  test('removes spaces, U+3000 and line breaks anywhere', () => {
    expect(normalizeText(' 市 直 单 位 ')).toBe('市直单位');
    expect(normalizeText('\u3000市直单位\u3000')).toBe('市直单位');
    expect(normalizeText('事项\n内容\t')).toBe('事项内容');
    expect(normalizeText('\u00A0单位\u2003名称')).toBe('单位名称'); // no-break space, em space
  });

  test('removes zero-width characters', () => {
    expect(normalizeText('责\u200B任\u200C单\u200D位\uFEFF')).toBe('责任单位');
    expect(normalizeText('\u2060督办人\u00AD')).toBe('督办人'); // word joiner, soft hyphen
  });

  test('is idempotent and leaves plain text alone', () => {
    expect(normalizeText('市交通运输局')).toBe('市交通运输局');
    const once = normalizeText(' 县（市、区）\u200B ');
    expect(normalizeText(once)).toBe(once);
  });

  test('blank-looking text becomes empty', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText(' \u3000\u200B\uFEFF ')).toBe('');
  });
});

describe('splitList', () => {
  test('splits on every SPEC separator: 、，,;；', () => {
    expect(splitList('交通局、财政局，教育局,公安局;民政局；水利局')).toEqual([
      '交通局',
      '财政局',
      '教育局',
      '公安局',
      '民政局',
      '水利局',
    ]);
  });

  test('trims parts and drops empty ones', () => {
    expect(splitList(' 交通局 、 财政局 ')).toEqual(['交通局', '财政局']);
    expect(splitList('交通局、、财政局，')).toEqual(['交通局', '财政局']);
    expect(splitList('\u3000交通局\u3000')).toEqual(['交通局']);
    expect(splitList('交通局、\u200B、财政局')).toEqual(['交通局', '财政局']);
    expect(splitList('')).toEqual([]);
    expect(splitList('、，')).toEqual([]);
  });

  test('one name is a list of one; spaces are not separators', () => {
    expect(splitList('市交通运输局')).toEqual(['市交通运输局']);
    expect(splitList('市 交通运输局')).toEqual(['市 交通运输局']);
  });
});

describe('cellText', () => {
  test('per cell type', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('  市交通运输局 ')).toBe('市交通运输局');
    expect(cellText('\u200B市交通运输局\uFEFF')).toBe('市交通运输局');
    expect(cellText('第一行\n第二行')).toBe('第一行\n第二行'); // inner line breaks stay
    expect(cellText('县（市、区）')).toBe('县（市、区）'); // display text is not NFKC'd
    expect(cellText(20)).toBe('20');
    expect(cellText(51.58)).toBe('51.58');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2024, 4, 31)))).toBe('2024-05-31');
  });

  test('an invalid Date does not throw and is not blank', () => {
    // It threw RangeError from toISOString before.
    expect(() => cellText(new Date(Number.NaN))).not.toThrow();
    expect(cellText(new Date(Number.NaN))).toBe('Invalid Date');
    expect(isBlank(new Date(Number.NaN))).toBe(false);
  });
});

describe('cellKey and isBlank', () => {
  test('cellKey is the comparison form', () => {
    expect(cellKey(' 县（市、区） ')).toBe('县(市、区)');
    expect(cellKey('一般 重要')).toBe('一般重要');
    expect(cellKey(3)).toBe('3');
  });

  test('isBlank', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank('   ')).toBe(true);
    expect(isBlank('\u3000')).toBe(true);
    expect(isBlank('\u200B\u200C\u200D\uFEFF')).toBe(true);
    expect(isBlank('\n\t')).toBe(true);
    expect(isBlank('x')).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank(new Date(Date.UTC(2024, 4, 31)))).toBe(false);
  });
});

describe('isExcelError', () => {
  test('the error values Excel shows, in any case and with the spaces or invisible marks a copy leaves around them', () => {
    for (const value of ['#N/A', '#ref!', '#DIV/0!', ' #VALUE!', '\u3000#NAME?', '\uFEFF#N/A', '\u00A0#NUM! ', '\t#SPILL!']) {
      expect(isExcelError(value)).toBe(true);
    }
  });

  test('text that holds a # or starts like one is no error value', () => {
    for (const value of ['#', '#1 楼', 'N/A', 'DC-#N/A', '编号#N/A', ' # N/A', '\u3000', '', '#N/A and more text than twenty']) {
      expect(isExcelError(value)).toBe(false);
    }
    expect(isExcelError(null)).toBe(false);
    expect(isExcelError(7)).toBe(false);
  });
});

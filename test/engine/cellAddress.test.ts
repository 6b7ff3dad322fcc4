import { cellAddress, columnLetters, qualifiedAddress, selectedRows } from '../../src/engine/cellAddress';

describe('columnLetters (0-based)', () => {
  test.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'], // 26 + 26 × 26 = 702 columns end at ZZ
    [702, 'AAA'],
    [16383, 'XFD'], // Excel's last column
  ])('%p → %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  test('bijective base 26: every index up to XFD maps back to itself', () => {
    const back = (s: string) => [...s].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
    for (let i = 0; i <= 16383; i++) expect(back(columnLetters(i))).toBe(i);
  });
});

describe('cellAddress (0-based row and column)', () => {
  test('A1 style', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(11, 5)).toBe('F12');
    expect(cellAddress(999, 26)).toBe('AA1000');
    expect(cellAddress(1048575, 16383)).toBe('XFD1048576');
  });
});

describe('qualifiedAddress', () => {
  test('plain names stay unquoted', () => {
    expect(qualifiedAddress('台账', 'F12')).toBe('台账!F12');
    expect(qualifiedAddress('督查台账', 'A1')).toBe('督查台账!A1');
    expect(qualifiedAddress('Sheet1', 'B2')).toBe('Sheet1!B2');
    expect(qualifiedAddress('加减分_2024', 'C3')).toBe('加减分_2024!C3');
  });

  test('spaces and punctuation are quoted', () => {
    expect(qualifiedAddress('月 排名', 'A1')).toBe("'月 排名'!A1");
    expect(qualifiedAddress('月\u3000排名', 'A1')).toBe("'月\u3000排名'!A1");
    expect(qualifiedAddress('排名 (2)', 'A1')).toBe("'排名 (2)'!A1");
    expect(qualifiedAddress('单位-表', 'A1')).toBe("'单位-表'!A1");
    expect(qualifiedAddress('县（市、区）', 'A1')).toBe("'县（市、区）'!A1");
    expect(qualifiedAddress('a.b', 'A1')).toBe("'a.b'!A1");
  });

  test('single quotes are doubled inside the quotes', () => {
    expect(qualifiedAddress("O'Brien", 'A1')).toBe("'O''Brien'!A1");
    expect(qualifiedAddress("it's 'x'", 'B2')).toBe("'it''s ''x'''!B2");
  });

  test('names starting with a digit are quoted, as Excel writes them', () => {
    // The generated sheets are named 2024年5月排名 / 2024年5月通报: Excel refers to them as
    // '2024年5月排名'!A1; unquoted, 2024年5月排名!A1 is not a valid reference.
    expect(qualifiedAddress('2024年5月排名', 'A1')).toBe("'2024年5月排名'!A1");
    expect(qualifiedAddress('2024', 'A1')).toBe("'2024'!A1");
  });

  test('names that read as a cell reference are quoted', () => {
    expect(qualifiedAddress('A1', 'B2')).toBe("'A1'!B2");
    expect(qualifiedAddress('XFD100', 'B2')).toBe("'XFD100'!B2");
    expect(qualifiedAddress('R1C1', 'B2')).toBe("'R1C1'!B2");
    expect(qualifiedAddress('R', 'B2')).toBe("'R'!B2");
    expect(qualifiedAddress('C', 'B2')).toBe("'C'!B2");
    expect(qualifiedAddress('ABCD1', 'B2')).toBe('ABCD1!B2'); // four letters: no such column
  });

  test('an empty cell gives the sheet name alone, quoted when needed', () => {
    expect(qualifiedAddress('台账', '')).toBe('台账');
    expect(qualifiedAddress('月 排名', '')).toBe("'月 排名'");
  });
});

describe('selectedRows: the rows of a selection as Office.js gives its address', () => {
  test('one area, several areas, a row repeated, a quoted name with a comma and a quote', () => {
    expect(selectedRows("'台账'!A5:C7")).toEqual({ sheet: '台账', rows: [5, 6, 7] });
    expect(selectedRows("台账!B9,台账!A5:O6,台账!D6")).toEqual({ sheet: '台账', rows: [5, 6, 9] });
    expect(selectedRows("'台账, 2026''s'!A3,'台账, 2026''s'!A1")).toEqual({ sheet: "台账, 2026's", rows: [1, 3] });
  });

  test('whole rows, as Excel writes a click on the row headers, and as cell ranges; nothing usable is null', () => {
    expect(selectedRows('台账!5:7')).toEqual({ sheet: '台账', rows: [5, 6, 7] });
    expect(selectedRows("'台账'!$9:$8,'台账'!A4:XFD4")).toEqual({ sheet: '台账', rows: [4, 8, 9] });
    expect(selectedRows('A5')).toBeNull();
    expect(selectedRows('台账!A5,单位!A2')).toBeNull();
    expect(selectedRows('台账!A:C')).toBeNull();
  });
});

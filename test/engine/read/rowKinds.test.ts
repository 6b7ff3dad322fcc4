import { classifyRow } from '../../../src/engine/read/rowKinds';

describe('rows that are not items', () => {
  it.each([
    ['一、经济发展', true],
    ['二．民生实事', true],
    ['（一）城市建设', true],
    ['(2) 乡村振兴', true],
    ['1.重点项目', true],
    ['3、招商引资', true],
    ['第二部分 民生事项', true],
    ['第三类', true],
    ['总体任务', false],
    ['县交通局', false],
    ['2026.6', false],
  ])('a row with only %s is a section row, a heading: %s', (text, heading) => {
    expect(classifyRow([null, text, null, null], true, false)).toEqual({ kind: 'section', text, heading });
  });

  it('a row merged across the table is a section row, heading or not', () => {
    expect(classifyRow(['总体任务', null, null, '（共5项）'], true, true)).toEqual({ kind: 'section', text: '总体任务', heading: true });
  });

  it('a number alone is a stray cell, not a heading', () => {
    expect(classifyRow([12, null, null], true, false)).toEqual({ kind: 'section', text: '12', heading: false });
  });

  it.each(['备注：本台账每月5日前更新。', '注:延期事项须经批准', '填表说明：红色为逾期', '制表人：张三', '审核人：李四', '填报单位：县督查室', '联系电话：0391-1234567', '说明： 以上事项', '填写说明：时限写到日', '填报说明:每月更新', '（填表说明：红色为逾期）'])(
    '%s is a note row',
    (text) => {
      expect(classifyRow([text, null, '2026-06-05'], true, false)).toEqual({ kind: 'note', text });
    },
  );

  it.each(['合计', '总计：36项', '小计'])('%s starts a total row', (text) => {
    expect(classifyRow([text, 36, 20], true, false)).toEqual({ kind: 'total', text });
  });

  it('words that only start like a note are item text', () => {
    expect(classifyRow(['注重实效的考核办法', '县委办', '2026-06-30'], true, false)).toEqual({ kind: 'item' });
    expect(classifyRow(['说明会筹备', '县委办', '2026-06-30'], true, false)).toEqual({ kind: 'item' });
  });

  it('a row of several cells is an item; a blank row is blank', () => {
    expect(classifyRow(['DC-1', '修路', '县交通局'], true, false)).toEqual({ kind: 'item' });
    expect(classifyRow([null, ' ', '\u3000'], true, false)).toEqual({ kind: 'blank' });
  });

  it('without sections (the 单位 sheet) a one-cell row is an item', () => {
    expect(classifyRow(['县住建局'], false, false)).toEqual({ kind: 'item' });
  });
});

// Tables as Excel passes them to a custom function: rows of cells, dates as serial numbers, blank
// cells as '' (and, in some builds, null).
import { dayOf } from '../../src/engine/calendar/dates';
import type { FunctionError } from '../../src/functions/hostError';

export const serial = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
};

export const LEDGER_HEADER = ['编号', '事项内容', '责任单位', '督查等级', '交办日期', '办理时限', '延期至', '办结日期', '办理状态', '办理要求', '办理标准', '办理效果', '责任人', '督办人'];

export function ledgerRow(id: string, unit: string, deadline: string, completed = '', assigned = '2026-03-02'): (string | number)[] {
  return [id, `事项${id}`, unit, '一般重要', serial(assigned), serial(deadline), '', completed ? serial(completed) : '', '', '要求', '标准', '效果', '张三', '李四'];
}

export const ROSTER = [
  ['单位名称', '单位类别', '别名'],
  ['甲县', '县（市、区）', ''],
  ['乙县', '县(市、区)', null],
  ['市交通运输局', '市直单位', '交通局'],
];

/**
 * 甲县: A1 on time, A2 late, A3 open; 乙县: B1 overdue on 31 May; 交通局 (alias): C1 on time.
 * 甲县 also has a 通报表扬 at provincial level (+15) tied to A1.
 */
export const LEDGER = [
  LEDGER_HEADER,
  ledgerRow('A1', '甲县', '2026-04-30', '2026-04-20'),
  ledgerRow('A2', '甲县', '2026-04-30', '2026-05-10'),
  ledgerRow('A3', '甲县', '2026-06-30'),
  ledgerRow('B1', '乙县', '2026-05-15'),
  ledgerRow('C1', '交通局', '2026-05-20', '2026-05-18'),
];

export const ADJUSTMENTS = [
  ['日期', '单位', '类别', '级别', '分值', '关联事项', '说明'],
  [serial('2026-05-08'), '甲县', '通报表扬', '省', '', 'A1', '省政府通报表扬'],
];

/** A ledger of `rows` items over 20 units, for the cache and speed tests. */
export function bigLedger(rows: number): { ledger: (string | number)[][]; roster: string[][] } {
  const units = Array.from({ length: 20 }, (_, i) => `单位${i + 1}`);
  const ledger: (string | number)[][] = [LEDGER_HEADER];
  for (let i = 0; i < rows; i++) {
    const completed = i % 3 === 0 ? '2026-04-25' : '';
    ledger.push(ledgerRow(`DB-${i + 1}`, units[i % units.length], i % 2 ? '2026-04-30' : '2026-06-30', completed));
  }
  return { ledger, roster: [['单位名称', '单位类别', '别名'], ...units.map((u, i) => [u, i < 10 ? '县（市、区）' : '市直单位', ''])] };
}

/** The error a custom function threw: Excel shows its code and message. */
export function errorOf(call: () => unknown): FunctionError {
  try {
    call();
  } catch (e) {
    return e as FunctionError;
  }
  throw new Error('expected the function to throw a CustomFunctions.Error');
}

export const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

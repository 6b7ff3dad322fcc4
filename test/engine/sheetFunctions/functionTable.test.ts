// The host-neutral DUBAN.* functions: what each host registers, bad input as an InputError (each
// host maps it to its own error value), a defect reported with its text.
import { FN_MSG } from '../../../src/engine/sheetFunctions/messages';
import { SHEET_FUNCTIONS } from '../../../src/engine/sheetFunctions/functionTable';
import { InputError, failureMessage } from '../../../src/engine/sheetFunctions/inputError';

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

describe('SHEET_FUNCTIONS', () => {
  it('computes without any host: 3 of at most 6 items → 0.5 + 3/6 × 0.5 = 0.75; 40 of 60 points → 2/3 × 100 × 0.75 = 50', () => {
    expect(SHEET_FUNCTIONS.COEFF(3, 6)).toBe(0.75);
    expect(SHEET_FUNCTIONS.ITEMSCORE(40, 60, 3, 6)).toBeCloseTo(50, 12);
  });

  it('throws an InputError in Chinese for bad input, never a host error value', () => {
    const error = thrown(() => SHEET_FUNCTIONS.COEFF(7, 6));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(FN_MSG.countAboveMax());
  });
});

describe('failureMessage', () => {
  it('is an InputError’s own message, and a defect’s text marked as a defect', () => {
    expect(failureMessage(new InputError('「开始」不能为空，请填写。'))).toBe('「开始」不能为空，请填写。');
    expect(failureMessage(new TypeError('x is undefined'))).toBe('计算出错（程序缺陷，请报告）：x is undefined');
    expect(failureMessage('thrown text')).toBe('计算出错（程序缺陷，请报告）：thrown text');
  });
});

/// <reference types="custom-functions-runtime" />
// A custom function answers bad input by throwing CustomFunctions.Error: Excel shows #VALUE! and
// the message in the cell's tooltip. That global exists only in Excel's JavaScript runtime; in
// Node (tests, the metadata generator) a stand-in of the same shape takes its place, so the rest
// of src/functions never touches an Office global.

const INVALID_VALUE = '#VALUE!';

/** The part of CustomFunctions.Error that callers and tests read. */
export interface FunctionError {
  code: string;
  message?: string;
}

/** Bad input found while computing: `guard` turns it into the error Excel shows. */
export class InputError extends Error {}

class StandInError implements FunctionError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

function invalidValue(message: string): FunctionError {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return new StandInError(INVALID_VALUE, message);
}

/**
 * Runs a function body so that nothing but a CustomFunctions.Error leaves it: InputError keeps its
 * Chinese message; anything else is a defect, still reported as #VALUE! with its text, because a
 * raw exception would show the user only a bare #VALUE! with no hint.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    const message = e instanceof InputError ? e.message : `计算出错（程序缺陷，请报告）：${e instanceof Error ? e.message : String(e)}`;
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel wants a CustomFunctions.Error, which its typings do not make an Error
    throw invalidValue(message);
  }
}

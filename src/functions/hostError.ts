/// <reference types="custom-functions-runtime" />
// A custom function answers bad input by throwing CustomFunctions.Error: Excel shows #VALUE! and
// the message in the cell's tooltip. That global exists only in Excel's JavaScript runtime; in
// Node (tests, the metadata generator) a stand-in of the same shape takes its place, so the rest
// of src/functions never touches an Office global.
import { failureMessage } from '../engine/sheetFunctions/inputError';

const INVALID_VALUE = '#VALUE!';

/** The part of CustomFunctions.Error that callers and tests read. */
export interface FunctionError {
  code: string;
  message?: string;
}

class StandInError implements FunctionError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

function invalidValue(message: string): FunctionError {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    // ErrorCode's values are Excel's error texts; a runtime without the enum still takes the text.
    const code = CustomFunctions.ErrorCode?.invalidValue ?? (INVALID_VALUE as CustomFunctions.ErrorCode.invalidValue);
    return new CustomFunctions.Error(code, message);
  }
  return new StandInError(INVALID_VALUE, message);
}

/**
 * Runs a function body so that nothing but a CustomFunctions.Error leaves it, with the engine's
 * failureMessage: an InputError's Chinese message, or a defect's text, because a raw exception
 * would show the user only a bare #VALUE! with no hint.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw invalidValue(failureMessage(e));
  }
}

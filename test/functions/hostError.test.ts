// Inside Excel the functions must throw the runtime's own CustomFunctions.Error.
import { InputError } from '../../src/engine/sheetFunctions/inputError';
import { guard } from '../../src/functions/hostError';

describe('guard', () => {
  const globals = globalThis as { CustomFunctions?: unknown };

  /** The runtime's CustomFunctions.Error, as Excel's JavaScript runtime provides it. */
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }

  function thrownBy(message: string): unknown {
    try {
      guard(() => {
        throw new InputError(message);
      });
    } catch (e) {
      return e;
    }
    throw new Error('guard threw nothing');
  }

  afterEach(() => {
    delete globals.CustomFunctions;
  });

  it('throws CustomFunctions.Error with #VALUE! and the message when the runtime provides it', () => {
    globals.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: '#VALUE!' } };
    const thrown = thrownBy('「办理时限」不能为空，请填写。');
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: '「办理时限」不能为空，请填写。' });
  });

  it('still gives #VALUE! and the message where the runtime has CustomFunctions.Error but no ErrorCode', () => {
    globals.CustomFunctions = { Error: RuntimeError };
    const thrown = thrownBy('「事项数」应为不小于 0 的数。');
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: '「事项数」应为不小于 0 的数。' });
  });

  it('passes a result through untouched', () => {
    expect(guard(() => 42)).toBe(42);
  });
});

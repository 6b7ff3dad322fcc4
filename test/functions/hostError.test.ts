// Inside Excel the functions must throw the runtime's own CustomFunctions.Error.
import { InputError } from '../../src/engine/sheetFunctions/inputError';
import { guard } from '../../src/functions/hostError';

describe('guard', () => {
  const globals = globalThis as { CustomFunctions?: unknown };

  afterEach(() => {
    delete globals.CustomFunctions;
  });

  it('throws CustomFunctions.Error with #VALUE! and the message when the runtime provides it', () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    globals.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: '#VALUE!' } };
    let thrown: unknown;
    try {
      guard(() => {
        throw new InputError('「办理时限」不能为空，请填写。');
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RuntimeError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: '「办理时限」不能为空，请填写。' });
  });

  it('passes a result through untouched', () => {
    expect(guard(() => 42)).toBe(42);
  });
});

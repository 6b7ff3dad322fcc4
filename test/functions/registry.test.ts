// The build appends CustomFunctions.associate calls to functions.ts; outside Excel's runtime they
// must register nothing rather than throw (the page opened in a plain browser).
import { functionRegistry } from '../../src/functions/registry';

const globals = globalThis as { CustomFunctions?: unknown };

afterEach(() => {
  delete globals.CustomFunctions;
});

test('without a runtime: a registry that takes every call and registers nothing', () => {
  delete globals.CustomFunctions;
  const registry = functionRegistry();
  expect(() => registry.associate('SCORE', () => 0)).not.toThrow();
});

test('inside Excel: the runtime’s own registry', () => {
  const associate = jest.fn();
  globals.CustomFunctions = { associate };
  const implementation = () => 1;
  functionRegistry().associate('COEFF', implementation);
  expect(associate).toHaveBeenCalledWith('COEFF', implementation);
});

test('functions.ts binds the appended calls to it: loaded without a runtime, it registers nothing and throws nothing', () => {
  delete globals.CustomFunctions;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const functions = require('../../src/functions/functions') as { CustomFunctions: { associate: (id: string, f: () => number) => void } };
    expect(() => functions.CustomFunctions.associate('COEFF', () => 0.5)).not.toThrow();
  });
});

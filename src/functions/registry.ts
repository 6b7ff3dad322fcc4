/// <reference types="custom-functions-runtime" />
// Where the DUBAN functions register. custom-functions-metadata-plugin appends a
// `CustomFunctions.associate(id, fn)` call per function to functions.ts at build time; in Excel's
// runtime that is the global registry. The same script also runs where there is none: the task
// pane page opened in a plain browser (it explains how to load the add-in), where the bare global
// would throw a ReferenceError before the page could say anything.

export interface FunctionRegistry {
  associate(id: string, implementation: (...args: never[]) => unknown): void;
}

/** Registers nothing: there is no runtime to register with. */
const NO_RUNTIME: FunctionRegistry = { associate: () => undefined };

/** The runtime's registry when the page has one, else one that registers nothing. */
export function functionRegistry(): FunctionRegistry {
  return typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function' ? CustomFunctions : NO_RUNTIME;
}

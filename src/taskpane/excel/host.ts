/// <reference types="office-js" />
// The one module that touches the global `Excel`: every other module gets a RequestContext and
// works on the objects it hands out, so the tests can run them on an in-memory fake.

export type Context = Excel.RequestContext;

export function runExcel<T>(work: (context: Context) => Promise<T>): Promise<T> {
  return Excel.run(work);
}

/** Excel on the web refused a response over its payload limit (a very large used range). */
export const isResponseTooLarge = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';

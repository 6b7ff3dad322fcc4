/// <reference types="office-js" />
// The one module that touches the globals `Excel` and `Office`: every other module gets a
// RequestContext and works on the objects it hands out, so the tests can run them on an in-memory
// fake. The requirement sets are checked here too (docs/taskpane.md「Requirement sets」): the
// manifest asks for ExcelApi 1.9, and a feature that needs a newer set asks `supports` first.
import { EXCEL_TEXT } from './messages';

export type Context = Excel.RequestContext;

/** Office's code for a call the running Excel does not have (an API newer than the host). */
const API_NOT_FOUND = 'ApiNotFound';

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;

/** Excel.run; an API this Excel lacks comes out as a message that names the Excel needed. */
export async function runExcel<T>(work: (context: Context) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(work);
  } catch (error) {
    if (isApiNotFound(error)) throw new Error(EXCEL_TEXT.apiNotFound);
    throw error;
  }
}

export const isApiNotFound = (error: unknown): boolean => codeOf(error) === API_NOT_FOUND;

/**
 * ExcelApi sets above the manifest's 1.9 that a feature uses, each with the feature that checks
 * for it. Up to 1.14 (Excel 2021) a check is only needed for hosts between SharedRuntime 1.1 (which
 * brings 1.10) and that version; nothing past 1.14 is used at all.
 */
export type ExcelApiFeature = 'mergedAreas';

const FEATURE_SETS: Readonly<Record<ExcelApiFeature, string>> = {
  // Range.getMergedAreasOrNullObject.
  mergedAreas: '1.13',
};

/**
 * Whether this Excel has the requirement set the feature needs. Office.js too old to answer, or
 * no Office at all, is taken as no: the caller's fallback is always safe.
 */
export function supports(feature: ExcelApiFeature): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported?.('ExcelApi', FEATURE_SETS[feature]) === true;
}

/**
 * Excel on the web, the one platform that refuses a request or a response over 5 MB ("Resource
 * limits and performance optimization for Office Add-ins"). Outside Office, or on an Office.js too
 * old to report its platform, it is taken for desktop Excel: reading everything at once is then
 * tried first, and a refusal still falls back to reading in parts.
 */
export function isExcelOnTheWeb(): boolean {
  if (typeof Office === 'undefined') return false;
  const platform = Office.context?.diagnostics?.platform;
  return platform !== undefined && platform === Office.PlatformType?.OfficeOnline;
}

/** Excel on the web refused a response over its payload limit (a very large used range). */
export const isResponseTooLarge = (error: unknown): boolean => codeOf(error) === 'ResponsePayloadSizeLimitExceeded';

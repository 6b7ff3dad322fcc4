/// <reference types="office-js" />
// The one module that touches the globals `Excel` and `Office`: every other module gets a
// RequestContext and works on the objects it hands out, so the tests can run them on an in-memory
// fake.

export type Context = Excel.RequestContext;

export function runExcel<T>(work: (context: Context) => Promise<T>): Promise<T> {
  return Excel.run(work);
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

/**
 * Excel on Mac and on iPad run the pane in WKWebView, which ignores a link's download attribute:
 * a file offered there never arrives. Elsewhere (Windows' WebView2, a browser) it downloads.
 */
export function isDownloadBlocked(): boolean {
  if (typeof Office === 'undefined') return false;
  const platform = Office.context?.diagnostics?.platform;
  return platform !== undefined && (platform === Office.PlatformType?.Mac || platform === Office.PlatformType?.iOS);
}

/** Excel on the web refused a response over its payload limit (a very large used range). */
export const isResponseTooLarge = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';

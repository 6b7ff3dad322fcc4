// The et object model's numbers DUBAN sets, as literals: the typings declare them as enums in an
// ambient namespace that does not exist at run time, and Application.Enum is missing on older
// builds. The values are Excel's (VBA), which WPS follows.

export const XL = {
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  center: -4108,
  left: -4131,
  continuous: 1,
  /** ListObjects.Add: the source is a range, and its first row is the header. */
  sourceRange: 1,
  yes: 1,
  /** Validation.Add */
  validateList: 3,
  alertStop: 1,
  alertWarning: 2,
  between: 1,
  /** FormatConditions.Add */
  expression: 2,
  /** CustomTaskpane.DockPosition */
  dockRight: 2,
} as const;

/** An RGB hex colour (`D9E1F2`) as the object model takes it: BGR, red + green × 256 + blue × 65536. */
export function bgrOf(rgb: string): number {
  const n = parseInt(rgb, 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + (n & 0xff) * 65536;
}

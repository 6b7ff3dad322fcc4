// The order in which lists of items are read: by 编号 as a person would sort them.

/** 编号 order a reader expects: digit runs compare as numbers (A-2 before A-10). */
export function compareIds(a: string, b: string): number {
  const parts = (id: string) => id.match(/\d+|\D+/g) ?? [];
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

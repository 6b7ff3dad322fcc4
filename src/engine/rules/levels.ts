// The 级别 vocabulary shared by both presets' tables. Aliases are compared after normalizeText.

export const AUTHORITY_LEVELS = [
  '国家',
  '部委',
  '省',
  '省直',
  '省级议事协调机构',
  '市',
  '市级议事协调机构',
  '市督查室',
  '区',
] as const;

export const IMPORTANCE_LEVELS = ['特别重要', '比较重要', '一般重要'] as const;

export const URGE_LEVELS = ['红', '黄', '蓝'] as const;

/** Spellings staff write for a level, mapped to the canonical level. */
export const LEVEL_ALIASES: Readonly<Record<string, string>> = {
  国家级: '国家',
  中央: '国家',
  国家部委: '部委',
  省级: '省',
  省政府: '省',
  省直部门: '省直',
  市级: '市',
  市政府: '市',
  市级议事机构: '市级议事协调机构',
  省级议事机构: '省级议事协调机构',
  市政府督查室: '市督查室',
  区级: '区',
  区政府: '区',
  特别: '特别重要',
  比较: '比较重要',
  一般: '一般重要',
  红色: '红',
  黄色: '黄',
  蓝色: '蓝',
};

/**
 * Builds one row of a points table from the columns the seed prints, so that a preset file reads
 * like the seed's table: `row([20, 15, 15, 10, 10, 10, 5, 5])` over AUTHORITY_LEVELS.
 * `null` marks a cell the seed leaves empty (an unknown 类别/级别 pair).
 */
export function tableRow(
  levels: readonly string[],
  values: readonly (number | null)[],
): Record<string, number> {
  const out: Record<string, number> = {};
  levels.forEach((level, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) out[level] = v;
  });
  return out;
}

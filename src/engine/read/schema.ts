// The sheets and columns of SPEC §1: canonical names first, then the aliases staff also use.
// Every name is compared after normalizeText.

export type SheetKind = 'ledger' | 'roster' | 'adjustments' | 'rules' | 'holidays';

export const SHEET_NAMES: Readonly<Record<SheetKind, readonly string[]>> = {
  ledger: ['台账', '督查台账', '督办台账', '总台账'],
  roster: ['单位', '单位表', '责任单位'],
  adjustments: ['加减分', '加减分登记', '加分减分'],
  rules: ['规则'],
  holidays: ['节假日'],
};

export interface ColumnSpec {
  key: string;
  header: string;
  aliases: readonly string[];
  required: boolean;
}

const col = (key: string, header: string, aliases: string[], required = false): ColumnSpec => ({
  key,
  header,
  aliases,
  required,
});

export const LEDGER_COLUMNS = [
  col('id', '编号', ['事项编号', '序号'], true),
  col('content', '事项内容', ['督查事项', '事项名称'], true),
  col('unit', '责任单位', ['牵头单位', '承办单位'], true),
  col('cooperators', '配合单位', ['协办单位']),
  col('importance', '督查等级', ['等级', '重要程度']),
  col('assigned', '交办日期', ['立项日期'], true),
  col('deadline', '办理时限', ['完成时限', '截止日期'], true),
  col('extendedTo', '延期至', ['延期时限']),
  col('completed', '办结日期', ['完成日期']),
  col('status', '办理状态', ['状态']),
  col('requirement', '办理要求', []),
  col('standard', '办理标准', []),
  col('effect', '办理效果', []),
  col('owner', '责任人', []),
  col('supervisor', '督办人', []),
] as const;

/** Seed 000/001: the ledger must state these; a blank one is a 警告. */
export const LEDGER_RECOMMENDED = ['requirement', 'standard', 'effect', 'owner', 'supervisor'] as const;

export const ROSTER_COLUMNS = [
  col('name', '单位名称', ['单位', '名称'], true),
  col('category', '单位类别', ['类别', '分类']),
  col('aliases', '别名', ['简称']),
] as const;

export const ADJUSTMENT_COLUMNS = [
  col('date', '日期', ['登记日期'], true),
  col('unit', '单位', ['责任单位'], true),
  col('category', '类别', ['事项类别', '类型'], true),
  col('level', '级别', ['层级']),
  col('points', '分值', []),
  col('relatedItem', '关联事项', ['事项编号']),
  col('note', '说明', ['备注']),
] as const;

export const RULES_COLUMNS = [col('name', '参数', [], true), col('value', '值', [], true)] as const;

export const HOLIDAY_COLUMNS = [col('date', '日期', [], true), col('type', '类型', ['休/班', '类型(休/班)'], true)] as const;

export const IMPORTANCE_ALIASES: Readonly<Record<string, '一般重要' | '比较重要' | '特别重要'>> = {
  一般重要: '一般重要',
  一般: '一般重要',
  比较重要: '比较重要',
  比较: '比较重要',
  特别重要: '特别重要',
  特别: '特别重要',
};

export const STATUS_ALIASES: Readonly<Record<string, '办理中' | '已办结' | '已销号'>> = {
  办理中: '办理中',
  在办: '办理中',
  已办结: '已办结',
  办结: '已办结',
  已销号: '已销号',
  销号: '已销号',
};

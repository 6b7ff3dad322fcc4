// The sheets and columns of SPEC §1: canonical names first, then the aliases staff also use.
// Every name is compared after normalizeText.

export type SheetKind = 'ledger' | 'roster' | 'adjustments' | 'rules' | 'holidays' | 'reports';

export const SHEET_NAMES: Readonly<Record<SheetKind, readonly string[]>> = {
  ledger: ['台账', '督查台账', '督办台账', '总台账'],
  roster: ['单位', '单位表', '责任单位'],
  adjustments: ['加减分', '加减分登记', '加分减分'],
  rules: ['规则'],
  holidays: ['节假日'],
  reports: ['报送', '进展报送', '报送记录', '反馈记录'],
};

export interface ColumnSpec {
  key: string;
  header: string;
  aliases: readonly string[];
  /** Every row must fill it (the template marks it so). */
  required: boolean;
  /** The column may be missing altogether: the reader stands something in and warns once. */
  mayBeAbsent: boolean;
  /**
   * Read as a column of its own only beside the column of this key; alone, it is that column. Not
   * in the template, which has the other one.
   */
  besideOf?: string;
}

const col = (key: string, header: string, aliases: string[], required = false, mayBeAbsent = false): ColumnSpec => ({
  key,
  header,
  aliases,
  required,
  mayBeAbsent,
});

export const LEDGER_COLUMNS = [
  // Without an 编号 column the row number stands in (SPEC §1.1 (10)).
  col('id', '编号', ['事项编号', '序号', '立项编号', '督办编号'], true, true),
  col('content', '事项内容', ['督查事项', '事项名称', '督办事项', '交办事项', '督查督办事项', '工作任务', '重点工作', '任务内容', '议定事项', '批示内容'], true),
  // 牵头单位 | 责任单位 side by side (a city platform's export, FIELD-LEDGERS): the lead and the
  // other responsible units of one item, read as a cell `牵头单位：A 责任单位：B` would be.
  { ...col('lead', '牵头单位', ['牵头部门']), besideOf: 'unit' },
  col('unit', '责任单位', ['牵头单位', '承办单位', '主办单位', '承办部门', '责任部门', '主责单位', '责任主体'], true),
  col('cooperators', '配合单位', ['协办单位', '会办单位', '配合部门', '协办部门']),
  col('importance', '督查等级', ['等级', '重要程度', '督办等级']),
  // Without it an item counts as assigned on 1 January of the report year (SPEC §1.1 (9)).
  col('assigned', '交办日期', ['立项日期', '交办时间', '立项时间', '下达日期'], true, true),
  col('deadline', '办理时限', ['完成时限', '截止日期', '办结时限', '要求完成时限', '要求办结时间', '时限要求'], true),
  col('extendedTo', '延期至', ['延期时限']),
  col('completed', '办结日期', ['完成日期', '办结时间', '实际办结日期', '实际办结时间', '实际完成时间']),
  col('status', '办理状态', ['状态', '是否办结', '办结情况']),
  col('requirement', '办理要求', []),
  col('standard', '办理标准', []),
  col('effect', '办理效果', []),
  col('owner', '责任人', []),
  col('supervisor', '督办人', ['督办责任人', '督办联系人']),
  // Free text kept for outputs, never parsed for status (SPEC §1.1 (2)).
  col('progress', '进展情况', ['办理情况', '反馈情况', '落实情况', '完成情况']),
  col('leader', '责任领导', ['牵头领导', '分管领导']),
  col('note', '备注', []),
  // A blank 办理时限 takes the source's default (seed 003 九、十; rule set's sourceDeadlines).
  col('source', '事项来源', ['来源', '任务来源', '事项类型']),
] as const;

/**
 * Headers that offices use for two different columns (完成时间: the deadline or the completion?),
 * so DUBAN never reads them by itself: a 列名 row in 规则 says which column they are.
 */
export const AMBIGUOUS_HEADERS = ['完成时间', '时间节点'] as const;

/** The 台账 columns of DUBAN's own template: a ledger made from it has one 责任单位 column. */
export const TEMPLATE_LEDGER_COLUMNS = LEDGER_COLUMNS.filter((c: ColumnSpec) => c.besideOf === undefined);

/** Key of a 台账 column, without its row key. */
export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

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

/** The 报送 sheet: one progress report of a unit on an item per row (seed 002 第八条). */
export const REPORT_COLUMNS = [
  col('date', '日期', ['报送日期', '报送时间', '反馈日期', '反馈时间'], true),
  col('id', '编号', ['事项编号', '关联事项', '立项编号', '督办编号'], true),
  col('unit', '单位', ['报送单位', '责任单位', '反馈单位'], true),
  col('content', '内容', ['报送内容', '进展情况', '反馈内容', '办理情况']),
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

/** What a 办理状态 (or 是否办结) word says about the row (SPEC §1.1 (7)). */
export type StatusWord = 'open' | 'completed' | 'cancelled' | 'completedClosed';

/**
 * The status vocabulary, compared after normalizeText. 已销号 is 'cancelled' only without a 办结日期;
 * with one, the row was completed and then closed (seed 003 (八): 办结后注结销号).
 */
export const STATUS_WORDS: Readonly<Record<string, StatusWord>> = {
  已办结: 'completed',
  办结: 'completed',
  已完成: 'completed',
  完成: 'completed',
  已落实: 'completed',
  是: 'completed',
  '√': 'completed',
  '✓': 'completed',
  '✔': 'completed',
  办理中: 'open',
  正在办理: 'open',
  推进中: 'open',
  在办: 'open',
  未办结: 'open',
  未完成: 'open',
  持续推进: 'open',
  否: 'open',
  '×': 'open',
  '✗': 'open',
  // Words of practitioners' trackers (FIELD-LEDGERS.md) that no one reads as anything but open.
  待办理: 'open',
  待办: 'open',
  未启动: 'open',
  未开始: 'open',
  进行中: 'open',
  正常推进: 'open',
  序时推进: 'open',
  滞后: 'open',
  进度滞后: 'open',
  超期: 'open',
  已超期: 'open',
  逾期: 'open',
  申请延期: 'open',
  已延期: 'open',
  延期: 'open',
  已销号: 'cancelled',
  销号: 'cancelled',
  撤销: 'cancelled',
  取消: 'cancelled',
  办结销号: 'completedClosed',
  已办结销号: 'completedClosed',
  注结: 'completedClosed',
};

/** Open words that say the deadline moved: without a 延期至 the row is read by its 办理时限, with a 警告. */
export const EXTENSION_WORDS: ReadonlySet<string> = new Set(['申请延期', '已延期', '延期']);

/** The words the template's drop-down offers: one per meaning, as SPEC §1 names them. */
export const STATUS_CHOICES = ['办理中', '已办结', '已销号'] as const;

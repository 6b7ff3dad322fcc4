// The DUBAN.* custom functions for Excel. custom-functions-metadata-plugin reads this file's JSDoc
// into functions.json (in Chinese: the metadata cannot be localised) and appends the
// CustomFunctions.associate calls, so every function stays a top-level declaration here. The
// computations are the engine's (SHEET_FUNCTIONS), shared with WPS, whose build derives its
// function metadata from this same JSDoc; `guard` turns their InputError into Excel's #VALUE!.
// Parameters have Chinese names because Excel shows them in its formula tooltips as written, and
// are typed unknown (metadata type any) rather than number: Excel would answer a wrong type with
// a bare #VALUE!, where these functions say in Chinese what to fix.
import { SHEET_FUNCTIONS } from '../engine/sheetFunctions/functionTable';
import { guard } from './hostError';
import { functionRegistry } from './registry';

/**
 * The `CustomFunctions.associate(…)` calls the build appends to this file resolve to this binding,
 * not to the global, so they register nothing instead of throwing where Excel's runtime is absent
 * (registry.ts). Exported because only the appended calls use it.
 */
export const CustomFunctions = functionRegistry();

/**
 * 功效系数 = 0.5 + 事项数 ÷ 最高事项数 × 0.5（三政办〔2019〕21号）；最高事项数为 0 时为 0.5。
 * @customfunction COEFF
 * @param 事项数 本单位截至报告日交办的事项数（不含已销号）
 * @param 最高事项数 各单位事项数中的最大值
 * @returns 功效系数，0.5 至 1
 */
export function COEFF(事项数: unknown, 最高事项数: unknown): number {
  return guard(() => SHEET_FUNCTIONS.COEFF(事项数, 最高事项数));
}

/**
 * 督查事项得分 = 完成分值 ÷ 总分值 × 100 × 功效系数（三政办〔2019〕21号）；总分值为 0 时完成率按 1 计。
 * @customfunction ITEMSCORE
 * @param 完成分值 已办结事项的分值合计：按期办结每项计每项分值（默认 20 分），逾期办结再乘逾期办结系数（默认 1）
 * @param 总分值 到期事项（已办结或已逾期）的分值合计
 * @param 事项数 本单位交办的事项数，用于功效系数
 * @param 最高事项数 各单位事项数中的最大值
 * @returns 督查事项得分（未四舍五入）
 */
export function ITEMSCORE(完成分值: unknown, 总分值: unknown, 事项数: unknown, 最高事项数: unknown): number {
  return guard(() => SHEET_FUNCTIONS.ITEMSCORE(完成分值, 总分值, 事项数, 最高事项数));
}

/**
 * 单位的月度总分，与 DUBAN.RANKING 中该单位一行的总分相同；台账有错误时返回错误及说明。
 * @customfunction SCORE
 * @volatile
 * @param 单位 单位名称或别名
 * @param 台账 台账区域，含表头行（编号、事项内容、责任单位、交办日期、办理时限……）
 * @param [单位表] 单位区域，含表头行（单位名称、单位类别、别名）
 * @param [加减分] 加减分区域，含表头行（日期、单位、类别、级别、分值、关联事项）
 * @param [月份或截止日期] 2026-05 表示整月；日期表示截至该日；留空表示截至今天
 * @param [规则] 规则集名称（sanmenxia-2019 或 district-dynamic），或「参数 | 值」规则区域
 * @returns 总分（保留两位小数）
 */
export function SCORE(
  单位: unknown,
  台账: unknown[][],
  单位表?: unknown[][],
  加减分?: unknown[][],
  月份或截止日期?: unknown,
  规则?: unknown[][],
): number {
  return guard(() => SHEET_FUNCTIONS.SCORE(单位, 台账, 单位表, 加减分, 月份或截止日期, 规则));
}

/**
 * 月度排名表（含表头行，动态数组溢出）；数据问题列在最后的「问题」列中。
 * @customfunction RANKING
 * @volatile
 * @param 台账 台账区域，含表头行（编号、事项内容、责任单位、交办日期、办理时限……）
 * @param [单位表] 单位区域，含表头行（单位名称、单位类别、别名）
 * @param [加减分] 加减分区域，含表头行（日期、单位、类别、级别、分值、关联事项）
 * @param [月份或截止日期] 2026-05 表示整月；日期表示截至该日；留空表示截至今天
 * @param [规则] 规则集名称（sanmenxia-2019 或 district-dynamic），或「参数 | 值」规则区域
 * @returns 排名表：排名、单位、类别、事项数……总分、较上月、问题
 */
export function RANKING(
  台账: unknown[][],
  单位表?: unknown[][],
  加减分?: unknown[][],
  月份或截止日期?: unknown,
  规则?: unknown[][],
): Array<Array<string | number>> {
  return guard(() => SHEET_FUNCTIONS.RANKING(台账, 单位表, 加减分, 月份或截止日期, 规则));
}

/**
 * 事项在截止日期的办理状态：按期办结、逾期办结、逾期未办结或在办。
 * @customfunction STATUS
 * @volatile
 * @param 办理时限 办理时限（日期）
 * @param 办结日期 办结日期；未办结时留空
 * @param [延期至] 批准延期后的时限；未延期时留空
 * @param [截止日期] 报告日期；留空表示今天
 * @returns 按期办结、逾期办结、逾期未办结或在办
 */
export function STATUS(办理时限: unknown, 办结日期: unknown, 延期至?: unknown, 截止日期?: unknown): string {
  return guard(() => SHEET_FUNCTIONS.STATUS(办理时限, 办结日期, 延期至, 截止日期));
}

/**
 * 督办灯：红（逾期未办结）、黄（距时限不超过临期工作日，默认 3 个工作日）、绿（其余，含已办结）。
 * @customfunction LIGHT
 * @volatile
 * @param 办理时限 办理时限（日期）
 * @param 办结日期 办结日期；未办结时留空
 * @param [延期至] 批准延期后的时限；未延期时留空
 * @param [截止日期] 报告日期；留空表示今天
 * @param [规则] 规则集名称，或含「临期工作日」的「参数 | 值」规则区域
 * @returns 红、黄或绿
 */
export function LIGHT(办理时限: unknown, 办结日期: unknown, 延期至?: unknown, 截止日期?: unknown, 规则?: unknown[][]): string {
  return guard(() => SHEET_FUNCTIONS.LIGHT(办理时限, 办结日期, 延期至, 截止日期, 规则));
}

/**
 * 两个日期之间的工作日数（不含开始日，含结束日），按中国法定节假日和调休计算。
 * @customfunction WORKDAYS
 * @param 开始 开始日期（不计入）
 * @param 结束 结束日期（计入）；早于开始日期时结果为负数
 * @param [节假日] 补充或更正的节假日区域，含表头行「日期 | 类型」（类型填休或班）
 * @returns 工作日数
 */
export function WORKDAYS(开始: unknown, 结束: unknown, 节假日?: unknown[][]): number {
  return guard(() => SHEET_FUNCTIONS.WORKDAYS(开始, 结束, 节假日));
}

/**
 * 日期之后（天数为负时之前）第 N 个工作日，按中国法定节假日和调休计算，如「5个工作日内整改」。
 * @customfunction ADDWORKDAYS
 * @param 日期 起算日期
 * @param 天数 工作日数；小数部分舍去
 * @param [节假日] 补充或更正的节假日区域，含表头行「日期 | 类型」（类型填休或班）
 * @returns 日期（Excel 日期序列号，请设置为日期格式）
 */
export function ADDWORKDAYS(日期: unknown, 天数: unknown, 节假日?: unknown[][]): number {
  return guard(() => SHEET_FUNCTIONS.ADDWORKDAYS(日期, 天数, 节假日));
}

/**
 * 加减分类别与级别在规则集分值表中的分值；减分为负数。
 * @customfunction POINTS
 * @param 类别 如 通报表扬、通报批评、信息采用、逾期报送（district-dynamic：表彰、催办……）
 * @param 级别 如 国家、省、市、市督查室；催办填红、黄、蓝；无级别的类别留空
 * @param [规则] 规则集名称（sanmenxia-2019 或 district-dynamic），留空为 sanmenxia-2019
 * @returns 分值，加分为正、减分为负
 */
export function POINTS(类别: unknown, 级别: unknown, 规则?: unknown[][]): number {
  return guard(() => SHEET_FUNCTIONS.POINTS(类别, 级别, 规则));
}

/**
 * 逾期未办结事项在截止日期所处的督办阶段（如 全市通报、约谈）；未逾期时返回空文本。
 * @customfunction STAGE
 * @volatile
 * @param 办理时限 办理时限（日期）
 * @param [延期至] 批准延期后的时限；未延期时留空
 * @param [截止日期] 报告日期；留空表示今天
 * @param [规则] 规则集名称（sanmenxia-2019 或 district-dynamic），留空为 sanmenxia-2019
 * @returns 督办阶段，未逾期时为空
 */
export function STAGE(办理时限: unknown, 延期至?: unknown, 截止日期?: unknown, 规则?: unknown[][]): string {
  return guard(() => SHEET_FUNCTIONS.STAGE(办理时限, 延期至, 截止日期, 规则));
}

/**
 * 单位本年截至截止日期的应报未报次数：按督查等级的报送频次（周、月、季，见规则集）应报送进展、而「报送」表没有记录的期数。
 * @customfunction MISSED
 * @volatile
 * @param 单位 单位名称
 * @param 台账 台账区域，含表头行（编号、事项内容、责任单位、督查等级、交办日期、办理时限……）
 * @param 报送 报送区域，含表头行（日期、编号、单位、内容）
 * @param [截止日期] 报告日期；留空表示今天
 * @param [规则] 规则集名称，或含「报送宽限工作日」的「参数 | 值」规则区域
 * @returns 应报未报次数
 */
export function MISSED(单位: unknown, 台账: unknown[][], 报送: unknown[][], 截止日期?: unknown, 规则?: unknown[][]): number {
  return guard(() => SHEET_FUNCTIONS.MISSED(单位, 台账, 报送, 截止日期, 规则));
}

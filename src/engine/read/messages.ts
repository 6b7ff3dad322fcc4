// Every validation message a user reads, in one place so they can be reviewed together.
// Each says what is wrong and what to change.
import type { LooseDateFailure, PeriodSide } from './dateText';

/** A value from a cell, as a message quotes it: a 30,000-character cell must not fill the screen. */
const shown = (text: string): string => {
  const chars = [...text];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…（共 ${chars.length} 字）` : text;
};

/** `年底前` in 2026 reads 2026年底前, `5月31日` reads 2026年5月31日. */
const withYear = (text: string, year: number): string => `${year}${text.startsWith('年') ? '' : '年'}${text}`;

const list = (names: readonly string[]) => names.map((n) => `「${shown(n)}」`).join('、');

const DATE_REASON: Record<LooseDateFailure, string> = {
  phantom: 'Excel 序列号 60 对应 1900年2月29日，这一天并不存在',
  range: '数值不在有效日期范围内',
  format: '无法识别为日期',
  nonexistent: '日期不存在',
  type: '逻辑值不能作为日期',
  relative: '是相对的说法，无法确定是哪一天',
  standingNotAllowed: '是长期或周期性的要求，不是一个日期',
};

/** What to write instead, where the usual full-date example does not fit the reason. */
const DATE_ADVICE: Partial<Record<LooseDateFailure, string>> = {
  relative: '请写成具体日期，例如 2026年6月30日、6月底前、2026年三季度',
  standingNotAllowed: '只有「办理时限」可以写长期事项（长期、每月25日前等），此列请写成具体日期，例如 2026年6月30日、6月底前',
};

/** What follows each table-row prefix of the 规则 sheet, and an example of it. */
const RULE_TABLE_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  '批评后果:': ['次数', '2'],
  '来源时限:': ['事项来源', '领导批示'],
  '报送频次:': ['督查等级', '特别重要'],
};

export const MSG = {
  missingLedger: (names: readonly string[], signature: readonly string[], rows: number) =>
    `找不到「${names[0]}」工作表：没有名为${list(names)}之一的工作表，其他工作表的前 ${rows} 行中也没有台账的表头（至少有${list(signature)}列）。` +
    `请把台账所在的工作表改名为「${names[0]}」，或新建「${names[0]}」工作表。`,
  ledgerByHeader: (sheet: string, row: number, signature: readonly string[]) =>
    `未找到名为「台账」的工作表，已把「${shown(sheet)}」表第 ${row} 行起的表格当作台账读取（表头有${list(signature)}等列）：如不对，请把台账所在的工作表改名为「台账」。`,
  ledgerCandidates: (sheets: readonly string[], signature: readonly string[]) =>
    `未找到名为「台账」的工作表，而工作表${list(sheets)}都有台账的表头（${list(signature)}等列），DUBAN 不替您选择：请把其中的台账改名为「台账」。`,
  ambiguousSheet: (names: readonly string[]) =>
    `工作表${list(names)}的名称只差空格或全角半角，DUBAN 无法确定该用哪一个（本次按左起第一个校验）：请删除多余的工作表，或把它改成别的名称。`,
  excelError: (code: string) =>
    `单元格是 Excel 错误值「${code}」（公式出错或引用的单元格已删除）：请改正公式，或直接填写正确的值。`,
  missingRoster: () =>
    '找不到「单位」工作表：将按台账中出现的责任单位排名，全部视为「未分类」。请新建「单位」表列出全部责任单位及其类别。',
  noHeaderRow: (sheet: string, expected: readonly string[], rows: number) =>
    `「${sheet}」表前 ${rows} 行中找不到表头行：表头行应至少有 3 个（只有两三列的表 2 个）DUBAN 认得的列名，例如${list(expected)}。` +
    '请检查列名，或在「规则」表中用「列名:…」行说明哪一列是哪一项。',
  missingColumn: (header: string, aliases: readonly string[], candidates: readonly string[]) =>
    `缺少必填列「${header}」：请在表头行添加该列${aliases.length ? `（也可写作${list(aliases.slice(0, 6))}等）` : ''}` +
    (candidates.length
      ? `；表中有${list(candidates)}列，各单位用法不一，DUBAN 不自行认定：如果它就是「${header}」，请在「规则」表添加一行「列名:${header}」，值填「${candidates[0]}」。`
      : '，或在「规则」表添加一行「列名:' + header + '」，值填表中该列的列名。'),
  mappedHeaderMissing: (name: string, header: string, sheet: string) =>
    `列对应「列名:${name}」指定的列「${shown(header)}」在「${sheet}」表的表头行中找不到：请按表头行的写法填写列名，或删除这一行。`,
  mappedHeaderIsGroup: (name: string, group: string, columns: readonly string[]) =>
    `列对应「列名:${name}」指定的「${shown(group)}」是表头中${list(columns)}上方的分组名，不是一列：请在值中改填其中一列的列名，例如「${columns[columns.length - 1] ?? ''}」。`,
  unknownMappedColumn: (text: string, known: readonly string[]) =>
    `「${shown(text)}」不是 DUBAN 的台账列名：「列名:」后应写${list(known)}之一。`,
  duplicateMapping: (name: string) => `「列名:${name}」写了不止一次：请只保留一行。`,
  strayRow: (text: string) =>
    `这一行只有一格有内容「${shown(text)}」，不像分类标题（如「一、…」「（二）…」），也不是事项：已跳过。如果它是事项，请补全其他各列。`,
  missingRecommendedColumn: (header: string) =>
    `台账缺少「${header}」列：督查考核办法要求台账写明办理要求、办理标准、办理效果、责任人、督办人，建议添加该列。`,
  required: (header: string) => `「${header}」为必填项，不能为空，请填写。`,
  recommended: (header: string) => `「${header}」为空：台账应写明${header}，请补充。`,
  badDate: (header: string, text: string, reason: LooseDateFailure) =>
    `「${header}」的值「${shown(text)}」${DATE_REASON[reason]}：${DATE_ADVICE[reason] ?? '请写成 2026-05-31 或 2026年5月31日 这样的日期'}。`,
  ambiguousYearMonth: (header: string, year: number) =>
    `「${header}」的值 ${year}.1 是数字：Excel 把输入的 ${year}.10 也存成 ${year}.1，无法区分 1 月和 10 月，已按${year}年1月计算。如指 10 月，请改写为 ${year}年10月（或先把单元格设为文本格式再输入 ${year}.10）。`,
  loosePeriods: (header: string, count: number, example: string, day: string, side: PeriodSide) =>
    `「${header}」有 ${count} 格写的是月份、时段或起止范围，已按所指时段的${side === 'end' ? '最后一天' : '第一天'}计算（例如「${shown(example)}」按 ${day}）：如应为别的日期，请写成具体日期。`,
  standingItems: (sheet: string, count: number) =>
    `「${sheet}」表有 ${count} 个事项的办理时限是长期或周期性要求（长期、持续推进、每月25日前等）：这些事项没有截止日期，不会逾期，未办结时计入在办事项，办结即为按期办结。`,
  yearAssumed: (header: string, text: string, year: number) =>
    `「${header}」的值「${text}」没有写年份，已按${year}年计算：请写成完整日期，例如 ${withYear(text.normalize('NFKC'), year)}。`,
  deadlineBeforeAssigned: () => '办理时限早于交办日期：请核对两个日期。',
  completedBeforeAssigned: () => '办结日期早于交办日期：请核对两个日期。',
  secondExtension: () => '每个事项只能延期一次（三政办〔2019〕21号附件2三5）：「延期至」只能填写一个日期。',
  extensionNotAfterDeadline: () => '「延期至」应晚于办理时限：请填写延期后的新时限，或清空此格。',
  extensionTooLong: (months: number, limit: string) =>
    `延期时限最多不能超过${months}个月：「延期至」不能晚于 ${limit}（办理时限加${months}个月）。`,
  duplicateItem: (id: string, unit: string, firstRow: number) =>
    `编号「${shown(id)}」与责任单位「${shown(unit)}」的组合在第 ${firstRow} 行已出现：同一事项同一责任单位只能登记一行，请合并或改正编号。`,
  unknownUnit: (name: string, suggestion: string | null) =>
    `单位「${shown(name)}」不在「单位」表中：${suggestion ? `是否应为「${shown(suggestion)}」？` : ''}请改为单位表中的单位名称或别名，或在单位表中添加该单位。`,
  unknownCooperator: (name: string, suggestion: string | null) =>
    `配合单位「${shown(name)}」不在「单位」表中：${suggestion ? `是否应为「${shown(suggestion)}」？` : ''}请改为单位表中的单位名称或别名。`,
  collectiveNamesNoCategory: (part: string, categories: readonly string[]) =>
    `「${shown(part)}」对应不到任何单位类别，未计分：请写明具体单位，或写成「各」加单位类别${categories.length ? `（本单位表的类别：${list(categories)}）` : ''}。`,
  collectiveRelevant: (part: string, categories: readonly string[], count: number) =>
    `「${shown(part)}」没有写明是哪些单位，已按${list(categories)}类全部 ${count} 个单位计分：如只涉及其中部分单位，请写明单位名称。`,
  collectiveLeadAll: (part: string, categories: readonly string[], count: number) =>
    `规则「多责任单位」为「仅第一个」，但第一个责任单位「${shown(part)}」是${list(categories)}类全部 ${count} 个单位：已全部计分。如只应由其中一个单位负责，请把它写在最前面。`,
  moreUnitProblems: (count: number) => `此格另有 ${count} 处单位问题未逐一列出：请逐一核对该格中的单位名称。`,
  unknownImportance: (text: string) => `督查等级「${shown(text)}」无法识别：请填写「一般重要」「比较重要」或「特别重要」。`,
  unknownStatus: (text: string) =>
    `办理状态「${shown(text)}」无法识别：请填写「办理中」「已办结」「已销号」，或「是」「否」（是否办结），或「推进中」「未办结」「办结销号」等常用写法。`,
  openWithDate: () => '办理状态为未办结（办理中）但已填写办结日期：请把状态改为「已办结」，或清空办结日期。',
  noItems: (sheet: string) =>
    `工作表「${sheet}」在表头下没有事项行：没有可评分的事项。请检查事项是否写在表头行下方，或是否选错了工作表。`,
  extensionWordWithoutDate: (word: string) =>
    `办理状态为「${word}」但没有填写「延期至」：已按原办理时限计算。延期获批后请填写延期至的日期。`,
  completedAssumed: (day: string) =>
    `办理状态为已办结但没有办结日期：已按 ${day}（办理时限与报告日中较早的一天）办结计算，即按期办结。请填写实际办结日期。`,
  completedColumnMissing: (count: number, asOf: string) =>
    `台账没有「办结日期」列：标为已办结的 ${count} 个事项按办理时限与报告日（${asOf}）中较早的一天办结计算，即按期办结。请添加「办结日期」列并填写实际办结日期。`,
  assignedColumnMissing: (year: number) =>
    `台账没有「交办日期」列：全部事项按 ${year}年1月1日 交办计算，逐月的历史（月排名加分、较上月）也以此为准。请添加「交办日期」列。`,
  assignedAssumed: (year: number) =>
    `交办日期为空：按 ${year}年1月1日 交办计算，逐月的历史（月排名加分、较上月）也以此为准。请填写交办日期。`,
  idFromRowNumber: () =>
    '台账没有「编号」列（也没有「序号」列）：以行号（如「第12行」）作为事项编号，「加减分」表因此无法用「关联事项」指向事项。请添加编号列。',
  rowAsId: (row: number) => `第${row}行`,
  standingExtension: () => '长期事项没有办理时限，不能延期：请清空「延期至」，或把办理时限改为具体日期。',
  duplicateUnit: (name: string, firstRow: number) => `单位「${shown(name)}」在第 ${firstRow} 行已出现：单位名称不能重复。`,
  duplicateAlias: (alias: string, unit: string) => `别名「${shown(alias)}」已被单位「${shown(unit)}」使用：同一别名只能对应一个单位。`,
  uncategorised: (name: string, known: readonly string[]) =>
    `单位「${shown(name)}」没有填写单位类别：已归入「未分类」单独排名。请填写类别，例如${list(known)}。`,
  unknownCategory: (text: string, preset: string, known: readonly string[]) =>
    `类别「${shown(text)}」不是规则集 ${preset} 的加减分类别：请填写${list(known)}之一。`,
  unknownLevel: (category: string, level: string, known: readonly string[]) =>
    `类别「${category}」没有「${shown(level)}」这一级别的分值：请填写${list(known)}之一。`,
  missingLevel: (category: string, known: readonly string[]) => `类别「${category}」需要填写级别：请填写${list(known)}之一。`,
  levelNeedsItem: (category: string) =>
    `类别「${category}」按督查等级计分：请填写「级别」（特别重要、比较重要、一般重要），或填写关联事项。`,
  badPoints: (text: string) => `分值「${shown(text)}」无效：请填写不小于 0 的数值（正负由类别决定），或清空以按标准计分。`,
  unknownRelatedItem: (id: string) => `关联事项「${shown(id)}」在台账中不存在：请填写台账中已有的编号。`,
  noRelatedItem: () => '没有填写关联事项：按规定与督查事项无关的不加（减）分，此条不计分。如与督查事项有关，请填写事项编号。',
  unknownParameter: (name: string, known: readonly string[]) => `参数「${shown(name)}」无法识别：可用的参数为${list(known)}。`,
  badParameter: (name: string, text: string, expected: string) => `参数「${shown(name)}」的值「${shown(text)}」无效：应为${expected}。`,
  unknownPreset: (text: string, known: readonly string[]) => `规则集「${shown(text)}」不存在：请填写${list(known)}之一。`,
  badHolidayType: (text: string) => `类型「${shown(text)}」无法识别：请填写「休」（放假）或「班」（调休上班）。`,
  unknownReportItem: (id: string) => `编号「${shown(id)}」在台账中不存在：请填写台账中已有的事项编号。`,
  reportUnitNotResponsible: (unit: string, id: string, responsible: readonly string[], cooperating: boolean) =>
    `单位「${shown(unit)}」不是事项「${shown(id)}」的责任单位（责任单位：${responsible.map(shown).join('、')}）` +
    (cooperating ? '，而是配合单位：配合单位的进展由责任单位汇总报送。' : '：') +
    '「报送」表只登记责任单位的报送，请改正单位或编号。',
  reportAfterCompletion: (completed: string) =>
    `报送日期晚于该事项的办结日期（${completed}）：办结后的报送不计入应报次数，请核对报送日期或台账中的办结日期。`,
  sourceDeadlinesFilled: (sheet: string, count: number, listed: readonly string[]) =>
    `「${sheet}」有 ${count} 个事项的办理时限为空，已按事项来源补定：${listed.join('；')}${count > listed.length ? ` 等 ${count} 项` : ''}。` +
    '如应为别的日期，请在办理时限中填写。',
  sourceDeadlineFilled: (row: number, source: string, rule: string, day: string) => `第${row}行（${source}，${rule}）${day}`,
  sourceRuleText: (amount: number, unit: 'workdays' | 'months') => `交办后${amount}${unit === 'workdays' ? '个工作日' : '个月'}`,
  deadlineNoSourceDefault: (source: string, known: readonly string[]) =>
    `「办理时限」为空，事项来源「${shown(source)}」没有默认时限：请填写办理时限${known.length ? `（可按来源补定的有${list(known)}）` : ''}。`,
  extensionBeyondSource: (source: string, months: number, limit: string) =>
    `事项来源为「${shown(source)}」，延期最迟不得超过交办日期后${months}个月：「延期至」不能晚于 ${limit}。`,
  badConsequenceCount: (text: string) => `「批评后果:」后应写通报批评次数（不小于 1 的整数），「${shown(text)}」无效：例如「批评后果:2」。`,
  badSourceRule: (text: string) =>
    `来源时限「${shown(text)}」无效：请写成「5个工作日」「3个月」或「3个月，最长6个月」，或写「无」取消该来源的默认时限。`,
  emptyRuleTableKey: (prefix: string) => {
    const [what, example] = RULE_TABLE_KEYS[prefix] ?? ['内容', ''];
    return `「${prefix}」后面没有写${what}：请补全，例如「${prefix}${example}」。`;
  },
  badCadenceLevel: (text: string) => `「报送频次:」后应写督查等级（特别重要、比较重要或一般重要），「${shown(text)}」无效：例如「报送频次:特别重要」。`,
  badCadence: (text: string) => `报送频次「${shown(text)}」无效：请填写「每周」「每月」或「每季度」。`,
  duplicateRuleTableRow: (name: string) => `「${shown(name)}」写了不止一次：请只保留一行。`,
  calendarYearMissing: (year: number) =>
    `内置节假日数据不含 ${year} 年：该年暂按周一至周五为工作日计算，未计法定节假日和调休。请在「节假日」表中补充 ${year} 年的放假和调休安排（日期 | 类型：休/班）。`,
};

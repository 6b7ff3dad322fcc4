// Every Chinese string the task pane shows, in one place so it can be reviewed and kept consistent.
// Sheet names and problem messages come from the engine, not from here.
import type { PresetName, Severity } from '../engine/model';

export const APP = {
  title: '督办 DUBAN',
  subtitle: '督查台账校验、月度排名与督查通报',
};

export const SETTINGS = {
  preset: '规则集',
  presetFromRules: '（「规则」表指定）',
  presetUnreadable: (reason: string) => `无法读取「规则」表，先用默认规则集：${reason}`,
  month: '考核月份',
  monthHint: '截至该月最后一天',
};

export const PRESET_LABELS: Readonly<Record<PresetName, string>> = {
  'sanmenxia-2019': '三政办〔2019〕21号（功效系数法）',
  'district-dynamic': '区级评分细则（基础分＋动态加减分）',
};

export const monthLabel = (year: number, month: number): string => `${year}年${month}月`;

export const ACTIONS = {
  group: '操作',
  validate: '校验台账',
  ranking: '生成排名',
  bulletin: '生成通报',
  template: '新建台账模板',
  columns: '列对应',
};

export const PROGRESS = {
  label: '处理进度',
  starting: '正在开始……',
  step: (step: string, done: number, total: number) => `${step}（${done}/${total}）`,
};

export const VALIDATION = {
  heading: '校验结果',
  listHeading: '问题清单',
  clean: '台账校验通过，没有发现问题。',
  summary: (errors: number, warnings: number) => `共有错误 ${errors} 条、警告 ${warnings} 条。点击一条问题可转到对应单元格。`,
  count: (severity: Severity, n: number) => `${severity} ${n}`,
  wholeSheet: '整张表',
  showMore: (shown: number, total: number) => `再显示 100 条（已显示 ${shown} / ${total} 条）`,
};

export const READING = {
  heading: '读取说明：表头行、各列对应哪一项、跳过的行和所作的假设',
};

export const COLUMN_MAP = {
  heading: '列对应',
  intro: (sheet: string) =>
    `为「${sheet}」表选择每一项对应的列。所选写入「规则」表的「列名:…」行，以后校验、排名都按它读取。`,
  missing: (names: readonly string[]) => `缺少必填列${names.map((n) => `「${n}」`).join('、')}：请在下面选择表中对应的列。`,
  noHeader: '找不到台账的表头行，无法列对应：请先按校验结果改正台账的表头。',
  required: '（必填）',
  pickMissing: '没有按列名或别名找到这一项：请选择表中对应的列。',
  none: '（无）',
  option: (letter: string, header: string) => `${letter} 列「${header}」`,
  duplicate: (column: string, other: string) => `${column}已对应「${other}」：一列只能对应一项。`,
  preview: '预览写入内容',
  close: '关闭',
  previewHeading: (sheet: string) => `将写入「${sheet}」表`,
  createSheet: (sheet: string) => `新建「${sheet}」工作表，第 1 行写表头「参数｜值」。`,
  newRow: (row: number, name: string, header: string) => `第 ${row} 行：参数「${name}」，值「${header}」。`,
  replaceRow: (row: number, from: string, to: string) => `第 ${row} 行的值：「${from}」改为「${to}」。`,
  unchanged: '所选的对应与现在相同，不需要写入。',
  onlyWrite: '这是督办对台账工作簿中源数据表唯一的写入：只写上面列出的单元格，不改动其他任何单元格。写入后自动重新校验。',
  confirm: '确认写入',
  back: '返回修改',
};

export const GENERATION = {
  doneTitle: '已生成',
  done: (sheets: readonly string[], units: number, overdue: number) =>
    `${sheets.map((s) => `「${s}」`).join('、')}：共 ${units} 个单位，逾期未办结 ${overdue} 项。`,
  invalidTitle: '台账有错误，未生成',
  invalid: (errors: number) => `台账有 ${errors} 条错误，没有生成任何工作表。请先改正下列问题，再重新生成。`,
  cancelled: '已取消，没有生成或改动任何工作表。',
  templateTitle: '已新建台账模板',
  template: (sheets: readonly string[]) => `已新建${sheets.map((s) => `「${s}」`).join('、')}工作表，请在「${sheets[0]}」中登记事项。`,
  goTo: (sheet: string) => `转到「${sheet}」`,
};

export const FAILURE = {
  title: '操作没有完成',
  goToFailed: (sheet: string, reason: string) => `无法转到「${sheet}」：${reason}`,
  unknown: '未知错误',
};

/** What the host adapters (Excel, WPS) say when an action cannot start or find its target. */
export const ACTION_TEXT = {
  badMonth: (month: string) => `月份「${month}」无效：请写成 YYYY-MM，例如 2026-06。`,
  badDay: (day: string) => `日期「${day}」无效：请写成 YYYY-MM-DD，例如 2026-06-30。`,
  sheetMissing: (sheet: string) => `找不到工作表「${sheet}」：它可能已被删除或改名，请重新校验台账。`,
  /** The 规则 sheet changed between the preview of the 列对应 and its confirmation. */
  columnMapStale: (sheet: string) =>
    `「${sheet}」表在预览之后有了改动，没有写入任何内容：请重新打开「列对应」，核对预览后再确认。`,
};

export const CONFLICT = {
  title: (existing: string) => `工作表「${existing}」已存在`,
  body: '要怎样处理？「另存为新表」不会改动原来的工作表。',
  newName: (suggested: string) => `另存为新表（${suggested}）`,
  replace: '替换',
  cancel: '取消',
};

export const FUNCTIONS = {
  heading: '工作表函数 =DUBAN.*',
  intro: '在单元格中输入 =DUBAN. 即可使用以下函数，日期可直接引用日期单元格。',
  loading: '正在读取函数列表……',
  failed: '无法读取函数列表，请检查加载项服务器是否运行。',
};

export const OUTSIDE_EXCEL = {
  title: '请在 Excel 中打开督办',
  lead: '这个页面是 Excel 加载项「督办 DUBAN」的任务窗格，只能在 Excel 里运行，直接用浏览器打开时没有可以处理的工作簿。',
  noOfficeJs:
    '页面没能加载 Microsoft 的 office.js。如果单位内网不能访问 appsforoffice.microsoft.com，请让管理员改用 npm run build:intranet 构建的版本（office.js 由加载项自己的服务器提供）。',
  howTo: '加载方法（详见 README「旁加载到 Excel」一节）：',
  steps: [
    'Windows 版 Excel：把 manifest.xml 放到共享文件夹，在「信任中心 → 受信任的加载项目录」中添加该文件夹，重启 Excel 后在「开始 → 加载项 → 更多加载项 → 共享文件夹」中添加「督办 DUBAN」。',
    'Mac 版 Excel：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/，重启 Excel。',
    'Excel 网页版：「开始 → 加载项 → 更多加载项 → 上传我的加载项」，选择 manifest.xml。',
  ],
  cli: '不用 Excel 时，可以用命令行工具 duban 直接处理 .xlsx 台账文件。',
};

export const OVERVIEW = {
  heading: '概览',
  asOf: (date: string, dueSoon: number) => `截至${date}；黄灯：${dueSoon}个工作日内到期。`,
  loading: '正在生成概览……',
  failed: (reason: string) => `无法生成概览：${reason}`,
  invalid: (errors: number) => `台账有 ${errors} 条错误，暂不能给出概览。请点「校验台账」查看并改正。`,
  empty: '本月没有需要统计的事项。',
  lightsHeading: '督办灯',
  lightsGroup: '全部事项的督办灯',
  lightName: (light: string) => `${light}灯`,
  lightLabel: (light: string, count: number, hint: string) => `${light}灯 ${count} 项：${hint}`,
  itemsUnit: '项',
  lightHint: { 红: '逾期未办结', 黄: '临期', 绿: '其余（含已办结）' } as Record<string, string>,
  byCategory: '按单位类别',
  categoryColumn: '类别',
  categoryLight: (category: string, light: string, count: number) => `${category}：${light}灯 ${count} 项`,
  listHeading: (scope: string, light: string, count: number) => `${scope}${light}灯事项（${count} 项）`,
  allItems: '全部',
  listHint: '点击一项可转到台账中的该行。',
  closeList: '收起',
  showMore: (shown: number, total: number) => `再显示 20 项（已显示 ${shown} / ${total} 项）`,
  dueSoonHeading: (days: number, count: number) => `临期事项：${days}个工作日内到期（${count} 项）`,
  newlyOverdueHeading: (since: string, count: number) => `新增逾期：上一工作日（${since}）以来（${count} 项）`,
  none: '无。',
  trendHeading: '月度趋势',
  scoresHeading: '各类别得分与排名',
  dataTable: (title: string) => `${title}（数据表）`,
  item: {
    deadline: (text: string) => `时限 ${text}`,
    standing: '长期',
    completed: '已办结',
    dueToday: '今天到期',
    left: (days: number) => `剩 ${days} 个工作日`,
    overdue: (days: number) => (days === 0 ? '已逾期，未满 1 个工作日' : `逾期 ${days} 个工作日`),
  },
};

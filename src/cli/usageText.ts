// Commander reports usage mistakes in English; staff read Chinese.
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/required option '([^']+)' not specified/, (m) => `缺少必填选项 ${m[1]}。`],
  [/missing required argument '([^']+)'/, (m) => `缺少参数 <${m[1]}>：请给出台账文件路径。`],
  [/unknown option '([^']+)'/, (m) => `无法识别的选项 ${m[1]}：运行 duban --help 查看可用选项。`],
  [/unknown command '([^']+)'/, (m) => `无法识别的命令 ${m[1]}：可用命令为 validate、rank、bulletin、notices、template。`],
  [/option '([^']+)' argument missing/, (m) => `选项 ${m[1]} 缺少取值。`],
  [/too many arguments/, () => '参数过多：每条命令只接受一个文件路径。'],
];

/** The Chinese line for a Commander error message, or the message itself when unknown. */
export function usageText(message: string): string {
  for (const [pattern, text] of PATTERNS) {
    const m = pattern.exec(message);
    if (m) return `命令参数有误：${text(m)}`;
  }
  return message.trim();
}

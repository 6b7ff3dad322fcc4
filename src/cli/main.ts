// `duban`: the scoring engine on .xlsx files (SPEC §6). Exit codes: 0 fine, 1 the ledger has
// an 错误, 2 unusable input (missing file, not a workbook, no 台账 sheet, bad options).
import { Command, CommanderError } from 'commander';
import { CliError } from './cliError';
import { usageText } from './usageText';
import { bulletinCommand, rankCommand, templateCommand, validateCommand, type ValidateOptions } from './commands';
import { processIo, type Io } from './io';

function program(io: Io, setExit: (code: number) => void): Command {
  const cli = new Command('duban')
    .description('督办 DUBAN：督查台账校验、评分排名与督查通报')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: (s, write) => write(usageText(s)),
    });

  cli
    .command('validate <ledger>')
    .description('校验台账：列出每个问题的工作表、单元格和改正方法')
    .option('--month <YYYY-MM>', '报告月份（无年份的日期按该年计算）')
    .option('--preset <name>', '规则集：sanmenxia-2019 或 district-dynamic（默认取「规则」表，否则 sanmenxia-2019）')
    .option('--explain', '说明如何读取各表：表头行、每列对应哪一项及依据、分类、跳过的行、所作的假设')
    .option('--json', '以 JSON 输出')
    .action(async (path: string, opts: ValidateOptions) => setExit(await validateCommand(path, opts, io)));

  cli
    .command('rank <ledger>')
    .description('计算某月各单位得分与排名')
    .requiredOption('--month <YYYY-MM>', '报告月份')
    .option('--preset <name>', '规则集：sanmenxia-2019 或 district-dynamic（默认取「规则」表，否则 sanmenxia-2019）')
    .option('--json', '以 JSON 输出')
    .option('--out <file>', '把排名表写入新的 .xlsx 文件')
    .option('--charts <dir>', '把各类别得分图写成 SVG 文件放到该目录')
    .action(async (path: string, opts: { month: string; preset?: string; json?: boolean; out?: string; charts?: string }) =>
      setExit(await rankCommand(path, opts, io)),
    );

  cli
    .command('bulletin <ledger>')
    .description('生成某月排名表和督查通报')
    .requiredOption('--month <YYYY-MM>', '报告月份')
    .option('--preset <name>', '规则集')
    .option('--out <file>', '输出文件（默认在台账旁生成「台账名-YYYY年M月通报.xlsx」）')
    .option('--charts <dir>', '把办结率图和各类别得分图写成 SVG 文件放到该目录')
    .action(async (path: string, opts: { month: string; preset?: string; out?: string; charts?: string }) =>
      setExit(await bulletinCommand(path, opts, io)),
    );

  cli
    .command('template <out>')
    .description('新建空白台账模板（含全部工作表、表头、下拉列表和示例行）')
    .action(async (path: string) => setExit(await templateCommand(path, io)));

  return cli;
}

/** Runs one command line and gives its exit code; never throws. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0; usage errors are unusable input.
      return error.exitCode === 0 ? 0 : 2;
    }
    io.err(`内部错误：${error instanceof Error ? error.message : String(error)}（请把此信息和台账文件反馈给开发者）`);
    return 2;
  }
}

export function main(): void {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

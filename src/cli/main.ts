// `duban`: the scoring engine on .xlsx files (SPEC §6). Exit codes: 0 fine, 1 the ledger has
// an 错误, 2 unusable input (missing file, not a workbook, no 台账 sheet, bad options).
import { Command, CommanderError } from 'commander';
import { CliError } from './cliError';
import { usageText } from './usageText';
import { bulletinCommand, rankCommand, reportsCommand, templateCommand, validateCommand, type BulletinOptions, type ReportsOptions, type ValidateOptions } from './commands';
import { noticesCommand, type NoticesOptions } from './noticesCommand';
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
    .option('--docx <file>', '另生成 Word 版通报（GB/T 9704 公文格式）；不写 --out 时只生成 Word 版')
    .option('--date <YYYY-MM-DD>', '成文日期（默认为该月之后的第一个工作日）')
    .action(async (path: string, opts: BulletinOptions) => setExit(await bulletinCommand(path, opts, io)));

  cli
    .command('notices <ledger>')
    .description('生成督查通知单（--kind 通知）或催办单（--kind 催办），每份一页')
    .requiredOption('--kind <通知|催办>', '通知：督查通知单；催办：逾期未办结事项的催办单')
    .option('--ids <编号,…>', '只为这些编号的事项生成')
    .option('--month <YYYY-MM>', '通知单：该月交办的全部事项；催办单：截至该月最后一天')
    .option('--date <YYYY-MM-DD>', '签发日期（催办单按此日计算逾期工作日，默认今天）')
    .option('--preset <name>', '规则集')
    .option('--out <file>', '输出文件（默认在台账旁生成）')
    .option('--register [file]', '催办单同时登记到加减分表：另存一份台账副本（默认在台账旁），从不改写原台账')
    .action(async (path: string, opts: NoticesOptions) => setExit(await noticesCommand(path, opts, io)));

  cli
    .command('reports <ledger>')
    .description('核对「报送」表：列出本年截至该月的应报未报，以及建议登记的加减分（确认后追加到「加减分」表才计分）')
    .requiredOption('--month <YYYY-MM>', '报告月份')
    .option('--preset <name>', '规则集')
    .option('--json', '以 JSON 输出')
    .option('--out <file>', '把建议加减分写入新的 .xlsx 文件（不改动台账）')
    .option('--register [file]', '把建议加减分追加到加减分表：另存一份台账副本（默认在台账旁），从不改写原台账')
    .action(async (path: string, opts: ReportsOptions) => setExit(await reportsCommand(path, opts, io)));

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
  // `duban validate … | head` closes the pipe early: the reader has what it wanted, so stop quietly
  // rather than die on the unhandled EPIPE with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

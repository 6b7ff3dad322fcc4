// The floor of any .xlsx tool: ExcelJS reads the file, as the CLI does, and nothing else happens.
// Spawned as its own process so that it pays node's start-up like the CLI run beside it.
import ExcelJS from 'exceljs';

async function main(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  // One number out, so the benchmark can check the whole file was read.
  process.stdout.write(`${workbook.worksheets[0]?.rowCount ?? 0}\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});

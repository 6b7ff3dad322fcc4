// Writes the field-ledger fixtures of issue 11 to test/fixtures/field/: workbooks laid out as the
// ledgers of FIELD-LEDGERS.md are, none of them made for DUBAN. The same bytes on every run; the
// files are committed, and test/cli/fieldLedgers.test.ts checks that this script still makes them.
//   npm run fixtures:field                 (or: node dist-node/scripts/make-field-fixtures.js [outDir])
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cityAssessmentPlatform, cityPlanList } from './field/cityLedgers';
import { countyInstructionSummary, meetingDecisions } from './field/countyLedgers';
import { districtAnalysis, livelihoodProjects, supervisionSystemTasks } from './field/districtLedgers';
import { enterpriseExport } from './field/enterpriseLedger';
import { fieldWorkbook, type FieldSheet } from './field/workbook';

export const FIELD_DIR = path.join('test', 'fixtures', 'field');

export const FIELD_FIXTURES: Readonly<Record<string, () => FieldSheet[]>> = {
  'city-plan-list.xlsx': cityPlanList,
  'county-instruction-summary.xlsx': countyInstructionSummary,
  'district-analysis.xlsx': districtAnalysis,
  'city-assessment-platform.xlsx': cityAssessmentPlatform,
  'livelihood-projects.xlsx': livelihoodProjects,
  'supervision-system-tasks.xlsx': supervisionSystemTasks,
  'meeting-decisions.xlsx': meetingDecisions,
  'enterprise-export.xlsx': enterpriseExport,
};

export const fieldFixtureBytes = (name: string): Promise<Buffer> => fieldWorkbook(FIELD_FIXTURES[name]());

/** Writes every field fixture into `dir`; gives their paths by file name. */
export async function makeFieldFixtures(dir: string = FIELD_DIR): Promise<Record<string, string>> {
  mkdirSync(dir, { recursive: true });
  const written: Record<string, string> = {};
  for (const name of Object.keys(FIELD_FIXTURES)) {
    const file = path.join(dir, name);
    writeFileSync(file, await fieldFixtureBytes(name));
    written[name] = file;
  }
  return written;
}

if (require.main === module) {
  makeFieldFixtures(process.argv[2]).then(
    (written) => {
      for (const file of Object.values(written)) process.stdout.write(`${file}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}

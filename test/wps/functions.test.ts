// The DUBAN.* functions in WPS: metadata derived from the same JSDoc as Excel's functions.json,
// registered through the fake's AddCustomFunction, and called as a formula would call them, with
// the README's hand-worked results, Excel's messages, and on the example ledger the same ranking
// and scores as the Excel functions and the CLI.
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { rankCommand } from '../../src/cli/commands';
import { readWorkbookFile } from '../../src/cli/readWorkbook';
import { dayOf } from '../../src/engine/calendar/dates';
import { SHEET_FUNCTIONS } from '../../src/engine/sheetFunctions/functionTable';
import * as excel from '../../src/functions/functions';
import type { FunctionError } from '../../src/functions/hostError';
import { wpsFunctions, type OfficeFunction, type WpsFunction } from '../../src/wps/functionMetadata';
import { registerFunctions } from '../../src/wps/registerFunctions';
import type { WorkbookData } from '../taskpane/fakeExcel';
import { EXAMPLE, asData } from '../taskpane/ledgerFixtures';
import { FakeWps } from './fakeWps';

const serial = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
};

let metadata: WpsFunction[];
let example: WorkbookData;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(path.join(__dirname, '../../src/functions/functions.ts'));
  expect(generated.errors).toEqual([]);
  metadata = wpsFunctions((JSON.parse(generated.metadataJson) as { functions: OfficeFunction[] }).functions);
  example = asData(await readWorkbookFile(EXAMPLE));
}, 60_000);

function registered(): FakeWps {
  const fake = new FakeWps(example);
  expect(registerFunctions(fake, metadata)).toEqual(metadata.map((f) => f.name));
  return fake;
}

function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to throw');
}

describe('metadata for WPS', () => {
  it('names every engine function once, with Excel’s Chinese help', () => {
    expect(metadata.map((f) => f.name).sort()).toEqual(Object.keys(SHEET_FUNCTIONS).sort());
    const score = metadata.find((f) => f.name === 'SCORE')!;
    expect(score.description).toContain('月度总分');
    expect(score.parameters.map((p) => `${p.name}:${p.type}`)).toEqual([
      '单位:any',
      '台账:any[][]',
      '单位表:any[][]?',
      '加减分:any[][]?',
      '月份或截止日期:any?',
      '规则:any[][]?',
    ]);
    expect(score.result).toEqual({ type: 'number' });
    expect(metadata.find((f) => f.name === 'RANKING')!.result).toEqual({ type: 'any[][]' });
    expect(metadata.find((f) => f.name === 'STATUS')!.result).toEqual({ type: 'string' });
  });
});

describe('registration', () => {
  it('adds each function under DUBAN with its metadata', () => {
    const fake = registered();
    expect([...fake.functions.keys()].sort()).toEqual(Object.keys(SHEET_FUNCTIONS).map((n) => `DUBAN.${n}`).sort());
    expect(fake.functions.get('DUBAN.COEFF')!.metadata).toEqual(metadata.find((f) => f.name === 'COEFF'));
  });

  it('registers nothing on a WPS without custom functions (before 12.1.0.20540), without failing', () => {
    expect(registerFunctions({}, metadata)).toEqual([]);
  });
});

describe('called as formulas', () => {
  it('gives the README’s hand-worked results', () => {
    const wps = registered();
    // 0.5 + 3 ÷ 6 × 0.5
    expect(wps.call('DUBAN.COEFF', 3, 6)).toBe(0.75);
    // 40 ÷ 60 × 100 × 0.75
    expect(wps.call('DUBAN.ITEMSCORE', 40, 60, 3, 6)).toBeCloseTo(50, 12);
    // After Friday 13 February 2026: 14 Feb is a working Saturday (调休), 15–23 Feb the Spring Festival, 24 Feb a Tuesday.
    expect(wps.call('DUBAN.WORKDAYS', serial('2026-02-13'), serial('2026-02-24'))).toBe(2);
    expect(wps.call('DUBAN.ADDWORKDAYS', serial('2026-02-13'), 2)).toBe(serial('2026-02-24'));
    expect(wps.call('DUBAN.POINTS', '通报表扬', '省')).toBe(15);
    expect(wps.call('DUBAN.STATUS', serial('2026-05-15'), '', null, serial('2026-05-31'))).toBe('逾期未办结');
    // Due 20 May, as of Friday 15 May: 18, 19, 20 May are 3 working days, within 临期工作日 3.
    expect(wps.call('DUBAN.LIGHT', serial('2026-05-20'), '', null, serial('2026-05-15'))).toBe('黄');
    // Due 6 May, as of 14 May: 7, 8, 9 (调休), 11, 12, 13, 14 May = 7 working days overdue, stage 6–10.
    expect(wps.call('DUBAN.STAGE', serial('2026-05-06'), null, serial('2026-05-14'))).toBe('通报批评并媒体曝光');
  });

  it('answers bad input with an error carrying Excel’s Chinese message', () => {
    const wps = registered();
    const inWps = thrownBy(() => wps.call('DUBAN.COEFF', 7, 6));
    const inExcel = thrownBy(() => excel.COEFF(7, 6)) as unknown as FunctionError;
    expect(inWps).toBeInstanceOf(Error);
    expect(inWps.message).toBe(inExcel.message);
    expect(inWps.message).toContain('不能大于「最高事项数」');
  });
});

describe('on the example ledger, October 2026', () => {
  const grid = (name: string) => example.sheets.find((s) => s.name === name)!.values;

  async function cliRanking(): Promise<{ unit: string; score: number; rank: number }[]> {
    let out = '';
    await rankCommand(EXAMPLE, { month: '2026-10', json: true }, { out: (text) => (out += text), err: () => undefined });
    return JSON.parse(out);
  }

  it('DUBAN.RANKING spills what Excel’s RANKING spills, with the CLI’s scores and ranks', async () => {
    const wps = registered();
    const args = [grid('台账'), grid('单位'), grid('加减分'), '2026-10'];
    const spill = wps.call('DUBAN.RANKING', ...args) as (string | number)[][];
    expect(spill).toEqual(excel.RANKING(...(args as Parameters<typeof excel.RANKING>)));
    const header = spill[0];
    const at = (name: string) => header.indexOf(name);
    const rows = spill.slice(1).filter((row) => row[at('单位')] !== '');
    expect(rows).toHaveLength(30);
    const cli = await cliRanking();
    expect(new Map(rows.map((r) => [r[at('单位')], [r[at('总分')], r[at('排名')]]]))).toEqual(new Map(cli.map((u) => [u.unit, [u.score, u.rank]])));
  });

  it('DUBAN.SCORE gives each unit the CLI’s score, also when WPS passes the ranges themselves', async () => {
    const wps = registered();
    const sheets = wps.ActiveWorkbook.Worksheets;
    const used = (name: string) => sheets.Item(name).UsedRange;
    for (const unit of await cliRanking()) {
      expect(wps.call('DUBAN.SCORE', unit.unit, grid('台账'), grid('单位'), grid('加减分'), '2026-10')).toBe(unit.score);
      expect(wps.call('DUBAN.SCORE', unit.unit, used('台账'), used('单位'), used('加减分'), '2026-10')).toBe(unit.score);
    }
  });
});

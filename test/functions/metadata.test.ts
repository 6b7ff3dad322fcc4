// What Excel learns about the functions comes from functions.json, which the webpack plugin
// generates from functions.ts's JSDoc. Run the same generator here (offline) and check it.
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { SHEET_FUNCTIONS } from '../../src/engine/sheetFunctions/functionTable';
import * as functions from '../../src/functions/functions';

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean };
}

const CHINESE = /[\u4e00-\u9fff]/;
// What a cell shows while a user types =DUBAN.X( : table ranges, optional marks and result types.
const EXPECTED: Record<string, { params: string; result: string; volatile: boolean }> = {
  COEFF: { params: '事项数 最高事项数', result: 'number', volatile: false },
  ITEMSCORE: { params: '完成分值 总分值 事项数 最高事项数', result: 'number', volatile: false },
  SCORE: { params: '单位 台账# [单位表#] [加减分#] [月份或截止日期] [规则#]', result: 'number', volatile: true },
  RANKING: { params: '台账# [单位表#] [加减分#] [月份或截止日期] [规则#]', result: 'matrix', volatile: true },
  STATUS: { params: '办理时限 办结日期 [延期至] [截止日期]', result: 'string', volatile: true },
  LIGHT: { params: '办理时限 办结日期 [延期至] [截止日期] [规则#]', result: 'string', volatile: true },
  WORKDAYS: { params: '开始 结束 [节假日#]', result: 'number', volatile: false },
  ADDWORKDAYS: { params: '日期 天数 [节假日#]', result: 'number', volatile: false },
  POINTS: { params: '类别 级别 [规则#]', result: 'number', volatile: false },
  STAGE: { params: '办理时限 [延期至] [截止日期] [规则#]', result: 'string', volatile: true },
  MISSED: { params: '单位 台账# 报送# [截止日期] [规则#]', result: 'number', volatile: true },
};

const shape = (p: Parameter) => {
  const name = p.dimensionality === 'matrix' ? `${p.name}#` : p.name;
  return p.optional ? `[${name}]` : name;
};

describe('functions.json', () => {
  let metadata: FunctionMetadata[];

  beforeAll(async () => {
    // The same single input file as the webpack plugin: it scans only the files it is given.
    const result = await generateCustomFunctionsMetadata('src/functions/functions.ts');
    expect(result.errors).toEqual([]);
    metadata = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
  }, 30_000);

  it('lists exactly the exported functions, each under its own name, each one of the engine’s', () => {
    // functions.ts also exports the registry its appended associate calls use (registry.ts).
    const exported = Object.entries(functions).filter(([, value]) => typeof value === 'function');
    expect(metadata.map((f) => f.id).sort()).toEqual(exported.map(([name]) => name).sort());
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(SHEET_FUNCTIONS).sort());
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of metadata) expect(f.name).toBe(f.id);
  });

  it('describes every function and parameter in Chinese, within the 128 characters Excel shows', () => {
    for (const f of metadata) {
      expect(f.description).toMatch(CHINESE);
      for (const p of f.parameters) {
        expect(`${f.id}.${p.name}: ${p.description ?? ''}`).toMatch(CHINESE);
        expect(p.name).toMatch(CHINESE);
        expect((p.description ?? '').length).toBeLessThanOrEqual(128);
      }
    }
  });

  it.each(Object.entries(EXPECTED))('%s has the parameters, result and volatility Excel needs', (id, expected) => {
    const f = metadata.find((m) => m.id === id) as FunctionMetadata;
    expect(f.parameters.map(shape).join(' ')).toBe(expected.params);
    // Scalars are type any, so blank cells, text dates and numbers reach the function, which
    // answers bad ones with a Chinese message instead of Excel's bare #VALUE!.
    for (const p of f.parameters) expect(p.type).toBe('any');
    expect(f.result.dimensionality === 'matrix' ? 'matrix' : f.result.type).toBe(expected.result);
    expect(Boolean(f.options?.volatile)).toBe(expected.volatile);
  });
});

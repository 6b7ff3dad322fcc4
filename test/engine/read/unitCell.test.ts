import fc from 'fast-check';
import type { CellValue, Problem, Unit } from '../../../src/engine/model';
import { MSG } from '../../../src/engine/read/messages';
import { readRoster, Roster } from '../../../src/engine/read/roster';
import { ROSTER_COLUMNS } from '../../../src/engine/read/schema';
import { readTable } from '../../../src/engine/read/table';
import { readUnitCell, splitUnitCell, type MultiUnitPolicy } from '../../../src/engine/read/unitCell';
import { PRESETS } from '../../../src/engine/rules/presets';
import type { PresetName } from '../../../src/engine/model';

/** A roster read from a 单位 sheet as staff write it, under a preset's categories. */
function roster(preset: PresetName, rows: CellValue[][]): Roster {
  const problems: Problem[] = [];
  const table = readTable(
    { name: '单位', values: [['单位名称', '单位类别', '别名'], ...rows] },
    ROSTER_COLUMNS,
    problems,
  );
  if (!table) throw new Error('no 单位 table');
  const read = readRoster(table, PRESETS[preset], problems);
  expect(problems).toEqual([]);
  return read;
}

// A city under sanmenxia-2019: three counties (one written with half-width brackets) and city departments.
const CITY = roster('sanmenxia-2019', [
  ['湖滨区', '县（市、区）', null],
  ['陕州区', '县(市、区)', null],
  ['义马市', '县（市、区）', null],
  ['市发展改革委', '市直单位', '市发改委、发改委'],
  ['市财政局', '市直单位', '财政局'],
  ['市住房城乡建设局', '市直单位', '市住建局、住建局'],
  ['市城市管理局', '市直单位', '市城管局'],
  ['市委宣传部（市新闻出版局、市电影局）', '市直单位', '宣传部'],
]);

// A district under district-dynamic: its 8 classes (two 综合 ones).
const DISTRICT = roster('district-dynamic', [
  ['东城街道', '街道类', null],
  ['西城街道', '街道类', null],
  ['高新区管委会', '功能区类', null],
  ['区委组织部', '党群类', null],
  ['区财政局', '经济发展类', null],
  ['区投资促进局', '招商类', '区投促局'],
  ['区城市管理局', '综合管理类', '区城管局'],
  ['区行政审批局', '综合服务类', '区审批局'],
  ['区税务局', '驻区类', null],
]);

// A county's own departments, built directly: the roster need not follow a preset's categories.
const COUNTY = new Roster([
  { name: '县住房和城乡建设局', category: '县直部门', aliases: ['县住建局'], row: 2 },
  { name: '县城市管理局', category: '县直部门', aliases: ['县城管局'], row: 3 },
  { name: '全椒县', category: '县（市、区）', aliases: [], row: 4 },
  { name: '和县', category: '县（市、区）', aliases: [], row: 5 },
]);

const names = (units: readonly Unit[]) => units.map((u) => u.name);

function read(text: string, r: Roster = CITY, policy: MultiUnitPolicy = 'all') {
  const reading = readUnitCell(text, r, policy);
  return { responsible: names(reading.responsible), cooperating: names(reading.cooperating), problems: reading.problems };
}

const COUNTIES = ['湖滨区', '陕州区', '义马市'];
const CITY_DEPARTMENTS = ['市发展改革委', '市财政局', '市住房城乡建设局', '市城市管理局', '市委宣传部（市新闻出版局、市电影局）'];

describe('one unit in the cell', () => {
  it('a roster name, an alias, spaces and full-width forms all give that unit and nothing else', () => {
    for (const text of ['市财政局', '财政局', ' 市财政局 ', '市 财政局', '市\u3000财政局']) {
      expect(read(text)).toEqual({ responsible: ['市财政局'], cooperating: [], problems: [] });
    }
  });

  it('a roster name holding 、 inside brackets is one unit, alone or among others', () => {
    expect(read('市委宣传部（市新闻出版局、市电影局）').responsible).toEqual(['市委宣传部（市新闻出版局、市电影局）']);
    expect(read('市委宣传部(市新闻出版局、市电影局)、市财政局').responsible).toEqual([
      '市委宣传部（市新闻出版局、市电影局）',
      '市财政局',
    ]);
  });

  it('a plain unit name that starts with 全 is that unit, never a collective', () => {
    expect(read('全椒县', COUNTY)).toEqual({ responsible: ['全椒县'], cooperating: [], problems: [] });
  });

  it('a blank cell, or one of separators and empty labels only, names nobody and reports nothing', () => {
    for (const text of ['', '   ', '、，；', '牵头单位：', '配合单位：\n']) {
      expect(read(text)).toEqual({ responsible: [], cooperating: [], problems: [] });
    }
  });
});

describe('several units', () => {
  it('县住建局、县城管局: both responsible, the first leads', () => {
    expect(read('县住建局、县城管局', COUNTY)).toEqual({ responsible: ['县住房和城乡建设局', '县城市管理局'], cooperating: [], problems: [] });
    expect(splitUnitCell('县住建局、县城管局')).toEqual([
      { text: '县住建局', role: 'lead' },
      { text: '县城管局', role: 'responsible' },
    ]);
  });

  it.each([['、'], ['，'], [','], ['；'], [';'], ['/'], ['\n'], ['\r\n'], [' 、 ']])('separator %j', (sep) => {
    expect(read(`市住建局${sep}市城管局${sep}市财政局`).responsible).toEqual(['市住房城乡建设局', '市城市管理局', '市财政局']);
  });

  it('a bracket that never closes does not swallow the rest of the cell', () => {
    const r = read('市财政局（、市住建局');
    expect(r.responsible).toEqual(['市住房城乡建设局']);
    expect(r.problems).toEqual([{ severity: '错误', message: MSG.unknownUnit('市财政局（', '市财政局') }]);
  });
});

describe('labels in the cell', () => {
  it('splits SPEC’s example into roles', () => {
    expect(splitUnitCell('牵头单位：A 责任单位：B、C 配合单位：D')).toEqual([
      { text: 'A', role: 'lead' },
      { text: 'B', role: 'responsible' },
      { text: 'C', role: 'responsible' },
      { text: 'D', role: 'cooperating' },
    ]);
  });

  it('the multi-line 责任主体 of a city system export (FIELD-LEDGERS)', () => {
    const text = '牵头单位:\n市住建局\n责任单位:\n市城管局\n市财政局';
    expect(splitUnitCell(text).map((p) => p.role)).toEqual(['lead', 'responsible', 'responsible']);
    expect(read(text)).toEqual({ responsible: ['市住房城乡建设局', '市城市管理局', '市财政局'], cooperating: [], problems: [] });
    expect(read(text.replace(/\n/g, '\r\n')).responsible).toEqual(['市住房城乡建设局', '市城市管理局', '市财政局']);
  });

  it.each([
    ['牵头单位：市住建局 配合单位：市财政局'],
    ['牵头单位:市住建局;配合单位:市财政局'],
    ['牵头:市住建局 配合:市财政局'],
    ['牵头部门：市住建局\n协办单位：市财政局'],
    ['主办单位：市住建局 会办单位：市财政局'],
    ['承办单位 ：市住建局，协办部门：市财政局'],
    ['市住建局（牵头）、市财政局（配合）'],
    ['市住建局 配合单位：市财政局'],
  ])('%j: 市住建局 scored, 市财政局 co-handles', (text) => {
    expect(read(text)).toEqual({ responsible: ['市住房城乡建设局'], cooperating: ['市财政局'], problems: [] });
  });

  it('a lead labelled after the responsible units still comes first', () => {
    expect(read('责任单位：市城管局 牵头单位：市住建局')).toMatchObject({ responsible: ['市住房城乡建设局', '市城市管理局'] });
  });

  it('a label with no units after it gives no part; the first responsible unit then leads', () => {
    const text = '牵头单位：\n责任单位：市城管局、市财政局\n配合单位：';
    expect(splitUnitCell(text)).toEqual([
      { text: '市城管局', role: 'lead' },
      { text: '市财政局', role: 'responsible' },
    ]);
    expect(read(text, CITY, 'firstOnly')).toEqual({ responsible: ['市城市管理局'], cooperating: ['市财政局'], problems: [] });
  });

  it('a cell of 配合 units only scores nobody', () => {
    expect(read('配合单位：市财政局、市住建局')).toEqual({ responsible: [], cooperating: ['市财政局', '市住房城乡建设局'], problems: [] });
  });
});

describe('collective parts', () => {
  it.each([['各县（市、区）'], ['各县(市、区)'], ['各县区'], ['各县市区'], ['各县（区）']])('sanmenxia-2019: %s is every 县（市、区）', (text) => {
    expect(read(text)).toEqual({ responsible: COUNTIES, cooperating: [], problems: [] });
  });

  it.each([['市直各单位'], ['市直各部门'], ['各市直单位']])('sanmenxia-2019: %s is every 市直单位', (text) => {
    expect(read(text)).toEqual({ responsible: CITY_DEPARTMENTS, cooperating: [], problems: [] });
  });

  it('district-dynamic: 各街道, 各乡镇（街道） (the bracket names 街道类), 各功能区, 各驻区单位, 各党群部门', () => {
    expect(read('各街道', DISTRICT).responsible).toEqual(['东城街道', '西城街道']);
    expect(read('各乡镇（街道）', DISTRICT).responsible).toEqual(['东城街道', '西城街道']);
    expect(read('各功能区', DISTRICT).responsible).toEqual(['高新区管委会']);
    expect(read('各驻区单位', DISTRICT).responsible).toEqual(['区税务局']);
    expect(read('各党群部门', DISTRICT).responsible).toEqual(['区委组织部']);
  });

  it('district-dynamic: 各综合类单位 names both 综合管理类 and 综合服务类 (综合 lies in each)', () => {
    expect(read('各综合类单位', DISTRICT).responsible).toEqual(['区城市管理局', '区行政审批局']);
  });

  it('a collective beside named units: the rest of the cell counts, each unit once', () => {
    // 义马市 leads; 各县区 adds 湖滨区 and 陕州区 in roster order; 义马市 is not repeated.
    expect(read('义马市、各县区、市财政局')).toEqual({ responsible: ['义马市', '湖滨区', '陕州区', '市财政局'], cooperating: [], problems: [] });
    expect(read('全椒县、各县区', COUNTY).responsible).toEqual(['全椒县', '和县']);
  });

  it('a collective in the 配合 part co-handles, and a unit it also names as responsible stays responsible', () => {
    expect(read('湖滨区 配合单位：各县区')).toEqual({ responsible: ['湖滨区'], cooperating: ['陕州区', '义马市'], problems: [] });
  });

  it.each([['各有关部门'], ['有关单位'], ['全市各单位'], ['各区'], ['各乡镇']])('%s names no category: a 警告, not scored, the rest counts', (text) => {
    expect(read(`${text}、市财政局`)).toEqual({
      responsible: ['市财政局'],
      cooperating: [],
      problems: [{ severity: '警告', message: MSG.collectiveNamesNoCategory(text, ['县（市、区）', '市直单位']) }],
    });
  });

  it('各有关县区 is scored as every county, with a 警告 that 有关 does not say which', () => {
    expect(read('各有关县区')).toEqual({
      responsible: COUNTIES,
      cooperating: [],
      problems: [{ severity: '警告', message: MSG.collectiveRelevant('各有关县区', ['县（市、区）'], 3) }],
    });
  });
});

describe('the same unit twice', () => {
  it('by name and by alias counts once', () => {
    expect(read('市发改委、市发展改革委、发改委')).toEqual({ responsible: ['市发展改革委'], cooperating: [], problems: [] });
  });

  it('named 配合 and 责任 keeps the stronger role', () => {
    expect(read('配合单位：市财政局 责任单位：市住建局、市财政局')).toEqual({
      responsible: ['市住房城乡建设局', '市财政局'],
      cooperating: [],
      problems: [],
    });
  });
});

describe('units not in the roster', () => {
  it('an unknown responsible part is an 错误 with the closest name; the others still read', () => {
    // 市发改局 is one edit from the alias 市发改委 (局→委), two or more from every other name.
    expect(read('市发改局、市财政局')).toEqual({
      responsible: ['市财政局'],
      cooperating: [],
      problems: [{ severity: '错误', message: MSG.unknownUnit('市发改局', '市发展改革委') }],
    });
  });

  it('an unknown 配合 part is a 警告, as in the 配合单位 column', () => {
    expect(read('市住建局 配合单位：市财政厅').problems).toEqual([{ severity: '警告', message: MSG.unknownCooperator('市财政厅', '市财政局') }]);
  });
});

describe('a 配合单位 cell', () => {
  const cooperators = (text: string) => {
    const reading = readUnitCell(text, CITY, 'all', 'cooperating');
    return { responsible: names(reading.responsible), cooperating: names(reading.cooperating), problems: reading.problems };
  };

  it('every part co-handles, a collective expands, a label changes nothing', () => {
    expect(cooperators('市财政局')).toEqual({ responsible: [], cooperating: ['市财政局'], problems: [] });
    expect(cooperators('各县区、市财政局')).toEqual({ responsible: [], cooperating: [...COUNTIES, '市财政局'], problems: [] });
    expect(cooperators('牵头单位：市住建局')).toEqual({ responsible: [], cooperating: ['市住房城乡建设局'], problems: [] });
  });

  it('an unknown name or a collective naming no category is a 警告, never an 错误', () => {
    expect(cooperators('市财政厅、各有关部门').problems).toEqual([
      { severity: '警告', message: MSG.unknownCooperator('市财政厅', '市财政局') },
      { severity: '警告', message: MSG.collectiveNamesNoCategory('各有关部门', ['县（市、区）', '市直单位']) },
    ]);
  });
});

describe('spaces between names', () => {
  it('split only when every piece is a roster unit', () => {
    expect(read('市住建局 市城管局').responsible).toEqual(['市住房城乡建设局', '市城市管理局']);
    expect(read('市住建局\u3000\u3000市城管局').responsible).toEqual(['市住房城乡建设局', '市城市管理局']);
    expect(read('县住建局 县城管局', COUNTY).responsible).toEqual(['县住房和城乡建设局', '县城市管理局']);
  });

  it('a piece may be a collective that names a category', () => {
    expect(read('各县区 市财政局')).toEqual({ responsible: [...COUNTIES, '市财政局'], cooperating: [], problems: [] });
  });

  it('a spaced part with an unknown piece is one unknown part, named whole', () => {
    const r = read('市住建局 市文旅局');
    expect(r.responsible).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toContain('单位「市住建局 市文旅局」不在「单位」表中');
  });
});

describe('多责任单位', () => {
  const text = '牵头单位：市住建局 责任单位：市城管局、市财政局 配合单位：市发改委';

  it('全部计分: the lead and every responsible unit are scored', () => {
    expect(read(text, CITY, 'all')).toEqual({ responsible: ['市住房城乡建设局', '市城市管理局', '市财政局'], cooperating: ['市发展改革委'], problems: [] });
  });

  it('仅第一个: only the lead; the other responsible units co-handle', () => {
    expect(read(text, CITY, 'firstOnly')).toEqual({ responsible: ['市住房城乡建设局'], cooperating: ['市城市管理局', '市财政局', '市发展改革委'], problems: [] });
    expect(read('市财政局 市住建局', CITY, 'firstOnly')).toMatchObject({ responsible: ['市财政局'], cooperating: ['市住房城乡建设局'] });
  });

  it('仅第一个 with a lead that is not in the roster: the first unit that is leads (the row has an 错误 anyway)', () => {
    expect(read('市发改局、市财政局、市住建局', CITY, 'firstOnly')).toMatchObject({ responsible: ['市财政局'], cooperating: ['市住房城乡建设局'] });
  });

  it('仅第一个 with a collective lead: all its units are scored, with a 警告', () => {
    expect(read('各县区、市财政局', CITY, 'firstOnly')).toEqual({
      responsible: COUNTIES,
      cooperating: ['市财政局'],
      problems: [{ severity: '警告', message: MSG.collectiveLeadAll('各县区', ['县（市、区）'], 3) }],
    });
  });

  it('仅第一个 with a collective that names nothing first: the next unit leads', () => {
    const r = read('各有关部门、市财政局、市住建局', CITY, 'firstOnly');
    expect(r).toMatchObject({ responsible: ['市财政局'], cooperating: ['市住房城乡建设局'] });
    expect(r.problems.map((p) => p.severity)).toEqual(['警告']);
  });
});

describe('hostile cells', () => {
  const within = (ms: number, f: () => void) => {
    const start = Date.now();
    f();
    // A guard against a hang or a quadratic blow-up, not a speed claim.
    expect(Date.now() - start).toBeLessThan(ms);
  };

  it('100,000 unknown names separated by 、: 20 errors, then one line counting the other 99,980', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `单位${i}`).join('、');
    within(2000, () => {
      const r = readUnitCell(text, CITY, 'all');
      expect(r.responsible).toEqual([]);
      expect(r.problems).toHaveLength(21);
      expect(r.problems.slice(0, 20).every((p) => p.severity === '错误')).toBe(true);
      expect(r.problems[0].message).toContain('单位「单位0」不在「单位」表中');
      expect(r.problems[19].message).toContain('单位「单位19」不在「单位」表中');
      expect(r.problems[20]).toEqual({ severity: '错误', message: MSG.moreUnitProblems(99_980) });
    });
  });

  it('100,000 known names: each unit once, nothing to report', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '市住建局' : '各县区')).join('、');
    within(2000, () => {
      expect(read(text)).toEqual({ responsible: [...COUNTIES, '市住房城乡建设局'], cooperating: [], problems: [] });
    });
  });

  it('30,000 characters with no separator: one problem, its quote cut short', () => {
    within(2000, () => {
      const r = readUnitCell('市'.repeat(30_000), CITY, 'all');
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].message).toContain('…（共 30000 字）');
      expect(readUnitCell('各'.repeat(30_000), CITY, 'all').problems.map((p) => p.severity)).toEqual(['警告']);
      expect(readUnitCell('（'.repeat(15_000) + '、'.repeat(15_000) + '）', CITY, 'all').problems).toHaveLength(1);
      expect(readUnitCell('市住建局 '.repeat(6_000), CITY, 'all').responsible).toHaveLength(1);
    });
  });
});

describe('properties', () => {
  const ALL_NAMES = CITY.units.flatMap((u) => [u.name, ...u.aliases]);
  const SEPARATORS = ['、', '，', ',', '；', ';', '/', '\n', '\r\n'];

  it('roster names joined by any separators: each unit once, in first-mention order, the first scored under 仅第一个', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ALL_NAMES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 }),
        (pieces) => {
          const text = pieces.map(([n, s]) => n + s).join('');
          const expected = [...new Set(pieces.map(([n]) => CITY.resolve(n)!.name))];
          expect(read(text)).toEqual({ responsible: expected, cooperating: [], problems: [] });
          expect(read(text, CITY, 'firstOnly')).toEqual({ responsible: expected.slice(0, 1), cooperating: expected.slice(1), problems: [] });
        },
      ),
    );
  });
});

// Generators for the property tests: hostile cells and sheets for "never throws", and valid
// ledgers as a model that can be written out in many equivalent ways for "scores do not change".
import fc from 'fast-check';
import { addMonths, dayOf, formatDay, ymdOf } from '../../src/engine/calendar/dates';
import type { CellValue, Day, Grid, Importance, PresetName, SheetInput, WorkbookInput } from '../../src/engine/model';
import { PRESETS } from '../../src/engine/rules/presets';
import {
  ADJUSTMENT_COLUMNS,
  HOLIDAY_COLUMNS,
  LEDGER_COLUMNS,
  TEMPLATE_LEDGER_COLUMNS,
  ROSTER_COLUMNS,
  RULES_COLUMNS,
  SHEET_NAMES,
  type ColumnSpec,
} from '../../src/engine/read/schema';

export const REPORT_YEAR = 2026;
export const PRESET_NAMES: readonly PresetName[] = ['sanmenxia-2019', 'district-dynamic'];

// ---------------------------------------------------------------------------------------------
// Hostile cells

const EXCEL_ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3000', '\u0000', '\u0007', '\t', '\n', '\r', '\u001F', '\u007F', '\uD800', '\uDFFF'];

/** Text a hand-kept ledger really holds in its cells, right or wrong. */
const PLAUSIBLE_TEXT = [
  '2026-05-31', '2026/5/31', '2026.5.31', '2026年5月31日', '５月３１日', '5月31日', '2026年2月30日', '2026-13-01',
  '1900-02-29', '2026-05-31 10:00', '46203', '2026-5-118:30', '二〇二六年五月', '次月底前',
  '市交通运输局', '交通局', '青川区', '不存在的单位', '市交通运输局、青川区', '市直单位', '县(市、区)', '未分类',
  '一般重要', '特别', '比较重要 ', '很重要', '办理中', '已办结', '销号', '完成', '休', '班',
  '通报表扬', '通报批评', '逾期报送', '超期', '催办', '表彰', '国家', '省级', '红色', '市督查室', '区',
  '规则集', 'sanmenxia-2019', 'district-dynamic', '每项分值', '功效系数范围', '全部', '类别', '延期上限月数', '-3', '1e400',
  'DC-001', 'DC－001', ' DC-001', 'dc-001', '2026-06-30、2026-07-31',
  '=HYPERLINK("http://example.invalid","x")', '+1+1', '-2', '@SUM(A1)', '＝1+1',
];

const headerTexts = (specs: readonly ColumnSpec[]) => specs.flatMap((s) => [s.header, ...s.aliases]);
const ALL_HEADERS = [LEDGER_COLUMNS, ROSTER_COLUMNS, ADJUSTMENT_COLUMNS, RULES_COLUMNS, HOLIDAY_COLUMNS].flatMap(headerTexts);

export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.constantFrom(...PLAUSIBLE_TEXT, ...ALL_HEADERS), weight: 6 },
  { arbitrary: fc.constantFrom(...EXCEL_ERRORS), weight: 2 },
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.constantFrom(0, 59, 60, 60.5, 61, 46203, 46203.75, 2958465, 2958466, -0, Number.MAX_SAFE_INTEGER),
  fc.date({ noInvalidDate: false }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...INVISIBLE, 'a', '台', ' '), maxLength: 8 }),
  { arbitrary: fc.constantFrom('长'.repeat(30_000), `${'x'.repeat(5_000)}\u200B`), weight: 1 },
);

function headerRow(specs: readonly ColumnSpec[]): fc.Arbitrary<CellValue[]> {
  // Some columns left out, aliases instead of headers, any order, strangers in between.
  const cells = specs.map((s) => fc.option(fc.constantFrom(s.header, ...s.aliases, ` ${s.header}\u200B`, s.header.normalize('NFKD')), { freq: 4 }));
  return fc
    .tuple(fc.tuple(...cells), fc.array(anyCell, { maxLength: 3 }))
    .chain(([named, extra]) => fc.shuffledSubarray([...named, ...extra], { minLength: named.length + extra.length }));
}

const SPECS_BY_KIND = { ledger: LEDGER_COLUMNS, roster: ROSTER_COLUMNS, adjustments: ADJUSTMENT_COLUMNS, rules: RULES_COLUMNS, holidays: HOLIDAY_COLUMNS };
type Kind = keyof typeof SPECS_BY_KIND;

const strangeName = fc.oneof(
  fc.constantFrom(' 台账', '台账 ', '台　账', '督查 台账', 'Sheet1', '', "It's", '单位\u200B', '加减分（2）'),
  fc.string({ maxLength: 6 }),
);

/** A sheet of one kind, usually named as such, whose rows are any cells under its header row. */
const hostileSheet: fc.Arbitrary<SheetInput> = fc
  .constantFrom(...(Object.keys(SPECS_BY_KIND) as Kind[]))
  .chain((kind) =>
    fc.record({
      name: fc.oneof({ arbitrary: fc.constantFrom(...SHEET_NAMES[kind]), weight: 4 }, strangeName),
      above: fc.array(fc.array(anyCell, { maxLength: 4 }), { maxLength: 2 }),
      header: fc.option(headerRow(SPECS_BY_KIND[kind]), { freq: 6 }),
      rows: fc.array(fc.array(anyCell, { maxLength: 17 }), { maxLength: 10 }),
    }),
  )
  .map(({ name, above, header, rows }) => ({ name, values: [...above, ...(header ? [header] : []), ...rows] }));

const chaosBook: fc.Arbitrary<WorkbookInput> = fc.array(hostileSheet, { maxLength: 5 }).map((sheets) => ({ sheets }));

export interface Mutation {
  sheet: number;
  row: number;
  column: number;
  value: CellValue;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({ sheet: fc.nat(3), row: fc.nat(25), column: fc.nat(17), value: anyCell });

/** A cell somewhere in or just past a sheet set to a hostile value; the grid grows to hold it. */
export function mutate(book: WorkbookInput, m: Mutation): WorkbookInput {
  const sheets = book.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  const target = sheets[m.sheet % sheets.length];
  const row = m.row % (target.values.length + 2);
  while (target.values.length <= row) target.values.push([]);
  const cells = target.values[row];
  while (cells.length < m.column) cells.push(null);
  cells[m.column] = m.value;
  return { sheets };
}

/** A valid ledger with some cells, sheet names or whole sheets spoiled: reaches the scoring code. */
const spoiledBook: fc.Arbitrary<WorkbookInput> = fc.constant(null).chain(() =>
  fc
    .record({
      model: fc.constant(null).chain(() => ledgerModel()),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 12 }),
      renamed: fc.option(fc.tuple(fc.nat(3), strangeName), { freq: 4 }),
      dropped: fc.option(fc.nat(3), { freq: 4 }),
    })
    .map(({ model, mutations, renamed, dropped }) => {
      let book = mutations.reduce(mutate, writeBook(model));
      if (renamed) book = { sheets: book.sheets.map((s, i) => (i === renamed[0] ? { ...s, name: renamed[1] } : s)) };
      if (dropped !== null) book = { sheets: book.sheets.filter((_, i) => i !== dropped) };
      return book;
    }),
);

export const hostileBook: fc.Arbitrary<WorkbookInput> = fc.oneof(chaosBook, spoiledBook);

// ---------------------------------------------------------------------------------------------
// Valid ledgers as a model

export interface UnitModel {
  name: string;
  category: string;
  aliases: readonly string[];
}

export interface ItemModel {
  id: string;
  /** Index into units. */
  unit: number;
  importance: Importance;
  assigned: Day;
  deadline: Day;
  extendedTo: Day | null;
  completed: Day | null;
  cancelled: boolean;
}

export interface AdjustmentModel {
  date: Day;
  unit: number;
  category: string;
  /** Canonical level, or null: none needed, or taken from the related item's 督查等级. */
  level: string | null;
  points: number | null;
  relatedItem: string | null;
}

export interface LedgerModel {
  preset: PresetName;
  units: readonly UnitModel[];
  items: readonly ItemModel[];
  adjustments: readonly AdjustmentModel[];
  /** Report month of REPORT_YEAR. */
  month: number;
}

/** Names with the other names staff write for them; no alias is another unit's name or alias. */
const UNIT_POOL: readonly [string, readonly string[]][] = [
  ['市交通运输局', ['交通局', '市交通局']],
  ['市住房城乡建设局', ['住建局']],
  ['市教育局', ['教育局']],
  ['市财政局', []],
  ['市水利局', ['水利局']],
  ['青川区', ['青川']],
  ['临江县', ['临江']],
  ['东河区', []],
];

const FIRST_DAY = dayOf(REPORT_YEAR - 1, 9, 1);
const LAST_DAY = dayOf(REPORT_YEAR, 12, 31);

const importance = fc.constantFrom<Importance>('一般重要', '比较重要', '特别重要');

function itemModel(unitCount: number): fc.Arbitrary<Omit<ItemModel, 'id'>> {
  return fc
    .record({
      unit: fc.nat(unitCount - 1),
      importance,
      assigned: fc.integer({ min: FIRST_DAY, max: LAST_DAY - 30 }),
      span: fc.integer({ min: 0, max: 120 }),
      extension: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
      completion: fc.option(fc.integer({ min: 0, max: 240 }), { freq: 2 }),
      cancelled: fc.nat(4).map((n) => n === 0),
    })
    .map(({ unit, importance: imp, assigned, span, extension, completion, cancelled }) => {
      const deadline = assigned + span;
      // 延期至: after 办理时限, at most 延期上限月数 (2) later.
      const room = addMonths(deadline, 2) - deadline;
      const extendedTo = extension === null ? null : deadline + 1 + Math.floor(extension * (room - 1));
      const completed = completion === null || cancelled ? null : Math.min(assigned + completion, LAST_DAY);
      return { unit, importance: imp, assigned, deadline, extendedTo, completed, cancelled };
    });
}

function adjustmentModel(preset: PresetName, unitCount: number, ids: readonly string[]): fc.Arbitrary<AdjustmentModel> {
  const categories = PRESETS[preset].adjustmentCategories;
  return fc
    .record({
      rule: fc.constantFrom(...categories),
      date: fc.integer({ min: dayOf(REPORT_YEAR, 1, 1) - 20, max: LAST_DAY }),
      unit: fc.nat(unitCount - 1),
      levelPick: fc.nat(),
      blankLevel: fc.boolean(),
      points: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 5 }),
      related: ids.length ? fc.option(fc.constantFrom(...ids), { freq: 8 }) : fc.constant(null),
    })
    .map(({ rule, date, unit, levelPick, blankLevel, points, related }) => {
      const levels = Object.keys(rule.points);
      let level: string | null = rule.levelKind === 'none' ? null : levels[levelPick % levels.length];
      // 超期, 质量, 问题 may leave 级别 blank and take the related item's 督查等级.
      if (rule.levelKind === 'importance' && blankLevel && related !== null) level = null;
      return { date, unit, category: rule.name, level, points, relatedItem: related };
    });
}

/** A ledger that validates without an 错误. */
export function ledgerModel(preset?: PresetName): fc.Arbitrary<LedgerModel> {
  return fc
    .record({
      preset: preset ? fc.constant(preset) : fc.constantFrom(...PRESET_NAMES),
      pool: fc.shuffledSubarray([...UNIT_POOL], { minLength: 1, maxLength: 6 }),
      month: fc.integer({ min: 1, max: 12 }),
    })
    .chain(({ preset: p, pool, month }) => {
      const categories = PRESETS[p].unitCategories;
      const units = fc.tuple(...pool.map(([name, aliases]) =>
        fc.constantFrom(...categories.slice(0, 3), '自定义类').map((category) => ({ name, category, aliases }))));
      const items = fc.uniqueArray(
        fc.tuple(fc.integer({ min: 1, max: 12 }), itemModel(pool.length)).map(([n, rest]) => ({ id: `DC-${String(n).padStart(3, '0')}`, ...rest })),
        { maxLength: 18, selector: (i) => `${i.id}|${i.unit}` },
      );
      return fc.tuple(units, items).chain(([u, it]) =>
        fc.array(adjustmentModel(p, pool.length, [...new Set(it.map((i) => i.id))]), { maxLength: 8 }).map((adjustments) => ({
          preset: p,
          units: u,
          items: it,
          adjustments,
          month,
        })),
      );
    });
}

// ---------------------------------------------------------------------------------------------
// Writing a model out as a workbook

export type DateStyle = 'serial' | 'serialWithTime' | 'date' | 'iso' | 'slash' | 'dot' | 'chinese' | 'fullWidth';
export const DATE_STYLES: readonly DateStyle[] = ['serial', 'serialWithTime', 'date', 'iso', 'slash', 'dot', 'chinese', 'fullWidth'];

const FULL_WIDTH_DIGITS = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A day written in one of the ways SPEC §1 accepts. */
export function writeDate(day: Day, style: DateStyle): CellValue {
  const { year, month, day: d } = ymdOf(day);
  switch (style) {
    case 'serial':
      return day;
    case 'serialWithTime':
      return day + 0.4375;
    case 'date':
      return new Date(Date.UTC(year, month - 1, d));
    case 'iso':
      return formatDay(day);
    case 'slash':
      return `${year}/${month}/${d}`;
    case 'dot':
      return `${year}.${month}.${d}`;
    case 'chinese':
      return `${year}年${month}月${d}日`;
    case 'fullWidth':
      return FULL_WIDTH_DIGITS(`${year}年${month}月${d}日`);
  }
}

export interface Writing {
  /** The style of the n-th date written. */
  dateStyle?: (n: number) => DateStyle;
  /** How the n-th mention of a unit (in 台账 and 加减分) spells it. */
  unitSpelling?: (unit: UnitModel, n: number) => string;
  /** How the n-th 关联事项 spells its 编号. */
  idSpelling?: (id: string, n: number) => string;
  /** Row orders: permutations of each sheet's data rows. */
  ledgerOrder?: readonly number[];
  rosterOrder?: readonly number[];
  adjustmentOrder?: readonly number[];
  /** Rows slipped into the 台账 after the given number of data rows. */
  junk?: readonly { at: number; cells: readonly CellValue[] }[];
}

export const LEDGER_HEADER = TEMPLATE_LEDGER_COLUMNS.map((c) => c.header);
const ROSTER_HEADER = ROSTER_COLUMNS.map((c) => c.header);
const ADJUSTMENT_HEADER = ADJUSTMENT_COLUMNS.map((c) => c.header);

const ordered = <T>(rows: readonly T[], order: readonly number[] | undefined): T[] => (order ? order.map((i) => rows[i]) : [...rows]);

export function writeBook(model: LedgerModel, how: Writing = {}): WorkbookInput {
  let dates = 0;
  let mentions = 0;
  let relations = 0;
  const date = (day: Day | null): CellValue => (day === null ? null : writeDate(day, how.dateStyle?.(dates++) ?? 'iso'));
  const unitName = (i: number) => {
    const unit = model.units[i];
    return how.unitSpelling ? how.unitSpelling(unit, mentions++) : unit.name;
  };

  const ledgerRows: CellValue[][] = model.items.map((item) => {
    const status = item.cancelled ? '已销号' : item.completed !== null ? '已办结' : '办理中';
    return [
      item.id, `事项${item.id}：推进重点工作`, unitName(item.unit), null, item.importance,
      date(item.assigned), date(item.deadline), date(item.extendedTo), date(item.completed), status,
      '按期完成', '验收合格', '群众满意', '张三', '李四',
    ];
  });
  const ledger = ordered(ledgerRows, how.ledgerOrder);
  for (const { at, cells } of [...(how.junk ?? [])].sort((a, b) => b.at - a.at)) ledger.splice(at, 0, [...cells]);

  const rosterRows = model.units.map((u) => [u.name, u.category, u.aliases.join('、') || null]);
  const adjustmentRows = model.adjustments.map((a) => [
    date(a.date), unitName(a.unit), a.category, a.level, a.points,
    a.relatedItem === null ? null : how.idSpelling ? how.idSpelling(a.relatedItem, relations++) : a.relatedItem, null,
  ]);
  const sheets: { name: string; values: Grid }[] = [
    { name: '台账', values: [['青川市督查台账'], LEDGER_HEADER, ...ledger] },
    { name: '单位', values: [ROSTER_HEADER, ...ordered(rosterRows, how.rosterOrder)] },
    { name: '加减分', values: [ADJUSTMENT_HEADER, ...ordered(adjustmentRows, how.adjustmentOrder)] },
    { name: '规则', values: [['参数', '值'], ['规则集', model.preset]] },
  ];
  return { sheets };
}

/** A permutation of 0 … n−1. */
export const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n });

/** A ledger model with a permutation for each of its sheets. */
export const shuffledLedger = (preset?: PresetName) =>
  ledgerModel(preset).chain((model) =>
    fc.record({
      model: fc.constant(model),
      ledgerOrder: permutation(model.items.length),
      rosterOrder: permutation(model.units.length),
      adjustmentOrder: permutation(model.adjustments.length),
    }),
  );

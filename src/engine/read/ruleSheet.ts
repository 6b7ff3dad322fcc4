// The 规则 sheet: `参数 | 值` rows that choose the preset and override its parameters.
import type { PresetName, Problem, RuleParams, RuleSet } from '../model';
import { MSG } from './messages';
import { DEFAULT_PRESET, isPresetName, PRESETS } from '../rules/presets';
import { isColumnMapName } from './columnMap';
import { applyRuleTables, isRuleTableName } from './ruleTables';
import { RULES_COLUMNS } from './schema';
import { RowReader, type Table } from './table';
import { cellText, normalizeText } from '../text';

type RulesKey = (typeof RULES_COLUMNS)[number]['key'];

interface ParamSpec {
  key: keyof RuleParams;
  expected: string;
  parse: (text: string) => RuleParams[keyof RuleParams] | null;
}

const number = (min: number, max = Infinity, integer = false) => (text: string) => {
  const n = Number(normalizeText(text));
  if (text === '' || !Number.isFinite(n) || n < min || n > max) return null;
  return integer && !Number.isInteger(n) ? null : n;
};

/** A parameter that takes one of a few words. */
function choice<T extends string>(words: Readonly<Record<string, T>>): (text: string) => T | null {
  const byWord = new Map(Object.entries(words));
  return (text) => byWord.get(normalizeText(text)) ?? null;
}

const YES_NO = new Map([
  ['是', true],
  ['否', false],
]);
const yesNo = (text: string) => YES_NO.get(normalizeText(text)) ?? null;

const PRESET_PARAM = '规则集';

/** The 参数 names staff write, with the value each takes. */
const PARAMS: Readonly<Record<string, ParamSpec>> = {
  每项分值: { key: 'itemValue', expected: '大于 0 的数值', parse: number(Number.MIN_VALUE) },
  逾期办结系数: { key: 'lateFactor', expected: '0 到 1 之间的数值', parse: number(0, 1) },
  功效系数范围: {
    key: 'coefficientScope',
    expected: '「全部」或「类别」',
    parse: choice({ 全部: 'all', 类别: 'category' }),
  },
  延期上限月数: { key: 'extensionMonths', expected: '不小于 0 的整数', parse: number(0, 120, true) },
  临期工作日: { key: 'dueSoonWorkdays', expected: '不小于 0 的整数', parse: number(0, 365, true) },
  基础分: { key: 'baseScore', expected: '不小于 0 的数值', parse: number(0) },
  加分上限: { key: 'bonusCap', expected: '不小于 0 的数值', parse: number(0) },
  减分上限: { key: 'deductionCap', expected: '不小于 0 的数值', parse: number(0) },
  月排名加分: { key: 'monthlyRankBonus', expected: '不小于 0 的数值', parse: number(0) },
  实效加分: { key: 'effectivenessBonus', expected: '不小于 0 的数值', parse: number(0) },
  多责任单位: { key: 'multiUnit', expected: '「全部计分」或「仅第一个」', parse: choice({ 全部计分: 'all', 仅第一个: 'firstOnly' }) },
  下步工作要求: { key: 'closingText', expected: '一段文字', parse: (t) => (t.trim() ? t.trim() : null) },
  报送宽限工作日: { key: 'reportGraceWorkdays', expected: '不小于 0 的整数', parse: number(0, 60, true) },
  月度通报计入批评次数: { key: 'monthlyBulletinCriticism', expected: '「是」或「否」', parse: yesNo },
  取消评先树优批评次数: { key: 'praiseBarCriticisms', expected: '不小于 0 的整数（0 表示不取消）', parse: number(0, 366, true) },
  // The documents' heading and numbers (通知单, 催办单, 通报).
  发文单位: { key: 'issuer', expected: '单位名称', parse: (t) => (t.trim() ? t.trim() : null) },
  通知单编号前缀: { key: 'noticePrefix', expected: '文字（可为空）', parse: (t) => t.trim() },
  通知单起始号: { key: 'noticeStart', expected: '不小于 1 的整数', parse: number(1, 1e6, true) },
  催办单编号前缀: { key: 'urgePrefix', expected: '文字（可为空）', parse: (t) => t.trim() },
  催办单起始号: { key: 'urgeStart', expected: '不小于 1 的整数', parse: number(1, 1e6, true) },
  联系电话: { key: 'phone', expected: '电话号码', parse: (t) => t.trim() },
  期号: { key: 'issueNumber', expected: '不小于 1 的整数', parse: number(1, 1e6, true) },
};

const PARAM_NAMES = [PRESET_PARAM, ...Object.keys(PARAMS)];

/**
 * The rule set in force: the preset named by `preset` (the CLI's --preset), else by the sheet's
 * 规则集 row, else sanmenxia-2019; then the sheet's parameter overrides.
 */
export function readRules(table: Table<RulesKey> | null, preset: PresetName | undefined, problems: Problem[]): RuleSet {
  const overrides: Partial<RuleParams> = {};
  let named: PresetName | undefined;
  for (const row of table?.rows ?? []) {
    const r = new RowReader(table as Table<RulesKey>, row, problems);
    const name = normalizeText(cellText(r.value('name')));
    const text = cellText(r.value('value'));
    if (!name) continue;
    if (name === PRESET_PARAM) {
      const presetName = normalizeText(text);
      if (isPresetName(presetName)) named = presetName;
      else r.error('value', MSG.unknownPreset(text, Object.keys(PRESETS)));
      continue;
    }
    // Column mapping and table rows, not parameters: columnMap.ts and ruleTables.ts read these rows.
    if (isColumnMapName(name) || isRuleTableName(name)) continue;
    const spec = PARAMS[name];
    if (!spec) {
      r.error('name', MSG.unknownParameter(cellText(r.value('name')), PARAM_NAMES));
      continue;
    }
    const value = spec.parse(text);
    if (value === null) r.error('value', MSG.badParameter(name, text, spec.expected));
    else Object.assign(overrides, { [spec.key]: value });
  }
  const base = PRESETS[preset ?? named ?? DEFAULT_PRESET];
  return applyRuleTables(table, { ...base, params: { ...base.params, ...overrides } }, problems);
}

/** The preset the sheet's 规则集 row names, or null when it names none (the task pane's default pick). */
export function namedPreset(table: Table<RulesKey> | null): PresetName | null {
  // Problems are validation's business; here only the name matters.
  const ignored: Problem[] = [];
  for (const row of table?.rows ?? []) {
    const r = new RowReader(table as Table<RulesKey>, row, ignored);
    if (normalizeText(cellText(r.value('name'))) !== PRESET_PARAM) continue;
    const name = normalizeText(cellText(r.value('value')));
    return isPresetName(name) ? name : null;
  }
  return null;
}

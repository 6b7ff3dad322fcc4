// The [规则] argument: a preset name in one cell (sanmenxia-2019, district-dynamic), or a 规则
// table (`参数 | 值` with its header row) as on the 规则 sheet, read by the engine's own reader.
import { MSG } from '../read/messages';
import type { Grid, PresetName, Problem, RuleSet } from '../model';
import { isPresetName, PRESETS } from '../rules/presets';
import { readRules } from '../read/ruleSheet';
import { RULES_COLUMNS } from '../read/schema';
import { readTable } from '../read/table';
import { cellText, normalizeText } from '../text';
import { tableArg, type TableArg } from './args';
import { InputError } from './inputError';
import { firstError } from './problems';

const RULES_PARAM = '规则';

export type RulesChoice = { preset?: PresetName; table: Grid | null };

/** A preset name, or a 规则 table for the workbook the ledger functions build. */
export function rulesChoice(value: TableArg): RulesChoice {
  const grid = tableArg(value, RULES_PARAM);
  if (!grid || grid.length > 1 || grid[0].length > 1) return { table: grid };
  const text = cellText(grid[0][0]);
  const preset = normalizeText(text);
  if (!isPresetName(preset)) throw new InputError(MSG.unknownPreset(text, Object.keys(PRESETS)));
  return { preset, table: null };
}

/** The rule set for functions that take no ledger (LIGHT, STAGE, POINTS). */
export function ruleSetArg(value: TableArg): RuleSet {
  const { preset, table } = rulesChoice(value);
  const problems: Problem[] = [];
  const rules = table ? readTable<'name' | 'value'>({ name: RULES_PARAM, values: table }, RULES_COLUMNS, problems) : null;
  const ruleSet = readRules(rules, preset, problems);
  const error = firstError(problems);
  if (error) throw new InputError(error);
  return ruleSet;
}

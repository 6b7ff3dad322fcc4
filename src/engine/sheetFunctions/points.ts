// DUBAN.POINTS: an adjustment's value in the preset's table (seed 001 附件2, seed 002 第十三条).
import { entryPoints } from '../score/adjustmentPoints';
import { canonicalLevel, findCategory } from '../read/adjustmentSheet';
import { MSG } from '../read/messages';
import type { RuleSet } from '../model';
import { InputError } from './inputError';

/** Signed: a deduction is negative, so a column of POINTS sums to the net adjustment. */
export function tablePoints(categoryText: string, levelText: string, rules: RuleSet): number {
  const category = findCategory(rules, categoryText);
  if (!category) {
    throw new InputError(MSG.unknownCategory(categoryText, rules.preset, rules.adjustmentCategories.map((c) => c.name)));
  }
  const known = Object.keys(category.points);
  if (category.levelKind !== 'none' && !levelText) throw new InputError(MSG.missingLevel(category.name, known));
  const level = category.levelKind === 'none' ? null : canonicalLevel(levelText);
  const points = entryPoints(rules, category.name, level, null);
  if (points === null) throw new InputError(MSG.unknownLevel(category.name, levelText, known));
  return points;
}

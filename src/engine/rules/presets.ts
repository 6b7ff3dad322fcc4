import type { PresetName, RuleSet } from '../model';
import { DISTRICT_DYNAMIC } from './districtDynamic';
import { SANMENXIA_2019 } from './sanmenxia2019';

export const PRESETS: Readonly<Record<PresetName, RuleSet>> = {
  'sanmenxia-2019': SANMENXIA_2019,
  'district-dynamic': DISTRICT_DYNAMIC,
};

export const DEFAULT_PRESET: PresetName = 'sanmenxia-2019';

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

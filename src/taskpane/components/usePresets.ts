import { useEffect, useState } from 'react';
import type { PresetName } from '../../engine/model';
import { DEFAULT_PRESET, PRESETS } from '../../engine/rules/presets';
import type { TaskpaneActions } from '../actions';
import { SETTINGS } from '../texts';
import { messageOf } from './messageOf';

export interface PresetState {
  available: readonly PresetName[];
  fromRules: PresetName | null;
  preset: PresetName;
  setPreset: (preset: PresetName) => void;
  /** Set when the workbook could not be asked; the engine's presets are offered instead. */
  warning: string | null;
  /** The workbook has answered (or failed to): `preset` is the one to use. */
  ready: boolean;
}

const ENGINE_PRESETS = Object.keys(PRESETS) as PresetName[];

/** The presets the workbook allows, preselecting the one its 规则 sheet names. */
export function usePresets(actions: TaskpaneActions): PresetState {
  const [available, setAvailable] = useState<readonly PresetName[]>(ENGINE_PRESETS);
  const [fromRules, setFromRules] = useState<PresetName | null>(null);
  const [preset, setPreset] = useState<PresetName>(DEFAULT_PRESET);
  const [warning, setWarning] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    actions.presets().then(
      (info) => {
        if (!live) return;
        setAvailable(info.available);
        setFromRules(info.fromRules);
        setPreset(info.fromRules ?? DEFAULT_PRESET);
        setReady(true);
      },
      (error: unknown) => {
        if (!live) return;
        setWarning(SETTINGS.presetUnreadable(messageOf(error)));
        setReady(true);
      },
    );
    return () => {
      live = false;
    };
  }, [actions]);
  return { available, fromRules, preset, setPreset, warning, ready };
}

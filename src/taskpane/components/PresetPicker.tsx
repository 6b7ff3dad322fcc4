import { Field, Select } from '@fluentui/react-components';
import type { PresetName } from '../../engine/model';
import { PRESET_LABELS, SETTINGS } from '../texts';
import { useSelectStyles } from './selectStyles';

export interface PresetPickerProps {
  available: readonly PresetName[];
  fromRules: PresetName | null;
  value: PresetName;
  onChange: (preset: PresetName) => void;
  disabled: boolean;
  /** Why the 规则 sheet could not be read, when it could not. */
  warning: string | null;
}

export function PresetPicker({ available, fromRules, value, onChange, disabled, warning }: PresetPickerProps) {
  const styles = useSelectStyles();
  return (
    <Field label={SETTINGS.preset} validationState={warning ? 'warning' : 'none'} validationMessage={warning ?? undefined}>
      <Select
        select={{ className: styles.select }}
        value={value}
        disabled={disabled}
        // The options are exactly `available`, so the value is one of them.
        onChange={(_, data) => onChange(data.value as PresetName)}
      >
        {available.map((name) => (
          <option key={name} value={name}>
            {PRESET_LABELS[name]}
            {name === fromRules ? SETTINGS.presetFromRules : ''}
          </option>
        ))}
      </Select>
    </Field>
  );
}

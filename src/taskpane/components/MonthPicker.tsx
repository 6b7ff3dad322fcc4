import { Field, Select } from '@fluentui/react-components';
import type { MonthOption } from '../months';
import { SETTINGS } from '../texts';
import { useSelectStyles } from './selectStyles';

export interface MonthPickerProps {
  options: readonly MonthOption[];
  value: string;
  onChange: (month: string) => void;
  disabled: boolean;
}

// A list rather than <input type="month">: Excel on Mac runs the pane in Safari's engine, which
// shows that input as a bare text box.
export function MonthPicker({ options, value, onChange, disabled }: MonthPickerProps) {
  const styles = useSelectStyles();
  return (
    <Field label={SETTINGS.month} hint={SETTINGS.monthHint}>
      <Select select={{ className: styles.select }} value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

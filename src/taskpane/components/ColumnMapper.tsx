import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters } from '../../engine/cellAddress';
import type { ColumnChoice } from '../../engine/read/columnMap';
import type { SheetReading } from '../../engine/read/sheetReading';
import type { ColumnMapProposal } from '../actions';
import { changedChoices, clashes, currentSelection, headerAt, missingRequired, type Selection } from '../columnChoices';
import { COLUMN_MAP } from '../texts';
import { ColumnMapPreview } from './ColumnMapPreview';
import { useSelectStyles } from './selectStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 0` },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ColumnMapperProps {
  /** How the 台账 was read: its headers, and each DUBAN column's current guess. */
  reading: SheetReading;
  busy: boolean;
  /** The plan for these picks, from planColumnMap; null until asked for. */
  proposal: ColumnMapProposal | null;
  onPreview: (choices: readonly ColumnChoice[]) => void;
  onConfirm: (proposal: ColumnMapProposal) => void;
  /** Back from the preview to the drop-downs. */
  onBack: () => void;
  onClose: () => void;
}

/** 列对应: a drop-down of the sheet's headers for each DUBAN 台账 column, then the preview. */
export function ColumnMapper({ reading, busy, proposal, onPreview, onConfirm, onBack, onClose }: ColumnMapperProps) {
  const styles = useStyles();
  const selectStyles = useSelectStyles();
  const [selection, setSelection] = useState<Selection>(() => currentSelection(reading));
  const missing = missingRequired(reading);
  const clashing = clashes(reading, selection);
  const choices = changedChoices(reading, selection);

  return (
    <section aria-labelledby="duban-columns-heading" className={styles.root}>
      <h2 id="duban-columns-heading" className={styles.heading}>
        {COLUMN_MAP.heading}
      </h2>
      {proposal ? (
        <ColumnMapPreview proposal={proposal} busy={busy} onConfirm={onConfirm} onBack={onBack} />
      ) : (
        <>
          <Text>{COLUMN_MAP.intro(reading.sheet)}</Text>
          {missing.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{COLUMN_MAP.missing(missing.map((c) => c.name))}</MessageBarBody>
            </MessageBar>
          )}
          {reading.columns.map((c) => {
            const picked = selection[c.key] ?? null;
            const other = clashing.get(c.key);
            const problem =
              picked === null
                ? c.required && COLUMN_MAP.pickMissing
                : other && COLUMN_MAP.duplicate(COLUMN_MAP.option(columnLetters(picked), headerAt(reading, picked)), other);
            return (
              <Field
                key={c.key}
                label={`${c.name}${c.required ? COLUMN_MAP.required : ''}`}
                validationState={problem ? 'error' : 'none'}
                validationMessage={problem || undefined}
              >
                <Select
                  select={{ className: selectStyles.select }}
                  value={picked === null ? '' : String(picked)}
                  disabled={busy}
                  onChange={(_, data) => setSelection({ ...selection, [c.key]: data.value === '' ? null : Number(data.value) })}
                >
                  {/* None only where the sheet has none: a 列名 row can name a header, not take one away. */}
                  {c.column === null && <option value="">{COLUMN_MAP.none}</option>}
                  {reading.headers.map((h) => (
                    <option key={h.column} value={String(h.column)}>
                      {COLUMN_MAP.option(columnLetters(h.column), h.text)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          <div className={styles.buttons}>
            <Button appearance="primary" disabledFocusable={busy || clashing.size > 0} onClick={() => onPreview(choices)}>
              {COLUMN_MAP.preview}
            </Button>
            <Button disabledFocusable={busy} onClick={onClose}>
              {COLUMN_MAP.close}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

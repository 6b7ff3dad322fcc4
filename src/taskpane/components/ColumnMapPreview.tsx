import { useEffect, useRef } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ColumnMapProposal } from '../actions';
import { COLUMN_MAP } from '../texts';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ColumnMapPreviewProps {
  proposal: ColumnMapProposal;
  busy: boolean;
  onConfirm: (proposal: ColumnMapProposal) => void;
  onBack: () => void;
}

/** Exactly what confirming writes on the 规则 sheet, row by row (1-based, as the sheet shows them). */
export function ColumnMapPreview({ proposal, busy, onConfirm, onBack }: ColumnMapPreviewProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // The drop-downs that had the focus are gone: a keyboard or screen-reader user starts here.
  useEffect(() => heading.current?.focus(), []);
  const { sheet, plan } = proposal;
  const empty = plan.writes.length === 0;
  return (
    <>
      <h3 ref={heading} tabIndex={-1} className={styles.heading}>
        {COLUMN_MAP.previewHeading(sheet)}
      </h3>
      {empty ? (
        <Text>{COLUMN_MAP.unchanged}</Text>
      ) : (
        <>
          <ul className={styles.list}>
            {plan.createSheet && <li>{COLUMN_MAP.createSheet(sheet)}</li>}
            {plan.writes.map((w) => (
              <li key={w.row}>
                {w.replaces === null ? COLUMN_MAP.newRow(w.row + 1, w.values[0], w.values[1]) : COLUMN_MAP.replaceRow(w.row + 1, w.replaces, w.values[1])}
              </li>
            ))}
          </ul>
          <Text>{COLUMN_MAP.onlyWrite}</Text>
        </>
      )}
      <div className={styles.buttons}>
        {!empty && (
          <Button appearance="primary" disabledFocusable={busy} onClick={() => onConfirm(proposal)}>
            {COLUMN_MAP.confirm}
          </Button>
        )}
        <Button disabledFocusable={busy} onClick={onBack}>
          {COLUMN_MAP.back}
        </Button>
      </div>
    </>
  );
}

import { useId } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RegistrationRow } from '../../engine/report/registration';
import { REGISTRATION_PANE } from '../noticeTexts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Columns sized by their text (Fluent's fixed layout gives each a sixth and breaks 北塬县 into a
  // column of characters): each value on one line, only the 说明 wraps; a long unit name scrolls
  // the table sideways rather than squeezing the others.
  scroll: { overflowX: 'auto' },
  table: { tableLayout: 'auto' },
  oneLine: { whiteSpace: 'nowrap' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The 说明, last of registerColumns: the one column that wraps. */
const NOTE_COLUMN = REGISTRATION_PANE.columns.length - 1;

export interface RegistrationOfferProps {
  title: string;
  /** The sentence above the rows: what they are and where they go. */
  lead: string;
  rows: readonly RegistrationRow[];
  busy: boolean;
  onRegister: () => void;
  onSkip: () => void;
}

/** 登记 to 加减分: the rows listed first; nothing is written until the user confirms. */
export function RegistrationOffer({ title, lead, rows, busy, onRegister, onSkip }: RegistrationOfferProps) {
  const styles = useStyles();
  // Two offers may be open at once (登记催办 and the suggestions): each its own title id.
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{title}</MessageBarTitle>
          {lead}
        </MessageBarBody>
      </MessageBar>
      {/* Focusable, so a keyboard can scroll the wide table sideways in a narrow pane. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={REGISTRATION_PANE.rows}>
        <Table size="small" className={styles.table} aria-labelledby={titleId}>
          <TableHeader>
            <TableRow>
              {REGISTRATION_PANE.columns.map((column) => (
                <TableHeaderCell key={column} className={styles.oneLine}>
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.unit}|${row.relatedItem}|${row.date}`}>
                {REGISTRATION_PANE.cells(row).map((text, i) => (
                  <TableCell key={REGISTRATION_PANE.columns[i]} className={i < NOTE_COLUMN ? styles.oneLine : undefined}>
                    {text}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onRegister}>
          {REGISTRATION_PANE.register}
        </Button>
        <Button disabledFocusable={busy} onClick={onSkip}>
          {REGISTRATION_PANE.skip}
        </Button>
      </div>
    </section>
  );
}

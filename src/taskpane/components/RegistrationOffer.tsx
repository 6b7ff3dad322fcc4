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
import { NOTICE_PANE } from '../noticeTexts';

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
const NOTE_COLUMN = NOTICE_PANE.registerColumns.length - 1;

export interface RegistrationOfferProps {
  sheet: string;
  rows: readonly RegistrationRow[];
  busy: boolean;
  onRegister: () => void;
  onSkip: () => void;
}

/** 登记催办: the rows listed first; nothing is written until the user confirms. */
export function RegistrationOffer({ sheet, rows, busy, onRegister, onSkip }: RegistrationOfferProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="duban-register-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="duban-register-title">{NOTICE_PANE.registerTitle}</MessageBarTitle>
          {NOTICE_PANE.registerLead(sheet, rows.length)}
        </MessageBarBody>
      </MessageBar>
      {/* Focusable, so a keyboard can scroll the wide table sideways in a narrow pane. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={NOTICE_PANE.registerRows}>
        <Table size="small" className={styles.table} aria-labelledby="duban-register-title">
          <TableHeader>
            <TableRow>
              {NOTICE_PANE.registerColumns.map((column) => (
                <TableHeaderCell key={column} className={styles.oneLine}>
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.unit}|${row.relatedItem}`}>
                {NOTICE_PANE.registerCells(row).map((text, i) => (
                  <TableCell key={NOTICE_PANE.registerColumns[i]} className={i < NOTE_COLUMN ? styles.oneLine : undefined}>
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
          {NOTICE_PANE.register}
        </Button>
        <Button disabledFocusable={busy} onClick={onSkip}>
          {NOTICE_PANE.skip}
        </Button>
      </div>
    </section>
  );
}

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
  // The six columns scroll sideways inside a narrow pane rather than squeezing the text.
  scroll: { overflowX: 'auto' },
  table: { minWidth: '520px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

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
                <TableHeaderCell key={column}>{column}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.unit}|${row.relatedItem}`}>
                {NOTICE_PANE.registerCells(row).map((text, i) => (
                  <TableCell key={NOTICE_PANE.registerColumns[i]}>{text}</TableCell>
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

import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { OUTSIDE_EXCEL } from '../texts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '640px',
    lineHeight: tokens.lineHeightBase400,
    // The Mac folder path has no break opportunities and would run off a narrow window.
    overflowWrap: 'anywhere',
  },
  warning: { color: tokens.colorPaletteRedForeground2 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface OutsideExcelProps {
  /** office.js did not load at all (blocked CDN), as opposed to a page opened outside Excel. */
  officeJsMissing: boolean;
}

/** What a plain browser shows instead of the pane: what this page is and how to load the add-in. */
export function OutsideExcel({ officeJsMissing }: OutsideExcelProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{OUTSIDE_EXCEL.title}</Title3>
      <Body1 as="p">{OUTSIDE_EXCEL.lead}</Body1>
      {officeJsMissing && (
        <Body1 as="p" className={styles.warning}>
          {OUTSIDE_EXCEL.noOfficeJs}
        </Body1>
      )}
      <Body1 as="p">{OUTSIDE_EXCEL.howTo}</Body1>
      <ol className={styles.steps}>
        {OUTSIDE_EXCEL.steps.map((step) => (
          <li key={step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
      <Body1 as="p">{OUTSIDE_EXCEL.cli}</Body1>
    </main>
  );
}

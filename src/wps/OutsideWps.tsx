import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { OUTSIDE_WPS } from './texts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, maxWidth: '640px' },
});

/** What the WPS pane shows outside WPS 表格: what this page is and how to install it. */
export function OutsideWps() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{OUTSIDE_WPS.title}</Title3>
      <Body1 as="p">{OUTSIDE_WPS.lead}</Body1>
      <Body1 as="p">{OUTSIDE_WPS.howTo}</Body1>
    </main>
  );
}

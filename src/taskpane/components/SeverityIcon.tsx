import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../engine/model';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
});

/** Decorative: the severity is always spelled out in text next to it, for screen readers and print. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  return severity === '错误' ? (
    <ErrorCircle16Filled aria-hidden className={styles.error} />
  ) : (
    <Warning16Filled aria-hidden className={styles.warning} />
  );
}

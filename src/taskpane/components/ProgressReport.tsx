import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Step } from '../actions';
import { PROGRESS } from '../texts';

export interface Progress {
  step: Step;
  done: number;
  total: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface ProgressReportProps {
  running: boolean;
  /** null until the work reports its first step. */
  progress: Progress | null;
}

export function ProgressReport({ running, progress }: ProgressReportProps) {
  const styles = useStyles();
  const text = progress ? PROGRESS.step(progress.step, progress.done, progress.total) : PROGRESS.starting;
  // An indeterminate bar until a step with a known total arrives.
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={styles.root}>
      {/* Always in the page: screen readers announce changes only to a live region that exists. */}
      <Text role="status" aria-live="polite" size={200}>
        {running ? text : ''}
      </Text>
      {running && <ProgressBar aria-label={PROGRESS.label} aria-valuetext={text} value={value} thickness="large" />}
    </div>
  );
}

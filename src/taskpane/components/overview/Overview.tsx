import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { formatChineseDay } from '../../../engine/calendar/dates';
import type { OverviewResult } from '../../actions';
import { OVERVIEW } from '../../texts';
import { ItemList } from './ItemList';
import { LightPanel } from './LightPanel';
import { ScoreChart } from './ScoreChart';
import { TrendChart } from './TrendChart';

/** Where the overview stands: being made, made, or not made (the reason in Chinese). */
export type OverviewState = { kind: 'loading' } | { kind: 'ready'; result: OverviewResult } | { kind: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  subheading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXXS}` },
  asOf: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface OverviewProps {
  state: OverviewState;
  /** Selects a cell of a sheet, as a problem of the validation does. */
  onGoTo: (sheet: string, cell: string) => void;
}

/** 概览: where the month stands, before any table. */
export function Overview({ state, onGoTo }: OverviewProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="duban-overview-heading" className={styles.root}>
      <h2 id="duban-overview-heading" className={styles.heading}>
        {OVERVIEW.heading}
      </h2>
      <OverviewBody state={state} onGoTo={onGoTo} />
    </section>
  );
}

function OverviewBody({ state, onGoTo }: OverviewProps) {
  const styles = useStyles();
  if (state.kind === 'loading') return <Spinner size="tiny" labelPosition="after" label={OVERVIEW.loading} />;
  if (state.kind === 'failed' || state.result.overview === null) {
    const message = state.kind === 'failed' ? OVERVIEW.failed(state.message) : OVERVIEW.invalid(state.result.validation.errors);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    );
  }
  const overview = state.result.overview;
  const { period, charts } = overview;
  const goToItem = (cell: string) => onGoTo(overview.sheet, cell);
  return (
    <>
      <p className={styles.asOf}>{OVERVIEW.asOf(formatChineseDay(period.asOf), overview.dueSoonWorkdays)}</p>
      {overview.items.length === 0 && <p className={styles.asOf}>{OVERVIEW.empty}</p>}
      <LightPanel overview={overview} onGoTo={goToItem} />

      <h3 className={styles.subheading}>{OVERVIEW.dueSoonHeading(overview.dueSoonWorkdays, overview.dueSoon.length)}</h3>
      <ItemList items={overview.dueSoon} onGoTo={goToItem} />
      <h3 className={styles.subheading}>{OVERVIEW.newlyOverdueHeading(formatChineseDay(overview.previousWorkday), overview.newlyOverdue.length)}</h3>
      <ItemList items={overview.newlyOverdue} onGoTo={goToItem} />

      <h3 className={styles.subheading}>{OVERVIEW.trendHeading}</h3>
      <TrendChart spec={charts.completion} year={period.year} />
      <TrendChart spec={charts.overdue} year={period.year} />

      <h3 className={styles.subheading}>{OVERVIEW.scoresHeading}</h3>
      {charts.scores.map((spec) => (
        <ScoreChart key={spec.category} spec={spec} />
      ))}
    </>
  );
}

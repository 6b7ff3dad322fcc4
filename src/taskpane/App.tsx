import { useCallback, useMemo, useRef, useState } from 'react';
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { OnProgress, TaskpaneActions } from './actions';
import { ActionBar, type Task } from './components/ActionBar';
import { ConflictDialog } from './components/ConflictDialog';
import { FunctionList } from './components/FunctionList';
import { messageOf } from './components/messageOf';
import { MonthPicker } from './components/MonthPicker';
import { Overview } from './components/overview/Overview';
import { useOverview } from './components/overview/useOverview';
import { type Outcome, OutcomeSummary } from './components/OutcomeSummary';
import { PresetPicker } from './components/PresetPicker';
import { type Progress, ProgressReport } from './components/ProgressReport';
import { useConflictPrompt } from './components/useConflictPrompt';
import { usePresets } from './components/usePresets';
import { ValidationReport } from './components/ValidationReport';
import { defaultMonth, isoDay, recentMonths } from './months';
import { APP, FAILURE } from './texts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
  settings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface AppProps {
  actions: TaskpaneActions;
  /** The clock, for the default month; tests pass a fixed day. */
  today?: Date;
}

export function App({ actions, today }: AppProps) {
  const styles = useStyles();
  const months = useMemo(() => recentMonths(today ?? new Date()), [today]);
  const [month, setMonth] = useState(() => defaultMonth(months));
  const presets = usePresets(actions);
  const day = useMemo(() => isoDay(today ?? new Date()), [today]);
  const overviewRequest = { month, preset: presets.preset, today: day };
  const overview = useOverview(actions, overviewRequest, presets.ready);
  const [running, setRunning] = useState<Task | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [goToError, setGoToError] = useState<string | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const conflict = useConflictPrompt(useCallback(() => trigger.current?.focus(), []));

  const onProgress: OnProgress = useCallback((step, done, total) => setProgress({ step, done, total }), []);

  const goTo = useCallback(
    (sheet: string, cell: string) => {
      setGoToError(null);
      actions.goTo(sheet, cell).catch((error: unknown) => setGoToError(FAILURE.goToFailed(sheet, messageOf(error))));
    },
    [actions],
  );

  async function work(task: Task): Promise<Outcome> {
    switch (task) {
      case 'validate': {
        // 校验 reads the workbook once for both: the problems and the overview.
        const result = await actions.overview(overviewRequest, onProgress);
        overview.show(result);
        return { kind: 'validation', result: result.validation };
      }
      case 'ranking':
        return { kind: 'generated', result: await actions.generateRanking(month, presets.preset, conflict.ask, onProgress) };
      case 'bulletin':
        return { kind: 'generated', result: await actions.generateBulletin(month, presets.preset, conflict.ask, onProgress) };
      case 'template':
        return { kind: 'template', result: await actions.createTemplate(onProgress) };
    }
  }

  async function run(task: Task, button: HTMLElement) {
    trigger.current = button;
    setRunning(task);
    setProgress(null);
    setOutcome(null);
    setGoToError(null);
    try {
      setOutcome(await work(task));
    } catch (error) {
      setOutcome({ kind: 'failed', message: messageOf(error) });
    } finally {
      setRunning(null);
      setProgress(null);
    }
  }

  // A generation refused for errors lists them like 校验台账 does, so they can be fixed from here.
  const validation =
    outcome?.kind === 'validation' ? outcome.result : outcome?.kind === 'generated' && outcome.result.kind === 'invalid' ? outcome.result.validation : null;
  const busy = running !== null;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {APP.title}
        </Title3>
        <Caption1>{APP.subtitle}</Caption1>
      </header>
      <div className={styles.settings}>
        <PresetPicker
          available={presets.available}
          fromRules={presets.fromRules}
          value={presets.preset}
          onChange={presets.setPreset}
          disabled={busy}
          warning={presets.warning}
        />
        <MonthPicker options={months} value={month} onChange={setMonth} disabled={busy} />
      </div>
      <ActionBar busy={busy} onRun={(task, button) => void run(task, button)} />
      <ProgressReport running={busy} progress={progress} />
      {/* One live region for every outcome, present before any outcome so it is announced. */}
      <div role="status" aria-live="polite">
        {outcome && <OutcomeSummary outcome={outcome} onGoTo={goTo} />}
        {goToError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{FAILURE.title}</MessageBarTitle>
              {goToError}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Overview state={overview.state} onGoTo={goTo} />
      {validation && <ValidationReport result={validation} onGoTo={goTo} />}
      <ConflictDialog conflict={conflict.pending} onAnswer={conflict.answer} />
      <FunctionList />
    </main>
  );
}

import { useCallback, useMemo, useRef, useState } from 'react';
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { ColumnChoice } from '../engine/read/columnMap';
import type { SheetReading } from '../engine/read/sheetReading';
import type { ColumnMapProposal, OnProgress, TaskpaneActions } from './actions';
import { ledgerReading, missingRequired } from './columnChoices';
import { ActionBar, type Task } from './components/ActionBar';
import { AdjustmentRegistration } from './components/AdjustmentRegistration';
import { BulletinDownload } from './components/BulletinDownload';
import { DocumentsPanel } from './components/DocumentsPanel';
import { ColumnMapper } from './components/ColumnMapper';
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
import { SUGGESTION_OFFER } from './noticeTexts';
import { APP, COLUMN_MAP, FAILURE } from './texts';

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

/** The validation an outcome carries: 校验台账's, or a generation's refused for errors. */
function validationOf(outcome: Outcome | null) {
  if (outcome?.kind === 'validation') return outcome.result;
  return outcome?.kind === 'generated' && outcome.result.kind === 'invalid' ? outcome.result.validation : null;
}

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
  // The 通知单 / 催办单 panel and the Word download run on their own; the other buttons wait for them.
  const [sideBusy, setSideBusy] = useState(false);
  // The 列对应 step: the 台账's reading it starts from (a new `round` for each validation, so the
  // drop-downs start again from the new reading), and the plan shown for confirmation.
  const [mapper, setMapper] = useState<{ reading: SheetReading; round: number } | null>(null);
  const [proposal, setProposal] = useState<ColumnMapProposal | null>(null);
  const [mapperNote, setMapperNote] = useState<string | null>(null);
  const rounds = useRef(0);
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

  /** 校验 reads the workbook once for both: the problems and the overview. */
  async function validateWithOverview(): Promise<Outcome> {
    const result = await actions.overview(overviewRequest, onProgress);
    overview.show(result);
    return { kind: 'validation', result: result.validation };
  }

  async function work(task: Task): Promise<Outcome> {
    switch (task) {
      case 'validate':
        return validateWithOverview();
      case 'ranking':
        return { kind: 'generated', result: await actions.generateRanking(month, presets.preset, conflict.ask, onProgress) };
      case 'bulletin':
        return { kind: 'generated', result: await actions.generateBulletin(month, presets.preset, conflict.ask, onProgress) };
      case 'template':
        return { kind: 'template', result: await actions.createTemplate(onProgress) };
      case 'columns':
        // The step starts from how the 台账 is read now.
        return { kind: 'validation', result: await actions.validate(month, onProgress) };
    }
  }

  /** Opens the 列对应 step after a validation that misses a required 台账 column, or when asked. */
  function offerMapping(next: Outcome, asked: boolean) {
    const validation = validationOf(next);
    const reading = validation && ledgerReading(validation.readings);
    if (reading && (asked || missingRequired(reading).length > 0)) setMapper({ reading, round: (rounds.current += 1) });
    else if (asked) setMapperNote(COLUMN_MAP.noHeader);
  }

  /** Runs one piece of work at a time; `next` null keeps the outcome shown. */
  async function perform(task: Task, work: () => Promise<Outcome | null>) {
    setRunning(task);
    setProgress(null);
    setGoToError(null);
    try {
      const next = await work();
      if (next) setOutcome(next);
    } catch (error) {
      setOutcome({ kind: 'failed', message: messageOf(error) });
    } finally {
      setRunning(null);
      setProgress(null);
    }
  }

  function run(task: Task, button: HTMLElement) {
    trigger.current = button;
    setOutcome(null);
    setMapper(null);
    setProposal(null);
    setMapperNote(null);
    return perform(task, async () => {
      const next = await work(task);
      offerMapping(next, task === 'columns');
      return next;
    });
  }

  const preview = (choices: readonly ColumnChoice[]) =>
    perform('columns', async () => {
      setProposal(await actions.planColumnMap(choices));
      return null;
    });

  // Written only here, on the user's confirmation; then validated again, as the user would next
  // (the overview too: the 台账 now reads differently).
  const confirm = (shown: ColumnMapProposal) =>
    perform('columns', async () => {
      setProposal(null);
      await actions.applyColumnMap(shown);
      setMapper(null);
      const next = await validateWithOverview();
      offerMapping(next, false);
      return next;
    });

  // A generation refused for errors lists them like 校验台账 does, so they can be fixed from here.
  const validation = validationOf(outcome);
  const busy = running !== null || sideBusy;

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
      <BulletinDownload actions={actions} month={month} preset={presets.preset} disabled={busy} onBusyChange={setSideBusy} />
      <ProgressReport running={running !== null} progress={progress} />
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
      {outcome?.kind === 'generated' && outcome.result.kind === 'done' && outcome.result.suggestions && (
        <AdjustmentRegistration offer={outcome.result.suggestions} texts={SUGGESTION_OFFER} actions={actions} disabled={busy} onBusyChange={setSideBusy} />
      )}
      <Overview state={overview.state} onGoTo={goTo} />
      {mapperNote && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{mapperNote}</MessageBarBody>
        </MessageBar>
      )}
      {mapper && (
        <ColumnMapper
          key={mapper.round}
          reading={mapper.reading}
          busy={busy}
          proposal={proposal}
          onPreview={(choices) => void preview(choices)}
          onConfirm={(shown) => void confirm(shown)}
          onBack={() => setProposal(null)}
          onClose={() => {
            setMapper(null);
            setProposal(null);
          }}
        />
      )}
      {validation && <ValidationReport result={validation} onGoTo={goTo} />}
      <ConflictDialog conflict={conflict.pending} onAnswer={conflict.answer} />
      <DocumentsPanel actions={actions} month={month} preset={presets.preset} disabled={busy} onBusyChange={setSideBusy} onConflict={conflict.ask} onGoTo={goTo} />
      <FunctionList />
    </main>
  );
}

import { useCallback, useState, type MouseEvent } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowRight16Regular, DocumentBulletList20Regular, MailAlert20Regular } from '@fluentui/react-icons';
import type { PresetName } from '../../engine/model';
import type { DocumentKind } from '../../engine/report/noticeBatch';
import type { NoticeRequest, NoticeResult, OnConflict, OnProgress, RegistrationOffer, TaskpaneActions } from '../actions';
import { NOTICE_PANE } from '../noticeTexts';
import { messageOf } from './messageOf';
import { type Progress, ProgressReport } from './ProgressReport';
import { AdjustmentRegistration } from './AdjustmentRegistration';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  buttons: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: tokens.spacingVerticalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface DocumentsPanelProps {
  actions: TaskpaneActions;
  month: string;
  preset: PresetName;
  /** The rest of the pane is at work. */
  disabled: boolean;
  /** Tells the pane this panel is at work, so its other buttons wait. */
  onBusyChange: (busy: boolean) => void;
  /** The pane's own question when a sheet of that name exists: one dialog for the whole pane. */
  onConflict: OnConflict;
  onGoTo: (sheet: string, cell: string) => void;
}

type Outcome = NoticeResult | { kind: 'failed'; message: string };

function OutcomeBar({ outcome, onGoTo }: { outcome: Outcome; onGoTo: DocumentsPanelProps['onGoTo'] }) {
  switch (outcome.kind) {
    case 'done':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{NOTICE_PANE.doneTitle}</MessageBarTitle>
            {NOTICE_PANE.done(outcome.sheet, outcome.documents)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<ArrowRight16Regular />} iconPosition="after" onClick={() => onGoTo(outcome.sheet, '')}>
              {NOTICE_PANE.goTo(outcome.sheet)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'empty':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{NOTICE_PANE.emptyTitle}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'cancelled':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{NOTICE_PANE.cancelled}</MessageBarBody>
        </MessageBar>
      );
    case 'invalid':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{NOTICE_PANE.invalidTitle}</MessageBarTitle>
            {NOTICE_PANE.invalid(outcome.validation.errors)}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      );
  }
}

/** 生成通知单, 生成催办单, and 登记催办 after 催办单 where the rule set deducts for them. */
export function DocumentsPanel({ actions, month, preset, disabled, onBusyChange, onConflict, onGoTo }: DocumentsPanelProps) {
  const styles = useStyles();
  const [scope, setScope] = useState<NoticeRequest['scope']>('selection');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The 登记催办 offer of the last 催办单 (cleared while the next are made, so each starts afresh).
  const [registration, setRegistration] = useState<RegistrationOffer | null>(null);
  const onProgress: OnProgress = useCallback((step, done, total) => setProgress({ step, done, total }), []);

  async function busyWhile(work: () => Promise<void>) {
    setRunning(true);
    onBusyChange(true);
    try {
      await work();
    } finally {
      setRunning(false);
      setProgress(null);
      onBusyChange(false);
    }
  }

  function generate(kind: DocumentKind, button: HTMLElement) {
    setOutcome(null);
    setRegistration(null);
    void busyWhile(async () => {
      try {
        const result = await actions.generateNotices({ kind, scope, month, preset }, onConflict, onProgress);
        // Back to the button after a dialog took the focus away.
        button.focus();
        setOutcome(result);
        if (result.kind === 'done' && result.registration) setRegistration(result.registration);
      } catch (error) {
        setOutcome({ kind: 'failed', message: messageOf(error) });
      }
    });
  }

  const busy = running || disabled;
  const notes = outcome && (outcome.kind === 'done' || outcome.kind === 'empty') ? outcome.notes : [];
  return (
    <section className={styles.root} aria-labelledby="duban-documents">
      <Subtitle2 as="h2" id="duban-documents" className={styles.heading}>
        {NOTICE_PANE.heading}
      </Subtitle2>
      <Field label={NOTICE_PANE.scope} hint={NOTICE_PANE.scopeHint}>
        <RadioGroup value={scope} disabled={busy} onChange={(_, data) => setScope(data.value as NoticeRequest['scope'])}>
          <Radio value="selection" label={NOTICE_PANE.scopeSelection} />
          <Radio value="month" label={NOTICE_PANE.scopeMonth} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button
          icon={<DocumentBulletList20Regular />}
          disabledFocusable={busy}
          onClick={(event: MouseEvent<HTMLButtonElement>) => generate('通知', event.currentTarget)}
        >
          {NOTICE_PANE.notices}
        </Button>
        <Button icon={<MailAlert20Regular />} disabledFocusable={busy} onClick={(event: MouseEvent<HTMLButtonElement>) => generate('催办', event.currentTarget)}>
          {NOTICE_PANE.urges}
        </Button>
      </div>
      <ProgressReport running={running} progress={progress} />
      <div role="status" aria-live="polite">
        {outcome && <OutcomeBar outcome={outcome} onGoTo={onGoTo} />}
        {notes.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{NOTICE_PANE.notesTitle}</MessageBarTitle>
              <ul className={styles.notes}>
                {notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {registration && (
        <AdjustmentRegistration
          offer={registration}
          texts={NOTICE_PANE.urgeOffer}
          actions={actions}
          disabled={busy}
          onBusyChange={onBusyChange}
        />
      )}
    </section>
  );
}

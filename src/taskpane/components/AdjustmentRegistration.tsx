import { useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { RegistrationOffer as Offer, TaskpaneActions } from '../actions';
import { REGISTRATION_PANE, type OfferTexts } from '../noticeTexts';
import { messageOf } from './messageOf';
import { RegistrationOffer } from './RegistrationOffer';

export interface AdjustmentRegistrationProps {
  offer: Offer;
  texts: OfferTexts;
  actions: Pick<TaskpaneActions, 'appendAdjustments'>;
  /** The rest of the pane is at work. */
  disabled: boolean;
  /** Tells the pane this is at work, so its other buttons wait. */
  onBusyChange: (busy: boolean) => void;
}

/** What became of an offer. */
type State = { kind: 'offered' } | { kind: 'done'; message: string } | { kind: 'skipped' } | { kind: 'failed'; message: string };

/**
 * 登记 to 加减分 (催办 after 催办单, suggested 加减分 after 生成通报): the rows listed first, appended
 * only when the user confirms; or why they cannot be. Mounted afresh for each offer.
 */
export function AdjustmentRegistration({ offer, texts, actions, disabled, onBusyChange }: AdjustmentRegistrationProps) {
  const [state, setState] = useState<State>(() => ('error' in offer ? { kind: 'failed', message: texts.error(offer.error) } : { kind: 'offered' }));
  const [running, setRunning] = useState(false);

  async function register(rows: Parameters<typeof actions.appendAdjustments>[0]) {
    setRunning(true);
    onBusyChange(true);
    try {
      const done = await actions.appendAdjustments(rows);
      setState({ kind: 'done', message: REGISTRATION_PANE.registered(done.sheet, done.firstRow, done.lastRow) });
    } catch (error) {
      setState({ kind: 'failed', message: texts.error(messageOf(error)) });
    } finally {
      setRunning(false);
      onBusyChange(false);
    }
  }

  return (
    <>
      <div role="status" aria-live="polite">
        {state.kind === 'done' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'skipped' && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{REGISTRATION_PANE.skipped}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.kind === 'offered' && !('error' in offer) && (
        <RegistrationOffer
          title={texts.title}
          lead={texts.lead(offer.sheet, offer.rows.length)}
          rows={offer.rows}
          busy={running || disabled}
          onRegister={() => void register(offer.rows)}
          onSkip={() => setState({ kind: 'skipped' })}
        />
      )}
    </>
  );
}

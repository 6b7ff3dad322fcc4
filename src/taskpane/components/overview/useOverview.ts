import { useCallback, useEffect, useRef, useState } from 'react';
import type { OverviewRequest, OverviewResult, TaskpaneActions } from '../../actions';
import { messageOf } from '../messageOf';
import type { OverviewState } from './Overview';

const noProgress = () => undefined;

/**
 * The overview of the chosen month and rule set: made when the pane opens and whenever either
 * changes (once the workbook has named its rule set), and replaced by what 校验台账 reads.
 * A late answer to an older request never overwrites a newer one.
 */
export function useOverview(actions: TaskpaneActions, request: OverviewRequest, ready: boolean) {
  const [state, setState] = useState<OverviewState>({ kind: 'loading' });
  const latest = useRef(0);
  const { month, preset, today } = request;
  // A new request shows `loading` from the render that makes it, not one render later from its effect
  // (React's "adjusting state when a prop changes").
  const asked = [actions, month, preset, today, ready] as const;
  const [shown, setShown] = useState(asked);
  if (asked.some((value, i) => value !== shown[i])) {
    setShown(asked);
    if (ready) setState({ kind: 'loading' });
  }
  useEffect(() => {
    if (!ready) return;
    const ticket = ++latest.current;
    actions.overview({ month, preset, today }, noProgress).then(
      (result) => ticket === latest.current && setState({ kind: 'ready', result }),
      (error: unknown) => ticket === latest.current && setState({ kind: 'failed', message: messageOf(error) }),
    );
  }, [actions, month, preset, today, ready]);
  const show = useCallback((result: OverviewResult) => {
    latest.current += 1;
    setState({ kind: 'ready', result });
  }, []);
  return { state, show };
}

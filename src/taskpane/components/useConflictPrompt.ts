import { useCallback, useRef, useState } from 'react';
import type { ConflictChoice, OnConflict } from '../actions';
import type { PendingConflict } from './ConflictDialog';

export interface ConflictPrompt {
  /** Passed to the actions as their onConflict. */
  ask: OnConflict;
  pending: PendingConflict | null;
  answer: (choice: ConflictChoice) => void;
}

/**
 * Turns the actions' onConflict promise into dialog state. After an answer, focus goes back to
 * `returnFocus()` (the button that started the work) rather than to the top of the page.
 */
export function useConflictPrompt(returnFocus: () => void): ConflictPrompt {
  const [pending, setPending] = useState<PendingConflict | null>(null);
  const resolveRef = useRef<((choice: ConflictChoice) => void) | null>(null);
  const ask = useCallback<OnConflict>(
    (existing, suggested) =>
      new Promise<ConflictChoice>((resolve) => {
        resolveRef.current = resolve;
        setPending({ existing, suggested });
      }),
    [],
  );
  const answer = useCallback(
    (choice: ConflictChoice) => {
      resolveRef.current?.(choice);
      resolveRef.current = null;
      setPending(null);
      returnFocus();
    },
    [returnFocus],
  );
  return { ask, pending, answer };
}

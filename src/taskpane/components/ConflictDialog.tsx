import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ConflictChoice } from '../actions';
import { CONFLICT } from '../texts';

export interface PendingConflict {
  existing: string;
  suggested: string;
}

const useStyles = makeStyles({
  // Stacked: the new name can be long, and a narrow task pane has no room for three buttons abreast.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

export interface ConflictDialogProps {
  conflict: PendingConflict | null;
  onAnswer: (choice: ConflictChoice) => void;
}

/** Asks before a generated sheet would replace one that exists; the safe answer comes first. */
export function ConflictDialog({ conflict, onAnswer }: ConflictDialogProps) {
  const styles = useStyles();
  return (
    <Dialog
      open={conflict !== null}
      // Esc or a click outside means "not now", never "replace".
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer('cancel');
      }}
    >
      <DialogSurface>
        {conflict && (
          <DialogBody>
            <DialogTitle>{CONFLICT.title(conflict.existing)}</DialogTitle>
            <DialogContent>{CONFLICT.body}</DialogContent>
            <DialogActions fluid className={styles.actions}>
              {/* First in the DOM, so the dialog focuses it and Enter keeps the old sheet. */}
              <Button appearance="primary" onClick={() => onAnswer('newName')}>
                {CONFLICT.newName(conflict.suggested)}
              </Button>
              <Button onClick={() => onAnswer('replace')}>{CONFLICT.replace}</Button>
              <Button onClick={() => onAnswer('cancel')}>{CONFLICT.cancel}</Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}

import type { MouseEvent, ReactElement } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  DataBarVertical20Regular,
  Megaphone20Regular,
  ShieldTask20Regular,
  TableAdd20Regular,
  TableSettings20Regular,
} from '@fluentui/react-icons';
import { ACTIONS } from '../texts';

export type Task = 'validate' | 'ranking' | 'bulletin' | 'template' | 'columns';

const BUTTONS: readonly { task: Task; label: string; icon: ReactElement; primary?: boolean }[] = [
  { task: 'validate', label: ACTIONS.validate, icon: <ShieldTask20Regular /> },
  { task: 'ranking', label: ACTIONS.ranking, icon: <DataBarVertical20Regular />, primary: true },
  { task: 'bulletin', label: ACTIONS.bulletin, icon: <Megaphone20Regular />, primary: true },
  { task: 'template', label: ACTIONS.template, icon: <TableAdd20Regular /> },
  { task: 'columns', label: ACTIONS.columns, icon: <TableSettings20Regular /> },
];

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
});

export interface ActionBarProps {
  busy: boolean;
  /** The clicked button comes along so focus can go back to it after a dialog. */
  onRun: (task: Task, trigger: HTMLElement) => void;
}

export function ActionBar({ busy, onRun }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={ACTIONS.group} className={styles.root}>
      {BUTTONS.map(({ task, label, icon, primary }) => (
        <Button
          key={task}
          icon={icon}
          appearance={primary ? 'primary' : 'secondary'}
          // Focusable while disabled: a button that loses focus mid-task drops a keyboard or
          // screen-reader user back at the top of the page.
          disabledFocusable={busy}
          onClick={(event: MouseEvent<HTMLButtonElement>) => onRun(task, event.currentTarget)}
        >
          {label}
        </Button>
      ))}
    </div>
  );
}

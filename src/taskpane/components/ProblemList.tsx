import { useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ProblemGroup } from '../problemGroups';
import { VALIDATION } from '../texts';
import { useListButtonStyles } from './listButtonStyles';
import { SeverityIcon } from './SeverityIcon';

/** A ledger with thousands of problems would otherwise render thousands of buttons at once. */
const PAGE = 100;

const useStyles = makeStyles({
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  problem: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  icon: { marginTop: '2px' },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: '3.5em' },
});

export interface ProblemListProps {
  group: ProblemGroup;
  onGoTo: (sheet: string, cell: string) => void;
}

/** One sheet's problems under a heading with its counts; each problem is a button to its cell. */
export function ProblemList({ group, onGoTo }: ProblemListProps) {
  const styles = useStyles();
  const rows = useListButtonStyles();
  const [shown, setShown] = useState(PAGE);
  const total = group.problems.length;
  return (
    <div>
      <h3 className={styles.heading}>
        {group.sheet}
        <span className={styles.counts}>
          {group.errors > 0 && <SeverityIcon severity="错误" />}
          {group.errors > 0 && VALIDATION.count('错误', group.errors)}
          {group.warnings > 0 && <SeverityIcon severity="警告" />}
          {group.warnings > 0 && VALIDATION.count('警告', group.warnings)}
        </span>
      </h3>
      <ul className={rows.list}>
        {group.problems.slice(0, shown).map((problem, index) => (
          // Problems have no id; the list only grows at its end, so the index is stable.
          <li key={index}>
            <button type="button" className={mergeClasses(rows.button, styles.problem)} onClick={() => onGoTo(problem.sheet, problem.cell)}>
              <span className={styles.icon}>
                <SeverityIcon severity={problem.severity} />
              </span>
              <span className={styles.cell}>{problem.cell || VALIDATION.wholeSheet}</span>
              <span>
                {/* The severity in words too: the icon alone says nothing to a screen reader or in grey print. */}
                {problem.severity}：{problem.message}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown < total && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {VALIDATION.showMore(shown, total)}
        </Button>
      )}
    </div>
  );
}

import { useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { OverviewItem } from '../../../engine/report/overview';
import { OVERVIEW } from '../../texts';
import { useListButtonStyles } from '../listButtonStyles';
import { LightDot } from './LightDot';
import { deadlineText, standingText } from './itemText';

/** A light's list may hold every item of the ledger; it grows on request. */
const PAGE = 20;

const useStyles = makeStyles({
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  dot: { gridRow: 'span 2', marginTop: '3px' },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  none: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface ItemListProps {
  items: readonly OverviewItem[];
  /** Selects the item's row on the 台账 sheet. */
  onGoTo: (cell: string) => void;
}

/** Items as buttons: 编号 and 事项 first, then 单位, 办理时限 and the days left or overdue. */
export function ItemList({ items, onGoTo }: ItemListProps) {
  const styles = useStyles();
  const rows = useListButtonStyles();
  const [shown, setShown] = useState(PAGE);
  if (items.length === 0) return <p className={styles.none}>{OVERVIEW.none}</p>;
  return (
    <>
      <ul className={rows.list}>
        {items.slice(0, shown).map((item) => (
          <li key={`${item.cell}|${item.unit}`}>
            <button type="button" className={mergeClasses(rows.button, styles.item)} onClick={() => onGoTo(item.cell)}>
              <span className={styles.dot}>
                <LightDot light={item.light} />
              </span>
              <span className={styles.title}>
                {item.id} {item.content}
              </span>
              <span className={styles.meta}>
                {item.unit} · {OVERVIEW.item.deadline(deadlineText(item))} · {standingText(item)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown < items.length && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {OVERVIEW.showMore(shown, items.length)}
        </Button>
      )}
    </>
  );
}

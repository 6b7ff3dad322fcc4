import { useMemo, useState } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LIGHTS, itemsWithLight, type MonthOverview } from '../../../engine/report/overview';
import type { Light } from '../../../engine/score/status';
import { OVERVIEW } from '../../texts';
import { ItemList } from './ItemList';
import { LightDot } from './LightDot';

const LIST_ID = 'duban-light-list';

const useStyles = makeStyles({
  lights: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS },
  light: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`, minWidth: 0 },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  unit: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, marginInlineStart: '2px' },
  hint: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, textAlign: 'center' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalS },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, textAlign: 'center' },
  rowHeader: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
  list: { marginTop: tokens.spacingVerticalS },
  listHeading: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  listHint: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

interface Selection {
  light: Light;
  /** null: the whole ledger. */
  category: string | null;
}

export interface LightPanelProps {
  overview: MonthOverview;
  onGoTo: (cell: string) => void;
}

/** The light counts, overall and per category; each count opens the list of its items. */
export function LightPanel({ overview, onGoTo }: LightPanelProps) {
  const styles = useStyles();
  const [selected, setSelected] = useState<Selection | null>(null);
  const items = useMemo(() => (selected ? itemsWithLight(overview, selected.light, selected.category) : []), [overview, selected]);
  const isSelected = (light: Light, category: string | null) => selected?.light === light && selected.category === category;
  const toggle = (light: Light, category: string | null) => setSelected(isSelected(light, category) ? null : { light, category });

  return (
    <div>
      <div role="group" aria-label={OVERVIEW.lightsGroup} className={styles.lights}>
        {LIGHTS.map((light) => (
          <Button
            key={light}
            className={styles.light}
            aria-label={OVERVIEW.lightLabel(light, overview.lights[light], OVERVIEW.lightHint[light])}
            aria-expanded={isSelected(light, null)}
            aria-controls={LIST_ID}
            onClick={() => toggle(light, null)}
          >
            <span className={styles.name}>
              <LightDot light={light} />
              {OVERVIEW.lightName(light)}
            </span>
            <span>
              <span className={styles.count}>{overview.lights[light]}</span>
              <span className={styles.unit}>{OVERVIEW.itemsUnit}</span>
            </span>
            <span className={styles.hint}>{OVERVIEW.lightHint[light]}</span>
          </Button>
        ))}
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{OVERVIEW.byCategory}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.rowHeader)}>
              {OVERVIEW.categoryColumn}
            </th>
            {LIGHTS.map((light) => (
              <th key={light} scope="col" className={styles.cell}>
                {light}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.byCategory.map(({ category, counts }) => (
            <tr key={category}>
              <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
                {category}
              </th>
              {LIGHTS.map((light) => (
                <td key={light} className={styles.cell}>
                  <Button
                    size="small"
                    appearance={isSelected(light, category) ? 'primary' : 'subtle'}
                    aria-label={OVERVIEW.categoryLight(category, light, counts[light])}
                    aria-expanded={isSelected(light, category)}
                    aria-controls={LIST_ID}
                    onClick={() => toggle(light, category)}
                  >
                    {counts[light]}
                  </Button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div id={LIST_ID} className={styles.list}>
        {selected && (
          <section aria-label={OVERVIEW.listHeading(selected.category ?? OVERVIEW.allItems, selected.light, items.length)}>
            <h4 className={styles.listHeading}>
              {OVERVIEW.listHeading(selected.category ?? OVERVIEW.allItems, selected.light, items.length)}
              <Button size="small" appearance="subtle" onClick={() => setSelected(null)}>
                {OVERVIEW.closeList}
              </Button>
            </h4>
            <p className={styles.listHint}>{OVERVIEW.listHint}</p>
            <ItemList key={`${selected.light}|${selected.category ?? ''}`} items={items} onGoTo={onGoTo} />
          </section>
        )}
      </div>
    </div>
  );
}

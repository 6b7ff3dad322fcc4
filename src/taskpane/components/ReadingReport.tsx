import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetReading } from '../../engine/read/sheetReading';
import { readingLines } from '../../engine/report/readingText';
import { READING } from '../texts';

const useStyles = makeStyles({
  sheet: { margin: `${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  title: { fontWeight: tokens.fontWeightSemibold },
  // The lines indent their sub-items with spaces, as `duban validate --explain` prints them.
  line: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/**
 * How DUBAN read each sheet (the lines `duban validate --explain` prints), folded: the header is a
 * button with aria-expanded, and the lines are in the page only when it is open.
 */
export function ReadingReport({ readings }: { readings: readonly SheetReading[] }) {
  const styles = useStyles();
  if (readings.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="reading">
        <AccordionHeader as="h2" size="small">
          {READING.heading}
        </AccordionHeader>
        <AccordionPanel>
          {readings.map((reading) => {
            const [title, ...lines] = readingLines(reading);
            return (
              <div key={reading.sheet} className={styles.sheet}>
                <div className={styles.title}>{title}</div>
                {lines.map((line, i) => (
                  // The lines of one reading never change order; the index is their identity.
                  <div key={i} className={styles.line}>
                    {line}
                  </div>
                ))}
              </div>
            );
          })}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

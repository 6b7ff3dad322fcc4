import { makeStyles, tokens } from '@fluentui/react-components';
import type { ValidationResult } from '../actions';
import { groupBySheet } from '../problemGroups';
import { VALIDATION } from '../texts';
import { ProblemList } from './ProblemList';
import { ReadingReport } from './ReadingReport';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 0` },
});

export interface ValidationReportProps {
  result: ValidationResult;
  onGoTo: (sheet: string, cell: string) => void;
}

/** How the sheets were read (folded), then the problems sheet by sheet; the counts are announced by the summary above it. */
export function ValidationReport({ result, onGoTo }: ValidationReportProps) {
  const styles = useStyles();
  return (
    <>
      <ReadingReport readings={result.readings} />
      {result.problems.length > 0 && (
        <section aria-labelledby="duban-validation-heading">
          <h2 id="duban-validation-heading" className={styles.heading}>
            {VALIDATION.listHeading}
          </h2>
          {groupBySheet(result.problems).map((group) => (
            <ProblemList key={group.sheet} group={group} onGoTo={onGoTo} />
          ))}
        </section>
      )}
    </>
  );
}

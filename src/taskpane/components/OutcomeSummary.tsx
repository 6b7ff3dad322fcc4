import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRight16Regular } from '@fluentui/react-icons';
import type { GenerateResult, TemplateResult, ValidationResult } from '../actions';
import { FAILURE, GENERATION, VALIDATION } from '../texts';

/** What the last click produced. */
export type Outcome =
  | { kind: 'validation'; result: ValidationResult }
  | { kind: 'generated'; result: GenerateResult }
  | { kind: 'template'; result: TemplateResult }
  | { kind: 'failed'; message: string };

export interface OutcomeSummaryProps {
  outcome: Outcome;
  onGoTo: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  // One button per line when two sheet names do not fit side by side, never a name split in two.
  actions: { flexWrap: 'wrap', justifyContent: 'flex-start', gap: tokens.spacingHorizontalS },
  button: { whiteSpace: 'nowrap' },
});

function SheetButtons({ sheets, onGoTo }: { sheets: readonly string[]; onGoTo: OutcomeSummaryProps['onGoTo'] }) {
  const styles = useStyles();
  return (
    <MessageBarActions className={styles.actions}>
      {sheets.map((sheet) => (
        <Button
          key={sheet}
          className={styles.button}
          size="small"
          icon={<ArrowRight16Regular />}
          iconPosition="after"
          onClick={() => onGoTo(sheet, '')}
        >
          {GENERATION.goTo(sheet)}
        </Button>
      ))}
    </MessageBarActions>
  );
}

/** One short message per outcome; the details (a problem list) are rendered outside it. */
export function OutcomeSummary({ outcome, onGoTo }: OutcomeSummaryProps) {
  switch (outcome.kind) {
    case 'validation': {
      const { errors, warnings } = outcome.result;
      const clean = errors + warnings === 0;
      return (
        <MessageBar intent={errors > 0 ? 'error' : clean ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{VALIDATION.heading}</MessageBarTitle>
            {clean ? VALIDATION.clean : VALIDATION.summary(errors, warnings)}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'generated': {
      const result = outcome.result;
      if (result.kind === 'cancelled') {
        return (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{GENERATION.cancelled}</MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
        );
      }
      if (result.kind === 'invalid') {
        return (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{GENERATION.invalidTitle}</MessageBarTitle>
              {GENERATION.invalid(result.validation.errors)}
            </MessageBarBody>
          </MessageBar>
        );
      }
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{GENERATION.doneTitle}</MessageBarTitle>
            {GENERATION.done(result.sheets, result.units, result.overdueItems)}
          </MessageBarBody>
          <SheetButtons sheets={result.sheets} onGoTo={onGoTo} />
        </MessageBar>
      );
    }
    case 'template':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{GENERATION.templateTitle}</MessageBarTitle>
            {GENERATION.template(outcome.result.sheets)}
          </MessageBarBody>
          {/* The first sheet is 台账, where the user goes next. */}
          <SheetButtons sheets={outcome.result.sheets.slice(0, 1)} onGoTo={onGoTo} />
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{FAILURE.title}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

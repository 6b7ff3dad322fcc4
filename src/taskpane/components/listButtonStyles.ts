import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/**
 * A list of rows that are each a button to a cell (the problems of 校验, the items of 概览): an
 * unmarked list, and rows that read as text but show hover and keyboard focus.
 */
export const useListButtonStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  button: {
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', 'transparent'),
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

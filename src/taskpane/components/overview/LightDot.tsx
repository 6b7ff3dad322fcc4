import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Light } from '../../../engine/score/status';

const useStyles = makeStyles({
  dot: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    flexShrink: 0,
    // In forced colours the fill is dropped; the border keeps a visible mark, and the word 红/黄/绿 beside it says which.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: 'auto',
  },
  红: { backgroundColor: tokens.colorPaletteRedBackground3 },
  黄: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  绿: { backgroundColor: tokens.colorPaletteGreenBackground3 },
});

/** The light's colour as a dot; decoration only, the text beside it names the light. */
export function LightDot({ light }: { light: Light }) {
  const styles = useStyles();
  return <span aria-hidden="true" className={mergeClasses(styles.dot, styles[light])} />;
}

import { makeStyles } from '@fluentui/react-components';

// A <select> is as wide as its longest option unless told otherwise: in a narrow task pane a long
// preset name would push the whole pane sideways.
export const useSelectStyles = makeStyles({
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

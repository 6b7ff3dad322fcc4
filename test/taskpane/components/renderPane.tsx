import type { ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// Fluent's dialogs open and close with transitions; on a loaded 2-core CI machine the default
// one-second wait of findBy… queries was seen to run out between two dialogs.
configure({ asyncUtilTimeout: 5000 });

/** Renders inside FluentProvider, as index.tsx does, with a user-event session. */
export function renderPane(element: ReactElement) {
  const user = userEvent.setup();
  const view = render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
  return { user, ...view };
}

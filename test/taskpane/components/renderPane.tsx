import type { ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Renders inside FluentProvider, as index.tsx does, with a user-event session. */
export function renderPane(element: ReactElement) {
  const user = userEvent.setup();
  const view = render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
  return { user, ...view };
}

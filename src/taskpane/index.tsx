// The task pane's entry, as in Microsoft's TaskPane-React template: wait for Office.onReady, then
// render inside FluentProvider. taskpane.html shows a loading line until then, so the page is
// never blank, even when the scripts fail.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelActions } from './excel/excelActions';
import { startupView } from './startup';

const container = document.getElementById('container');
if (container) {
  const office = typeof Office === 'undefined' ? undefined : Office;
  void startupView(office, createExcelActions).then((view) => {
    createRoot(container).render(<FluentProvider theme={webLightTheme}>{view}</FluentProvider>);
  });
}

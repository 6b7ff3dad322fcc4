// The WPS task pane's entry: the same React app as in Excel, given the WPS actions; outside WPS
// 表格, a page that says what this is. The pane opens from the ribbon's 督办面板 button (ribbon.ts).
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { wpsApplication } from './host';
import { OutsideWps } from './OutsideWps';
import { createWpsActions } from './wpsActions';

const container = document.getElementById('container');
if (container) {
  const app = wpsApplication(window as unknown as Window & { wps?: unknown; Application?: unknown });
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{app ? <App actions={createWpsActions(app)} /> : <OutsideWps />}</FluentProvider>);
}

// Which page to show once office.js has had its say: the pane inside Excel, an explanation
// anywhere else. Kept apart from index.tsx so it tests without a DOM root or office.js.
import type { ReactElement } from 'react';
import type { TaskpaneActions } from './actions';
import { App } from './App';
import { OutsideExcel } from './components/OutsideExcel';

/** The part of the `Office` global this decision needs. */
export interface OfficeStartup {
  onReady(): Promise<{ host: Office.HostType | null }>;
}

export async function startupView(office: OfficeStartup | undefined, createActions: () => TaskpaneActions): Promise<ReactElement> {
  // No global at all: the <script> for office.js failed, typically a CDN the network blocks.
  if (!office) return <OutsideExcel officeJsMissing />;
  const { host } = await office.onReady();
  // Compared as text so the check needs nothing from office.js beyond onReady.
  if (String(host) !== 'Excel') return <OutsideExcel officeJsMissing={false} />;
  return <App actions={createActions()} />;
}

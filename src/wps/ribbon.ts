// The ribbon's callbacks. WPS resolves the names in ribbon.xml (`ribbon.OnAction`) as paths on the
// main page's window, so main.ts puts this object there as `window.ribbon`. The 督办面板 button
// shows the task pane, or hides it when shown; WPS keeps the pane's id for the add-in's pages in
// PluginStorage, which the writer and the presentation program share, hence the et prefix.
import { XL } from './etConstants';
import type { WpsApplication, WpsTaskPane } from './etModel';

export const PANEL_BUTTON = 'dubanPanel';
const PANE_KEY = 'duban.et.taskpane';
/** Wide enough for the pane's buttons and the problem list, as Excel's default pane. */
const PANE_WIDTH = 360;

export interface RibbonControl {
  Id: string;
}

function existingPane(app: WpsApplication): WpsTaskPane | null {
  const id = Number(app.PluginStorage.getItem(PANE_KEY));
  if (!id) return null;
  try {
    return app.GetTaskPane(id) ?? null;
  } catch {
    // Closed with its window; a new one is made.
    return null;
  }
}

function togglePane(app: WpsApplication, addinUrl: string): void {
  const shown = existingPane(app);
  if (shown) {
    shown.Visible = !shown.Visible;
    return;
  }
  const pane = app.CreateTaskPane(`${addinUrl}taskpane.html`);
  pane.DockPosition = XL.dockRight;
  pane.Width = PANE_WIDTH;
  pane.Visible = true;
  app.PluginStorage.setItem(PANE_KEY, String(pane.ID));
}

/** `addinUrl`: the add-in folder's address with a final slash (file:// offline, http:// online). */
export function createRibbon(app: WpsApplication, addinUrl: string) {
  return {
    OnAddinLoad: (): boolean => true,
    OnAction: (control: RibbonControl): boolean => {
      if (control.Id === PANEL_BUTTON) togglePane(app, addinUrl);
      return true;
    },
    GetImage: (): string => 'assets/icon-80.png',
  };
}

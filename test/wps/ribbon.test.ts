// The ribbon and the page's host detection: ribbon.xml well-formed in the customUI namespace, every
// callback it names defined where WPS looks for it (a path on the main page's window), and the
// 督办面板 button showing and hiding one task pane.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { wpsApplication } from '../../src/wps/host';
import { PANEL_BUTTON, createRibbon } from '../../src/wps/ribbon';
import { FakeWps } from './fakeWps';

const ROOT = path.resolve(__dirname, '../..');
const RIBBON = readFileSync(path.join(ROOT, 'src/wps/ribbon.xml'), 'utf8');
const MANIFEST = readFileSync(path.join(ROOT, 'src/wps/manifest.xml'), 'utf8');
const ADDIN = 'file:///home/staff/.local/share/Kingsoft/wps/jsaddons/duban_0.1.0/';

/** Every attribute of ribbon.xml that names a callback, with its value. */
function ribbonCallbacks(xml: string): { attribute: string; path: string }[] {
  const callbacks: { attribute: string; path: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const attribute = key.startsWith('@') ? key.slice(1) : null;
      if (attribute && /^(on[A-Z]|get[A-Z])/.test(attribute)) callbacks.push({ attribute, path: String(value) });
      else walk(value);
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml));
  return callbacks;
}

/** What WPS does with a callback's name: a dotted path on the main page's window. */
const resolve = (scope: object, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], scope);

describe('ribbon.xml', () => {
  it('is well-formed customUI with the 督办面板 button', () => {
    expect(XMLValidator.validate(RIBBON)).toBe(true);
    expect(RIBBON).toContain('xmlns="http://schemas.microsoft.com/office/2006/01/customui"');
    const button = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(RIBBON).customUI.ribbon.tabs.tab.group.button;
    expect(button).toMatchObject({ '@id': PANEL_BUTTON, '@label': '督办面板' });
  });

  it('names only callbacks the main page defines, as functions', () => {
    const scope = { ribbon: createRibbon(new FakeWps({ sheets: [] }), ADDIN) };
    const callbacks = ribbonCallbacks(RIBBON);
    expect(callbacks.map((c) => c.attribute).sort()).toEqual(['getImage', 'onAction', 'onLoad']);
    for (const { path: dotted } of callbacks) expect({ dotted, type: typeof resolve(scope, dotted) }).toEqual({ dotted, type: 'function' });
    // The image it names ships with the add-in (the build copies assets/).
    expect(existsSync(path.join(ROOT, scope.ribbon.GetImage()))).toBe(true);
  });
});

describe('manifest.xml', () => {
  it('is well-formed and puts the functions under DUBAN', () => {
    expect(XMLValidator.validate(MANIFEST)).toBe(true);
    const plugin = new XMLParser().parse(MANIFEST).JsPlugin;
    expect(plugin.Functions).toEqual({ Uri: '/functions.json', Namespace: 'DUBAN' });
  });
});

describe('the 督办面板 button', () => {
  it('opens the task pane docked right, hides it, shows it again: one pane', () => {
    const wps = new FakeWps({ sheets: [] });
    const ribbon = createRibbon(wps, ADDIN);
    expect(ribbon.OnAddinLoad()).toBe(true);
    ribbon.OnAction({ Id: PANEL_BUTTON });
    expect(wps.panes).toEqual([expect.objectContaining({ ID: 1, url: `${ADDIN}taskpane.html`, Visible: true, DockPosition: 2 })]);
    ribbon.OnAction({ Id: PANEL_BUTTON });
    expect(wps.panes[0].Visible).toBe(false);
    ribbon.OnAction({ Id: PANEL_BUTTON });
    expect(wps.panes.map((p) => p.Visible)).toEqual([true]);
  });

  it('makes a new pane when WPS no longer knows the old one', () => {
    const wps = new FakeWps({ sheets: [] });
    wps.PluginStorage.setItem('duban.et.taskpane', '7');
    createRibbon(wps, ADDIN).OnAction({ Id: PANEL_BUTTON });
    expect(wps.panes.map((p) => p.ID)).toEqual([1]);
    expect(wps.PluginStorage.getItem('duban.et.taskpane')).toBe('1');
  });
});

describe('host detection', () => {
  it('finds WPS 表格 on window.wps or window.Application, and nothing in Office, WPS 文字 or a browser', () => {
    const et = new FakeWps({ sheets: [] });
    expect(wpsApplication({ wps: et, Application: et })).toBe(et);
    expect(wpsApplication({ Application: et })).toBe(et);
    // WPS 文字 has Documents where 表格 has Workbooks.
    expect(wpsApplication({ wps: { Documents: {} } })).toBeNull();
    expect(wpsApplication({})).toBeNull();
  });
});

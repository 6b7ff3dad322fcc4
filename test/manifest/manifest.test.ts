// manifest.xml, offline: well-formed, a shared-runtime custom-functions add-in, the least
// permission that works, every URL https, and every URL in it served by a file that the webpack
// build writes to dist/ (as written, and as a production build rewrites it).
import fs from 'fs';
import path from 'path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const ROOT = path.resolve(__dirname, '../..');
const DEV_URL = 'https://localhost:3000/';
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

type Node = Record<string, unknown>;
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['Set', 'Runtime', 'ExtensionPoint', 'bt:Image', 'bt:Url', 'bt:String', 'Override', 'bt:Override'].includes(name) }).parse(xml) as Node;

const app = parsed.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const host = (overrides.Hosts as Node).Host as Node;
const resources = overrides.Resources as Node;

function resourceIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [group, item] of [['bt:Images', 'bt:Image'], ['bt:Urls', 'bt:Url'], ['bt:ShortStrings', 'bt:String'], ['bt:LongStrings', 'bt:String']]) {
    for (const entry of ((resources[group] as Node)[item] as Node[]) ?? []) ids.set(entry['@id'] as string, entry['@DefaultValue'] as string);
  }
  return ids;
}

/** Every text and attribute value, less the xmlns declarations (schema names, not URLs to load). */
function allValues(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => allValues(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) if (!key.startsWith('@xmlns')) allValues(value, out);
  }
  return out;
}

/** The files `npm run build` writes, read from webpack.config.js rather than from a build. */
async function builtFiles(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as (env: object, options: object) => Promise<Node>;
  const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
  const files = new Set<string>(Object.keys(config.entry as Node).map((name) => `${name}.js`));
  for (const plugin of config.plugins as object[]) {
    // The plugins keep their options in fields their typings mark private.
    const fields = plugin as unknown as Node;
    if (plugin instanceof HtmlWebpackPlugin) files.add((fields.userOptions as Node).filename as string);
    if (plugin instanceof CustomFunctionsMetadataPlugin) files.add((fields.options as Node).output as string);
    if (plugin instanceof CopyWebpackPlugin) {
      for (const pattern of fields.patterns as { from: string; to: string }[]) {
        const dir = path.dirname(pattern.from);
        const match = new RegExp(`^${path.basename(pattern.from).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`);
        for (const file of fs.readdirSync(path.join(ROOT, dir)).filter((f) => match.test(f))) {
          const { name: base, ext } = path.parse(file);
          files.add(pattern.to.replace('[name]', base).replace('[ext]', ext));
        }
      }
    }
  }
  return files;
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is an Excel task pane add-in named in Chinese, with an en-US name, a GUID id and a 4-part version', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe('zh-CN');
    const name = app.DisplayName as Node;
    expect(name['@DefaultValue']).toBe('督办 DUBAN');
    expect((name.Override as Node[]).map((o) => o['@Locale'])).toEqual(['en-US']);
    expect(((app.Hosts as Node).Host as Node)['@Name']).toBe('Workbook');
  });

  it('asks for SharedRuntime 1.1 and ExcelApi 1.9 (page layout, screen updating, shrink to fit), and one long-lived runtime for the page', () => {
    const sets = ((app.Requirements as Node).Sets as Node).Set as Node[];
    expect(sets).toEqual([
      { '@Name': 'SharedRuntime', '@MinVersion': '1.1' },
      { '@Name': 'ExcelApi', '@MinVersion': '1.9' },
    ]);
    const runtimes = (host.Runtimes as Node).Runtime as Node[];
    expect(runtimes).toEqual([{ '@resid': 'Taskpane.Url', '@lifetime': 'long' }]);
  });

  it('declares the custom functions in namespace DUBAN, loaded in the task pane page’s runtime', () => {
    const ids = resourceIds();
    const point = ((host.AllFormFactors as Node).ExtensionPoint as Node[]).find((e) => e['@xsi:type'] === 'CustomFunctions') as Node;
    const resid = (key: string) => ((point[key] as Node).SourceLocation as Node)['@resid'] as string;
    expect(ids.get(resid('Script'))).toBe(`${DEV_URL}functions.js`);
    expect(ids.get(resid('Metadata'))).toBe(`${DEV_URL}functions.json`);
    expect(resid('Page')).toBe('Taskpane.Url');
    expect(ids.get((point.Namespace as Node)['@resid'] as string)).toBe('DUBAN');
    // The task pane button and the function file use the same page, so there is one runtime.
    const desktop = host.DesktopFormFactor as Node;
    expect((desktop.FunctionFile as Node)['@resid']).toBe('Taskpane.Url');
  });

  it('refers only to resources it defines', () => {
    const ids = resourceIds();
    const refs = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ids.has(ref)).toBe(true);
  });

  it('points every URL at a file the webpack build produces', async () => {
    const urls = allValues(parsed).filter((v) => /^https?:\/\//.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    const files = await builtFiles();
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      expect([...files]).toContain(url.slice(DEV_URL.length));
    }
    for (const file of ['functions.js', 'functions.json', 'taskpane.html', 'manifest.xml']) expect(files).toContain(file);
  });

  it('asks for ReadWriteDocument: the least permission the Excel JavaScript API works with', () => {
    // The pane both reads the 台账 and writes its output sheets: ReadDocument and ReadAllDocument
    // only read, WriteDocument only writes (Microsoft's "Requesting permissions for API use in
    // content and task pane add-ins"); ReadWriteDocument is the highest level there is for a task
    // pane add-in, so asking for it is also asking for nothing beyond the document.
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect([...xml.matchAll(/<Permissions>/g)]).toHaveLength(1);
  });

  it('uses only https URLs, in the file and in a production build for an intranet server', () => {
    // Every scheme-qualified address in the file, less the XML namespace names (never loaded).
    const addresses = (text: string) =>
      [...text.replace(/\sxmlns(:\w+)?="[^"]*"/g, '').matchAll(/\b([a-z][a-z0-9+.-]*):\/\/[^\s"'<]*/gi)].map((m) => m[0]);
    const own = addresses(xml);
    expect(own.length).toBeGreaterThanOrEqual(10);
    for (const url of own) expect(url).toMatch(/^https:\/\//);
    // Every attribute or element value that is a URL, as the parser reads it.
    for (const value of allValues(parsed).filter((v) => /:\/\//.test(v))) expect(value).toMatch(/^https:\/\//);

    const saved = process.env.DUBAN_ADDIN_URL;
    process.env.DUBAN_ADDIN_URL = 'https://addins.example.gov.cn/duban';
    try {
      const rewritten = productionManifest();
      const urls = addresses(rewritten);
      expect(urls.length).toBe(own.length);
      for (const url of urls) expect(url.startsWith('https://addins.example.gov.cn/duban/')).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.DUBAN_ADDIN_URL;
      else process.env.DUBAN_ADDIN_URL = saved;
    }
  });
});

/** dist/manifest.xml as `npm run build` writes it: the copy pattern's own transform. */
let productionTransform: ((content: Buffer) => string) | null = null;
beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as (env: object, options: object) => Promise<Node>;
  const config = await factory({ WEBPACK_BUILD: true }, { mode: 'production' });
  for (const plugin of config.plugins as object[]) {
    if (!(plugin instanceof CopyWebpackPlugin)) continue;
    const patterns = (plugin as unknown as Node).patterns as { from: string; transform?: (content: Buffer) => string }[];
    const manifest = patterns.find((p) => p.from === 'manifest.xml');
    if (manifest?.transform) productionTransform = manifest.transform;
  }
});

function productionManifest(): string {
  if (!productionTransform) throw new Error('webpack.config.js has no manifest.xml copy with a transform');
  return String(productionTransform(Buffer.from(xml)));
}

// The Linux installer (install-wps.sh) on a copy of a user's jsaddons folder: it MERGES DUBAN's
// entry into an existing publish.xml, keeping every other add-in's entry as it was, replaces an
// older DUBAN entry and folder, and runs again, online or to uninstall, without duplicates.
// (install-wps.ps1 does the same with PowerShell's XML DOM on Windows; there is no PowerShell here.)
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ADDIN_NAME, offlineEntry, writeInstallers } from '../../scripts/wps/build';

const VERSION = '0.1.0';
const OTHERS = [
  '<jsplugin name="公文助手" type="wps" url="gongwen_2.1.0" version="2.1.0" enable="enable_dev" install="null"/>',
  '<jspluginonline name="oa" type="et" url="http://oa.local/addin/" enable="enable_dev" install="null"/>',
];

let dist: string;
let jsaddons: string;

beforeEach(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'duban-install-'));
  writeInstallers(dist, VERSION);
  mkdirSync(path.join(dist, 'jsaddons', `${ADDIN_NAME}_${VERSION}`), { recursive: true });
  writeFileSync(path.join(dist, 'jsaddons', `${ADDIN_NAME}_${VERSION}`, 'ribbon.xml'), '<customUI/>');
  jsaddons = path.join(dist, 'home-jsaddons');
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

function install(...args: string[]): string {
  return execFileSync('bash', [path.join(dist, 'install-wps.sh'), ...args], { env: { ...process.env, DUBAN_JSADDONS: jsaddons }, encoding: 'utf8' });
}

const publishXml = () => readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8');

function entries(): { tag: string; name: string; url: string }[] {
  const xml = publishXml();
  expect(XMLValidator.validate(xml)).toBe(true);
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute }).parse(xml).jsplugins[0];
  return ['jsplugin', 'jspluginonline'].flatMap((tag) => (root[tag] ?? []).map((e: { name: string; url: string }) => ({ tag, name: e.name, url: e.url })));
}

function withPublishXml(body: string): string {
  mkdirSync(jsaddons, { recursive: true });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${body}</jsplugins>\n`;
  writeFileSync(path.join(jsaddons, 'publish.xml'), xml);
  return xml;
}

test('on a machine without WPS add-ins: the folder, and a publish.xml holding DUBAN’s entry', () => {
  install();
  expect(publishXml()).toContain(offlineEntry(VERSION));
  expect(entries()).toEqual([{ tag: 'jsplugin', name: 'duban', url: 'duban_0.1.0' }]);
  expect(readdirSync(path.join(jsaddons, 'duban_0.1.0'))).toEqual(['ribbon.xml']);
});

test('beside other add-ins: their entries stay as they were, an older DUBAN and its folder go, a copy of the old file is kept', () => {
  const before = withPublishXml(`  ${OTHERS[0]}\n  <jsplugin name="duban" type="et" url="duban_0.0.9" version="0.0.9" enable="enable_dev" install="null"/>\n  ${OTHERS[1]}\n`);
  mkdirSync(path.join(jsaddons, 'duban_0.0.9'));
  mkdirSync(path.join(jsaddons, 'gongwen_2.1.0'));
  install();
  for (const other of OTHERS) expect(publishXml()).toContain(other);
  expect(entries()).toEqual([
    { tag: 'jsplugin', name: '公文助手', url: 'gongwen_2.1.0' },
    { tag: 'jsplugin', name: 'duban', url: 'duban_0.1.0' },
    { tag: 'jspluginonline', name: 'oa', url: 'http://oa.local/addin/' },
  ]);
  expect(readdirSync(jsaddons).sort()).toEqual(['duban_0.1.0', 'gongwen_2.1.0', 'publish.xml', 'publish.xml.bak']);
  expect(readFileSync(path.join(jsaddons, 'publish.xml.bak'), 'utf8')).toBe(before);
});

test('run again, then online, then to uninstall: never two DUBAN entries, the others untouched', () => {
  withPublishXml(`  ${OTHERS[0]}\n`);
  install();
  install();
  expect(entries().filter((e) => e.name === 'duban')).toHaveLength(1);

  install('--online', 'http://10.1.2.3/duban');
  expect(entries()).toEqual([
    { tag: 'jsplugin', name: '公文助手', url: 'gongwen_2.1.0' },
    { tag: 'jspluginonline', name: 'duban', url: 'http://10.1.2.3/duban/' },
  ]);
  expect(existsSync(path.join(jsaddons, 'duban_0.1.0'))).toBe(false);

  install('--uninstall');
  expect(entries()).toEqual([{ tag: 'jsplugin', name: '公文助手', url: 'gongwen_2.1.0' }]);
  expect(publishXml()).toContain(OTHERS[0]);
});

test('an empty <jsplugins/> is filled; a file it cannot recognise is left alone', () => {
  mkdirSync(jsaddons, { recursive: true });
  writeFileSync(path.join(jsaddons, 'publish.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins/>\n');
  install();
  expect(entries()).toEqual([{ tag: 'jsplugin', name: 'duban', url: 'duban_0.1.0' }]);

  writeFileSync(path.join(jsaddons, 'publish.xml'), 'not xml at all');
  expect(() => execFileSync('bash', [path.join(dist, 'install-wps.sh')], { env: { ...process.env, DUBAN_JSADDONS: jsaddons }, stdio: 'pipe' })).toThrow();
  expect(publishXml()).toBe('not xml at all');
});

test('the Windows installer is PowerShell with a byte-order mark (else its Chinese is garbled) and the same entry', () => {
  const ps1 = readFileSync(path.join(dist, 'install-wps.ps1'), 'utf8');
  expect(ps1.charCodeAt(0)).toBe(0xfeff);
  expect(ps1).not.toMatch(/@NAME@|@VERSION@/);
  expect(ps1).toContain("$Name = 'duban'");
  expect(ps1).toContain("$Version = '0.1.0'");
  expect(readFileSync(path.join(dist, 'install-wps.cmd'), 'utf8')).toContain('install-wps.ps1');
});

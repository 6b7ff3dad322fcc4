// src/wps/etModel.ts against Kingsoft's typings: etTypings.ts compiled with et-jsapi-declare must
// give no error, and the same check must refuse a member the typings do not have, or have as the
// other kind, or with another parameter or value type.
import * as path from 'path';
import * as ts from 'typescript';

const HERE = __dirname;

function compile(extra?: { file: string; text: string }): string[] {
  const configPath = path.join(HERE, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, HERE);
  const root = path.join(HERE, 'etTypings.ts');
  const host = ts.createCompilerHost(parsed.options);
  if (extra) {
    const read = host.readFile.bind(host);
    const getSource = host.getSourceFile.bind(host);
    host.readFile = (file) => (file === extra.file ? extra.text : read(file));
    host.getSourceFile = (file, language) => (file === extra.file ? ts.createSourceFile(file, extra.text, language) : getSource(file, language));
    host.fileExists = ((exists) => (file: string) => file === extra.file || exists(file))(host.fileExists.bind(host));
  }
  const program = ts.createProgram(extra ? [root, extra.file] : [root], parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

test('every member DUBAN uses is in et-jsapi-declare, as the same kind, with fitting types', () => {
  expect(compile()).toEqual([]);
}, 60_000);

test('the check refuses a misspelt member, a property for a method, and a wrong parameter or value type', () => {
  const probe = path.join(HERE, 'etTypingsProbe.ts');
  const errors = compile({
    file: probe,
    text: [
      "import type { Agrees, Mismatch } from './etTypings';",
      'export const a = true as Agrees<Mismatch<{ Valu2: unknown }, Et.Range>>;',
      'export const b = true as Agrees<Mismatch<{ Address: string }, Et.Range>>;',
      'export const c = true as Agrees<Mismatch<{ Merge(across: string): void }, Et.Range>>;',
      'export const d = true as Agrees<Mismatch<{ Orientation: string }, Et.PageSetup>>;',
    ].join('\n'),
  });
  expect(errors).toEqual(['"Valu2"', '"Address"', '"Merge"', '"Orientation"'].map((name) => expect.stringContaining(name)));
}, 60_000);

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/** resources/esbuild-plugins.cjs, run through esbuild the way serverless-esbuild runs it: one entry per build. */
const plugins = require('../../resources/esbuild-plugins.cjs') as Plugin[] & {
  readonly LOCAL_ONLY: readonly string[];
};

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cris-router-esbuild-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `functions/<name>/handler.ts` under the temp dir and bundles it like serverless-esbuild. */
const bundle = (source: string) => {
  const entry = path.join('functions', 'probe', 'handler.ts');
  mkdirSync(path.join(dir, path.dirname(entry)), { recursive: true });
  writeFileSync(path.join(dir, entry), source);
  return build({
    absWorkingDir: dir,
    entryPoints: [entry],
    outdir: path.join(dir, '.build', path.dirname(entry)),
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins,
  });
};

/** Writes `<name>.ts` under the temp dir and bundles it with the plugins as CommonJS: its path. */
const bundleCjs = async (name: string, source: string): Promise<string> => {
  const entry = path.join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const outfile = path.join(dir, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
    nodePaths: [path.join(__dirname, '../../node_modules')],
    plugins,
  });
  return outfile;
};

it.each(plugins.LOCAL_ONLY)('fails the build when a handler imports %s', async (name) => {
  await expect(
    bundle(`import x from '${name}';\nexport const handler = () => x;\n`),
  ).rejects.toThrow(/local-only and must never be bundled/);
});

it('writes functions/package.json with type module beside the bundles', async () => {
  await bundle('export const handler = async () => 1;\n');
  const marker = readFileSync(path.join(dir, '.build', 'functions', 'package.json'), 'utf8');
  expect(JSON.parse(marker)).toEqual({ type: 'module' });
});

it("bundles stdnum's ES module build in place of the CommonJS one, with the same results", async () => {
  const outfile = await bundleCjs(
    'probe',
    "import * as idnr from 'stdnum/lib/cjs/de/idnr.js';\nexport const valid = (v: string) => idnr.validate(v).isValid;\n",
  );
  const code = readFileSync(outfile, 'utf8');
  expect(code).toContain('node_modules/stdnum/lib/esm/de/idnr.js');
  expect(code).not.toContain('stdnum/lib/cjs');
  const bundled = require(outfile) as { valid: (value: string) => boolean };
  const cjs = require('stdnum/lib/cjs/de/idnr.js') as {
    validate: (v: string) => { isValid: boolean };
  };
  for (const value of ['47182036546', '47182036547', '36574261809', '12345678901']) {
    expect(bundled.valid(value)).toBe(cjs.validate(value).isValid);
  }
  expect(bundled.valid('47182036546')).toBe(true);
});

// Written with escapes here so that this test's own source says which characters it holds.
const ASCII_PROBE = [
  'export const words = /(?:\u00e9tait|cl\u00ednica)/u;',
  'export const raw = new RegExp(String.raw`^stra\u00dfe\\s+\\d+$`, "u");',
  'export const identity = /\\\u00e9t\u00e9/;',
  'export const astral = /^[\u{1F600}]$/u;',
  'export const astralPlain = /^\u{1F600}$/;',
  "export const text = 'M\u00fcller \u{1F600}';",
  'export const template = (name: string) => `\u00e7a va, ${name}`;',
  '// Kommentar \u00fcber M\u00fcller',
  'export const \u00e9l\u00e8ve = 1;',
].join('\n');

it('writes an ASCII-only bundle whose patterns, strings and templates mean what the source says', async () => {
  const outfile = await bundleCjs('ascii', `${ASCII_PROBE}\n`);
  const code = readFileSync(outfile, 'utf8');
  expect(code).not.toMatch(/[\u0080-\uffff]/);
  const probe = require(outfile) as {
    words: RegExp;
    raw: RegExp;
    identity: RegExp;
    astral: RegExp;
    astralPlain: RegExp;
    text: string;
    template: (name: string) => string;
    [name: string]: unknown;
  };
  expect(probe.words.test('il \u00e9tait')).toBe(true);
  expect(probe.words.test('il etait')).toBe(false);
  expect(probe.raw.test('stra\u00dfe 12')).toBe(true);
  expect(probe.raw.test('strasse 12')).toBe(false);
  expect(probe.identity.test('\u00e9t\u00e9')).toBe(true);
  expect(probe.identity.test('\\ete')).toBe(false);
  expect(probe.astral.test('\u{1F600}')).toBe(true);
  expect(probe.astralPlain.test('\u{1F600}')).toBe(true);
  expect(probe.text).toBe('M\u00fcller \u{1F600}');
  expect(probe.template('Anna')).toBe('\u00e7a va, Anna');
  expect(probe['\u00e9l\u00e8ve']).toBe(1);
});

it('leaves U+2028 and U+2029 as written: they end a line comment', () => {
  const { escapeNonAscii } = plugins as unknown as { escapeNonAscii: (source: string) => string };
  expect(escapeNonAscii('// note\u2028x = 1')).toBe('// note\u2028x = 1');
  expect(escapeNonAscii('a\u00e9\\\u00e9\\\\\u00e9')).toBe('a\\u00e9\\u00e9\\\\\\u00e9');
});

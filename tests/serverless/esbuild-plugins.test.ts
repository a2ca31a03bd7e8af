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

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { classify } from '../../shared/pii/classify.js';

/**
 * The classifier bundled with serverless.yml's esbuild plugins, as a Lambda loads it, against the
 * TypeScript source: the same findings on every labelled fixture. The plugins rewrite the
 * sources (asciiSources escapes every character outside ASCII), so this is what proves a
 * rewritten pattern still means what its source says.
 */
const plugins = require('../../resources/esbuild-plugins.cjs') as Plugin[];
const ROOT = path.join(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/labelled');

type Classify = typeof classify;
const outcome = (result: ReturnType<Classify>): string =>
  JSON.stringify([
    result.classification,
    result.policyVersion,
    result.findings.map((f) => [f.type, f.category, f.start, f.end, f.score]),
  ]);

let dir = '';
let bundled: Classify;
let code = '';
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cris-router-classifier-bundle-'));
  const outfile = path.join(dir, 'classify.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'shared/pii/classify.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    keepNames: true,
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins,
  });
  code = readFileSync(outfile, 'utf8');
  bundled = (require(outfile) as { classify: Classify }).classify;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('is ASCII only, so V8 holds its source as one byte a character', () => {
  expect(code.length).toBeGreaterThan(1_000_000);
  const outside = code.search(/[\u0080-\uffff]/);
  expect(outside === -1 ? '' : code.slice(Math.max(0, outside - 40), outside + 10)).toBe('');
});

it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.jsonl')))(
  'classifies every payload of %s as the source does',
  (name) => {
    const rows = readFileSync(path.join(FIXTURES, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; text: string });
    expect(rows.length).toBeGreaterThan(0);
    const differing = rows
      .filter((row) => outcome(bundled(row.text)) !== outcome(classify(row.text)))
      .map((row) => row.id);
    expect(differing).toEqual([]);
  },
);

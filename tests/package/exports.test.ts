import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { classify } from '../../shared/pii/classify.js';

/**
 * Packs a copy of the repository the way `npm publish` would (prepack builds dist/), unpacks the
 * tarball and loads it by name from a consumer project with plain `node`: no tsx, no bundler.
 * Everything happens in a temporary directory; the repository's own dist/ is never touched.
 */
const ROOT = path.resolve(__dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.serverless', '.esbuild', 'coverage']);
const NOT_SHIPPED = /^(tests|bench|scripts|examples|node_modules|coverage|\.[^/]+)(\/|$)/;

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}
interface ConsumerOutput {
  readonly resolved: Record<string, string>;
  readonly results: unknown[];
}

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
/** Children get no NODE_OPTIONS, so nothing (tsx included) is preloaded; npm runs prepack. */
const env: NodeJS.ProcessEnv = { ...process.env, npm_config_ignore_scripts: 'false' };
delete env.NODE_OPTIONS;

let work = '';
let unpacked = '';
let app = '';
let shipped: string[] = [];

const copyRepository = (to: string): void => {
  cpSync(ROOT, to, {
    recursive: true,
    filter: (from) => {
      const top = path.relative(ROOT, from).split(path.sep)[0] ?? '';
      return !NOT_COPIED.has(top) && !top.startsWith('.esbuild-') && top !== '.cris-router';
    },
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
};

const pack = async (source: string): Promise<PackResult> => {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: source,
    env,
  });
  const [result] = JSON.parse(stdout) as PackResult[];
  if (!result) throw new Error('npm pack printed no result');
  return result;
};

/** A consumer project whose node_modules/cris-router is the unpacked tarball. */
const makeConsumer = (): string => {
  const dir = path.join(work, 'app');
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(unpacked, path.join(dir, 'node_modules/cris-router'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  return dir;
};

const exportTargets = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Object.values(value as Record<string, unknown>).flatMap(exportTargets);

const consumerScript = (subpaths: readonly string[]): string => `
import { readFileSync } from 'node:fs';
import { classify } from 'cris-router';
const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const resolved = Object.fromEntries(
  ${JSON.stringify(subpaths)}.map((s) => [s, import.meta.resolve('cris-router' + s.slice(1))]),
);
process.stdout.write(JSON.stringify({ resolved, results: texts.map((t) => classify(t)) }));
`;

/** Texts that reach every recognizer family: the labelled corpus and python-stdnum's valid ids. */
const sampleTexts = (): string[] => {
  const fixtures = path.join(ROOT, 'tests/fixtures');
  const labelled = ['corpus.jsonl', 'holdout.jsonl'].flatMap((file) =>
    readFileSync(path.join(fixtures, 'labelled', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  const corpus = JSON.parse(
    readFileSync(path.join(fixtures, 'corpora/stdnum-identifiers.json'), 'utf8'),
  ) as { types: Record<string, { valid: string[] }> };
  const identifiers = Object.entries(corpus.types).flatMap(([type, { valid }]) =>
    valid.map((value) => `${type}: ${value}`),
  );
  return [
    'IBAN DE89 3704 0044 0532 0130 00',
    'The weather is nice today.',
    ...labelled,
    ...identifiers,
  ];
};

const texts = sampleTexts();

beforeAll(async () => {
  work = realpathSync(mkdtempSync(path.join(tmpdir(), 'cris-router-exports-')));
  const source = path.join(work, 'src');
  copyRepository(source);
  const packed = await pack(source);
  shipped = packed.files.map((file) => file.path);
  await run('tar', ['-xzf', path.join(work, packed.filename), '-C', work]);
  unpacked = path.join(work, 'package');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(unpacked, 'node_modules'), 'dir');
  app = makeConsumer();
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the tarball npm pack builds', () => {
  it('ships the compiled entry with its declarations, and the TypeScript the bin runs', () => {
    expect(shipped).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/pii/classify.js',
        'bin/cris-router.js',
        'cli/bin.ts',
        'shared/index.ts',
        'resources/audit-table.json',
        'statemachines/router.asl.json',
      ]),
    );
  });

  it('ships no tests, benchmarks, dependencies or build droppings', () => {
    expect(shipped.filter((file) => NOT_SHIPPED.test(file))).toEqual([]);
    expect(shipped.filter((file) => file.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it('has a declaration file next to every compiled module', () => {
    const compiled = shipped.filter((file) => file.startsWith('dist/') && file.endsWith('.js'));

    expect(compiled.length).toBeGreaterThan(10);
    expect(compiled.filter((file) => !shipped.includes(file.replace(/\.js$/, '.d.ts')))).toEqual(
      [],
    );
  });

  it('has every exports target in it, and the main and types of older resolvers', () => {
    const targets = [...Object.values(pkg.exports).flatMap(exportTargets), pkg.main, pkg.types];

    expect(targets).toContain('./dist/index.d.ts');
    expect(targets.filter((target) => !existsSync(path.join(unpacked, target)))).toEqual([]);
  });
});

describe('the package imported by name with plain node', () => {
  let consumer: ConsumerOutput;

  beforeAll(async () => {
    writeFileSync(path.join(app, 'consumer.mjs'), consumerScript(Object.keys(pkg.exports)));
    writeFileSync(path.join(app, 'texts.json'), JSON.stringify(texts));
    const { stdout } = await run(process.execPath, ['consumer.mjs', 'texts.json'], {
      cwd: app,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    consumer = JSON.parse(stdout) as ConsumerOutput;
  });

  it('resolves every exports subpath, the root to the compiled JavaScript', () => {
    const expected = Object.fromEntries(
      Object.entries(pkg.exports as Record<string, unknown>).map(([subpath, value]) => {
        const target = typeof value === 'string' ? value : (value as Record<string, string>).import;
        return [subpath, pathToFileURL(path.join(unpacked, target ?? '')).href];
      }),
    );

    expect(consumer.resolved).toEqual(expected);
    expect(consumer.resolved['.']).toBe(pathToFileURL(path.join(unpacked, 'dist/index.js')).href);
  });

  it('classifies an IBAN as personal and small talk as non-sensitive', () => {
    const [iban, weather] = consumer.results as { classification: string }[];

    expect(iban?.classification).toBe('personal');
    expect(weather?.classification).toBe('non-sensitive');
  });

  it('classifies the labelled corpus and stdnum identifiers exactly as the TypeScript source', () => {
    const fromSource = texts.map((text) => JSON.parse(JSON.stringify(classify(text))));

    expect(consumer.results).toHaveLength(texts.length);
    expect(consumer.results).toEqual(fromSource);
  });
});

describe('the unpacked package', () => {
  it('types a consumer through the `types` condition under NodeNext resolution', async () => {
    writeFileSync(
      path.join(app, 'typed.ts'),
      [
        "import { type ClassificationResult, classify } from 'cris-router';",
        "const result: ClassificationResult = classify('x');",
        "export const label: 'personal' | 'non-sensitive' = result.classification;",
        '// @ts-expect-error classify takes a string',
        'classify(42);',
        '',
      ].join('\n'),
    );
    const args = ['--noEmit', '--strict', '--module', 'nodenext', 'typed.ts'];

    await expect(run(process.execPath, [TSC, ...args], { cwd: app, env })).resolves.toEqual({
      stdout: '',
      stderr: '',
    });
  });

  it('runs the shipped CLI from the tarball', async () => {
    const input = path.join(app, 'payloads.jsonl');
    writeFileSync(
      input,
      `${JSON.stringify({ id: 'a', text: 'IBAN DE89 3704 0044 0532 0130 00' })}\n`,
    );
    const bin = path.join(unpacked, pkg.bin['cris-router']);
    const { stdout } = await run(process.execPath, [bin, 'classify', input], { cwd: app, env });

    expect(JSON.parse(stdout)).toMatchObject({ id: 'a', classification: 'personal' });
  });
});

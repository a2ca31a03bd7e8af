import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { median } from '../lib/stats.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(REPO_ROOT, 'shared/pii/classify.ts');

/** What one fresh process measured: import, then the first classify call, then memory. */
interface Sample {
  readonly importMs: number;
  readonly firstCallMs: number;
  readonly heapUsed: number;
  readonly rss: number;
}

/** What bounds the bundle's cold start on this machine, medians over the same number of runs. */
export interface StartFloor {
  /** Bytes of the esbuild bundle's source. */
  readonly bundleBytes: number;
  /** Parsing and compiling that source alone, before any of it runs. */
  readonly compileMs: number;
  /** A bare Node process started and ended (`node -e 0`), spawn to exit. */
  readonly bareNodeMs: number;
}

/** Medians over the runs of one way of loading the classifier. */
export interface ColdStart {
  readonly label: string;
  /** Whether the cold-start target applies (what production and package users load). */
  readonly targeted: boolean;
  readonly runs: number;
  readonly importMs: number;
  readonly firstCallMs: number;
  readonly totalMs: number;
  /** Heap retained by the import (after a full GC), in bytes. */
  readonly heapUsed: number;
  /** Resident set size after the import and first call, in bytes. */
  readonly rss: number;
}

// Runs in the child: argv[1] is the module to import, argv[2] the first payload to classify. No
// gc() before the import: a Lambda cold start runs none, and a full collection there shrinks the
// young generation, so that the import then pays for more scavenges (about 10 ms on the bench
// machine). The heap the import adds is the heap after it (collected) less BASELINE's.
const CHILD = `
import { pathToFileURL } from 'node:url';
const [target, payload] = process.argv.slice(1);
const t0 = performance.now();
const { classify } = await import(pathToFileURL(target).href);
const t1 = performance.now();
classify(payload);
const t2 = performance.now();
gc();
const memory = process.memoryUsage();
process.stdout.write(JSON.stringify({
  importMs: t1 - t0, firstCallMs: t2 - t1, heapUsed: memory.heapUsed, rss: memory.rss,
}));
`;
// Parsing and compiling the module's source alone, as the import does before running it (read
// first, so the disk and the UTF-8 decoding are not counted): the floor no start-up work can lower.
const COMPILE_ONLY = `
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
const [target] = process.argv.slice(1);
const source = readFileSync(target, 'utf8');
const t0 = performance.now();
new vm.SourceTextModule(source, { identifier: target });
process.stdout.write(String(performance.now() - t0));
`;
// The same fresh process without the import: the heap in use after a collection.
const BASELINE = 'gc(); process.stdout.write(String(process.memoryUsage().heapUsed));';

const runChild = (nodeFlags: readonly string[], script: string, args: readonly string[]) => {
  const child = spawnSync(
    process.execPath,
    [...nodeFlags, '--expose-gc', '--input-type=module', '-e', script, ...args],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
  return child.stdout;
};

const sampleOnce = (nodeFlags: readonly string[], target: string, payload: string): Sample =>
  JSON.parse(runChild(nodeFlags, CHILD, [target, payload])) as Sample;

/** Parsing and compiling a module's source in a fresh process, in ms (see COMPILE_ONLY). */
const compileOnce = (target: string): number =>
  Number(runChild(['--experimental-vm-modules', '--no-warnings'], COMPILE_ONLY, [target]));

/** A bare `node -e 0`, from spawn to exit, in ms: how fast this machine starts any Node process. */
const bareNodeOnce = (): number => {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-e', '0']);
  if (child.status !== 0) throw new Error('node -e 0 failed');
  return performance.now() - start;
};

/** The heap a fresh process with these flags has in use before importing anything (median of 3). */
const baselineHeap = (nodeFlags: readonly string[]): number =>
  median([0, 1, 2].map(() => Number(runChild(nodeFlags, BASELINE, []))));

// The plugins serverless.yml gives serverless-esbuild (among them: stdnum's ES module build).
const PLUGINS = createRequire(import.meta.url)('../../resources/esbuild-plugins.cjs') as Plugin[];

/** classify.ts bundled the way serverless-esbuild bundles the Lambda functions (ESM, node). */
const bundle = async (directory: string): Promise<string> => {
  const outfile = join(directory, 'classify.mjs');
  await build({
    entryPoints: [SOURCE],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    keepNames: true,
    mainFields: ['module', 'main'],
    plugins: PLUGINS,
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
};

/**
 * The package's compiled build (`npm run build`: tsc into dist/), under node_modules/.cache so
 * that its imports resolve to the repository's node_modules as an installed package's would.
 */
const compile = (): { entry: string; directory: string } => {
  const cache = join(REPO_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const directory = mkdtempSync(join(cache, 'cris-router-bench-'));
  const outDir = join(directory, 'dist');
  const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`tsc failed: ${result.stdout}${result.stderr}`);
  return { entry: join(outDir, 'index.js'), directory };
};

const summarise = (
  label: string,
  targeted: boolean,
  samples: readonly Sample[],
  baseline: number,
): ColdStart => ({
  label,
  targeted,
  runs: samples.length,
  importMs: median(samples.map((s) => s.importMs)),
  firstCallMs: median(samples.map((s) => s.firstCallMs)),
  totalMs: median(samples.map((s) => s.importMs + s.firstCallMs)),
  heapUsed: median(samples.map((s) => s.heapUsed)) - baseline,
  rss: median(samples.map((s) => s.rss)),
});

/**
 * Import plus first call of the classifier in fresh processes, `runs` times each, interleaved:
 * from an esbuild bundle, which is what a Lambda cold start loads; from the compiled package
 * (dist/, what `import 'cris-router'` loads); and from the TypeScript source through tsx, as in
 * development (includes tsx's transform, cached after the first run).
 */
export const measureColdStart = async (
  payload: string,
  runs: number,
): Promise<{ loads: ColdStart[]; floor: StartFloor }> => {
  const directory = mkdtempSync(join(tmpdir(), 'cris-router-bench-'));
  const compiled = compile();
  try {
    const bundled = await bundle(directory);
    const fromSource: Sample[] = [];
    const fromBundle: Sample[] = [];
    const fromPackage: Sample[] = [];
    const compileMs: number[] = [];
    const bareNodeMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      fromSource.push(sampleOnce(['--import', 'tsx'], SOURCE, payload));
      fromBundle.push(sampleOnce([], bundled, payload));
      fromPackage.push(sampleOnce([], compiled.entry, payload));
      compileMs.push(compileOnce(bundled));
      bareNodeMs.push(bareNodeOnce());
    }
    const plain = baselineHeap([]);
    const floor: StartFloor = {
      bundleBytes: statSync(bundled).size,
      compileMs: median(compileMs),
      bareNodeMs: median(bareNodeMs),
    };
    const loads = [
      summarise('esbuild bundle (as deployed)', true, fromBundle, plain),
      summarise(
        'compiled package, dist/, unbundled (import from cris-router)',
        false,
        fromPackage,
        plain,
      ),
      summarise(
        'TypeScript source via tsx (development only)',
        false,
        fromSource,
        baselineHeap(['--import', 'tsx']),
      ),
    ];
    return { loads, floor };
  } finally {
    rmSync(directory, { recursive: true, force: true });
    rmSync(compiled.directory, { recursive: true, force: true });
  }
};

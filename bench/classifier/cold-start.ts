import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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

/** Medians over the runs of one way of loading the classifier. */
export interface ColdStart {
  readonly label: string;
  readonly runs: number;
  readonly importMs: number;
  readonly firstCallMs: number;
  readonly totalMs: number;
  /** Heap retained by the import (after a full GC), in bytes. */
  readonly heapUsed: number;
  /** Resident set size after the import and first call, in bytes. */
  readonly rss: number;
}

// Runs in the child: argv[1] is the module to import, argv[2] the first payload to classify.
const CHILD = `
import { pathToFileURL } from 'node:url';
const [target, payload] = process.argv.slice(1);
gc();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { classify } = await import(pathToFileURL(target).href);
const t1 = performance.now();
classify(payload);
const t2 = performance.now();
gc();
const memory = process.memoryUsage();
process.stdout.write(JSON.stringify({
  importMs: t1 - t0, firstCallMs: t2 - t1, heapUsed: memory.heapUsed - before, rss: memory.rss,
}));
`;

const sampleOnce = (nodeFlags: readonly string[], target: string, payload: string): Sample => {
  const child = spawnSync(
    process.execPath,
    [...nodeFlags, '--expose-gc', '--input-type=module', '-e', CHILD, target, payload],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Sample;
};

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
    keepNames: true,
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
};

const summarise = (label: string, samples: readonly Sample[]): ColdStart => ({
  label,
  runs: samples.length,
  importMs: median(samples.map((s) => s.importMs)),
  firstCallMs: median(samples.map((s) => s.firstCallMs)),
  totalMs: median(samples.map((s) => s.importMs + s.firstCallMs)),
  heapUsed: median(samples.map((s) => s.heapUsed)),
  rss: median(samples.map((s) => s.rss)),
});

/**
 * Import plus first call of the classifier in fresh processes, `runs` times each, interleaved:
 * from the TypeScript source through tsx (includes tsx's transform, cached after the first run)
 * and from an esbuild bundle, which is what a Lambda cold start loads.
 */
export const measureColdStart = async (payload: string, runs: number): Promise<ColdStart[]> => {
  const directory = mkdtempSync(join(tmpdir(), 'cris-router-bench-'));
  try {
    const bundled = await bundle(directory);
    const fromSource: Sample[] = [];
    const fromBundle: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      fromSource.push(sampleOnce(['--import', 'tsx'], SOURCE, payload));
      fromBundle.push(sampleOnce([], bundled, payload));
    }
    return [
      summarise('esbuild bundle (as deployed)', fromBundle),
      summarise('TypeScript source via tsx', fromSource),
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
};

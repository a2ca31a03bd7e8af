import type { Recognizer } from '../../shared/pii/recognizer.js';
import { type Summary, summarize } from '../lib/stats.js';

/** Per-payload latency over timed passes, and the throughput it adds up to. */
export interface Timing {
  readonly perPayload: Summary;
  readonly passes: number;
  readonly bytes: number;
  readonly totalMs: number;
  /** 10^6 bytes of UTF-8 per second. */
  readonly mbPerSecond: number;
}

interface Text {
  readonly text: string;
  readonly bytes: number;
}

// Results are folded in here so the engine cannot drop a call whose result is unused.
let sink = 0;
const consume = (result: unknown): void => {
  sink = (sink + (result === undefined ? 0 : 1)) % 1024;
};

/** Runs `fn` over every payload `warmup` times untimed, then `passes` times, timing each call. */
export const timePayloads = (
  fn: (text: string) => unknown,
  payloads: readonly Text[],
  { warmup, passes }: { warmup: number; passes: number },
): Timing => {
  for (let pass = 0; pass < warmup; pass++) for (const { text } of payloads) consume(fn(text));
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const { text } of payloads) {
      const start = performance.now();
      const result = fn(text);
      samples.push(performance.now() - start);
      consume(result);
    }
  }
  const totalMs = samples.reduce((sum, value) => sum + value, 0);
  const bytes = payloads.reduce((sum, payload) => sum + payload.bytes, 0) * passes;
  return {
    perPayload: summarize(samples),
    passes,
    bytes,
    totalMs,
    mbPerSecond: bytes / 1e6 / (totalMs / 1000),
  };
};

/**
 * `runs` timed calls on one text, after an untimed one. Another text is run before each: the
 * classifier memoises per-text work for the last text it saw, which a repeat would reuse.
 */
export const timeRepeated = (
  fn: (text: string) => unknown,
  text: string,
  { runs, reset }: { runs: number; reset: string },
): number[] => {
  const samples: number[] = [];
  for (let run = 0; run <= runs; run++) {
    consume(fn(reset));
    const start = performance.now();
    consume(fn(text));
    if (run > 0) samples.push(performance.now() - start);
  }
  return samples;
};

/** A per-text index several recognizers share, built on first use and memoised for the text. */
export interface SharedIndex {
  readonly name: string;
  readonly build: (text: string) => unknown;
}

/**
 * Time spent in each recognizer, called in registry order as findAll calls them. The shared
 * indexes are built first for each text and timed on their own, so a recognizer's time is its own
 * work and not that of whichever recognizer happened to ask for an index first.
 */
export const timeRecognizers = (
  recognizers: readonly Recognizer[],
  payloads: readonly Text[],
  passes: number,
  shared: readonly SharedIndex[] = [],
): Map<string, number> => {
  const steps = [
    ...shared.map(({ name, build }) => ({ name: `(index) ${name}`, run: build })),
    ...recognizers.map((recognizer) => ({ name: recognizer.name, run: recognizer.find })),
  ];
  const totals = new Map<string, number>(steps.map((step) => [step.name, 0]));
  for (let pass = 0; pass < passes; pass++) {
    for (const { text } of payloads) {
      for (const { name, run } of steps) {
        const start = performance.now();
        consume(run(text));
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - start);
      }
    }
  }
  return totals;
};

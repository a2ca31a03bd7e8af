import { countBefore } from '../search.js';
import type { Span } from '../spans.js';

// Lexicon words and names are short: a span ending this far past a range cannot start in it.
const LONGEST = 200;

/** Index of the first span (sorted by end) whose end is at or after `offset`. */
export const firstEndingFrom = (spans: readonly Span[], offset: number): number =>
  countBefore(spans.length, (i) => (spans[i] as Span).end < offset);

/** Spans (sorted by end, each short) overlapping [from, to], by binary search: linear overall. */
export const spansWithin = <T extends Span>(spans: readonly T[], from: number, to: number): T[] => {
  const found: T[] = [];
  for (let i = firstEndingFrom(spans, from); i < spans.length; i++) {
    const span = spans[i] as T;
    if (span.end > to + LONGEST) break;
    if (span.start <= to) found.push(span);
  }
  return found;
};

/** Sorted by end, then start: the order spansWithin expects. */
export const byEnd = <T extends Span>(spans: readonly T[]): T[] =>
  [...spans].sort((a, b) => a.end - b.end || a.start - b.start);

import type { Recognizer } from '../../../shared/pii/recognizer.js';

/** The text of every span a recognizer reports, in order: what the tables assert on. */
export const foundIn = (recognizer: Recognizer, text: string): string[] =>
  recognizer.find(text).map((finding) => text.slice(finding.start, finding.end));

import { insideMojibake } from '../normalise.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { toFinding } from '../spans.js';

type Defect = 'nul' | 'control' | 'replacement' | 'lone-surrogate';

// Anything that is not plain readable text: a quick test before the character-by-character pass.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ud800-\udfff]/;
// Other control characters (ANSI escapes, form feeds) count only in bulk: 1 in 100 characters.
const CONTROL_SHARE = 0.01;

const defectAt = (text: string, i: number): Defect | 'pair' | undefined => {
  const code = text.charCodeAt(i);
  if (code === 0) return 'nul';
  // A C1 control inside UTF-8 read as Latin-1 ("â\u0080\u0093" for "–") is a byte of a readable
  // character: the normalised view reads it repaired.
  if (code >= 0x80 && code <= 0x9f && insideMojibake(text, i)) return undefined;
  if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f)) {
    return 'control';
  }
  if (code === 0xfffd) return 'replacement';
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 'pair' : 'lone-surrogate';
  }
  return code >= 0xdc00 && code <= 0xdfff ? 'lone-surrogate' : undefined;
};

interface Extent {
  start: number;
  end: number;
  count: number;
}

const survey = (text: string): Map<Defect, Extent> => {
  const extents = new Map<Defect, Extent>();
  for (let i = 0; i < text.length; i++) {
    const defect = defectAt(text, i);
    if (defect === 'pair') i += 1;
    if (defect === undefined || defect === 'pair') continue;
    const extent = extents.get(defect);
    if (extent === undefined) extents.set(defect, { start: i, end: i + 1, count: 1 });
    else Object.assign(extent, { end: i + 1, count: extent.count + 1 });
  }
  return extents;
};

const counts = (defect: Defect, extent: Extent, length: number): boolean =>
  defect !== 'control' || extent.count >= length * CONTROL_SHARE;

/**
 * Text that was not readable when decoded: NUL, U+FFFD, lone surrogates, or control characters in
 * bulk. Undecodable input is treated as personal (fail closed); one finding per kind of defect,
 * spanning its first to last occurrence.
 */
export const unreadableRecognizer: Recognizer = {
  name: 'unreadable',
  entities: ['UNREADABLE_CONTENT'],
  find: (text) => {
    if (!SUSPECT.test(text)) return [];
    const findings: Finding[] = [];
    for (const [defect, extent] of survey(text)) {
      if (!counts(defect, extent, text.length)) continue;
      findings.push(
        toFinding(extent, {
          type: 'UNREADABLE_CONTENT',
          category: 'unreadable',
          score: 1,
          recognizer: 'unreadable',
          detail: defect,
        }),
      );
    }
    return findings;
  },
};

import type { Recognizer } from '../recognizer.js';
import { type Span, scanCandidates, textPattern, toFinding } from '../spans.js';

// Six hex pairs with one consistent separator, or Cisco's three dotted hex quads; a colon after
// them only as punctuation, before a space or the end ('00:1A:2B:3C:4D:5E: link up').
const CANDIDATE = textPattern(
  String.raw`(?<![\p{L}\p{N}.-])(?<!(?<![\p{L}\p{N}])[0-9A-Fa-f]{2}:)(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\p{L}\p{N}-]|:(?!\s|$)|\.[\p{L}\p{N}])`,
  'gu',
);
// Every candidate holds ":hh:hh:", "-hh-hh-" or ".hhhh.": a test far cheaper than the scan.
const GATE = /[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./;
const HEX = /[0-9a-f]/gi;
const LETTER = /[a-f]/i;

const toMac = (text: string, start: number, end: number): Span | undefined => {
  const value = text.slice(start, end);
  const digits = (value.match(HEX) ?? []).join('').toLowerCase();
  if (digits === '000000000000' || digits === 'ffffffffffff') return undefined;
  // The block reserved for documentation (RFC 7042): 00-00-5E-00-53-xx, 01-00-5E-90-10-xx.
  if (digits.startsWith('00005e0053') || digits.startsWith('01005e9010')) return undefined;
  // Dotted digits only ("1234.5678.9012") are more likely a number than a Cisco MAC.
  if (value.includes('.') && !LETTER.test(value)) return undefined;
  return { start, end };
};

/** MAC addresses (a device identifier); never all zeros, the broadcast or a documentation address. */
export const macAddressRecognizer: Recognizer = {
  name: 'mac',
  entities: ['MAC_ADDRESS'],
  find: (text) =>
    (GATE.test(text)
      ? scanCandidates(text, CANDIDATE, (start, end) => toMac(text, start, end))
      : []
    ).map((span) =>
      toFinding(span, { type: 'MAC_ADDRESS', category: 'online', score: 0.9, recognizer: 'mac' }),
    ),
};

import { isBase58Check, isBech32 } from '../checksums.js';
import type { Recognizer } from '../recognizer.js';
import {
  filterStarts,
  isWordChar,
  memoised,
  type Span,
  scanCandidatesAt,
  textPattern,
  toFinding,
  tokenStarts,
} from '../spans.js';

// Legacy (1…) and script (3…) addresses in base58, and bech32 segwit addresses (bc1…).
const CANDIDATE = textPattern(
  String.raw`(?<![\p{L}\p{N}])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71})(?![\p{L}\p{N}])`,
  'gu',
);

// Each address is a whole token: 26 to 35 characters (base58), 14 to 74 (bech32), opening with
// '1' or '3' (base58) or 'bc1' (bech32): most long tokens (hashes, ids) open otherwise.
const LONG_TOKENS = tokenStarts(14, 74);
const ONE = 49;
const THREE = 51;
const TOKENS = memoised((text) =>
  filterStarts(LONG_TOKENS(text), (start) => {
    const first = text.charCodeAt(start);
    return first === ONE || first === THREE || text.startsWith('bc1', start);
  }),
);

const toAddress = (text: string, start: number, end: number): Span | undefined => {
  if (isWordChar(text, end)) return undefined;
  const value = text.slice(start, end);
  const valid = value.startsWith('bc1') ? isBech32(value) : isBase58Check(value);
  return valid ? { start, end } : undefined;
};

/** Bitcoin addresses, accepted only with a valid checksum (base58check or bech32/bech32m). */
export const cryptoAddressRecognizer: Recognizer = {
  name: 'crypto-address',
  entities: ['CRYPTO_ADDRESS'],
  find: (text) =>
    scanCandidatesAt(text, CANDIDATE, TOKENS, (start, end) => toAddress(text, start, end)).map(
      (span) =>
        toFinding(span, {
          type: 'CRYPTO_ADDRESS',
          category: 'financial',
          score: 1,
          recognizer: 'crypto-address',
        }),
    ),
};

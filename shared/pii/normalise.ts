import { decodeHTMLStrict } from 'entities';
import type { Finding, Recognizer } from './recognizer.js';

/**
 * A payload as the recognizers should read it, and where each of its code units came from: the
 * code unit at i was written as the original's [from[i], to[i]).
 */
export interface TextView {
  readonly text: string;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

// What the view rewrites. Invisible format characters: soft hyphen, Arabic letter mark, Mongolian
// vowel separator, zero-width space/non-joiner/joiner, LTR/RTL marks, bidi embeddings, overrides
// and isolates, word joiner, invisible operators, BOM. Spaces other than the ASCII one: the
// no-break space (word processors and &nbsp; put it inside numbers; most patterns take only an
// ASCII space), en/em/thin/hair spaces, the narrow no-break space French typography puts in
// numbers, the ideographic space. Full-width ASCII, and Arabic-Indic digits. Escapes:
// JSON/JavaScript \uXXXX and HTML character references.
const TRIGGER =
  /[\u00a0\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e\u0660-\u0669\u06f0-\u06f9]|\\u[0-9A-Fa-f]{4}|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const JSON_ESCAPE = /\\u([0-9A-Fa-f]{4})/y;
const HTML_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const BACKSLASH = 92;
const AMPERSAND = 38;
const SPACE = 32;
const DROP = -1;

const isInvisible = (code: number): boolean =>
  code === 0x00ad ||
  code === 0x061c ||
  code === 0x180e ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2060 && code <= 0x2064) ||
  (code >= 0x2066 && code <= 0x206f) ||
  code === 0xfeff;

const isOtherSpace = (code: number): boolean =>
  code === 0x00a0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;

/** The code unit a recognizer should see for this one, or DROP for an invisible one. */
const plainUnit = (code: number): number => {
  if (code < 0x00a0) return code;
  if (isInvisible(code)) return DROP;
  if (isOtherSpace(code)) return SPACE;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 48;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 48;
  return code;
};

class ViewBuilder {
  private readonly codes: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  add(code: number, start: number, end: number): void {
    const plain = plainUnit(code);
    if (plain === DROP) return;
    this.codes.push(plain);
    this.from.push(start);
    this.to.push(end);
  }

  build(): TextView {
    const chunks: string[] = [];
    for (let at = 0; at < this.codes.length; at += 4096) {
      chunks.push(String.fromCharCode(...this.codes.slice(at, at + 4096)));
    }
    return {
      text: chunks.join(''),
      from: Int32Array.from(this.from),
      to: Int32Array.from(this.to),
    };
  }
}

/** The escape at `at` decoded (JSON \uXXXX or an HTML reference), and its length; or undefined. */
const escapeAt = (text: string, at: number): { decoded: string; length: number } | undefined => {
  const code = text.charCodeAt(at);
  if (code === BACKSLASH) {
    JSON_ESCAPE.lastIndex = at;
    const match = JSON_ESCAPE.exec(text);
    if (match === null) return undefined;
    return { decoded: String.fromCharCode(Number.parseInt(match[1] as string, 16)), length: 6 };
  }
  if (code === AMPERSAND) {
    HTML_REFERENCE.lastIndex = at;
    const match = HTML_REFERENCE.exec(text);
    if (match === null) return undefined;
    const decoded = decodeHTMLStrict(match[0]);
    return decoded === match[0] ? undefined : { decoded, length: match[0].length };
  }
  return undefined;
};

/**
 * The text with invisible characters removed, exotic spaces made ASCII spaces, full-width and
 * Arabic-Indic characters made ASCII, and JSON and HTML escapes decoded: what a person reads,
 * whatever a writer (or a copy from a web page, a word processor, a JSON encoder) did to it.
 * Undefined when nothing of that kind is in the text (most payloads: one pattern test).
 */
export const normalisedView = (text: string): TextView | undefined => {
  if (!TRIGGER.test(text)) return undefined;
  const view = new ViewBuilder();
  for (let i = 0; i < text.length; ) {
    const escaped = escapeAt(text, i);
    if (escaped !== undefined) {
      const end = i + escaped.length;
      for (let k = 0; k < escaped.decoded.length; k++)
        view.add(escaped.decoded.charCodeAt(k), i, end);
      i = end;
    } else {
      view.add(text.charCodeAt(i), i, i + 1);
      i += 1;
    }
  }
  const built = view.build();
  return built.text === text ? undefined : built;
};

/** A finding in the view, placed on the original characters it was read from. */
export const inOriginal = (view: TextView, finding: Finding): Finding => {
  const length = view.text.length;
  const atEnd = length === 0 ? 0 : (view.to[length - 1] as number);
  const start = finding.start < length ? (view.from[finding.start] as number) : atEnd;
  const end = finding.end > finding.start ? (view.to[finding.end - 1] as number) : start;
  return { ...finding, start, end };
};

const MAX_DEPTH = 3;
let depth = 0;

/**
 * Runs `scan` on the normalised view of the text, when it differs, and reports its findings on
 * the original characters: an IBAN with zero-width spaces, a phone with narrow no-break spaces,
 * "anna&#64;example.de" or a name written "Jos\u00e9" are found as if written plainly.
 */
export const normalisedTextRecognizer = (scan: (text: string) => Finding[]): Recognizer => ({
  name: 'normalised',
  entities: [],
  find: (text) => {
    if (depth >= MAX_DEPTH) return [];
    const view = normalisedView(text);
    if (view === undefined) return [];
    depth += 1;
    try {
      return scan(view.text).map((finding) => ({
        ...inOriginal(view, finding),
        recognizer: 'normalised',
        detail:
          finding.detail === undefined
            ? finding.recognizer
            : `${finding.recognizer}/${finding.detail}`,
      }));
    } finally {
      depth -= 1;
    }
  },
});

import { isUtf8 } from 'node:buffer';
import { gunzipSync, inflateSync } from 'node:zlib';
import { nested, nestingDepth } from './nesting.js';
import type { Finding, Recognizer } from './recognizer.js';
import {
  digitCount,
  isAsciiAlnumCode,
  isAsciiLetterCode,
  isDigitCode,
  type Span,
  toFinding,
  tokensOf,
} from './spans.js';

/** How a span of the payload was encoded. */
export type Encoding =
  | 'base64'
  | 'url'
  | 'quoted-printable'
  | 'hex'
  | 'bidi-override'
  | 'glued-label'
  | 'odd-separator'
  | 'defanged'
  | 'host-name'
  | 'fixed-width';

/** An encoded span and what it decodes to: readable text, or bytes that are not text. */
export interface DecodedSpan extends Span {
  readonly encoding: Encoding;
  /** The decoded text, or undefined when the bytes are not readable text. */
  readonly text: string | undefined;
  /** Whether what it decodes to counts only after a label (a word, not a delimiter, before it). */
  readonly labelled?: boolean;
}

const MIN_BASE64 = 16;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
const URL_CHAR = /[A-Za-z0-9._~!$&'()*+,;=:@/?%-]/;
const MAX_URL_LENGTH = 8192;
// Escapes of control characters (other than tab, CR and LF) are not text an encoder wrote: more
// likely "key=value" pairs whose values start with hex digits ("trace=10c0d4de span=0f3a…").
const QP_ESCAPE = /=(?:0[9AD]|[2-6][0-9A-F]|7[0-9A-E]|[89A-F][0-9A-F])|=\r?\n/g;
const QP_DECODE = /=\r?\n|=(0[9AD]|[2-6][0-9A-F]|7[0-9A-E]|[89A-F][0-9A-F])/g;
const DIGIT = /\d/;
// A base64 character before '=' padding: what a run with no digit must end with.
const PADDED = /[A-Za-z0-9+/_-]=/;
const DATA_URI = /data:[\w.+-]{1,40}\/[\w.+-]{1,60}(?:;[\w=.-]{1,40})*;base64,$/;
// Readable text: letters, marks, digits, punctuation, symbols and ordinary whitespace.
const UNREADABLE = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/gu;
const READABLE_SHARE = 0.9;
const MIN_QP_ESCAPES = 2;
// Bytes that do not decode to text count only when there are enough of them to be content (an
// image, a document) rather than a hash or a key: at least this many encoded characters.
const MIN_BINARY_LENGTH = 128;

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Bytes that are not UTF-8 may be read as Latin-1 (ISO-8859-1), what older mail and forms use
// ("Gr=FC=DFe"), so that one such byte does not hide a whole encoded span from the scan. Only
// where the span would otherwise be dropped: a span long enough to count as binary content stays
// unreadable (personal), since UTF-8 text with one bad byte read as Latin-1 garbles every accent
// ("José" as "JosÃ©") and its names and terms would no longer be found. Only clean text counts:
// no control character at all (random bytes and "status=500" log pairs decode to some).
// Quoted-printable mail is read as Windows-1252 instead, Latin-1 with printable characters in
// 0x80 to 0x9F (Outlook's "I=92m", "=93quoted=94", "=80"); the five bytes it leaves undefined stay
// C1 controls. Base64 stays Latin-1: random bytes, which short base64 runs mostly are, hold a
// byte from 0x80 to 0x9F far more often than a Windows-1252 text does.
const CONTROL = /[^\P{Cc}\t\n\r]/u;
// 0x80 to 0x9F in Windows-1252 (WHATWG Encoding table); 0 where the byte is undefined. Node 20's
// TextDecoder('windows-1252') reads these bytes as Latin-1, so the table is here.
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const C1 = /[\u0080-\u009f]/g;
const fromC1 = (char: string): string => {
  const code = WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] as number;
  return code === 0 ? char : String.fromCharCode(code);
};

/** What bytes that are not UTF-8 may be read as, if anything. */
type Fallback = 'none' | 'latin1' | 'windows-1252';

/** The bytes read as Latin-1 or Windows-1252, or undefined when that holds a control. */
const singleByte = (bytes: Uint8Array, fallback: Fallback): string | undefined => {
  if (fallback === 'none') return undefined;
  const latin1 = Buffer.from(bytes).toString('latin1');
  const text = fallback === 'latin1' ? latin1 : latin1.replace(C1, fromC1);
  return CONTROL.test(text) ? undefined : text;
};

const readable = (bytes: Uint8Array, fallback: Fallback): string | undefined => {
  // Most candidates are random bytes: checked first, so the decoder never throws (an exception
  // and its stack trace per candidate cost more than the decoding).
  let text: string | undefined;
  try {
    if (isUtf8(bytes)) text = utf8.decode(bytes);
    else text = singleByte(bytes, fallback);
  } catch {
    return undefined;
  }
  return readableText(text);
};

/** The text when it is mostly letters, digits, punctuation, symbols and blanks. */
const readableText = (text: string | undefined): string | undefined => {
  if (text === undefined) return undefined;
  if (text.length === 0) return undefined;
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  return (text.length - unreadable) / text.length >= READABLE_SHARE ? text : undefined;
};

const BASE64_CHAR = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') {
  BASE64_CHAR[char.charCodeAt(0)] = 1;
}
const isBase64Char = (code: number): boolean => code < 128 && BASE64_CHAR[code] === 1;
const EQUALS = 61;

/** The run of base64 characters from `from`, plus up to two '=' of padding. */
const runFrom = (text: string, from: number): Span & { readonly runEnd: number } => {
  let runEnd = from;
  while (runEnd < text.length && isBase64Char(text.charCodeAt(runEnd))) runEnd++;
  let end = runEnd;
  while (end < text.length && end - runEnd < 2 && text.charCodeAt(end) === EQUALS) end++;
  return { start: from, end, runEnd };
};

/**
 * Runs of base64 characters (with up to two '=' of padding) of at least MIN_BASE64. Each step
 * looks MIN_BASE64 characters ahead and walks back to the last non-base64 one: most text is
 * skipped in strides, never checked character by character (same runs as a full pass).
 */
const base64Runs = (text: string): Span[] => {
  const runs: Span[] = [];
  // Invariant: position 0, or the character before `at` is not base64.
  for (let at = 0; at + MIN_BASE64 <= text.length; ) {
    let back = at + MIN_BASE64 - 1;
    while (back >= at && isBase64Char(text.charCodeAt(back))) back--;
    if (back >= at) {
      at = back + 1;
      continue;
    }
    const { start, end, runEnd } = runFrom(text, at);
    runs.push({ start, end });
    at = runEnd + 1;
  }
  return runs;
};

/**
 * Base64 looks random: both cases and a digit, or its '=' padding (a short text may encode with
 * no digit: "SmFuIFdlYmVyIGhhcyBkaWFiZXRlcw==" is "Jan Weber has diabetes"). Words, hex hashes
 * and UUIDs do not.
 */
const looksLikeBase64 = (value: string): boolean => {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 48 && code <= 57) digits++;
  }
  return upper >= 2 && lower >= 2 && (digits >= 1 || value.charCodeAt(value.length - 1) === EQUALS);
};

/** Length 1 mod 4 without padding: one character more than whole bytes, no encoder's output. */
const hasStrayCharacter = (value: string): boolean => value.replace(/=+$/, '').length % 4 === 1;

// Line-wrapped base64 (a MIME body, a PEM block: 64 or 76 characters a line) is one encoding cut
// into lines: each line is a whole number of 4-character groups, long enough not to be a word.
// Lines of another width ('base64 -w 57') are one encoding too when read together they are text;
// otherwise each is read alone, as before (a list of equal API keys is no block).
const MIN_WRAPPED_LINE = 40;
const LINE_BREAK = /^(?:\r?\n)[ \t]*$/;
// The last line of a block may be shorter than a run (under MIN_BASE64 characters).
const SHORT_LAST_LINE = /^\r?\n[ \t]*([A-Za-z0-9+/]{1,15}={0,2})[ \t]*(?:\r?\n|$)/;
const SHORT_LAST_REACH = 24;

/** A run and the runs on the lines after it that continue it: the lines of one encoding. */
const wrappedBlocks = (text: string, runs: readonly Span[]): Span[][] => {
  const blocks: Span[][] = [];
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i] as Span;
    const lines: Span[] = [first];
    const lineLength = first.end - first.start;
    let last = first;
    let whole = lineLength >= MIN_WRAPPED_LINE;
    while (whole && i + 1 < runs.length) {
      const next = runs[i + 1] as Span;
      if (!LINE_BREAK.test(text.slice(last.end, next.start))) break;
      if (text.charCodeAt(last.end - 1) === EQUALS) break;
      const length = next.end - next.start;
      // Every line but the last is as long as the first.
      if (length > lineLength) break;
      lines.push(next);
      last = next;
      i++;
      whole = length === lineLength;
    }
    if (whole && lines.length > 1 && text.charCodeAt(last.end - 1) !== EQUALS) {
      const tail = SHORT_LAST_LINE.exec(text.slice(last.end, last.end + SHORT_LAST_REACH));
      if (tail !== null) {
        const start = last.end + tail[0].indexOf(tail[1] as string);
        lines.push({ start, end: start + (tail[1] as string).length });
      }
    }
    blocks.push(lines);
  }
  return blocks;
};

// A PEM block's armour ("-----BEGIN CERTIFICATE-----") on the line before its first line, for the
// structures whose bytes are DER (a SEQUENCE: 0x30) or an OpenSSH key: a certificate, a key, a
// certificate request, a CRL, a signed message. Any other label (a PGP message, a file) is content.
const PEM_BEGIN_ARMOUR = String.raw`-----BEGIN (?:(?:X509 |TRUSTED |NEW )?CERTIFICATE(?: REQUEST)?|(?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?(?:PUBLIC|PRIVATE) KEY|X509 CRL|PKCS7|CMS|ATTRIBUTE CERTIFICATE)-----[ \t]*\r?\n`;
const PEM_BEGIN = new RegExp(String.raw`${PEM_BEGIN_ARMOUR}[ \t]*$`);
const PEM_REACH = 80;
const DER_SEQUENCE = 0x30;
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0');

/** Whether the bytes are one DER SEQUENCE and nothing after it: its length says where it ends. */
const isOneSequence = (bytes: Uint8Array): boolean => {
  if (bytes[0] !== DER_SEQUENCE || bytes.length < 2) return false;
  const first = bytes[1] as number;
  if (first < 0x80) return 2 + first === bytes.length;
  // The indefinite length of a streamed structure (BER, 'openssl cms -stream'): it ends with an
  // end-of-contents mark, two zero bytes.
  if (first === 0x80) return bytes.at(-1) === 0 && bytes.at(-2) === 0;
  const octets = first - 0x80;
  if (octets < 1 || octets > 4 || bytes.length < 2 + octets) return false;
  let length = 0;
  for (let i = 0; i < octets; i++) length = length * 256 + (bytes[2 + i] as number);
  return 2 + octets + length === bytes.length;
};

/**
 * Whether the bytes are an OpenSSH private key and nothing after it: the magic, the cipher's,
 * KDF's and KDF options' strings, the number of keys, each public key and the private section,
 * each string a 32-bit length and its bytes, ending where the bytes end.
 */
const isOpenSshKey = (bytes: Uint8Array): boolean => {
  if (!Buffer.from(bytes.subarray(0, OPENSSH_MAGIC.length)).equals(OPENSSH_MAGIC)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = OPENSSH_MAGIC.length;
  const skipString = (): boolean => {
    if (at + 4 > bytes.length) return false;
    at += 4 + view.getUint32(at);
    return at <= bytes.length;
  };
  if (!skipString() || !skipString() || !skipString() || at + 4 > bytes.length) return false;
  const keys = view.getUint32(at);
  at += 4;
  if (keys < 1 || keys > 16) return false;
  for (let key = 0; key <= keys; key++) if (!skipString()) return false;
  return at === bytes.length;
};

// Under the armour, bytes that are not one such structure (a gzip stream after a 0x30 byte) are
// content like any other: unreadable unless they are text.
const isKeyOrCertificate = (bytes: Uint8Array): boolean =>
  isOneSequence(bytes) || isOpenSshKey(bytes);

const PEM_BEGIN_LINE = new RegExp(PEM_BEGIN_ARMOUR, 'g');
const PEM_END = '-----END ';
const MAX_PEM_BODY = 65536;
const PEM_BODY = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;

/**
 * The bodies of the PEM blocks whose bytes are a key or a certificate, each read whole, whatever
 * its lines' width (ssh-keygen wraps at 70 characters, which no base64 run of whole groups is):
 * a span whose text is the structure's strings, never unreadable.
 */
const pemKeyBodies = (text: string): DecodedSpan[] => {
  if (!text.includes('-----BEGIN ')) return [];
  const bodies: DecodedSpan[] = [];
  PEM_BEGIN_LINE.lastIndex = 0;
  for (let begin = PEM_BEGIN_LINE.exec(text); begin !== null; begin = PEM_BEGIN_LINE.exec(text)) {
    const start = begin.index + begin[0].length;
    const end = text.indexOf(PEM_END, start);
    if (end < 0 || end - start > MAX_PEM_BODY) continue;
    const body = text.slice(start, end);
    if (!PEM_BODY.test(body)) continue;
    const bytes = Buffer.from(body.replace(/\s+/g, ''), 'base64');
    if (!isKeyOrCertificate(bytes)) continue;
    const trimmed = start + body.trimEnd().length;
    bodies.push({
      start,
      end: trimmed,
      encoding: 'base64',
      text: readable(bytes, 'none') ?? stringsOf(bytes),
    });
    PEM_BEGIN_LINE.lastIndex = end;
  }
  return bodies;
};

// What a DER structure holds as text: its strings, runs of four or more printable characters
// between the binary fields, one a line; read as UTF-8 and as Latin-1 (T61 and BMP strings aside).
const STRING_BREAK = /[\p{Cc}\ufffd]+/u;
const MIN_STRING = 4;
// A field's string is mostly letters, digits and blanks; random bytes that happen to print are
// mostly not (and would cost a scan each).
const WORDLIKE = /[\p{L}\p{N} ]/gu;
const MIN_WORDLIKE_SHARE = 0.8;
const isFieldString = (piece: string): boolean =>
  piece.length >= MIN_STRING &&
  (piece.match(WORDLIKE)?.length ?? 0) >= piece.length * MIN_WORDLIKE_SHARE;
const loose = new TextDecoder('utf-8');
const stringsOf = (bytes: Uint8Array): string =>
  [
    ...new Set(
      [loose.decode(bytes), Buffer.from(bytes).toString('latin1')]
        .flatMap((decoded) => decoded.split(STRING_BREAK))
        .filter(isFieldString),
    ),
  ].join('\n');

// A short run's bytes that are no text may be a record holding text (protobuf, MessagePack, CBOR:
// "CAcSGGFubmEua293YWxza2FAZXhhbXBsZS5wbBgBIAIoCQ==" holds an e-mail): its strings are read,
// six characters or more, mostly ASCII letters and digits, as UTF-8. Random bytes (a token, a
// hash) seldom print so many in a row (1 in 4 bytes is an ASCII letter or digit; Latin-1 would
// make nearly half of them letters).
const MIN_RECORD_STRING = 6;
const RECORD_STRING_BREAK = /[^\x20-\x7e\u00a0-\uffef]+|\ufffd+/u;
const ASCII_WORDLIKE = /[A-Za-z0-9 ]/g;
/** Whether the bytes hold MIN_RECORD_STRING printable ASCII bytes in a row (no string built). */
const hasAsciiRun = (bytes: Uint8Array): boolean => {
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    run = byte >= 0x20 && byte <= 0x7e ? run + 1 : 0;
    if (run >= MIN_RECORD_STRING) return true;
  }
  return false;
};
const recordStrings = (bytes: Uint8Array): string =>
  !hasAsciiRun(bytes)
    ? ''
    : loose
        .decode(bytes)
        .split(RECORD_STRING_BREAK)
        .filter(
          (piece) =>
            piece.length >= MIN_RECORD_STRING &&
            (piece.match(ASCII_WORDLIKE)?.length ?? 0) >= piece.length * MIN_WORDLIKE_SHARE,
        )
        .join('\n');

// A compressed stream (gzip: 1F 8B 08; zlib: 78 and a check byte) is read inflated: short ones
// pass under MIN_BINARY_LENGTH ("H4sI…"). One that does not inflate is unreadable when its magic
// is gzip's, and no stream at all when only zlib's two bytes match (random bytes, 1 in 16,000).
// At most INFLATE_BUDGET bytes are inflated in a payload: more is unreadable (no zip bomb is read).
const isGzip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
const isZlib = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1] as number);

// What one payload may inflate in all (its streams and the streams inside them), in bytes and in
// streams: past either, a stream is unreadable, so that a few kilobytes of nested or repeated
// streams cannot cost seconds of scanning (fail closed). Reset for each payload (depth 0).
const INFLATE_BUDGET = 1 << 18;
const MAX_STREAMS = 64;
let inflatedBytes = 0;
let inflatedStreams = 0;
const resetInflateBudget = (): void => {
  inflatedBytes = 0;
  inflatedStreams = 0;
};

// A gzip header's optional fields (RFC 1952): FEXTRA, FNAME, FCOMMENT; text the inflater skips.
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const GZIP_HEADER = 10;
/** The printable strings of a gzip header's extra field, file name and comment. */
const gzipHeaderText = (bytes: Uint8Array): string => {
  const flags = bytes[3] as number;
  if ((flags & (FEXTRA | FNAME | FCOMMENT)) === 0) return '';
  let at = GZIP_HEADER;
  const fields: Uint8Array[] = [];
  if ((flags & FEXTRA) !== 0) {
    const length = (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
    fields.push(bytes.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if ((flags & flag) === 0) continue;
    const end = bytes.indexOf(0, at);
    const stop = end < 0 ? bytes.length : end;
    fields.push(bytes.subarray(at, stop));
    at = stop + 1;
  }
  return fields.map((field) => stringsOf(field)).join('\n');
};

/**
 * A compressed stream's text: the inflated bytes read as text and its gzip header's strings;
 * undefined when they are no text, or when the stream does not inflate, has bytes after its end
 * (text glued after a stream), or is past the payload's budget: unreadable. None when the bytes
 * are no stream (only zlib's two bytes matched, by chance).
 */
const inflatedText = (bytes: Uint8Array): { text: string | undefined } | undefined => {
  const gzip = isGzip(bytes);
  if (!gzip && !isZlib(bytes)) return undefined;
  if (inflatedStreams >= MAX_STREAMS || inflatedBytes >= INFLATE_BUDGET) return { text: undefined };
  inflatedStreams += 1;
  let result: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    const options = { maxOutputLength: INFLATE_BUDGET - inflatedBytes, info: true as const };
    result = (gzip ? gunzipSync : inflateSync)(bytes, options) as unknown as typeof result;
  } catch {
    return gzip ? { text: undefined } : undefined;
  }
  inflatedBytes += result.buffer.length;
  if (result.engine.bytesWritten !== bytes.length) return { text: undefined };
  const inflated = readable(result.buffer, 'none') ?? utf16Text(result.buffer);
  if (inflated === undefined) return { text: undefined };
  const header = gzip ? gzipHeaderText(bytes) : '';
  return { text: header === '' ? inflated : `${header}\n${inflated}` };
};

// UTF-16 without a byte order mark (PowerShell's -EncodedCommand, .NET and Windows strings): a
// zero in every other byte, little-endian (zeros at odd offsets) or big-endian (at even ones).
const MIN_UTF16_BYTES = 8;
const ZERO_SHARE = 0.9;
/** The bytes read as UTF-16 when half of them are zeros in one parity, else undefined. */
const utf16Text = (bytes: Uint8Array): string | undefined => {
  if (bytes.length < MIN_UTF16_BYTES || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros >= pairs * ZERO_SHARE && evenZeros === 0) {
    return latinUtf16(Buffer.from(bytes).toString('utf16le'));
  }
  if (evenZeros >= pairs * ZERO_SHARE && oddZeros === 0) {
    return latinUtf16(Buffer.from(bytes).swap16().toString('utf16le'));
  }
  return undefined;
};

// Text whose code units are mostly below 0x100 is Latin-script text: every character of it is a
// Latin letter, a digit, a mark or punctuation (below U+0250, or General Punctuation and the
// euro sign). Two ASCII bytes read as one unit ('An' as U+6E41) are none: bytes packed in
// between the text's own would otherwise pass as letters of another script.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: code-unit ranges, marks included on purpose
const NOT_LATIN_TEXT = /[\u0250-\u1fff\u20d0-\uffff]/;
const latinUtf16 = (text: string): string | undefined =>
  NOT_LATIN_TEXT.test(text) ? undefined : readableText(text);

/**
 * The base64 of `lines` decoded: a span with its text, one that is unreadable, or none. Only
 * `whole` (a block read as one) reads a short run's bytes that are no UTF-8 as Latin-1 or as a
 * record's strings: a line of a block of binary read so would pass as text.
 */
const decodeBase64 = (
  text: string,
  lines: readonly Span[],
  whole = true,
): DecodedSpan | undefined => {
  const value = lines.map((line) => text.slice(line.start, line.end)).join('');
  if (!looksLikeBase64(value)) return undefined;
  const first = lines[0] as Span;
  const span = { start: first.start, end: (lines.at(-1) as Span).end };
  // A key or a certificate is no content (pemKeyBodies reads its strings, and its lines never
  // get here); anything else under the armour is, however short.
  const before = text.slice(Math.max(0, first.start - PEM_REACH), first.start);
  const armoured = PEM_BEGIN.test(before);
  const dataUri = DATA_URI.test(text.slice(Math.max(0, first.start - 120), first.start));
  // Content (long, a data: URI, or under a key's armour) that is not UTF-8 stays unreadable:
  // fail closed. A stray character rules out only a short run: content with one (often glued
  // text) is decoded all the same, the character adding no byte, or binary would pass as text.
  const content = dataUri || armoured || value.length >= MIN_BINARY_LENGTH;
  if (!content && hasStrayCharacter(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  const stream = inflatedText(bytes);
  if (stream !== undefined) return { ...span, encoding: 'base64', text: stream.text };
  // A line of a block read alone may be Latin-1 only when it is long: a short one (the last line
  // of a wrapped attachment) prints no control by chance 1 time in 30 (12 bytes).
  const latin1 = !content && (whole || value.length >= MIN_WRAPPED_LINE);
  const decoded = readable(bytes, latin1 ? 'latin1' : 'none') ?? utf16Text(bytes);
  if (decoded !== undefined || content) return { ...span, encoding: 'base64', text: decoded };
  if (!whole) return undefined;
  const strings = recordStrings(bytes);
  return strings === '' ? undefined : { ...span, encoding: 'base64', text: strings };
};

/**
 * A block of lines read as one text; when it is not one (a file name or a hash on the line after
 * a base64 line joins it), the block without its last line and that line alone, else each line
 * alone as before; a block that is unreadable content either way stays unreadable.
 */
const decodeBlock = (text: string, lines: readonly Span[]): DecodedSpan[] => {
  const whole = decodeBase64(text, lines);
  if (lines.length === 1 || whole?.text !== undefined) return whole === undefined ? [] : [whole];
  const head = decodeBase64(text, lines.slice(0, -1), false);
  if (head?.text !== undefined) {
    const last = decodeBase64(text, lines.slice(-1), false);
    return last === undefined ? [head] : [head, last];
  }
  const each = lines.flatMap((line) => decodeBase64(text, [line], false) ?? []);
  if (each.some((span) => span.text !== undefined) || whole === undefined) return each;
  return [whole];
};

/** Whether a block's lines are whole 4-character groups (a single line always counts). */
const isAligned = (lines: readonly Span[]): boolean =>
  lines.length === 1 || ((lines[0] as Span).end - (lines[0] as Span).start) % 4 === 0;

/** A block of another width: one span when read together it is text, else each line alone. */
const decodeMisaligned = (text: string, lines: readonly Span[]): DecodedSpan[] => {
  const joined = decodeBase64(text, lines);
  if (joined?.text !== undefined && joined.text !== '') return [joined];
  return lines.flatMap((line) => decodeBlock(text, [line]));
};

const base64Spans = (text: string): DecodedSpan[] => {
  if (!DIGIT.test(text) && !PADDED.test(text)) return [];
  const keys = pemKeyBodies(text);
  const runs = base64Runs(text);
  const outside =
    keys.length === 0
      ? runs
      : runs.filter((run) => !keys.some((key) => run.start >= key.start && run.end <= key.end));
  return [
    ...keys,
    ...wrappedBlocks(text, outside).flatMap((lines) =>
      isAligned(lines) ? decodeBlock(text, lines) : decodeMisaligned(text, lines),
    ),
  ];
};

const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ESCAPE = /%([0-9A-Fa-f]{2})/g;

/** A run of escapes as UTF-8 text or, when it is not, its ASCII escapes only (others kept). */
const decodeRun = (run: string): string => {
  const bytes = Buffer.from(run.replaceAll('%', ''), 'hex');
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return run.replace(ESCAPE, (written, hex: string) => {
    const code = Number.parseInt(hex, 16);
    return code < 128 ? String.fromCharCode(code) : written;
  });
};

// One malformed escape ("%E9", a lone "%", or a sequence cut at MAX_URL_LENGTH) must not hide the
// rest of the run ("email=anna%40example.com&x=%"): the well-formed runs of escapes are decoded.
const percentDecode = (value: string): string => {
  const plain = value.replaceAll('+', ' ');
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain.replace(ESCAPE_RUN, decodeRun);
  }
};

/** The run of URL characters around an escape, found by walking out from it (linear). */
const urlRunAround = (text: string, at: number): Span => {
  let start = at;
  while (start > 0 && at - start < MAX_URL_LENGTH && URL_CHAR.test(text.charAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < MAX_URL_LENGTH && URL_CHAR.test(text.charAt(end))) end++;
  return { start, end };
};

// Between letters or digits: a name ("Anna+Weber") or a number's groups ("DE89+3704+0044").
const PLUS_BETWEEN_WORDS = /[A-Za-z0-9]\+[A-Za-z0-9]/g;
const HAS_PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
// A percent sign before a number, alone in its run ("%100", "(%18),"), maybe with a Basque
// case ending written onto it ("%10eko deskontua", "%10etarako", "%10EKO": a
// hundred-and-thirty-sixth set).
const PERCENT_NUMBER = /^\(?%\d+(?:[.,]\d+)?(?:[a-zA-Z]{1,10})?[.,;:)]*$/;
// Code's remainder by a number ("s%10 == t[8]", "(sum%11)%10"): an escape of a control character
// written in decimal digits and followed by no letter or digit. A run with no other escape is
// left as written ('Anna%0BKowalska', a letter after the escape, is still decoded).
const MODULO = /%(?:0\d|1\d)(?![0-9A-Za-z])/g;
const onlyModulo = (raw: string): boolean =>
  !HAS_PERCENT_ESCAPE.test(raw.replace(MODULO, '')) && !hasFormEncodedWords(raw);
const QUERY_KEY = /^[\w.~-]{1,64}$/;
const PAIRS = /[&;]/;

/**
 * Whether a URL run holds a form-encoded pair whose value writes a space as '+' between letters
 * or digits ("?name=Anna+Weber&x=1", a form body "iban=DE89+3704+0044+…"): read as the server
 * would.
 */
const hasFormEncodedWords = (raw: string): boolean => {
  const question = raw.indexOf('?');
  const query = question < 0 ? raw : raw.slice(question + 1);
  return query.split(PAIRS).some((pair) => {
    const equals = pair.indexOf('=');
    if (equals < 0 || !QUERY_KEY.test(pair.slice(0, equals))) return false;
    PLUS_BETWEEN_WORDS.lastIndex = 0;
    return PLUS_BETWEEN_WORDS.test(pair.slice(equals + 1));
  });
};

/** Offsets a URL run may be found around: its escapes, and '+' between letters or digits. */
const urlAnchors = (text: string): number[] => {
  const anchors: number[] = [];
  if (text.includes('%')) {
    for (const percent of text.matchAll(PERCENT_ESCAPE)) anchors.push(percent.index);
  }
  if (text.includes('+') && text.includes('=')) {
    for (const plus of text.matchAll(PLUS_BETWEEN_WORDS)) anchors.push(plus.index + 1);
  }
  return anchors.sort((a, b) => a - b);
};

const urlSpans = (text: string): DecodedSpan[] => {
  const spans: DecodedSpan[] = [];
  let scannedTo = 0;
  for (const at of urlAnchors(text)) {
    if (at < scannedTo) continue;
    const run = urlRunAround(text, at);
    scannedTo = run.end;
    const raw = text.slice(run.start, run.end);
    if (!HAS_PERCENT_ESCAPE.test(raw) && !hasFormEncodedWords(raw)) continue;
    const decoded = percentDecode(raw);
    if (decoded === raw) continue;
    // "%100 pamuk", "KDV %18,": Turkish writes the percent sign before the number. A run that is
    // only that is left as written (its escape would be a control character); any other run with
    // control escapes is decoded as before ('Anna%0BKowalska' reads as a name, then unreadable).
    if (PERCENT_NUMBER.test(raw) || onlyModulo(raw)) continue;
    spans.push({ ...run, encoding: 'url', text: decoded });
  }
  return spans;
};

/**
 * Quoted-printable bytes (soft line breaks dropped) from the region, other characters as UTF-8.
 * With `only` (offsets in the whole text, the region starting at `from`), the other escapes are
 * left as written: a log's "msg_id=8203…" beside an escaped name.
 */
const qpBytes = (region: string, from = 0, only?: ReadonlySet<number>): Uint8Array => {
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of region.matchAll(QP_DECODE)) {
    if (only !== undefined && !only.has(from + match.index)) continue;
    parts.push(Buffer.from(region.slice(last, match.index), 'utf8'));
    if (match[1] !== undefined) parts.push(Buffer.from([Number.parseInt(match[1], 16)]));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(region.slice(last), 'utf8'));
  return Buffer.concat(parts);
};

const isUpperHexCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 70);
/** Whether an escape of two upper-case hex digits ('=4A') is written at `at`. */
const isEscapeAt = (text: string, at: number): boolean =>
  text.charCodeAt(at) === EQUALS &&
  isUpperHexCode(text.charCodeAt(at + 1)) &&
  isUpperHexCode(text.charCodeAt(at + 2));

/**
 * Whether an escape is a byte 0x80 to 0x9F standing alone: after text or a line break of its own,
 * not after another escape or a soft line break, so no UTF-8 sequence it could continue. Such a
 * byte is Windows-1252 punctuation (Outlook's "I=92m") or a key=value log's "request_id=84cbe69":
 * see QP_MAIL.
 */
const isLoneC1 = (text: string, written: RegExpExecArray): boolean => {
  // A soft line break ('=\r\n' is three characters too) parses as no byte.
  const byte = Number.parseInt(written[0].slice(1), 16);
  if (!(byte >= 0x80 && byte <= 0x9f)) return false;
  const at = written.index;
  if (isEscapeAt(text, at - 3)) return false;
  if (text.charCodeAt(at - 1) !== 10) return true;
  const equals = text.charCodeAt(at - 2) === 13 ? at - 3 : at - 2;
  return text.charCodeAt(equals) !== 61;
};

// A domain after an escaped '@' ("anna=40example.de", written so against address harvesters),
// whose dots and hyphens may be escaped too or cut by a soft line break ("wp=2Epl", "wp=\n.pl").
const DOMAIN_PART = String.raw`(?:[\p{L}\p{N}-]|=2D|=\r?\n){1,63}`;
const DOMAIN_DOT = String.raw`(?:\.|=2E)(?:=\r?\n)?`;
// The soft line break after a dot only before the last label: DOMAIN_PART may open with one, and
// allowing it in both places gave each '.=\n' two readings (a review: 2^k steps, 27 s for 130
// characters of 'a=40b.=\nb.=\nb…').
const DOMAIN = `${DOMAIN_PART}(?:(?:\\.|=2E)${DOMAIN_PART})*${DOMAIN_DOT}\\p{L}{2,24}`;

// Marks of quoted-printable mail, which a key=value log rarely has: a soft line break, an escaped
// '=' before a quote (HTML attributes: 'href=3D"'), the header (any case), an English
// contraction with Windows-1252's apostrophe ("I=92m", "don=92t"), or two Latin-1 letters
// escaped inside words and followed by a letter that is no hex digit ("Fran=E7ois",
// "diab=E8te"; a log's "id=E9c41" goes on in hex). Escapes are upper-case hex, as encoders write
// them: a log's "request_id=3dc9…" is none. A log that has one of these marks is decoded too
// (time spent, nothing lost); a lone C1 byte in text without any is taken for a log and not
// decoded (decoding costs ~10 µs per payload and finds nothing there).
const QP_MAIL = /=\r?\n|=3D["']|\bI=92(?:m|ll|ve|d)\b|n=92t\b/m;
const QP_HEADER = /quoted-printable/i;
const ESCAPED_LETTER = /[a-z]=[C-F][0-9A-F](?=[g-z])/g;

// An address with its '@' escaped ("anna.weber=40example.de"): one escape is enough.
const ESCAPED_ADDRESS = new RegExp(`[\\p{L}\\p{N}_%+-]=40${DOMAIN}`, 'u');

const looksLikeQpMail = (text: string): boolean =>
  QP_MAIL.test(text) ||
  QP_HEADER.test(text) ||
  (text.match(ESCAPED_LETTER)?.length ?? 0) >= 2 ||
  (text.includes('=40') && ESCAPED_ADDRESS.test(text));

/** Whether an escape is a soft line break ('=' ending a line). */
const isSoftBreak = (written: RegExpExecArray): boolean => {
  const after = written[0].charCodeAt(1);
  return after === 10 || after === 13;
};

// An '=' that no quoted-printable encoder leaves in its output (it writes '=3D' for one): not
// before two upper-case hex digits or the end of the line. A line that holds one is not encoded
// ("level=info", 'msg="…"', "id=c3f…"), and its key=value pairs are not escapes of ASCII
// characters, which an encoder has no need to write ("status=404" is no '@4', "request_id=75657…"
// no 'u657…'; decoding such a log read a 4 KB text once more, and a tab from "=09" a third time).
// The '=' that opens and closes a MIME encoded-word ('=?utf-8?q?…?=') is an encoder's too.
const FOREIGN_EQUALS = /(?<!\?)=(?![0-9A-F]{2}|\?|\r?$)/;
// A line that holds an escape of a byte above 0x7F or ends in a soft line break was encoded,
// whatever else it holds: its ASCII escapes count ("Ren=E9 Dubois=2C merci", an IBAN cut by '=').
const ENCODED_LINE = /=[89A-F][0-9A-F]|=\r?$/;
// An encoded-word of a mail header, in Q encoding: it needs ASCII escapes ('=3A', '=2C', '=40'),
// and they count wherever it stands ("Subject: =?utf-8?q?Krankmeldung=3A_Weber=2C_Anna?=").
const ENCODED_WORD = /=\?[^?\s]{1,40}\?[Qq]\?[^?\s]*\?=/g;
const HEX_PAIR = /^=[0-9A-F]{2}$/;
const AT_BEFORE_DOMAIN = new RegExp(`^${DOMAIN}`, 'u');
const ESCAPED_AT = 0x40;

/**
 * Whether an escape is a key=value pair's '=' rather than one an encoder wrote: of an ASCII
 * character (the bytes any text needs escaped, other than '=', are above 0x7F), alone (no escape
 * right before or after it: "=44=45" hides 'DE'), not an '@' before a domain, on a line that
 * holds an '=' no encoder writes. Such lines are read as written; an escape above 0x7F or a soft
 * line break on them still counts (a mail body quoted in a log line: 'body="M=C3=BCller"').
 */
const isLogPair = (text: string, written: RegExpExecArray, lines: LineVerdicts): boolean => {
  if (!HEX_PAIR.test(written[0])) return false;
  const byte = Number.parseInt(written[0].slice(1), 16);
  if (byte >= 0x80) return false;
  const at = written.index;
  const after = at + 3;
  if (isEscapeAt(text, at - 3)) return false;
  if (text.charCodeAt(after) === 61) return false;
  if (byte === ESCAPED_AT && AT_BEFORE_DOMAIN.test(text.slice(after, after + 255))) return false;
  return lines.foreign(text, at);
};

/**
 * Per line (cached for the last one asked), whether an escape at `at` stands on a line that holds
 * an '=' no encoder writes and no escape only an encoder writes, outside an encoded-word.
 */
interface LineVerdicts {
  foreign(text: string, at: number): boolean;
}

const lineVerdicts = (): LineVerdicts => {
  let start = -1;
  let end = -1;
  let verdict = false;
  let words: Span[] = [];
  return {
    foreign: (text, at) => {
      if (at < start || at >= end) {
        start = text.lastIndexOf('\n', at) + 1;
        const lineEnd = text.indexOf('\n', at);
        end = lineEnd < 0 ? text.length : lineEnd;
        const line = text.slice(start, end);
        verdict = FOREIGN_EQUALS.test(line) && !ENCODED_LINE.test(line);
        words = verdict
          ? [...line.matchAll(ENCODED_WORD)].map((word) => ({
              start: start + word.index,
              end: start + word.index + word[0].length,
            }))
          : [];
      }
      return verdict && words.every((word) => at < word.start || at >= word.end);
    },
  };
};

/** One span from the first to the last line with a quoted-printable escape, when there are some. */
// A '=' at a line's end after base64 is its padding, not a soft line break: a Kubernetes secret's
// values ('HOST: ZGIuaW50ZXJuYWw='), a certificate's last line before its END line, '=='. The
// run before it is of whole groups but one character, twelve at least, with a digit, '+' or '/'
// (a QP mail's line ends in a word).
const MIN_PADDED_RUN = 11;
const BASE64_MARK = /[0-9+/]/;
const isPaddingBreak = (text: string, written: RegExpExecArray): boolean => {
  const after = written[0].charCodeAt(1);
  if (after !== 10 && after !== 13) return false;
  const at = written.index;
  if (text.startsWith('-----END', at + written[0].length)) return true;
  if (text.charCodeAt(at - 1) === EQUALS) return true;
  let start = at;
  while (start > 0 && isBase64Char(text.charCodeAt(start - 1))) start--;
  const run = at - start;
  return run >= MIN_PADDED_RUN && run % 4 === 3 && BASE64_MARK.test(text.slice(start, at));
};

// Two escapes or more in a row with a lower-case hex digit ('M=c3=bcller', '=4a=61=6e'): decoders
// take them as encoders' upper-case ones, so they are read so (one lower-case escape alone is a
// log's "id=c3f…" more often than an encoder's).
const LOWER_CASE_RUN = /(?:=[0-9a-fA-F]{2}){2,}/g;
const LOWER_HEX = /[a-f]/;
const withUpperCaseRuns = (text: string): string =>
  text.replace(LOWER_CASE_RUN, (run) => (LOWER_HEX.test(run) ? run.toUpperCase() : run));

interface EscapeRange {
  first: RegExpExecArray | undefined;
  last: RegExpExecArray | undefined;
  count: number;
  /** Where each escape added starts. */
  readonly starts: number[];
  add(written: RegExpExecArray): void;
}

const escapeRange = (): EscapeRange => ({
  first: undefined,
  last: undefined,
  count: 0,
  starts: [],
  add(written) {
    this.first ??= written;
    this.last = written;
    this.count += 1;
    this.starts.push(written.index);
  },
});

/** Whether an escape is one a key=value log does not write: see quotedPrintableSpans. */
const isUnlikeLog = (text: string, written: RegExpExecArray): boolean => {
  if (isSoftBreak(written)) return true;
  const at = written.index;
  if (isEscapeAt(text, at - 3) || isEscapeAt(text, at + 3)) return true;
  return written[0] === '=40' && AT_BEFORE_DOMAIN.test(text.slice(at + 3, at + 258));
};

const quotedPrintableSpans = (original: string): DecodedSpan[] => {
  if (!original.includes('=')) return [];
  const text = withUpperCaseRuns(original);
  // One pass over the escapes: only the first and the last escape and their count are kept. A
  // lone C1 byte in a text that is no mail is a key=value log's value ("request_id=84cbe69"), not
  // an escape, and the text is taken for a log: then only escapes no log writes count and are
  // decoded (escapes in a row, a soft line break, an escaped '@' before a domain), so that one
  // stray '=85' does not leave '=34=34=30…' (a PESEL) undecoded, while the log's "status=201"
  // and the stray byte itself stay as written.
  const all = escapeRange();
  const marked = escapeRange();
  let loneC1 = false;
  let mail: boolean | undefined;
  const lines = lineVerdicts();
  QP_ESCAPE.lastIndex = 0;
  for (let written = QP_ESCAPE.exec(text); written !== null; written = QP_ESCAPE.exec(text)) {
    const unlikeLog = isUnlikeLog(text, written);
    // Taken for a log: the rest of its escapes are looked at only if they are marked.
    if (loneC1 && !unlikeLog) continue;
    if (isLogPair(text, written, lines) || isPaddingBreak(text, written)) continue;
    if (isLoneC1(text, written)) {
      mail ??= looksLikeQpMail(text);
      if (!mail) {
        loneC1 = true;
        continue;
      }
    }
    all.add(written);
    if (unlikeLog) marked.add(written);
  }
  const { first, last, count } = loneC1 ? marked : all;
  if (first === undefined || last === undefined) return [];
  // One escape is enough in text marked as mail ("I=92m signed off"), two elsewhere; never one
  // soft line break alone (base64 padding ends lines so: "Pg==").
  if (count < MIN_QP_ESCAPES && (isSoftBreak(first) || !(mail ?? looksLikeQpMail(text)))) {
    return [];
  }
  const start = text.lastIndexOf('\n', first.index) + 1;
  const lineEnd = text.indexOf('\n', last.index + last[0].length);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const only = loneC1 ? new Set(marked.starts) : undefined;
  const decoded = readable(qpBytes(text.slice(start, end), start, only), 'windows-1252');
  return decoded === undefined ? [] : [{ start, end, encoding: 'quoted-printable', text: decoded }];
};

// Hex-encoded text: what databases and programs print bytes as (a SQL literal 0x4B6F… or
// X'4B6F…', PostgreSQL's bytea '\x4b6f…' or decode('4b6f…', 'hex'), a C array "0x4b, 0x6f", a
// string's "\x4b\x6f", a dump's "4b 6f 6e"). Hex is everywhere else too (hashes, keys, UUIDs,
// git ids, MAC addresses), and those are bytes that are not text: a hex span counts only when it
// decodes to readable text, never as unreadable content (no fail-closed rule for hex, unlike
// base64: a hex id is no encoded document). At least this many bytes: a short hex id (a 64-bit
// trace id, a colour) holds no text worth reading, and a readable one would be a fluke.
const MIN_HEX_BYTES = 16;
// Hex groups of up to this many digits may be joined into one span, each group written alike
// ("4b 6f", "0x4b, 0x6f", "\x4b\x6f", a dump's "4b6f 6e74"); a longer run counts alone.
const MAX_HEX_GROUP = 8;
// What may stand between two groups: blanks, line breaks, ',', ':', '-', and the '\' of "\x".
const MAX_HEX_GAP = 3;
// The bytes checked before any string is built: random bytes (a hash) fail within them.
const HEAD_BYTES = 8;
// Legacy single-byte text (Latin-1) is mostly ASCII with a few accented letters: bytes that are
// not UTF-8 are read as Latin-1 only then (random bytes are half above 0x7F).
const LATIN1_ASCII_SHARE = 0.8;
const X = 120;
const ZERO = 48;
const BACKSLASH = 92;

const HEX_VALUE = new Int8Array(128).fill(-1);
for (const [i, char] of [...'0123456789abcdef'].entries()) {
  HEX_VALUE[char.charCodeAt(0)] = i;
  HEX_VALUE[char.toUpperCase().charCodeAt(0)] = i;
}
const hexValue = (code: number): number => (code < 128 ? (HEX_VALUE[code] as number) : -1);

/**
 * Where the hex digits of the token [start, end) begin, after a "0x" or a "\x" prefix; -1 unless
 * the rest is an even number of hex digits (whole bytes).
 */
const hexDigitsFrom = (text: string, start: number, end: number): number => {
  const first = text.charCodeAt(start);
  let from = start;
  if (first === ZERO && (text.charCodeAt(start + 1) | 32) === X) from = start + 2;
  else if ((first | 32) === X && text.charCodeAt(start - 1) === BACKSLASH) from = start + 1;
  if (end - from < 2 || (end - from) % 2 !== 0) return -1;
  for (let i = from; i < end; i++) if (hexValue(text.charCodeAt(i)) < 0) return -1;
  return from;
};

const isHexGapCode = (code: number): boolean =>
  code === 32 ||
  code === 9 ||
  code === 10 ||
  code === 13 ||
  code === 44 ||
  code === 58 ||
  code === 45 ||
  code === BACKSLASH;

/** Whether [from, to) may separate two hex groups: one to three blanks, commas, colons and such. */
const isHexGap = (text: string, from: number, to: number): boolean => {
  if (to - from < 1 || to - from > MAX_HEX_GAP) return false;
  for (let i = from; i < to; i++) if (!isHexGapCode(text.charCodeAt(i))) return false;
  return true;
};

const isPrintableAscii = (byte: number): boolean =>
  (byte >= 0x20 && byte < 0x7f) || byte === 9 || byte === 10 || byte === 13;

/** The length of the UTF-8 sequence a lead byte opens, or 0 when it opens none. */
const utf8Length = (byte: number): number =>
  byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 ? 4 : 0;

/**
 * Whether the first bytes may open text: printable ASCII and well-formed UTF-8 sequences, with
 * at most two Latin-1 letters; or UTF-16LE ASCII (every other byte zero, as SQL Server's
 * N'…' strings are). Random bytes fail: a control, a stray continuation byte.
 */
const headEncoding = (head: readonly number[]): 'utf-8' | 'utf-16le' | undefined => {
  if (head[1] === 0 && head[3] === 0 && head.length >= 4) {
    const text = [head[0], head[2]].every((byte) => isPrintableAscii(byte as number));
    return text ? 'utf-16le' : undefined;
  }
  let latin1 = 0;
  for (let k = 0; k < head.length; ) {
    const byte = head[k] as number;
    if (byte < 0x80) {
      if (!isPrintableAscii(byte)) return undefined;
      k += 1;
      continue;
    }
    const length = byte <= 0xf4 ? utf8Length(byte) : 0;
    let sequence = length > 0;
    for (let c = 1; sequence && c < length && k + c < head.length; c++) {
      const next = head[k + c] as number;
      sequence = next >= 0x80 && next <= 0xbf;
    }
    if (sequence) {
      k += length;
      continue;
    }
    latin1 += 1;
    if (byte < 0xa0 || latin1 > 2) return undefined;
    k += 1;
  }
  return 'utf-8';
};

const utf16 = new TextDecoder('utf-16le', { fatal: true });

/** The hex digits decoded, when they are readable text; undefined for other bytes. */
const hexText = (digits: string): string | undefined => {
  const head: number[] = [];
  for (let i = 0; i < 2 * HEAD_BYTES && i < digits.length; i += 2) {
    head.push(16 * hexValue(digits.charCodeAt(i)) + hexValue(digits.charCodeAt(i + 1)));
  }
  const encoding = headEncoding(head);
  if (encoding === undefined) return undefined;
  const bytes = Buffer.from(digits, 'hex');
  let text: string | undefined;
  if (encoding === 'utf-16le') {
    try {
      text = readableText(utf16.decode(bytes));
    } catch {
      return undefined;
    }
  } else {
    const whole = withoutCutSequence(bytes);
    text = readable(whole, isLatin1Prose(whole) ? 'latin1' : 'none');
  }
  // Text has no control characters but tabs and line breaks; random bytes mostly do.
  return text === undefined || CONTROL.test(text) ? undefined : text;
};

/**
 * The bytes without a UTF-8 sequence cut off at their end (a value cut to a column's length,
 * "VARBINARY(48)"), when the rest is UTF-8; otherwise the bytes.
 */
const withoutCutSequence = (bytes: Uint8Array): Uint8Array => {
  if (isUtf8(bytes)) return bytes;
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const byte = bytes[bytes.length - cut] as number;
    if (byte < 0x80) return bytes;
    if (byte >= 0xc0) {
      const rest = bytes.subarray(0, bytes.length - cut);
      return utf8Length(byte) > cut && isUtf8(rest) ? rest : bytes;
    }
  }
  return bytes;
};

const isLetterByte = (byte: number | undefined): boolean =>
  byte !== undefined &&
  (((byte | 32) >= 97 && (byte | 32) <= 122) || (byte >= 0xc0 && byte !== 0xd7 && byte !== 0xf7));

/**
 * Whether bytes that are not UTF-8 read as Latin-1 prose: mostly ASCII, every other byte a letter
 * ('ü', not '³' or '÷') beside another letter, inside a word ("M\xfcller"). Random bytes seldom
 * are (a hash that passed the first bytes' check would otherwise read as Latin-1 now and then).
 */
const isLatin1Prose = (bytes: Uint8Array): boolean => {
  let ascii = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) ascii += 1;
    else if (!isLetterByte(byte)) return false;
    else if (!isLetterByte(bytes[i - 1]) && !isLetterByte(bytes[i + 1])) return false;
  }
  return ascii >= LATIN1_ASCII_SHARE * bytes.length;
};

/** A run of hex digits read from tokens: where it is written and its digits. */
interface HexRun {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

/**
 * The runs of hex groups among the tokens [from, to): a token that is whole bytes in hex (after
 * a "0x" or "\x" prefix), alone when it is longer than MAX_HEX_GROUP, or joined to the tokens
 * after it written alike (same prefix, same length) with a short gap between them; those of at
 * least MIN_HEX_BYTES are added to `runs`.
 */
const readHexRuns = (
  text: string,
  bounds: Int32Array,
  from: number,
  to: number,
  runs: HexRun[],
): void => {
  // The run being read: its first and last token, the length of their prefix and of each group.
  let first = -1;
  let last = -1;
  let prefix = 0;
  let group = 0;
  const flush = (): void => {
    if (first >= 0 && (last - first + 1) * group >= 2 * MIN_HEX_BYTES) {
      let digits = '';
      for (let t = first; t <= last; t++) {
        digits += text.slice((bounds[2 * t] as number) + prefix, bounds[2 * t + 1] as number);
      }
      runs.push({
        start: bounds[2 * first] as number,
        end: bounds[2 * last + 1] as number,
        digits,
      });
    }
    first = -1;
  };
  for (let t = from; t < to; t++) {
    const start = bounds[2 * t] as number;
    const end = bounds[2 * t + 1] as number;
    const digitsFrom = end - start >= 2 ? hexDigitsFrom(text, start, end) : -1;
    if (digitsFrom < 0) {
      flush();
      continue;
    }
    const joins =
      first >= 0 &&
      end - digitsFrom === group &&
      group <= MAX_HEX_GROUP &&
      digitsFrom - start === prefix &&
      isHexGap(text, bounds[2 * last + 1] as number, start);
    if (!joins) {
      flush();
      first = t;
      prefix = digitsFrom - start;
      group = end - digitsFrom;
    }
    last = t;
  }
  flush();
};

// The longest token a group may be: MAX_HEX_GROUP digits after a "0x".
const MAX_GROUP_TOKEN = MAX_HEX_GROUP + 2;

/**
 * Hex spans that decode to text. The text's tokens (maximal runs of ASCII letters and digits)
 * are first cut into streaks of tokens of one length up to MAX_GROUP_TOKEN, each after a short
 * gap, and single longer tokens: only those long enough to hold MIN_HEX_BYTES are read closely
 * (readHexRuns), so that the words and numbers of most payloads cost a length comparison each.
 * A run is decoded when its first bytes may be text; spans only for what reads as text.
 */
const hexSpans = (text: string): DecodedSpan[] => {
  const { bounds, count } = tokensOf(text);
  const runs: HexRun[] = [];
  let streak = 0;
  let length = count > 0 ? (bounds[1] as number) - (bounds[0] as number) : 0;
  for (let t = 1; t <= count; t++) {
    if (t < count) {
      const start = bounds[2 * t] as number;
      const tokenLength = (bounds[2 * t + 1] as number) - start;
      if (
        tokenLength === length &&
        length <= MAX_GROUP_TOKEN &&
        isHexGap(text, bounds[2 * t - 1] as number, start)
      ) {
        continue;
      }
      if ((t - streak) * length >= 2 * MIN_HEX_BYTES) readHexRuns(text, bounds, streak, t, runs);
      streak = t;
      length = tokenLength;
    } else if ((t - streak) * length >= 2 * MIN_HEX_BYTES) {
      readHexRuns(text, bounds, streak, t, runs);
    }
  }
  const spans: DecodedSpan[] = [];
  for (const run of runs) {
    const decoded = hexText(run.digits);
    if (decoded !== undefined) {
      spans.push({ start: run.start, end: run.end, encoding: 'hex', text: decoded });
    }
  }
  return spans;
};

// Bytes as Python's repr() and other dumps write them: '\x' escapes for the bytes that are no
// printable ASCII, the others as they are (b'\xce\x9a\xcf\x89 19076877695;\xce\x91', a log's
// "M\xc3\xbcller, K\xc3\xb6ln"): hexSpans reads escapes only in runs of MIN_HEX_BYTES without a
// plain character between them. Escapes with at most MAX_PLAIN_GAP plain characters between them
// are read as one span, with up to MAX_PLAIN_EDGE plain characters on either side (up to a quote,
// a backslash or a line break): escapes to bytes, other characters as their ASCII bytes, then
// UTF-8 (or Latin-1 prose). Only a span with two escapes, one of a byte above 0x7F, a plain
// character, no escaped control, and two letters beyond ASCII inside words once decoded: random
// bytes so written seldom are (about 1 in 25,000 of 16 random bytes), and bytes that are no text
// yield nothing, never unreadable content, as for hex.
const BYTE_ESCAPE = /\\x[0-9A-Fa-f]{2}/g;
const MAX_PLAIN_GAP = 64;
const MAX_PLAIN_EDGE = 32;
const MIN_BYTE_ESCAPES = 2;
const MIN_LETTERS_BEYOND_ASCII = 2;
// What a backslash before these characters stands for in such a literal.
const SHORT_BYTE_ESCAPES: Readonly<Record<string, number>> = {
  n: 10,
  r: 13,
  t: 9,
  '\\': BACKSLASH,
  "'": 39,
  '"': 34,
};

/** A printable ASCII character a bytes literal writes as itself: not a quote nor a backslash. */
const isPlainByteCode = (code: number): boolean =>
  code >= 0x20 && code < 0x7f && code !== 39 && code !== 34 && code !== BACKSLASH;

/** Whether [from, to) holds only plain characters and one-letter escapes ('\n', "\'"). */
const isPlainGap = (text: string, from: number, to: number): boolean => {
  if (to - from > MAX_PLAIN_GAP) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH && SHORT_BYTE_ESCAPES[text.charAt(i + 1)] !== undefined) i += 1;
    else if (!isPlainByteCode(code)) return false;
  }
  return true;
};

/**
 * The bytes [start, end) stands for, whether an escape is of a byte above 0x7F, and how many
 * plain characters it has; undefined when an escape is of a control character (repr() writes
 * tabs and line breaks as '\t', '\n', '\r': a '\x09' or a '\x00' is binary).
 */
const literalBytes = (
  text: string,
  start: number,
  end: number,
): { bytes: Buffer; high: boolean; plain: number } | undefined => {
  const bytes: number[] = [];
  let high = false;
  let plain = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== BACKSLASH) {
      plain += 1;
      bytes.push(code);
    } else if ((text.charCodeAt(i + 1) | 32) === X && hexValue(text.charCodeAt(i + 2)) >= 0) {
      const byte = 16 * hexValue(text.charCodeAt(i + 2)) + hexValue(text.charCodeAt(i + 3));
      if (byte < 0x20 || byte === 0x7f) return undefined;
      high ||= byte >= 0x80;
      bytes.push(byte);
      i += 3;
    } else {
      bytes.push(SHORT_BYTE_ESCAPES[text.charAt(i + 1)] as number);
      i += 1;
    }
  }
  return { bytes: Buffer.from(bytes), high, plain };
};

const LETTER = /[\p{L}\p{M}]/u;
const isLetterAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && LETTER.test(text.charAt(i));

/**
 * Whether the decoded text has characters beyond ASCII, each a letter (or mark) inside a word,
 * beside another letter ('ü' in "Müller"): random bytes seldom decode so ('ڧ' after a backslash).
 */
const isLettersBeyondAscii = (text: string): boolean => {
  let beyond = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    if (!isLetterAt(text, i)) return false;
    if (!isLetterAt(text, i - 1) && !isLetterAt(text, i + 1)) return false;
    beyond += 1;
  }
  return beyond >= MIN_LETTERS_BEYOND_ASCII;
};

/** Spans of '\x' escapes mixed with plain ASCII that decode to text. */
const byteLiteralSpans = (text: string): DecodedSpan[] => {
  if (!text.includes('\\x')) return [];
  const spans: DecodedSpan[] = [];
  let first = -1;
  let last = -1;
  let escapes = 0;
  const flush = (): void => {
    if (first < 0 || escapes < MIN_BYTE_ESCAPES) return;
    let start = first;
    while (
      start > 0 &&
      first - start < MAX_PLAIN_EDGE &&
      isPlainByteCode(text.charCodeAt(start - 1))
    )
      start--;
    let end = last;
    while (
      end < text.length &&
      end - last < MAX_PLAIN_EDGE &&
      isPlainByteCode(text.charCodeAt(end))
    )
      end++;
    const literal = literalBytes(text, start, end);
    if (literal === undefined || !literal.high || literal.plain === 0) return;
    const { bytes } = literal;
    const whole = withoutCutSequence(bytes);
    const decoded = readable(whole, isLatin1Prose(whole) ? 'latin1' : 'none');
    if (decoded === undefined || CONTROL.test(decoded) || !isLettersBeyondAscii(decoded)) return;
    spans.push({ start, end, encoding: 'hex', text: decoded });
  };
  BYTE_ESCAPE.lastIndex = 0;
  for (let written = BYTE_ESCAPE.exec(text); written !== null; written = BYTE_ESCAPE.exec(text)) {
    const at = written.index;
    if (first >= 0 && isPlainGap(text, last, at)) {
      last = at + 4;
      escapes += 1;
      continue;
    }
    flush();
    first = at;
    last = at + 4;
    escapes = 1;
  }
  flush();
  return spans;
};

// Text shown right to left though written left to right. A right-to-left override (U+202E)
// shows what follows it in reverse, character by character: '\u202e00 0310 2350 4400 4073 98ED'
// shows an IBAN. A right-to-left embedding or isolate (U+202B, U+2067) lays the words of a
// left-to-right run out in reverse order: '\u202b00 0130 0532 0044 3704 DE89' shows the same
// IBAN. Each run ends where the controls opened inside it are closed and its own closer (U+202C,
// U+2069) comes, or at the line's end. Runs closer than RUN_GAP are read as one span with the
// text between them, so that dense controls ('\u202ea\u202c' repeated) make one span, not one
// scan each (a review: 8 s for 4 KB); the view drops the controls themselves.
const RIGHT_TO_LEFT_OVERRIDE = 0x202e;
const BIDI_OPENERS = new Set([0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068]);
const BIDI_CLOSERS = new Set([0x202c, 0x2069]);
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const RIGHT_TO_LEFT_START = /[\u202b\u202e\u2067]/g;
const RUN_GAP = 48;

const isLineEnd = (code: number): boolean => code === 10 || code === 13 || code === 0x2029;

/** Where the run the opener at `at` starts ends: its controls closed, or the line's end. */
const runEnd = (text: string, at: number): number => {
  let depth = 1;
  let i = at + 1;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLineEnd(code)) return i;
    if (BIDI_OPENERS.has(code)) depth += 1;
    else if (BIDI_CLOSERS.has(code)) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return i;
};

/** A run as shown: reversed character by character (an override) or word by word. */
const shownRun = (text: string, at: number, end: number): string => {
  const inside = text.slice(at + 1, end).replace(BIDI_CONTROLS, '');
  if (text.charCodeAt(at) === RIGHT_TO_LEFT_OVERRIDE) return [...inside].reverse().join('');
  return inside.split(' ').reverse().join(' ');
};

const overrideSpans = (text: string): DecodedSpan[] => {
  if (!(text.includes('\u202e') || text.includes('\u202b') || text.includes('\u2067'))) return [];
  const spans: DecodedSpan[] = [];
  let open: { start: number; end: number; shown: string } | undefined;
  RIGHT_TO_LEFT_START.lastIndex = 0;
  for (let match = RIGHT_TO_LEFT_START.exec(text); match !== null; ) {
    const at: number = match.index;
    const end = runEnd(text, at);
    const shown = shownRun(text, at, end);
    if (open !== undefined && at - open.end < RUN_GAP) {
      open.shown += text.slice(open.end, at).replace(BIDI_CONTROLS, '') + shown;
      open.end = end;
    } else {
      if (open !== undefined)
        spans.push({ ...boundsOf(open), encoding: 'bidi-override', text: open.shown });
      open = { start: at, end, shown };
    }
    RIGHT_TO_LEFT_START.lastIndex = end;
    match = RIGHT_TO_LEFT_START.exec(text);
  }
  if (open !== undefined)
    spans.push({ ...boundsOf(open), encoding: 'bidi-override', text: open.shown });
  return spans;
};

const boundsOf = ({ start, end }: Span): Span => ({ start, end });

// A number glued to its label, as hasty typing and OCR write it ("PESEL85072312343",
// "DNI48291736Q", "tel+48601234567", "Visa4532015112830366"): every recognizer refuses a number
// glued to a letter (most such are product codes and hashes), so the number after one of these
// labels is read apart, its label before it (labelBefore) as if a space stood between. Found
// from the text's tokens (runs of ASCII letters and digits, indexed for every text already):
// a scan for the labels themselves cost more than the rest of the decoding.
const GLUED_LABELS: ReadonlySet<string> = new Set([
  ...['pesel', 'dni', 'nie', 'nif', 'nip', 'bsn', 'sofi', 'steuerid', 'steuernr', 'idnr', 'stnr'],
  ...['svnr', 'cpr', 'hetu', 'oib', 'cnp', 'egn', 'emso', 'ahv', 'avs', 'nino', 'cf', 'pps'],
  ...['ppsn', 'nir', 'nss', 'fnr', 'amka', 'afm', 'tckn', 'pnr', 'iban', 'cc', 'ccnum', 'visa'],
  ...['amex', 'mastercard', 'tel', 'telf', 'tfno', 'tlf', 'mob', 'mobil', 'mobile', 'handy'],
  ...['phone', 'gsm', 'cell', 'cel', 'kom', 'fax', 'ip'],
]);
// "Number" after such a label ("PESEL nr85072312343", "karta nr.4532…").
const NUMBER_WORDS: ReadonlySet<string> = new Set(['nr', 'no']);
const LONGEST_LABEL = 10;
// What the number may hold after its label: digits, letters (a check letter), and the separators
// numbers are written with; no blank (the number ends there).
const GLUED_VALUE = /\+?\d[A-Za-z0-9./-]{5,40}/y;
const HEX_WORD = /^[a-f]+$/;
const DIGITS_ONLY = /^\+?[\d./-]+$/;
const PLUS = 43;
const FULL_STOP = 46;
const DASH = 45;

/** Whether the token before token `i` is a label, a blank or a full stop between them. */
const labelTokenBefore = (text: string, bounds: ArrayLike<number>, i: number): boolean => {
  if (i === 0) return false;
  const start = bounds[2 * (i - 1)] as number;
  const end = bounds[2 * (i - 1) + 1] as number;
  const between = text.slice(end, bounds[2 * i] as number);
  return (
    (between === ' ' || between === '. ' || between === '.') &&
    GLUED_LABELS.has(text.slice(start, end).toLowerCase())
  );
};

const gluedLabelSpans = (text: string): DecodedSpan[] => {
  const spans: DecodedSpan[] = [];
  const { bounds, count } = tokensOf(text);
  for (let i = 0; i < count; i++) {
    const start = bounds[2 * i] as number;
    const end = bounds[2 * i + 1] as number;
    if (!isAsciiLetterCode(text.charCodeAt(start))) continue;
    let letters = start + 1;
    while (
      letters < end &&
      letters - start <= LONGEST_LABEL &&
      isAsciiLetterCode(text.charCodeAt(letters))
    ) {
      letters += 1;
    }
    // The number in the token ('PESEL85072312343'), or right after it ('tel+48…', 'nr.85…').
    let at = letters;
    if (letters === end) {
      const next = text.charCodeAt(end);
      if ((next !== PLUS && next !== FULL_STOP) || !isDigitCode(text.charCodeAt(end + 1))) {
        continue;
      }
      at = next === PLUS ? end : end + 1;
    } else if (!isDigitCode(text.charCodeAt(letters))) continue;
    const word = text.slice(start, letters).toLowerCase();
    if (!GLUED_LABELS.has(word) && !(NUMBER_WORDS.has(word) && labelTokenBefore(text, bounds, i))) {
      continue;
    }
    GLUED_VALUE.lastIndex = at;
    const value = GLUED_VALUE.exec(text);
    // 'cc' or 'cf' opening a hash or a UUID's group ("cc11fc5f2094…", "-cf9b31a7ff0c2") is no
    // label: after one, only a number of digits.
    if (value === null) continue;
    if (
      HEX_WORD.test(word) &&
      (!DIGITS_ONLY.test(value[0]) || text.charCodeAt(start - 1) === DASH)
    ) {
      continue;
    }
    spans.push({ start: at, end: at + value[0].length, encoding: 'glued-label', text: value[0] });
  }
  return spans;
};

// A number written in groups with a separator no recognizer reads between them ("DE89|3704|0044|…",
// "4532~0151~…", "850723--12343", "4532-0151-\n1283-0366"): the groups are read as if a space
// stood between them, the label before them kept. The separator is the same all along. Some
// separators are written between numbers only (a doubled dash, a Japanese middle dot, a one-dot
// leader, TeX's thin and forced spaces, a dash ending a line): any groups count. Others also join
// a record's fields, a file name's parts or a date's ('|', '*' and '~' in X12, '_', "'", ". "):
// only a number grouped as numbers are printed counts there, three groups or more of three or
// four characters (the last may be shorter), or an international number after its '+', and only
// after a label (a table's row of four-digit cells is no card). A colon or a comma, which join
// times and CSV columns, and the cells of an array, a code span or a TeX table ('["DE89","3704",
// …]'), only after an IBAN's country code and check digits.
const ANY_GROUPS: ReadonlySet<string> = new Set([
  ...['\u30fb', '\u2024', '--', '\\,', '\\ ', ' ~ ', '-\n', '-\r\n'],
]);
const PRINTED_GROUPS: ReadonlySet<string> = new Set(['~', '|', ' | ', '*', '_', "'", '. ']);
const IBAN_GROUPS: ReadonlySet<string> = new Set([
  ...[':', ',', '","', '", "', "','", "', '", '` `', ' & '],
]);
const ALL_GAPS = [...ANY_GROUPS, ...PRINTED_GROUPS, ...IBAN_GROUPS];
// Per character code, whether a gap of one character (1) or a longer gap (2) may start with it:
// a lookup per digit-ending token of every payload.
const ONE_CHARACTER = 1;
const LONGER = 2;
const GAP_OPENINGS = new Map<number, number>();
for (const gap of ALL_GAPS) {
  const code = gap.charCodeAt(0);
  GAP_OPENINGS.set(
    code,
    (GAP_OPENINGS.get(code) ?? 0) | (gap.length === 1 ? ONE_CHARACTER : LONGER),
  );
}
const ASCII_GAP_OPENINGS = Uint8Array.from(
  { length: 128 },
  (_, code) => GAP_OPENINGS.get(code) ?? 0,
);
const gapOpeningsOf = (code: number): number =>
  code < 128 ? (ASCII_GAP_OPENINGS[code] as number) : (GAP_OPENINGS.get(code) ?? 0);
// A dash ending a line breaks a number written with dashes: the groups before it on that line
// are joined by plain dashes ("4532-0151-\n1283-0366").
const LINE_END_DASHES: ReadonlySet<string> = new Set(['-\n', '-\r\n']);
const DASH_GAP = '-';
const LONGEST_GAP = 4;
const LONGEST_GROUP = 8;
const FEWEST_PRINTED_GROUPS = 3;
const PRINTED_GROUP = { shortest: 3, longest: 4 };
const FEWEST_CHARACTERS = 8;
const MOST_CHARACTERS = 34;
const MOST_ODD_SPANS = 16;
const isUpperCaseCode = (code: number): boolean => code >= 65 && code <= 90;
/** Whether text[start, end) is an IBAN's country code and check digits ('DE89'). */
const isIbanHead = (text: string, start: number, end: number): boolean =>
  end - start === 4 &&
  isUpperCaseCode(text.charCodeAt(start)) &&
  isUpperCaseCode(text.charCodeAt(start + 1)) &&
  isDigitCode(text.charCodeAt(start + 2)) &&
  isDigitCode(text.charCodeAt(start + 3));

/** Groups as a number is printed: all but the last of one length, three or four characters. */
const printedGroups = (groups: readonly string[], international: boolean): boolean => {
  const size = (groups[0] as string).length;
  if (international) return groups.every((group) => group.length <= PRINTED_GROUP.longest);
  return (
    groups.length >= FEWEST_PRINTED_GROUPS &&
    size >= PRINTED_GROUP.shortest &&
    size <= PRINTED_GROUP.longest &&
    groups.every((group, k) =>
      k === groups.length - 1 ? group.length <= size : group.length === size,
    )
  );
};

/** The gap between token k and the next, where it may be a number's separator; else ''. */
const gapAfter = (text: string, bounds: Int32Array, k: number): string => {
  const end = bounds[2 * k + 1] as number;
  const length = (bounds[2 * k + 2] as number) - end;
  const opening = text.charCodeAt(end);
  const possible =
    length === 1
      ? (gapOpeningsOf(opening) & ONE_CHARACTER) !== 0
      : length <= LONGEST_GAP && (gapOpeningsOf(opening) & LONGER) !== 0;
  return possible ? text.slice(end, end + length) : '';
};

/** Whether token k may be a group of a number: short, with a digit unless letters may stand. */
const isGroup = (text: string, bounds: Int32Array, k: number, letters: boolean): boolean => {
  const start = bounds[2 * k] as number;
  const end = bounds[2 * k + 1] as number;
  return end - start <= LONGEST_GROUP && (letters || digitCount(text, start, end) > 0);
};

/** Whether `between` joins the groups of a number whose separator is `gap`. */
const joins = (between: string, gap: string): boolean =>
  between === gap ||
  (LINE_END_DASHES.has(gap) && (between === DASH_GAP || LINE_END_DASHES.has(between)));

const oddSeparatorSpans = (text: string): DecodedSpan[] => {
  const spans: DecodedSpan[] = [];
  const { bounds, count } = tokensOf(text);
  // Tokens before `done` are in a span already.
  let done = 0;
  for (let i = 0; i + 1 < count && spans.length < MOST_ODD_SPANS; ) {
    // A number's first group ends in a digit ("DE89", "4532"): most tokens are words.
    const gap = isDigitCode(text.charCodeAt((bounds[2 * i + 1] as number) - 1))
      ? gapAfter(text, bounds, i)
      : '';
    if (gap === '') {
      i += 1;
      continue;
    }
    const ibanHead = isIbanHead(text, bounds[2 * i] as number, bounds[2 * i + 1] as number);
    const known =
      ANY_GROUPS.has(gap) || PRINTED_GROUPS.has(gap) || (ibanHead && IBAN_GROUPS.has(gap));
    if (!known || !isGroup(text, bounds, i, false)) {
      i += 1;
      continue;
    }
    let first = i;
    while (
      LINE_END_DASHES.has(gap) &&
      first > done &&
      text.slice(bounds[2 * first - 1] as number, bounds[2 * first] as number) === DASH_GAP &&
      isGroup(text, bounds, first - 1, false)
    ) {
      first -= 1;
    }
    // The groups joined by the same gap: digits in each, or letters after an IBAN's head.
    let last = i + 1;
    while (
      last < count &&
      joins(text.slice(bounds[2 * last - 1] as number, bounds[2 * last] as number), gap) &&
      isGroup(text, bounds, last, ibanHead)
    ) {
      last += 1;
    }
    i = last;
    done = last;
    const groups: string[] = [];
    for (let k = first; k < last; k++) {
      groups.push(text.slice(bounds[2 * k] as number, bounds[2 * k + 1] as number));
    }
    const start = bounds[2 * first] as number;
    const international = text.charCodeAt(start - 1) === PLUS;
    const length = groups.reduce((sum, group) => sum + group.length, 0);
    const shaped =
      ANY_GROUPS.has(gap) || (ibanHead ? groups.length > 2 : printedGroups(groups, international));
    if (groups.length < 2 || length < FEWEST_CHARACTERS || length > MOST_CHARACTERS || !shaped) {
      continue;
    }
    // A country code's '+' before the first group is the number's own ("+49~151~…").
    spans.push({
      start: international ? start - 1 : start,
      end: bounds[2 * last - 1] as number,
      encoding: 'odd-separator',
      text: (international ? '+' : '') + groups.join(' '),
      labelled: !ibanHead && PRINTED_GROUPS.has(gap),
    });
  }
  return spans;
};

// An IPv4 address written so that no tool links it, as security reports and threat feeds do
// ("81[.]2[.]69[.]142", "81(.)2(.)69(.)142", "81 . 2 . 69 . 142"), and one inside the host name
// an access provider gives a customer's line ("host-81-2-69-142.dyn.example.net", "81-2-69-142.
// static.example.com"): read as the dotted quad it is. A host name's quad counts only where it is
// a public address: a cloud's internal names ("ip-10-0-1-23.ec2.internal") hold private ones.
const DEFANGED_DOTS: ReadonlySet<string> = new Set(['[.]', '(.)', '{.}', ' . ']);
const QUAD_GROUPS = 4;
const QUAD_GAP_OPENINGS = Uint8Array.from({ length: 128 }, (_, code) =>
  [...DEFANGED_DOTS, '-'].some((gap) => gap.charCodeAt(0) === code) ? 1 : 0,
);

const HOST_DOMAIN = /[A-Za-z][A-Za-z0-9-]{0,62}\.[A-Za-z]/y;
/** Whether a domain of two labels or more starts at `at` ("dyn.example.net", not "txt"). */
const isDomainAt = (text: string, at: number): boolean => {
  HOST_DOMAIN.lastIndex = at;
  return HOST_DOMAIN.test(text);
};

/** Whether token k is a number of one to three digits up to 255, no leading zero (a byte). */
const isByte = (text: string, bounds: Int32Array, k: number): boolean => {
  const start = bounds[2 * k] as number;
  const end = bounds[2 * k + 1] as number;
  if (end - start > 3 || (end - start > 1 && text.charCodeAt(start) === 48)) return false;
  return digitCount(text, start, end) === end - start && Number(text.slice(start, end)) <= 255;
};

const isPrivateQuad = ([a, b]: readonly number[]): boolean =>
  a === 10 ||
  a === 127 ||
  (a === 172 && (b ?? 0) >= 16 && (b ?? 0) <= 31) ||
  (a === 192 && b === 168);

const quadSpans = (text: string): DecodedSpan[] => {
  if (!text.includes('.')) return [];
  const spans: DecodedSpan[] = [];
  const { bounds, count } = tokensOf(text);
  for (let i = 0; i + QUAD_GROUPS <= count && spans.length < MOST_ODD_SPANS; i++) {
    // Most tokens are words, or numbers of more than three digits.
    const end = bounds[2 * i + 1] as number;
    if (
      !isDigitCode(text.charCodeAt(bounds[2 * i] as number)) ||
      end - (bounds[2 * i] as number) > 3
    ) {
      continue;
    }
    if (QUAD_GAP_OPENINGS[text.charCodeAt(end)] !== 1 || !isByte(text, bounds, i)) continue;
    const gap = text.slice(end, bounds[2 * i + 2] as number);
    const defanged = DEFANGED_DOTS.has(gap);
    if (!defanged && gap !== '-') continue;
    let k = i + 1;
    while (
      k < i + QUAD_GROUPS &&
      isByte(text, bounds, k) &&
      (k === i + QUAD_GROUPS - 1 ||
        text.slice(bounds[2 * k + 1] as number, bounds[2 * k + 2] as number) === gap)
    ) {
      k += 1;
    }
    if (k < i + QUAD_GROUPS) continue;
    const start = bounds[2 * i] as number;
    const stop = bounds[2 * k - 1] as number;
    const bytes: number[] = [];
    for (let j = i; j < k; j++) {
      bytes.push(Number(text.slice(bounds[2 * j] as number, bounds[2 * j + 1] as number)));
    }
    const quad = bytes.join('.');
    // Neither more groups of the same kind on either side (a longer number), nor digits glued.
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(stop);
    if (defanged) {
      if (isDigitCode(before) || text.startsWith(gap, stop)) continue;
      spans.push({ start, end: stop, encoding: 'defanged', text: quad });
    } else if (
      // In a host name: after a label's dash or at the name's start, before its domain's dot and
      // a letter; a quad of dash-joined numbers elsewhere is a date or a range.
      (before === DASH
        ? isAsciiLetterCode(text.charCodeAt(start - 2))
        : !isAsciiAlnumCode(before)) &&
      after === 46 &&
      isDomainAt(text, stop + 1) &&
      !isPrivateQuad(bytes)
    ) {
      spans.push({ start, end: stop, encoding: 'host-name', text: quad });
    }
    i = k - 1;
  }
  return spans;
};

// A fixed-width export's first field: a number glued to the next field's letters at the start
// of each record ("76053056039KOWALCZYK       MAREK …"), which every recognizer refuses as glued
// to a word. Where two records or more in a row open so, with numbers of one length, the numbers
// are read as the list one per line they are (a column: the validators decide, as for numbers
// pasted one per line).
const FIXED_WIDTH = { shortest: 8, longest: 13, fewestRecords: 2 };
const LETTER_AFTER = /\p{L}/u;

const fixedWidthSpans = (text: string): DecodedSpan[] => {
  const spans: DecodedSpan[] = [];
  let runs: Span[] = [];
  const flush = (): void => {
    if (runs.length >= FIXED_WIDTH.fewestRecords) {
      spans.push({
        start: (runs[0] as Span).start,
        end: (runs.at(-1) as Span).end,
        encoding: 'fixed-width',
        text: runs.map((run) => text.slice(run.start, run.end)).join('\n'),
      });
    }
    runs = [];
  };
  for (let line = 0; line < text.length && spans.length < MOST_ODD_SPANS; ) {
    const next = text.indexOf('\n', line);
    const lineEnd = next < 0 ? text.length : next;
    let end = line;
    while (end < lineEnd && isDigitCode(text.charCodeAt(end))) end += 1;
    const length = end - line;
    const glued =
      length >= FIXED_WIDTH.shortest &&
      length <= FIXED_WIDTH.longest &&
      LETTER_AFTER.test(text.charAt(end));
    const sameLength =
      runs.length === 0 || (runs[0] as Span).end - (runs[0] as Span).start === length;
    if (!glued || !sameLength) flush();
    if (glued) runs.push({ start: line, end });
    if (next < 0) break;
    line = next + 1;
  }
  flush();
  return spans;
};

/**
 * Every base64, URL-encoded or quoted-printable span of the text, decoded where it is text, every
 * hex span that decodes to text, and every run a right-to-left override shows reversed.
 */
export const decodeSpans = (text: string): DecodedSpan[] => [
  ...base64Spans(text),
  ...urlSpans(text),
  ...quotedPrintableSpans(text),
  ...hexSpans(text),
  ...byteLiteralSpans(text),
  ...overrideSpans(text),
  ...gluedLabelSpans(text),
  ...oddSeparatorSpans(text),
  ...quadSpans(text),
  ...fixedWidthSpans(text),
];

const mapped = (span: DecodedSpan, inner: Finding): Finding =>
  toFinding(span, {
    type: inner.type,
    category: inner.category,
    score: inner.score,
    recognizer: 'encoded',
    detail: `${span.encoding}/${inner.recognizer}`,
  });

/** A span that fails closed: its bytes are no text ('binary'), or it is encoded too deep. */
const unreadable = (span: DecodedSpan, reason: 'binary' | 'too-deep' = 'binary'): Finding =>
  toFinding(span, {
    type: 'UNREADABLE_CONTENT',
    category: 'unreadable',
    score: 1,
    recognizer: 'encoded',
    detail: `${span.encoding}/${reason}`,
  });

// The words before an encoded value on its line, read with what it decodes to: a number that
// counts only beside its label keeps the label ('{"pesel":"NDQwNTE0MDEzNTkg"}', 'Steuer-ID:
// ODYwOTU3NDI3MTkg'). What is found in those words alone is the text's own finding already.
const LABEL_REACH = 40;
// A blank between them when the value is glued to a word ('口座番号はREU4…'): read glued, the
// decoded text's first word would be part of the label's last.
const GLUED = /[\p{L}\p{N}]$/u;
const labelBefore = (text: string, span: DecodedSpan): string => {
  const before = text.slice(Math.max(0, span.start - LABEL_REACH), span.start);
  const label = before.slice(before.lastIndexOf('\n') + 1);
  return GLUED.test(label) ? `${label} ` : label;
};

// A label's end: a word, then perhaps a full stop or bracket, a colon or an equals sign, blanks
// ("Kreditkarte: 4532|0151|…"); not a delimiter ("| 4100 | 4900 | …", "Umsatz|4100|…"), where
// groups of four digits are a table's cells. An IBAN's head needs none (mod 97 decides).
const LABEL_END = /[\p{L}\p{N}][.)]?[:=]?[ \t]*$/u;

// Past the nesting budget, what is still encoded fails closed: base64 and hex always (layers of
// them are how content is hidden); a URL or quoted-printable escape only where it could hide an
// address or a number (an '@' or six digits in what it decodes to): '%2F' in a link inside two
// layers of a Kubernetes secret is no hidden content.
const HIDING = /@|\d{6}/;
const hidesContent = (span: DecodedSpan): boolean =>
  span.text !== '' &&
  (span.encoding === 'base64' || span.encoding === 'hex' || HIDING.test(span.text ?? '@'));

/**
 * Decodes encoded spans and reports what `scan` finds in them; non-text bytes fail closed, and so
 * does a span still encoded when the nesting budget is spent (four layers of base64).
 */
export const encodedContentRecognizer = (scan: (text: string) => Finding[]): Recognizer => ({
  name: 'encoded',
  entities: ['UNREADABLE_CONTENT'],
  find: (text) => {
    if (nestingDepth() === 0) resetInflateBudget();
    return (
      nested(undefined, () =>
        decodeSpans(text).flatMap((span) => {
          if (span.text === undefined) return [unreadable(span)];
          if (span.text === '') return [];
          const label = labelBefore(text, span);
          if (span.labelled === true && !LABEL_END.test(label)) return [];
          return scan(label + span.text)
            .filter((f) => f.end > label.length)
            .map((f) => mapped(span, f));
        }),
      ) ??
      decodeSpans(text).flatMap((span) =>
        hidesContent(span) ? [unreadable(span, 'too-deep')] : [],
      )
    );
  },
});

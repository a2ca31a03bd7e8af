import { InvalidPayloadError } from '../errors.js';
import type { RoutingRequest } from '../types.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const MODEL_PATTERN = /^[a-z0-9][a-z0-9.:-]{0,127}$/;
/** NUL, other C0 controls except tab/LF/CR, DEL, U+FFFD (a decoder's replacement) and lone surrogates. */
const BINARY_PATTERN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    throw new InvalidPayloadError(
      'invalid-json',
      `payload is not valid JSON (${raw.length} characters)`,
    );
  }
};

const optionalString = (
  body: Record<string, unknown>,
  key: string,
  pattern: RegExp,
  what: string,
): string | undefined => {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new InvalidPayloadError('invalid-field', `field "${key}" must be ${what}`);
  }
  return value;
};

/**
 * Turns whatever arrived (an object, or a JSON string from a queue) into a request, or throws a
 * typed InvalidPayloadError naming the reason. Unknown fields are ignored: nothing in a payload
 * can set its own classification or route.
 */
export const parseRequest = (payload: unknown, maxTextBytes: number): RoutingRequest => {
  const body = typeof payload === 'string' ? parseJson(payload) : payload;
  if (!isPlainObject(body)) {
    throw new InvalidPayloadError(
      'not-an-object',
      'payload must be a JSON object with a "text" field',
    );
  }
  const { text } = body;
  if (text === undefined || text === null) {
    throw new InvalidPayloadError('missing-text', 'payload has no "text" field');
  }
  if (typeof text !== 'string') {
    throw new InvalidPayloadError(
      'text-not-string',
      `field "text" must be a string, got ${Array.isArray(text) ? 'array' : typeof text}`,
    );
  }
  if (text.trim().length === 0) {
    throw new InvalidPayloadError('empty-text', 'field "text" is empty');
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxTextBytes) {
    throw new InvalidPayloadError(
      'text-too-large',
      `field "text" is ${bytes} bytes; the limit is ${maxTextBytes}`,
    );
  }
  const binaryAt = text.search(BINARY_PATTERN);
  if (binaryAt >= 0) {
    throw new InvalidPayloadError(
      'binary-content',
      `field "text" holds binary or undecodable content at offset ${binaryAt}`,
    );
  }
  const id = optionalString(body, 'id', ID_PATTERN, 'up to 128 letters, digits and . _ : / -');
  const model = optionalString(
    body,
    'model',
    MODEL_PATTERN,
    'a Bedrock model id such as amazon.nova-2-lite-v1:0',
  );
  const residency = optionalString(body, 'residency', /^eu$/, '"eu" when given');
  return {
    text,
    ...(id === undefined ? {} : { id }),
    ...(model === undefined ? {} : { model }),
    ...(residency === undefined ? {} : { residency: 'eu' as const }),
  };
};

import { InvalidPayloadError } from '../../../shared/errors';
import { parseRequest } from '../../../shared/payload/parse-request';

const LIMIT = 1024;

const reasonOf = (payload: unknown, limit = LIMIT): string => {
  try {
    parseRequest(payload, limit);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPayloadError);
    return (error as InvalidPayloadError).reason;
  }
  throw new Error('expected a rejection');
};

describe('parseRequest', () => {
  it('accepts an object and keeps only the known fields', () => {
    const request = parseRequest(
      {
        id: 'req-1',
        text: 'hello',
        residency: 'eu',
        model: 'amazon.nova-pro-v1:0',
        classification: 'non-sensitive',
        route: 'global',
      },
      LIMIT,
    );
    expect(request).toEqual({
      id: 'req-1',
      text: 'hello',
      residency: 'eu',
      model: 'amazon.nova-pro-v1:0',
    });
  });

  it('parses a JSON string body, as an SQS message arrives', () => {
    expect(parseRequest('{"text":"ein Satz"}', LIMIT)).toEqual({ text: 'ein Satz' });
  });

  it.each([
    ['malformed JSON', '{"text": "unterminated', 'invalid-json'],
    ['a JSON array', '[1,2]', 'not-an-object'],
    ['a number', 42, 'not-an-object'],
    ['null', null, 'not-an-object'],
    ['no text', { id: 'x' }, 'missing-text'],
    ['text as a number', { text: 12 }, 'text-not-string'],
    ['text as an array', { text: ['a'] }, 'text-not-string'],
    ['empty text', { text: '' }, 'empty-text'],
    ['whitespace text', { text: ' \n\t ' }, 'empty-text'],
    ['huge text', { text: 'x'.repeat(LIMIT + 1) }, 'text-too-large'],
    ['multi-byte text over the byte limit', { text: 'é'.repeat(LIMIT / 2 + 1) }, 'text-too-large'],
    ['a NUL byte', { text: 'abc\u0000def' }, 'binary-content'],
    [
      'a replacement character from bad UTF-8',
      { text: Buffer.from([0x61, 0xff, 0x62]).toString('utf8') },
      'binary-content',
    ],
    ['a lone surrogate', { text: 'ab\uD800cd' }, 'binary-content'],
    ['an id with spaces', { text: 'a', id: 'has space' }, 'invalid-field'],
    ['a residency other than eu', { text: 'a', residency: 'us' }, 'invalid-field'],
    ['a model with bad characters', { text: 'a', model: 'x y' }, 'invalid-field'],
  ])('rejects %s with a typed reason', (_what, payload, reason) => {
    expect(reasonOf(payload)).toBe(reason);
  });

  it('accepts a proper surrogate pair (emoji)', () => {
    expect(parseRequest({ text: 'ok 😀' }, LIMIT).text).toBe('ok 😀');
  });

  it('never quotes the payload in its error message', () => {
    const secret = 'DE89370400440532013000';
    try {
      parseRequest(`{"text": "${secret}`, LIMIT);
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
    }
    expect.assertions(1);
  });
});

import { cryptoAddressRecognizer } from '../../../../shared/pii/recognizers/crypto-address.js';
import { foundIn } from '../helpers.js';

// Addresses from Presidio's tests (tests/fixtures/corpora).
describe('cryptoAddressRecognizer', () => {
  it.each([
    [
      'a legacy address',
      'wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ',
      '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ',
    ],
    [
      'a script address',
      'send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.',
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
    ],
    [
      'a segwit address',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    ],
    [
      'a taproot address',
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    ],
    [
      'an address among other long tokens',
      'tx 8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189 to "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(cryptoAddressRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['an address with a character too many', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2'],
    ['an address with a wrong checksum', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY'],
    ['a SHA-256 hex digest', '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189'],
    ['a git commit hash', '3b18e512dba79e4c8300dd08aeb37f8e728b8dad'],
    ['a base64 token', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(cryptoAddressRecognizer, text)).toEqual([]);
  });
});

import { macAddressRecognizer } from '../../../../shared/pii/recognizers/mac-address.js';
import { foundIn } from '../helpers.js';

// Cases from Presidio's tests (tests/fixtures/corpora).
describe('macAddressRecognizer', () => {
  it.each([
    ['colons', 'MAC address is 00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E'],
    ['dashes', 'Hardware address: AA-BB-CC-DD-EE-FF', 'AA-BB-CC-DD-EE-FF'],
    ['mixed case', 'Mixedcase MAC: 0d-B3-4a-6A-d9-cF', '0d-B3-4a-6A-d9-cF'],
    ['Cisco dotted quads', 'Cisco MAC: 0012.3456.789A', '0012.3456.789A'],
    ['lower-case Cisco quads', 'Physical address is aabb.ccdd.eeff', 'aabb.ccdd.eeff'],
    ['a full stop after it', 'My MAC is 00:1A:2B:3C:4D:5E.', '00:1A:2B:3C:4D:5E'],
    ["a log field's colon before it", 'mac:00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E'],
    ['Cisco quads ending a sentence', 'The router is aabb.ccdd.eeff. Reboot it.', 'aabb.ccdd.eeff'],
    // A colon after it as punctuation (bench/accuracy/insertion-hunt.ts, around ': ')
    ['a colon after it', 'eth0 00:1A:2B:3C:4D:5E: link up', '00:1A:2B:3C:4D:5E'],
    ['a colon ending the text', 'station 00:1A:2B:3C:4D:5E:', '00:1A:2B:3C:4D:5E'],
  ])('finds a MAC address with %s', (_case, text, expected) => {
    expect(foundIn(macAddressRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['five pairs', 'Not a MAC: 00:1A:2B:3C:4D'],
    ['non-hex letters', 'Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ'],
    ['the broadcast address', 'Broadcast: FF:FF:FF:FF:FF:FF'],
    ['all zeros', 'Invalid: 00:00:00:00:00:00'],
    ['an address of the documentation block (RFC 7042)', 'e.g. 00:00:5E:00:53:1A'],
    ['mixed separators', 'hyphens and colons: 10:2F:33-AC-29-C3'],
    ['dotted digits only', 'amount 1234.5678.9012'],
    ['a time', '12:34:56'],
    ['a fingerprint of many pairs', 'SHA1 Fingerprint=AA:BB:CC:DD:EE:FF:00:11:22:33:44'],
    ['seven pairs', 'id 0A:1B:2C:3D:4E:5F:6A'],
    ['seven pairs, the last cut short', 'id 0A:1B:2C:3D:4E:5F:6'],
    ['a longer dotted run', 'build 00:1A:2B:3C:4D:5E.1 and aabb.ccdd.eeff.0a'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(macAddressRecognizer, text)).toEqual([]);
  });
});

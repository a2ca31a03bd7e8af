import {
  colonStarts,
  dottedStarts,
  IPV4,
  IPV6,
  ipAddressRecognizer,
} from '../../../../shared/pii/recognizers/ip-address.js';
import type { StartsOf } from '../../../../shared/pii/spans.js';
import { assertSameAsWholeScan, foundIn } from '../helpers.js';

// Cases from Presidio's tests (tests/fixtures/corpora).
describe('ipAddressRecognizer', () => {
  it.each([
    ['an IPv4 address', 'microsoft.com 192.168.0.1', '192.168.0.1'],
    ['an IPv4 address ending a sentence', 'IP: 192.168.1.1.', '192.168.1.1'],
    ['an IPv4 address in parentheses', '(10.0.0.1)', '10.0.0.1'],
    ['a host given with its prefix length', 'inet 192.168.1.7/24 scope global eth0', '192.168.1.7'],
    ['a host route', 'route add 192.168.1.1/32', '192.168.1.1'],
    ['a private address with a client port', 'client 10.0.0.1:53422', '10.0.0.1'],
    [
      'a full IPv6 address',
      '2345:0425:2CA1:0000:0000:0567:5673:23b5',
      '2345:0425:2CA1:0000:0000:0567:5673:23b5',
    ],
    ['a compressed IPv6 address', 'Server IP: 2a02:8070:a1b2::1', '2a02:8070:a1b2::1'],
    [
      'an IPv6 address in brackets with a port',
      'Connect to [2a02:8070:a1b2::1]:8080',
      '2a02:8070:a1b2::1',
    ],
    ['an IPv6 address with a zone', 'fe80::1%eth0', 'fe80::1%eth0'],
    ['an IPv4-mapped IPv6 address', 'Mapped: ::ffff:192.168.1.1', '::ffff:192.168.1.1'],
    ['an IPv6 prefix', 'Prefix: 2a02:8070::/32', '2a02:8070::'],
    ['a zero-padded IPv4 address', 'ip=081.002.069.045', '081.002.069.045'],
    ['one zero-padded octet', 'Failed login from 81.2.69.045', '81.2.69.045'],
    // After a loopback address and a connector: two hosts, not a release after a release
    ['a host after a loopback one', 'allowed hosts: 127.0.0.1 and 85.12.33.4', '85.12.33.4'],
    // A documentation block's digits at the end of another network's IPv6 address (a review)
    [
      'an IPv6 address ending in dotted digits',
      'host 2a02:8108::203.0.113.5',
      '2a02:8108::203.0.113.5',
    ],
    ["an IPv4 address after a log field's colon", 'client ip:81.2.69.160 login ok', '81.2.69.160'],
    ['an IPv4 address and a port after a colon', 'host:81.2.69.160:443', '81.2.69.160'],
    ['an IPv4 address after a German label', 'IP-Adresse:81.2.69.160', '81.2.69.160'],
    // A colon after it as punctuation (bench/accuracy/insertion-hunt.ts, around ': ')
    [
      'an IPv6 address before a colon',
      'client 2a02:8070:85a3::8a2e:370:7334: connection refused',
      '2a02:8070:85a3::8a2e:370:7334',
    ],
    ['a short IPv6 address before a colon', 'from fe80::1: timeout', 'fe80::1'],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(ipAddressRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['an incomplete IPv4 address', 'my ip: 192.168.0'],
    ['an octet above 255', '192.168.1.256'],
    ['a time', 'Time 12:34:56'],
    ['a ratio', 'Ratio 1:2:3:4'],
    ['a C++ scope', 'std::cout << MyClass::toString'],
    ['an IPv6 address with two ::', '2001::db8::1'],
    ['an address glued to letters', 'text192.168.1.1 and fe80::1text'],
    ['an embedded IPv4 part above 255', '2001:db8::256.1.1.1'],
    ['the loopback and unspecified addresses', 'localhost 127.0.0.1, ::1, 0.0.0.0 and ::'],
    ['a version number', 'version 10.0.19041.1 or v1.2.3.4'],
    ['four single digits', 'section 2.1.3.4'],
    ['an ISO timestamp', '2024-03-15T14:30:00Z'],
    ['a MAC address', '00:1A:2B:3C:4D:5E'],
    ['zero-padded single digits', 'item 01.02.03.04'],
    ['a zero-padded loopback', '127.000.000.001 and 000.000.000.000'],
    ['a zero-padded octet above 255', '192.168.001.0256'],
    // Blocks reserved for documentation (RFC 5737, 3849, 9637): no host has them
    ['documentation IPv4 blocks', 'use 192.0.2.15, 198.51.100.7 and 203.0.113.050 in examples'],
    [
      'documentation IPv6 blocks',
      'listen [2001:db8::15]:443; 2001:0db8:85a3::8a2e:370:7334; 3fff:abc::1',
    ],
    ['a documentation address as NAT64', 'NAT64: 64:ff9b::192.0.2.1'],
    ['a documentation address mapped', 'peer ::ffff:192.0.2.1 and 0:0:0:0:0:ffff:198.51.100.7'],
    ['a release after a release', 'upgrade from 10.2.1.4 to 10.2.1.5'],
    // A network (its host bits zero) and a service a program connects to in a private network
    ['an IPv4 network (Presidio finds it)', 'Subnet: 192.168.1.0/24, 10.0.0.0/8'],
    ['a private service with a scheme', 'redis://10.40.3.12:6379/2, amqp://172.16.4.2'],
    ['a private service with its port', 'server 10.30.2.11:8080; - 192.168.10.5:5432'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(ipAddressRecognizer, text)).toEqual([]);
  });
});

const PIECES = [
  '1',
  '12',
  '192',
  '1234',
  '.',
  ':',
  '::',
  'fe80',
  'db8',
  'abcde',
  'x',
  ' ',
  '%eth0',
  'é',
  '-',
];

describe('the start indexes of the IP patterns', () => {
  it.each([
    ['dotted quads', IPV4, dottedStarts],
    ['IPv6 addresses', IPV6, colonStarts],
  ] as [string, RegExp, StartsOf][])(
    'find what a whole-text scan finds: %s',
    (_, pattern, starts) => {
      assertSameAsWholeScan(pattern, starts, PIECES, 500);
    },
  );
});

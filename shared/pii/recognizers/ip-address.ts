import { isIPv4, isIPv6 } from 'node:net';
import { lineAt } from '../lexicon/tokens.js';
import type { Finding, Recognizer } from '../recognizer.js';
import {
  isAsciiAlnumCode,
  isDigitCode,
  memoised,
  type Span,
  scanCandidatesAt,
  textPattern,
  toFinding,
} from '../spans.js';

// Flat, bounded shapes: at most 15 (v4) or 45 (v6, with a zone) characters from any start.
/** Exported for the test that checks its start index. */
// After a label's colon ('ip:10.1.2.3'), not inside an IPv6 address ('::ffff:192.0.2.1').
export const IPV4 = textPattern(
  String.raw`(?<![\p{L}\p{N}.])(?<!:[0-9A-Fa-f]{0,4}:)(?:\d{1,3}\.){3}\d{1,3}(?![\p{L}\p{N}]|\.\d)`,
  'gu',
);
/** Exported for the test that checks its start index. */
export const IPV6 = textPattern(
  String.raw`(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?:%[0-9A-Za-z]{1,15})?(?![\p{L}\p{N}:]|\.\d)`,
  'gu',
);
// Two colons with at most four hex digits between: every IPv6 candidate holds one (cheap to find).
const IPV6_GATE = /:[0-9A-Fa-f]{0,4}:/;
const ZONE = /%.*$/;
const SINGLE_DIGITS = /^\d\.\d\.\d\.\d$/;
// "version 10.0.19041.1", "upgrade from 10.2.1.4 to 10.2.1.5", "section 4.2.10.1": a release or
// a section number right after its word, or after another such number and a connector (only
// when that one follows such a word: "127.0.0.1 and 85.12.33.4" are two hosts).
const CONNECTOR = String.raw`(?:(?:from|to|and|or|von|auf|zu|bis|und|de|a|et|e|y|naar|en|till|och|do|i)\s+)?(?:v\.?\s*)?`;
const NOT_HOST_BEFORE = new RegExp(
  String.raw`(?:\b(?:v|ver|version|versi[oó]n|versione|wersj[ai]|vers[aã]o|release|build|upgrade|update|patch|firmware|section|secci[oó]n|sezione|abschnitt|kapitel|chapter|table|tabelle)|§)\.?:?\s*${CONNECTOR}$`,
  'i',
);
const QUAD_BEFORE = new RegExp(
  String.raw`(?<![\d.])(\d+\.\d+\.\d+\.\d+)\.?:?\s*${CONNECTOR}$`,
  'i',
);
const REACH_BEFORE = 40;

/** Whether the dotted quad at `start` is a release or section number (see NOT_HOST_BEFORE). */
const isNumberingAt = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - REACH_BEFORE), start);
  if (NOT_HOST_BEFORE.test(before)) return true;
  const previous = QUAD_BEFORE.exec(before);
  if (previous === null) return false;
  const at = start - before.length + previous.index;
  return NOT_HOST_BEFORE.test(text.slice(Math.max(0, at - REACH_BEFORE), at));
};

const isHexCode = (code: number): boolean =>
  isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 102);

/**
 * Where a dotted quad may start: one to three digits before a dot, not after another letter or
 * digit (IPV4's lead). Found from the dots, which are few next to the characters.
 */
export const dottedStarts = memoised((text) => {
  const starts: number[] = [];
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let start = dot;
    while (start > 0 && dot - start < 4 && isDigitCode(text.charCodeAt(start - 1))) start -= 1;
    const digits = dot - start;
    if (digits >= 1 && digits <= 3 && !isAsciiAlnumCode(text.charCodeAt(start - 1))) {
      starts.push(start);
    }
  }
  return starts;
});

/**
 * Where an IPv6 address may start: at a colon, or at up to four hex digits before one, not
 * after a letter, digit, colon or dot (IPV6's lead). Found from the colons.
 */
export const colonStarts = memoised((text) => {
  const starts: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && colon - start < 5 && isHexCode(text.charCodeAt(start - 1))) start -= 1;
    if (colon - start > 4) continue;
    const before = text.charCodeAt(start - 1);
    if (isAsciiAlnumCode(before) || before === 58 || before === 46) continue;
    if (starts.at(-1) !== start) starts.push(start);
  }
  return starts;
});

// The blocks reserved for documentation and examples, never assigned to any host (RFC 5737:
// 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24; RFC 3849 and RFC 9637: 2001:db8::/32 and
// 3fff::/20), also mapped or translated into IPv6 ('::ffff:192.0.2.1', '64:ff9b::192.0.2.1'; not
// '2a02:8108::203.0.113.5', another network's address), as example.com is
// no one's mailbox. Private blocks (10.0.0.0/8, 192.168.0.0/16) stay: whoever holds the network's
// leases can tell whose device had one.
const DOCUMENTATION_V4 =
  /^(?:(?:0{0,4}:){0,5}(?::|ffff:)|64:ff9b::)?(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/i;
const DOCUMENTATION_V6 = /^(?:2001:0?db8|3fff:0{0,3}[0-9a-f]{1,3}):/i;

/** Addresses that identify no one: unspecified, loopback, documentation. */
const isNobody = (address: string): boolean =>
  address === '0.0.0.0' ||
  address.startsWith('127.') ||
  address === '::' ||
  address === '::1' ||
  DOCUMENTATION_V4.test(address) ||
  DOCUMENTATION_V6.test(address);

// Zero-padded octets, as fixed-width logs write them ('203.000.113.045'): node:net rejects them.
const LEADING_ZEROS = /(^|\.)0+(?=\d)/g;

// A network, not a host: an address with a prefix length whose host bits are all zero, as route
// tables, firewall rules and Terraform write subnets ('10.20.16.0/20'). No device has it.
const PREFIX_AFTER = /^\/(\d{1,2})(?!\d)/;
const octets = (address: string): number[] => address.split('.').map(Number);

/**
 * Whether a dotted quad with this prefix length names a network: host bits 0, shorter than 31
 * (both addresses of a /31 point-to-point link are hosts, RFC 3021).
 */
export const isIpv4Network = (address: string, length: number): boolean => {
  if (length >= 31) return false;
  const value = octets(address).reduce((all, octet) => all * 256 + octet, 0);
  return value % 2 ** (32 - length) === 0;
};

const isNetwork = (text: string, end: number, address: string): boolean => {
  const prefix = PREFIX_AFTER.exec(text.slice(end, end + 3));
  return prefix !== null && isIpv4Network(address, Number(prefix[1]));
};

// A private address (RFC 1918) of an infrastructure service a program connects to: after the
// scheme of a database, cache or broker ('redis://10.40.3.12', 'amqp://10.42.3.17') or before a
// port such services listen on ('- 10.50.1.21:26379', 'jdbc:postgresql://10.0.4.12:5432'). A web
// port (80, 443, 8080…) only with a server's word on its line ('server 10.30.2.11:8080;', a
// pod's 'Readiness probe failed: Get http://10.244.3.57:8080'): a camera, a printer, a NAS or a
// laptop serves on them too ('Mein Laptop läuft unter http://192.168.1.23:8080'). Never after a
// user's credentials ('postgres://anna:…@10.1.2.3:5432'), nor a workstation's or a phone's
// services (RDP 3389, VNC 5900, SMB 445, SIP 5060, SSH 22), nor a client's port: a private
// address alone or so stays, as whoever holds the network's leases can tell whose device had one.
const SERVICE_SCHEME_BEFORE =
  /(?:redis|rediss|amqp|amqps|mongodb|mongodb\+srv|postgres|postgresql|mysql|mariadb|jdbc:[a-z]+|kafka|nats|memcached|etcd|zookeeper|elasticsearch|mqtt|grpc):\/\/$/i;
const PORT_AFTER = /^:(\d{1,5})(?!\d)/;
const SERVICE_PORTS = new Set(
  [5432, 3306, 1433, 1521, 6379, 26379, 27017, 5672, 15672, 9092, 2181, 9200, 9300, 11211]
    .concat([8500, 8200, 2379, 2380, 6443, 10250, 4222, 9042, 7000, 7001, 8086, 5044, 24224])
    .concat([4317, 4318, 9411, 16686, 8125, 25, 465, 587, 389, 636, 88]),
);
const WEB_PORTS = new Set([80, 443, 8080, 8081, 8443, 9000, 9090, 9091, 9093]);
const SERVER_WORD =
  /\b(?:server|upstream|proxy_pass|backend|probe|endpoint|target|targets|listen|bind|node|nodes|pod|ingress|cluster|balancer|healthcheck|replica|broker|scrape)\b/i;
const isPrivate = (address: string): boolean => {
  const [first, second] = octets(address) as [number, number];
  return (
    first === 10 ||
    (first === 172 && second >= 16 && second <= 31) ||
    (first === 192 && second === 168)
  );
};
const isServiceEndpoint = (text: string, start: number, end: number, address: string): boolean => {
  if (!isPrivate(address) || text.charCodeAt(start - 1) === AT_SIGN) return false;
  if (SERVICE_SCHEME_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  const port = PORT_AFTER.exec(text.slice(end, end + 7));
  if (port === null) return false;
  const number = Number(port[1]);
  if (SERVICE_PORTS.has(number)) return true;
  const line = lineAt(text, start);
  return WEB_PORTS.has(number) && SERVER_WORD.test(text.slice(line.start, line.end));
};
const AT_SIGN = 64;

const toIpv4 = (text: string, start: number, end: number): Span | undefined => {
  const address = text.slice(start, end).replace(LEADING_ZEROS, '$1');
  if (!isIPv4(address) || isNobody(address) || SINGLE_DIGITS.test(address)) return undefined;
  if (isNetwork(text, end, address) || isServiceEndpoint(text, start, end, address)) {
    return undefined;
  }
  return isNumberingAt(text, start) ? undefined : { start, end };
};

// One colon ending the candidate ('2a02:8070::7334: connection refused'), not the '::' of an
// address that ends in zeros: punctuation after the address, as after a label.
const TRAILING_COLON = /[^:]:$/;

const toIpv6 = (text: string, start: number, to: number): Span | undefined => {
  const end = TRAILING_COLON.test(text.slice(start, to)) ? to - 1 : to;
  const address = text.slice(start, end);
  const bare = address.replace(ZONE, '');
  return isIPv6(bare) && !isNobody(bare) ? { start, end } : undefined;
};

const ipFinding = (span: Span, detail: string): Finding =>
  toFinding(span, { type: 'IP_ADDRESS', category: 'online', score: 0.8, recognizer: 'ip', detail });

// Never loopback or unspecified addresses, four single digits, or a dotted quad right after a
// word for a release or a section.
/** IPv4 and IPv6 host addresses (they can identify a subscriber or a device), checked by node:net. */
export const ipAddressRecognizer: Recognizer = {
  name: 'ip',
  entities: ['IP_ADDRESS'],
  find: (text) => [
    ...scanCandidatesAt(text, IPV4, dottedStarts, (start, end) => toIpv4(text, start, end)).map(
      (span) => ipFinding(span, 'v4'),
    ),
    ...(IPV6_GATE.test(text)
      ? scanCandidatesAt(text, IPV6, colonStarts, (start, end) => toIpv6(text, start, end)).map(
          (span) => ipFinding(span, 'v6'),
        )
      : []),
  ],
};

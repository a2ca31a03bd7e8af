import {
  DEFAULT_POLICY,
  decide,
  isPersonal,
  POLICY_VERSION,
  policyFor,
  STRICT_POLICY,
} from '../../../shared/pii/policy.js';
import type { Finding, FindingCategory } from '../../../shared/pii/recognizer.js';

const finding = (category: FindingCategory): Finding => ({
  type: 'VAT_ID',
  category,
  start: 0,
  end: 1,
  score: 1,
  recognizer: 'test',
});

describe('policy', () => {
  it.each([
    ['contact', true],
    ['online', true],
    ['financial', true],
    ['national_id', true],
    ['id_document', true],
    ['tax_id', true],
    ['unreadable', true],
    ['business_id', false],
  ] as const)('treats %s as personal: %s by default', (category, expected) => {
    expect(isPersonal(finding(category), DEFAULT_POLICY)).toBe(expected);
  });

  it('treats business ids as personal in strict mode', () => {
    expect(isPersonal(finding('business_id'), STRICT_POLICY)).toBe(true);
  });

  it('treats a category it does not know as personal (fail closed)', () => {
    expect(isPersonal(finding('made_up' as FindingCategory), DEFAULT_POLICY)).toBe(true);
  });

  it('versions the default policy with POLICY_VERSION and marks the strict one', () => {
    expect(policyFor().version).toBe(POLICY_VERSION);
    expect(policyFor({ strict: false }).version).toBe(POLICY_VERSION);
    expect(policyFor({ strict: true }).version).toBe(`${POLICY_VERSION}+strict`);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_POLICY.personal)).toBe(true);
    expect(Object.isFrozen(STRICT_POLICY)).toBe(true);
  });

  it.each([
    ['no findings', [], 'non-sensitive'],
    ['only business ids', [finding('business_id')], 'non-sensitive'],
    [
      'one personal finding among business ids',
      [finding('business_id'), finding('contact')],
      'personal',
    ],
  ] as const)('decides %s', (_case, findings, expected) => {
    expect(decide(findings, DEFAULT_POLICY)).toBe(expected);
  });
});

describe('policyFor', () => {
  it.each([
    ['no options', undefined],
    ['null options', null],
    ['a non-boolean strict flag', { strict: 'yes' }],
  ])('falls back to the default policy for %s', (_case, options) => {
    expect(policyFor(options as never)).toBe(DEFAULT_POLICY);
  });
});

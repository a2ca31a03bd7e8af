import { decideRoute, hasGlobalProfile } from '../../../shared/routing/policy';

describe('decideRoute', () => {
  it.each([
    ['personal', undefined, true, 'eu'],
    ['personal', 'eu', true, 'eu'],
    ['non-sensitive', undefined, true, 'global'],
    ['non-sensitive', 'eu', true, 'eu'],
    ['non-sensitive', undefined, false, 'eu'],
    [undefined, undefined, true, 'eu'],
  ] as const)(
    '%s with residency %s and global allowed=%s goes %s',
    (classification, residency, globalAllowed, route) => {
      expect(decideRoute({ classification, residency, globalAllowed })).toBe(route);
    },
  );
});

describe('hasGlobalProfile', () => {
  it('knows which catalog models have a global profile', () => {
    expect(hasGlobalProfile('amazon.nova-2-lite-v1:0')).toBe(true);
    expect(hasGlobalProfile('amazon.nova-pro-v1:0')).toBe(false);
    expect(hasGlobalProfile('acme.unknown-v1')).toBe(false);
  });
});

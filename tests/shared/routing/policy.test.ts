import { decideRoute } from '../../../shared/routing/policy';

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

import { type LocalStack, startLocalStack } from '../../local/runner';
import { resolveProfile } from '../../shared/routing/profiles';
import { isEuMemberRegion } from '../../shared/routing/regions';

// Hundreds of mixed payloads through the real ASL, with the emulator picking a CRIS destination for
// every call (seeded) and throttling some global calls: no personal payload may ever be served
// outside the EU, and every audit record must name exactly the destinations the policy allows.
const IDENTIFIERS = [
  'DE89 3704 0044 0532 0130 00',
  'FR14 2004 1010 0505 0001 3M02 606',
  'anna.kowalska@example.pl',
  '4111 1111 1111 1111',
  '+33 6 12 34 56 78',
  'Steuer-ID 63696618781',
  'codice fiscale BNCGLI90E52F205V',
  'DNI 47382916H',
];
const NEUTRAL = [
  'Summarise the release notes for version 4.2 of the build tool.',
  'Translate "the meeting moved to Thursday" into French.',
  'Explain the difference between TCP and UDP in two sentences.',
  'Write a haiku about autumn in Lisbon.',
  'List three risks of migrating a monolith to microservices.',
];
const COUNT = 240;

describe('CRIS residency over many mixed payloads', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ seed: 2026, retryDelayMs: 0 });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('never serves a personal payload outside the EU, and audits the policy destinations', async () => {
    // The first 40 global calls are throttled: some executions exhaust their retries and fall back to EU.
    stack.emulator?.injectFault({ errorType: 'ThrottlingException', times: 40, match: 'global.' });
    const payloads = Array.from({ length: COUNT }, (_, i) => {
      const personal = i % 2 === 0;
      const base = NEUTRAL[i % NEUTRAL.length] ?? '';
      const text = personal ? `${base} Contact: ${IDENTIFIERS[i % IDENTIFIERS.length]}.` : base;
      return {
        name: `cris-${i}`,
        personal,
        input: { id: `p-${i}`, text, ...(i % 10 === 3 ? { residency: 'eu' } : {}) },
      };
    });
    const reports = [];
    for (let i = 0; i < payloads.length; i += 12) {
      const batch = payloads.slice(i, i + 12);
      reports.push(...(await Promise.all(batch.map((p) => stack.execute(p.input, p.name)))));
    }

    const records = await stack.audit.list(10_000);
    expect(records).toHaveLength(COUNT);
    const byId = new Map(records.map((r) => [r.requestId, r]));
    for (const payload of payloads) {
      const record = byId.get(payload.name);
      expect(record?.classification).toBe(payload.personal ? 'personal' : 'non-sensitive');
      if (payload.personal) expect(record?.route).toBe('eu');
    }
    expect(reports.every((r) => r.audit?.outcome === 'ok')).toBe(true);

    const euDestinations = resolveProfile(
      'eu',
      'amazon.nova-2-lite-v1:0',
      'eu-central-1',
    ).destinationRegions;
    for (const record of records.filter((r) => r.route === 'eu')) {
      expect(record.profileId).toBe('eu.amazon.nova-2-lite-v1:0');
      expect(record.destinationRegions).toEqual(euDestinations);
    }

    const served = (stack.emulator?.calls ?? []).filter((call) => call.status === 200);
    expect(served.length).toBe(COUNT);
    for (const call of served) {
      const record = byId.get(call.requestId ?? '');
      expect(record).toBeDefined();
      if (record?.classification === 'personal') {
        expect(call.profileId.startsWith('eu.')).toBe(true);
        expect(isEuMemberRegion(call.destinationRegion ?? '')).toBe(true);
      }
      if (record?.route === 'eu')
        expect(record.destinationRegions).toContain(call.destinationRegion);
    }
    // The run exercised both routes, non-EU global destinations, and EU fallbacks of global work.
    expect(
      served.some(
        (call) =>
          call.profileId.startsWith('global.') && !isEuMemberRegion(call.destinationRegion ?? ''),
      ),
    ).toBe(true);
    expect(records.some((r) => r.fallbackFromGlobal)).toBe(true);
  });
});

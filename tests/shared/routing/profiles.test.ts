import { RegionPolicyError, UnknownModelError } from '../../../shared/errors';
import { MODEL_CATALOG } from '../../../shared/routing/catalog';
import { parseProfileId, profileIdFor, resolveProfile } from '../../../shared/routing/profiles';
import { isEuMemberRegion } from '../../../shared/routing/regions';

const NOVA_2_LITE = 'amazon.nova-2-lite-v1:0';
const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

describe('resolveProfile', () => {
  it('builds the eu profile id and its six EU destinations from Frankfurt', () => {
    const profile = resolveProfile('eu', NOVA_2_LITE, 'eu-central-1');
    expect(profile.profileId).toBe('eu.amazon.nova-2-lite-v1:0');
    expect([...profile.destinationRegions].sort()).toEqual(
      ['eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-3'].sort(),
    );
  });

  it.each([
    ['London has no EU profile for Nova 2 Lite', NOVA_2_LITE, 'eu-west-2'],
    ['Zurich is not a source for Nova 2 Lite', NOVA_2_LITE, 'eu-central-2'],
    ['Sonnet from Zurich may route to Zurich, outside the EU', SONNET, 'eu-central-2'],
    ['Sonnet from London may route to London, outside the EU', SONNET, 'eu-west-2'],
  ])('refuses the EU route when %s', (_why, model, region) => {
    expect(() => resolveProfile('eu', model, region)).toThrow(RegionPolicyError);
  });

  it('names the allowed source regions in its configuration error', () => {
    expect(() => resolveProfile('eu', NOVA_2_LITE, 'eu-west-2')).toThrow(
      /allowed source regions: .*eu-central-1/,
    );
  });

  it('refuses an unknown model and a model without a global profile', () => {
    expect(() => resolveProfile('eu', 'acme.unknown-v1', 'eu-central-1')).toThrow(
      UnknownModelError,
    );
    expect(() => resolveProfile('global', 'amazon.nova-pro-v1:0', 'eu-central-1')).toThrow(
      UnknownModelError,
    );
  });

  it('keeps every EU profile in the catalog inside EU member states from the six EU sources', () => {
    for (const model of Object.values(MODEL_CATALOG)) {
      const eu = model.profiles.eu;
      if (!eu) continue;
      for (const [source, destinations] of Object.entries(eu.destinationsBySource)) {
        if (!isEuMemberRegion(source)) continue;
        expect(destinations.every(isEuMemberRegion)).toBe(true);
      }
    }
  });
});

describe('profile ids', () => {
  it('round-trips scope and model', () => {
    expect(parseProfileId(profileIdFor('global', NOVA_2_LITE))).toEqual({
      scope: 'global',
      modelId: NOVA_2_LITE,
    });
    expect(parseProfileId(NOVA_2_LITE)).toBeUndefined();
  });
});

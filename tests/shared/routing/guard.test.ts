import { PersonalDataRefusedError } from '../../../shared/errors';
import { assertMayUseRoute } from '../../../shared/routing/guard';
import type { ClassificationResult } from '../../../shared/types';

const says = (classification: 'personal' | 'non-sensitive') => (): ClassificationResult => ({
  classification,
  findings: [],
  policyVersion: 'test',
});

describe('assertMayUseRoute', () => {
  it('lets anything take the EU route', () => {
    expect(() => assertMayUseRoute('eu', 'personal', 'x', says('personal'))).not.toThrow();
  });

  it('lets a non-sensitive payload that re-classifies non-sensitive take the global route', () => {
    expect(() =>
      assertMayUseRoute('global', 'non-sensitive', 'x', says('non-sensitive')),
    ).not.toThrow();
  });

  it.each([
    ['classified personal', 'personal'],
    ['with no classification', undefined],
    ['with a forged value', 'public'],
  ])('refuses a payload %s on the global route', (_what, claimed) => {
    expect(() => assertMayUseRoute('global', claimed, 'x', says('non-sensitive'))).toThrow(
      PersonalDataRefusedError,
    );
  });

  it('refuses when the input claims non-sensitive but the text re-classifies personal', () => {
    expect(() => assertMayUseRoute('global', 'non-sensitive', 'x', says('personal'))).toThrow(
      PersonalDataRefusedError,
    );
  });

  it('refuses when re-classification throws (fail closed)', () => {
    const broken = () => {
      throw new Error('boom');
    };
    expect(() => assertMayUseRoute('global', 'non-sensitive', 'x', broken)).toThrow(
      PersonalDataRefusedError,
    );
  });
});

import { euVat, stdnum } from 'stdnum';
import { EU_VAT, STDNUM } from '../../../shared/pii/stdnum.js';

describe('STDNUM', () => {
  it.each(Object.keys(STDNUM))(
    'holds the same %s validators as the stdnum package index',
    (country) => {
      expect(STDNUM[country]).toBe(stdnum[country]);
    },
  );
});

describe('EU_VAT', () => {
  it('is the stdnum package euVat table, country by country and in order', () => {
    expect(Object.keys(EU_VAT).sort()).toEqual(Object.keys(euVat).sort());
    for (const [country, validators] of Object.entries(euVat)) {
      expect(EU_VAT[country]).toEqual(validators);
      EU_VAT[country]?.forEach((validator, index) => {
        expect(validator).toBe(validators[index]);
      });
    }
  });
});

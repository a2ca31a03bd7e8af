import { nationalIdRecognizer } from '../../../../shared/pii/recognizers/national-id.js';

// Fourth red-team set: identifiers written the way real payloads write them. Values are
// checksum-valid per python-stdnum but belong to nobody.
const detected = (text: string) =>
  nationalIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('Irish PPS numbers with Irish-language labels', () => {
  it.each([
    ["seo m'uimhir PSP: 8412057HA.", '8412057HA'],
    ['Uimhir Phearsanta Seirbhíse Poiblí 8412057HA', '8412057HA'],
  ])('finds the PPS number in %j', (text, value) => {
    expect(detected(text)).toEqual([{ value, scheme: 'ie.pps' }]);
  });

  it.each([
    ['no label', 'seo m’uimhir: 8412057HA'],
    ['a wrong check letter', "m'uimhir PSP: 8412057HB"],
  ])('finds nothing with %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });
});

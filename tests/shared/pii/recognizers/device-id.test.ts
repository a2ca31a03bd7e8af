import { deviceIdRecognizer } from '../../../../shared/pii/recognizers/device-id.js';
import { foundIn } from '../helpers.js';

describe('deviceIdRecognizer', () => {
  it.each([
    [
      'a device id',
      'Device ID: 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    ],
    [
      'an advertising id',
      'IDFA: 6D92078A-8246-4BA4-AE5B-76104861E7DC',
      '6D92078A-8246-4BA4-AE5B-76104861E7DC',
    ],
    ['an IMEI with a valid check digit', 'IMEI 490154203237518', '490154203237518'],
    ['a Google Analytics cookie', '_ga=GA1.2.1234567890.1609459200', 'GA1.2.1234567890.1609459200'],
    [
      'words before the id',
      'O ID do dispositivo do meu telemóvel é c072ca16-da42-4c6f-9241-df58aae0fd1c',
      'c072ca16-da42-4c6f-9241-df58aae0fd1c',
    ],
    ['a German label', 'Geräte-ID: a1b2c3d4e5f60718', 'a1b2c3d4e5f60718'],
  ])('finds %s', (_case, text, id) => {
    expect(foundIn(deviceIdRecognizer, text)).toEqual([id]);
  });

  it.each([
    ['a request id', 'request id 123e4567-e89b-12d3-a456-426614174000'],
    ['an IMEI with a wrong check digit', 'IMEI 490154203237519'],
    ['a cookie banner', 'We use cookies to improve the site.'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(deviceIdRecognizer, text)).toEqual([]);
  });
});

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
    ['an IMEI of many zeros but not only', 'IMEI 000000000000018', '000000000000018'],
    ['a Google Analytics cookie', '_ga=GA1.2.1234567890.1609459200', 'GA1.2.1234567890.1609459200'],
    [
      'words before the id',
      'O ID do dispositivo do meu telemóvel é c072ca16-da42-4c6f-9241-df58aae0fd1c',
      'c072ca16-da42-4c6f-9241-df58aae0fd1c',
    ],
    ['a German label', 'Geräte-ID: a1b2c3d4e5f60718', 'a1b2c3d4e5f60718'],
    ['an IMEI printed in groups', 'IMEI 49-015420-323751-8', '49-015420-323751-8'],
    ['an IMEI grouped by spaces', 'IMEI: 49 015420 323751 8', '49 015420 323751 8'],
    [
      'a Meta _fbp cookie',
      'Cookie: _fbp=fb.1.1600000000000.1234567890',
      'fb.1.1600000000000.1234567890',
    ],
    [
      'a mobile advertising id',
      'maid=6D92078A-8246-4BA4-AE5B-76104861E7DC',
      '6D92078A-8246-4BA4-AE5B-76104861E7DC',
    ],
    ['a serial number', 'Serial number: C02XK0A1JG5H', 'C02XK0A1JG5H'],
    ['a German serial number', 'Seriennummer des Geräts: C02XK0A1JG5H', 'C02XK0A1JG5H'],
    ['a French serial number', 'N° de série : F17XK2LMN8Q4', 'F17XK2LMN8Q4'],
    ['a serial number in JSON', '{"serial_number":"R58M12ABCDE"}', 'R58M12ABCDE'],
    ['an S/N label', 'S/N: 5CG1234XYZ', '5CG1234XYZ'],
    ['an IMSI (no check digit)', 'IMSI: 262011234567890', '262011234567890'],
    ['a SIM card number', 'ICCID 8949020000012345678', '8949020000012345678'],
    ['a MEID', 'MEID A0000000002329', 'A0000000002329'],
  ])('finds %s', (_case, text, id) => {
    expect(foundIn(deviceIdRecognizer, text)).toEqual([id]);
  });

  it.each([
    ['a request id', 'request id 123e4567-e89b-12d3-a456-426614174000'],
    ['an IMEI with a wrong check digit', 'IMEI 490154203237519'],
    ['a cookie banner', 'We use cookies to improve the site.'],
    ['an IMEI in groups with a wrong check digit', 'IMEI 49-015420-323751-9'],
    ['an all-zero placeholder IMEI (rt4-93)', '{ model: "demo", imei: "000000000000000" }'],
    ['an all-zero IMEI in groups', 'IMEI 00-000000-000000-0'],
    ['a serial number without a digit', 'Serial number: UNKNOWN'],
    ['a short serial number', 'Serial no. A1234'],
    ['a lower-case word after a serial label', 'serial number of the unit2024 was lost'],
    ['a Spanish address without a house number', 'Calle Mayor s/n, 28013 Madrid'],
    [
      'a serial label far from a code',
      'Serial number field left empty in the form for order ABC12345678',
    ],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(deviceIdRecognizer, text)).toEqual([]);
  });

  // A mail client wraps a line where a space was: the id may start the next line.
  it.each([
    [
      'after its label',
      'O ID do dispositivo do meu telemóvel é\nc072ca16-da42-4c6f-9241-df58aae0fd1c;',
      'c072ca16-da42-4c6f-9241-df58aae0fd1c',
    ],
    [
      'between the words after its label',
      'Device ID of my\nphone is 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    ],
  ])('finds an id wrapped %s', (_case, text, expected) => {
    expect(foundIn(deviceIdRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a blank line', 'Device ID\n\n3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['an indented line', 'Device ID\n    3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
  ])('takes no id across %s', (_case, text) => {
    expect(foundIn(deviceIdRecognizer, text)).toEqual([]);
  });
});

// A vehicle identification number: the car, and so its keeper (category vehicle).
describe('deviceIdRecognizer on vehicle identification numbers', () => {
  const vehicles = (text: string) =>
    deviceIdRecognizer
      .find(text)
      .filter((finding) => finding.type === 'VEHICLE_ID' && finding.category === 'vehicle')
      .map((finding) => text.slice(finding.start, finding.end));

  it.each([
    ['German, after FIN', 'Fahrzeug des Kunden, FIN WVWZZZ1KZ8W123456, Ölverlust.'],
    ['English, after VIN:', 'VIN: 1HGCM82633A004352 (the customer’s car)'],
    ['Italian', 'Numero di telaio ZFA31200000123456, immatricolata nel 2019'],
    ['Spanish', 'número de bastidor VSSZZZ6JZ9R012345 del vehículo del cliente'],
    ['Polish, a word between', 'Numer VIN pojazdu: WF0XXXGCDX1234567'],
  ])('finds a VIN: %s', (_case, text) => {
    expect(vehicles(text)).toHaveLength(1);
  });

  it.each([
    ['no label', 'Build WVWZZZ1KZ8W123456 passed'],
    ['a letter VINs never use (O)', 'VIN: WVWZZZ1KZ8WO23456'],
    ['sixteen characters', 'VIN: WVWZZZ1KZ8W12345'],
    ['digits only', 'VIN: 12345678901234567'],
    ['a hash after the label', 'VIN: 3f2504e04f8911d39'],
  ])('ignores %s', (_case, text) => {
    expect(vehicles(text)).toEqual([]);
  });
});

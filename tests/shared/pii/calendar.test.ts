import { namesTeam, onNonPersonEntry } from '../../../shared/pii/calendar.js';

const at = (text: string, address: string): boolean =>
  onNonPersonEntry(text, text.indexOf(address));

describe('namesTeam', () => {
  it.each([['Facilities Team'], ['Raum Kantine Halle B'], ['Ekipa Placila'], ['Équipe Paie']])(
    'reads %j as a team or a room',
    (name) => {
      expect(namesTeam(name)).toBe(true);
    },
  );

  // A team word that is someone's name too leaves the entry a person's (fail closed).
  it.each([['Anna Berg'], ['Gareth Pryce'], ['Marco Sala'], ['Tim Weber'], ['Jerry Hall']])(
    'reads %j as no team',
    (name) => {
      expect(namesTeam(name)).toBe(false);
    },
  );
});

describe('onNonPersonEntry', () => {
  it.each([
    ['a room by type', 'ATTENDEE;CUTYPE=ROOM;CN=Sejna soba:mailto:soba@fintek.si', 'soba@'],
    ['a group by type', 'ATTENDEE;CUTYPE=GROUP;CN=Alle:mailto:alle@lagerwerk.de', 'alle@'],
    ['a resource by type', 'ATTENDEE;CUTYPE=RESOURCE:mailto:beamer@lagerwerk.de', 'beamer@'],
    ['a team by name', 'x\nORGANIZER;CN=Raum Kantine:mailto:raum@lagerwerk.de', 'raum@'],
  ])('reads %s', (_case, text, address) => {
    expect(at(text, address)).toBe(true);
  });

  it.each([
    ['a person organising', 'ORGANIZER;CN=Anna Berg:mailto:anna@fintek.si', 'anna@'],
    ['an individual', 'ATTENDEE;CUTYPE=INDIVIDUAL:mailto:jan@fintek.si', 'jan@'],
    ['a line of text', 'Room booked, CUTYPE=ROOM, by jan@fintek.si', 'jan@'],
    [
      'an entry line too long to be read back',
      `ATTENDEE;CUTYPE=ROOM;X-NOTE=${'x'.repeat(2000)}:mailto:jan@fintek.si`,
      'jan@',
    ],
  ])('leaves %s a person’s', (_case, text, address) => {
    expect(at(text, address)).toBe(false);
  });
});

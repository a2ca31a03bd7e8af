import { isNonPersonEntryAddress, namesTeam } from '../../../shared/pii/calendar.js';

const at = (text: string, address: string): boolean => {
  const start = text.indexOf(address);
  return isNonPersonEntryAddress(text, start, start + address.length);
};

describe('namesTeam', () => {
  it.each([['Facilities Team'], ['Raum Kantine'], ['Ekipa Placila'], ['Équipe Paie']])(
    'reads %j as a team or a room',
    (name) => {
      expect(namesTeam(name)).toBe(true);
    },
  );

  // A name with someone's name in it stays a person's (fail closed), team word or not.
  it.each([
    ['Anna Berg'],
    ['Gareth Pryce'],
    ['Marco Sala'],
    ['Tim Weber'],
    ['Jerry Hall'],
    ['Lise Alle'],
    ['Schulz M. IT'],
  ])('reads %j as no team', (name) => {
    expect(namesTeam(name)).toBe(false);
  });
});

describe('isNonPersonEntryAddress', () => {
  it.each([
    ['a room', 'ATTENDEE;CUTYPE=ROOM;CN=Sejna soba:mailto:soba@fintek.si', 'soba@fintek.si'],
    ['a group', 'ATTENDEE;CUTYPE=GROUP;CN=Alle:mailto:alle@lagerwerk.de\n', 'alle@lagerwerk.de'],
    ['a resource', 'x\r\nATTENDEE;CUTYPE=RESOURCE:MAILTO:beamer@firma.de\r\n', 'beamer@firma.de'],
  ])('reads the address of %s as theirs', (_case, text, address) => {
    expect(at(text, address)).toBe(true);
  });

  // A review's cases: the person acting for a shared mailbox, an unknown type, a team named only
  // by its name, another entry on the same line.
  it.each([
    ['a person organising', 'ORGANIZER;CN=Anna Berg:mailto:anna@fintek.si', 'anna@fintek.si'],
    ['an individual', 'ATTENDEE;CUTYPE=INDIVIDUAL:mailto:jan@fintek.si', 'jan@fintek.si'],
    [
      'an unknown type',
      'ATTENDEE;CUTYPE=UNKNOWN;RSVP=TRUE:mailto:kowalski@firma.pl',
      'kowalski@firma.pl',
    ],
    [
      'the person sending for a group',
      'ORGANIZER;CUTYPE=GROUP;SENT-BY="mailto:jkowalski@firma.pl":mailto:support@firma.pl',
      'jkowalski@firma.pl',
    ],
    [
      'a delegate of a group',
      'ATTENDEE;CUTYPE=GROUP;DELEGATED-TO="mailto:t.mueller@firma.de":mailto:projekt@firma.de',
      't.mueller@firma.de',
    ],
    [
      'a person after a resource on the same line',
      'ATTENDEE;CUTYPE=RESOURCE;CN=Beamer:mailto:beamer@firma.de,ATTENDEE;CN="Schulz, M.":mailto:mschulz@firma.de',
      'beamer@firma.de',
    ],
    [
      'a team named only by its name',
      'ORGANIZER;CN=IT Support:mailto:support@firma.pl',
      'support@firma.pl',
    ],
    ['a line of text', 'Room booked, CUTYPE=ROOM, by jan@fintek.si', 'jan@fintek.si'],
    [
      'an entry line too long to be read back',
      `ATTENDEE;CUTYPE=ROOM;X-NOTE=${'x'.repeat(2000)}:mailto:jan@fintek.si`,
      'jan@fintek.si',
    ],
  ])('leaves %s a person’s', (_case, text, address) => {
    expect(at(text, address)).toBe(false);
  });
});

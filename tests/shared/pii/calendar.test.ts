import { NOT_A_PERSON, namesTeam } from '../../../shared/pii/calendar.js';

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
    ['Hannelore Saal'],
    ['Schulz M. IT'],
  ])('reads %j as no team', (name) => {
    expect(namesTeam(name)).toBe(false);
  });
});

describe('NOT_A_PERSON', () => {
  it.each([['ATTENDEE;CUTYPE=ROOM'], [';CUTYPE=RESOURCE;CN=Beamer'], [';CUTYPE=GROUP']])(
    'reads %j as no person',
    (parameters) => {
      expect(NOT_A_PERSON.test(parameters)).toBe(true);
    },
  );

  // A review's cases: an unknown type, an extension parameter, a CN naming a type.
  it.each([[';CUTYPE=UNKNOWN'], [';CUTYPE=INDIVIDUAL;X-CUTYPE=ROOM'], [';CN="CUTYPE=ROOM x"']])(
    'leaves %j a person',
    (parameters) => {
      expect(NOT_A_PERSON.test(parameters)).toBe(false);
    },
  );
});

import { findPersonNames } from '../../../../shared/pii/lexicon/person-names.js';

const names = (text: string): string[] =>
  findPersonNames(text).map((name) => `${text.slice(name.start, name.end)} (${name.cue})`);

describe('findPersonNames', () => {
  it.each([
    ['Sehr geehrte Frau Dr. Brenneisen, vielen Dank.', ['Brenneisen (salutation)']],
    ['Dear Mr Okonkwo-Smith, thank you.', ['Okonkwo-Smith (salutation)']],
    ['Mme Dupont et M. Martin sont arrivés.', ['Dupont (salutation)', 'Martin (title)']],
    ['Dhr. van der Berg belt terug.', ['Berg (salutation)']],
    ['Szanowna Pani Kamińska,', ['Kamińska (title)']],
    ['Hallo Anna, wie geht es?', ['Anna (greeting)']],
    ['Hoi Jeroen, kun je bellen?', ['Jeroen (greeting)']],
    ['Viele Grüße\nThomas Weber', ['Thomas Weber (closing)']],
    ['Met vriendelijke groet,\nSanne de Vries', ['Sanne de Vries (closing)']],
    ['Our employee Jan Kowalski is on leave.', ['Jan Kowalski (role)']],
    ['{"firstName": "Anna", "lastName": "Kowalska"}', ['Anna (label)', 'Kowalska (label)']],
    ['Name: Camille Dubois', ['Camille Dubois (label)']],
    ['Please ask Anna Schmidt in accounts.', ['Anna Schmidt (pair)']],
    ['Priya Robinson called.', ['Priya Robinson (pair)']],
    ['Liste: Schmidt, Anna; Weber, Jan', ['Schmidt, Anna (pair)', 'Weber, Jan (pair)']],
    ['Teilnehmer: MÜLLER, Anna und WEBER, Jan', ['MÜLLER, Anna (pair)', 'WEBER, Jan (pair)']],
    ['Name: MÜLLER, Anna', ['MÜLLER, Anna (label)']],
    ['Bis morgen!\nVG Anna', ['Anna (closing)']],
    ['LG Jonas', ['Jonas (closing)']],
    ['Danke dir.\n  Viele Grüße Thomas Weber', ['Thomas Weber (closing)']],
    ['See you.\r\nCheers Priya', ['Priya (closing)']],
    ['ok\nBest, Anna', ['Anna (closing)']],
    ['Name: QUERTENMONT, Anna', ['QUERTENMONT, Anna (label)']],
    ['"name": "Brzęczyszczykiewicz, Jan"', ['Brzęczyszczykiewicz, Jan (label)']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a closing before a team', 'Best regards,\nThe Support Team'],
    [
      'a greeting to no one in particular',
      'Dear Sir or Madam, hello World! Hi all, hallo zusammen',
    ],
    [
      'a title-case sentence of everyday words',
      'Will the May release include the Rose Gold theme?',
    ],
    ['an ambiguous first name before an everyday word', 'Mark Price changes next week'],
    ['place names that start like first names', 'Santa Cruz and San Sebastián are sunny'],
    ['cities', 'Le Olimpiadi di Milano Cortina'],
    ['a product under a name label', '"name": "Widget Pro"'],
    ['a street named after a person', 'Our shop at 12 rue Victor Hugo, piazzale Carlo Magno 1'],
    ['capitalised German nouns', 'Der Bericht zum Quartal liegt der Geschäftsführung vor.'],
    ['a salutation before a group', 'Sehr geehrte Damen und Herren'],
    ['a heading in capitals before a street', 'ACME, Anna-Str. 5'],
    ['a city in capitals before a first name', 'BERLIN, Anna kommt morgen'],
    ['an everyday word in capitals before a first name', 'ROSE, Anna kommt morgen'],
    ['an unknown word in capitals before a first name, without a label', 'QUERTENMONT, Anna'],
    ['a label, a company in capitals and a street', 'Name: ACME, Anna-Str. 5'],
    ['a label, a city in capitals and a first name', 'Name: BERLIN, Anna'],
    ['a surname in capitals before a street named after a first name', 'MÜLLER, Anna-Str. 5'],
    ['a closing in the middle of a line before a first name', 'Wir nehmen das VG Anna nicht.'],
    ['a closing at the start of a line before a brand', 'LG Electronics meldet Rekordumsatz'],
    ['a closing before an ambiguous first name', 'Best Rose Gold offers'],
    ['a closing before a first name in capitals', 'VG ANNA'],
    ['a closing glued to a word before a first name', 'ok\nVGA Anna'],
    ['a closing after spaces in the middle of a line', 'Produkt          VG Anna'],
  ])('finds no name in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // A mail client wraps a line where a space was: inside a name, or after its salutation.
  it.each([
    ['Sehr geehrte Frau\nSchneider,\n\nvielen Dank.', ['Schneider (salutation)']],
    ['Geachte mevrouw\r\nBakker,', ['Bakker (salutation)']],
    ['Geachte mevrouw \r\nBakker,', ['Bakker (salutation)']],
    ['Buongiorno\nFederica, mi ricordi il codice?', ['Federica (greeting)']],
    ['El informe lo firma Elena\nFernández, que coordina.', ['Elena\nFernández (pair)']],
    ['Please ask Anna\nSchmidt in accounts.', ['Anna\nSchmidt (pair)']],
  ])('finds a name wrapped in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a blank line after the salutation word', 'Sehr geehrte Frau\n\nSchneider'],
    ['a blank line between two names', 'Please ask Anna\n\nSchmidt'],
    ['an indented next line', 'Please ask Anna\n    Schmidt'],
  ])('joins no name across %s', (_case, text) => {
    expect(
      names(text).filter((name) => name.includes('Schneider') || name.includes('Schmidt')),
    ).toEqual([]);
  });
});

import { personReferenceRecognizer } from '../../../../shared/pii/recognizers/person-reference.js';

const found = (text: string): string[] =>
  personReferenceRecognizer
    .find(text)
    .filter((finding) => finding.detail === 'only')
    .map((finding) => text.slice(finding.start, finding.end));

// "The only official": the Dutch 'enige' without 'de' before an occupation in the singular (a
// heading or a note: "(enige functionaris)"), and office-holders and employees in general.
describe('personReferenceRecognizer: the only one of a role', () => {
  it.each([
    [
      'NL, a note',
      'Hoofd Treasury, vestiging Eindhoven (enige functionaris)',
      'enige functionaris',
    ],
    ['NL, an employee', 'Zij is enige medewerker van het filiaal in Venlo.', 'enige medewerker'],
    ['NL, with the article', 'Hij is de enige werknemer met een sleutel.', 'de enige werknemer'],
    ['EN, an official', 'She is the only official at the consulate.', 'the only official'],
    ['DE, a Funktionär', 'Er ist der einzige Funktionär im Ortsverein.', 'der einzige Funktionär'],
    [
      'FR, a fonctionnaire',
      'Elle est la seule fonctionnaire de la mairie.',
      'la seule fonctionnaire',
    ],
    ['IT, a funzionario', "È l'unico funzionario della sede di Lecco.", "l'unico funzionario"],
    // Guards and porters (eighteenth red-team set), in lower case too
    ['EN, a porter', 'The only porter at the care home was accused of theft.', 'The only porter'],
    [
      'PL, a guard in lower case',
      'jedyny ochroniarz na parkingu przy ul. lipowej został zatrzymany',
      'jedyny ochroniarz',
    ],
    [
      'CS, a night porter in lower case',
      'jediný noční vrátný v domově pro seniory byl obviněn z okrádání klientů',
      'jediný noční vrátný',
    ],
  ])('finds %s', (_case, text, reference) => {
    expect(found(text)).toEqual([reference]);
  });

  it.each([
    ['NL, some time', 'Hij heeft enige tijd bij ons gewerkt.'],
    ['NL, some questions', 'Zijn er enige vragen over de functie?'],
    ['NL, some employees', 'De afdeling zoekt enige medewerkers voor de zomer.'],
    ['NL, any form', 'zonder enige vorm van toezicht'],
    ['EN, the only way', 'The only way to the office is by train.'],
  ])('finds nothing: %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

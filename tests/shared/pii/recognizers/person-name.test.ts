import { personNameRecognizer } from '../../../../shared/pii/recognizers/person-name.js';
import { foundIn } from '../helpers.js';

describe('personNameRecognizer', () => {
  it.each([
    ['EN salutation', 'Dear Mrs Okafor, your order has shipped.', 'Okafor'],
    ['DE salutation and title', 'Sehr geehrter Herr Prof. Wachtel,', 'Wachtel'],
    ['FR salutation', 'Bonjour Madame Fontaine,', 'Fontaine'],
    ['ES salutation', 'Estimada Sra. Domínguez:', 'Domínguez'],
    ['IT salutation', 'Gentile Sig.ra Santoro,', 'Santoro'],
    ['NL salutation', 'Geachte mevrouw Bakker,', 'Bakker'],
    ['PL title and a Polish surname shape', 'Szanowny Panie Dąbrowski,', 'Dąbrowski'],
    ['PT salutation', 'Exma. Sra. Carvalho,', 'Carvalho'],
    ['SV greeting', 'Hej Ebba! Tack för igår.', 'Ebba'],
    ['a signature', 'Cordiali saluti,\nGiulia Ferrari', 'Giulia Ferrari'],
    ['a role word', 'Mitarbeiterin Katrin Lindner ist im Urlaub.', 'Katrin Lindner'],
    ['a first name and surname', 'Bitte an Lukas Heinemann weiterleiten.', 'Lukas Heinemann'],
    ['a NL surname with particles', 'Het pakket is voor Sanne de Vries.', 'Sanne de Vries'],
    ['a NL surname with two particles', 'Contact: Jan van der Berg', 'Jan van der Berg'],
    ['an XML element for a first name', '<person><firstName>Katrin</firstName></person>', 'Katrin'],
    ['an XML element for a surname', '<nachname>Lindner</nachname>', 'Lindner'],
    ['a passenger list', 'PAX 1: MUELLER/ANNA MRS', 'MUELLER/ANNA'],
    ['a ticket name without title', 'Ticket NOWAK/ZOFIA', 'NOWAK/ZOFIA'],
    ['a DE surname with von', 'Termin mit Karl von Stein', 'Karl von Stein'],
  ])('finds a name: %s', (_case, text, name) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([name]);
  });

  it.each([
    ['a company report', 'Nordwind Logistik GmbH reported revenue of EUR 4.2m for Q3.'],
    ['a heading of everyday words', 'Quarterly Report: Sales Growth in the Nordics'],
    ['a greeting to a team', 'Hi Team, the build is green again.'],
    ['a closing without a name', 'Viele Grüße\nIhr Kundenservice'],
    ['German nouns', 'Die Rechnung für den Monat Mai liegt der Buchhaltung vor.'],
    ['an HTML form label', '<label for="vorname">Vorname</label>'],
    ['a pair of capitalised words and a slash', 'LATENCY READ/WRITE MS 12'],
    ['a town named after a saint', 'Santa Maria da Feira recebe a feira medieval.'],
  ])('finds no name in %s', (_case, text) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([]);
  });

  it('reports the cue as detail, never the name', () => {
    const [finding] = personNameRecognizer.find('Hallo Anna!');

    expect(finding).toEqual({
      type: 'PERSON_NAME',
      category: 'person_name',
      start: 6,
      end: 10,
      score: 0.75,
      recognizer: 'person-name',
      detail: 'greeting',
    });
  });
});

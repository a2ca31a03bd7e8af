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
    ['EN first name as a subject', 'Anna is pregnant and wants to know her rights.', 'Anna'],
    ['DE first name as a subject', 'Jonas hat seit März Krebs.', 'Jonas'],
    ['FR first name as a subject', 'Marie est enceinte de trois mois.', 'Marie'],
    ['PL first name as a subject', 'Zofia ma cukrzycę.', 'Zofia'],
    ['EN first name before a reporting verb', 'Thomas said the build is broken.', 'Thomas'],
    ['ES name after a kin word', 'Escribe un mensaje para mi amiga Lucía.', 'Lucía'],
    ['DE name after a kin word', 'Meine Tochter Lea hat morgen Geburtstag.', 'Lea'],
    [
      'EN first name after a preposition',
      'Summarise the email from Thomas about the budget.',
      'Thomas',
    ],
    ['DE first name after a preposition', 'Fasse die Mail von Thomas zusammen.', 'Thomas'],
    ['FR first name after à', 'Rédige une réponse à Julien concernant le devis.', 'Julien'],
    ['PT first name after para o', 'Escreve um email para o João sobre a reunião.', 'João'],
    ['SV first name after till', 'Skriv ett tack till Ebba för hjälpen.', 'Ebba'],
    [
      'a label before a name with particles',
      '{"naam":"Jeroen de Vries","plan":"pro"}',
      'Jeroen de Vries',
    ],
  ])('finds a name: %s', (_case, text, name) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([name]);
  });

  it.each([
    ['a log line', '2024-05-01 INFO login ok user=anna.weber ip=10.0.0.1', ['anna.weber']],
    ['a JSON user name', '{"username":"marie.dupont","role":"admin"}', ['marie.dupont']],
    ['a mention', '@jonas_schmidt please review', ['jonas_schmidt']],
    ['a Windows path', 'C:\\Users\\anna.weber\\Documents\\cv.docx', ['anna.weber']],
    ['a profile URL', 'https://www.linkedin.com/in/anna-weber-123/', ['anna-weber-123']],
    // Inside a longer file or key name, as exports and storage keys name people
    ['a file name', 'contract_munca_elena_dumitru.pdf', ['elena_dumitru']],
    [
      'surname first inside a file name (rt13-36 in lower case)',
      '/mnt/befunde/2024/10/3719140681_gruber_stefanie_mrt_knie.pdf',
      ['gruber_stefanie'],
    ],
    [
      'surname first inside a snake-case key',
      'cazier_judiciar_stanciu_marius_condamnare_2019_furt.pdf',
      ['stanciu_marius'],
    ],
    [
      'a Hungarian slug, surname first (rt13-153)',
      'https://lelekforum.hu/felhasznalo/nagy-bence-debrecen/posztok',
      ['nagy-bence'],
    ],
    ['surname first, standing alone', 'owner: dupuis_margaux', ['dupuis_margaux']],
    // A first name that is also a brand is still one
    ['a first name that is also a brand', 'login: claude.dupont', ['claude.dupont']],
    ['a first name that is also a car make', 'user alexa_schmidt logged in', ['alexa_schmidt']],
    [
      'a longer surname before a first name that is also a word (rt18-29)',
      'personal/rehab/rehabplan_nyberg_anders_alkohol.pdf',
      ['nyberg_anders'],
    ],
  ])('finds a handle made of a name: %s', (_case, text, names) => {
    expect(foundIn(personNameRecognizer, text)).toEqual(names);
  });

  it.each([
    ['file names and identifiers', 'see index.html, max_value and e-mail settings'],
    ['a first name with a file extension', 'open anna.txt'],
    ['a longer dotted name', 'restore jonas.schmidt.backup'],
    ['a capitalised first part', 'Anna.weber'],
    ['words of a schema inside a key', 'user_first_name_max_length'],
    ['a first name then a word inside a key', 'set anna_config_value to 3'],
    ['a dotted name inside a longer dotted one', 'load jonas.schmidt.backup.tar'],
    // Surname first only with four letters each: 'kai' is Greek "and"
    ['a short first name after a surname', 'sto_konstantinou_kai_elenis'],
    ['a car make and its maker', 'fleet: mercedes-benz sprinter 316'],
  ])('finds no handle in %s', (_case, text) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([]);
  });

  // Labels of several given names or surnames, in the key forms of YAML (CITATION.cff), JSON,
  // TOML and XML attributes, with the value quoted or not.
  it.each([
    ['CITATION.cff given names', '  - given-names: "Liesbeth"', ['Liesbeth']],
    ['CITATION.cff family names', '  - family-names: "Vanderveken"', ['Vanderveken']],
    [
      'a CFF author',
      'authors:\n  - family-names: Kallio\n    given-names: Antti',
      ['Kallio', 'Antti'],
    ],
    [
      'JSON keys in camel case',
      '{"givenNames": "Liesbeth", "familyNames": "Kallio"}',
      ['Liesbeth', 'Kallio'],
    ],
    ['TOML keys', 'first_names = "Anna Maria"\nlast_names = "Weber"', ['Anna Maria', 'Weber']],
    [
      'an XML attribute',
      '<author given-names="Liesbeth" surnames="Kallio"/>',
      ['Liesbeth', 'Kallio'],
    ],
    ['a German field', 'Vornamen: Liesbeth', ['Liesbeth']],
    ['a French field', 'Prénoms : Liesbeth', ['Liesbeth']],
    ['a Dutch field', 'Voornamen: Jeroen', ['Jeroen']],
    ['a Polish field', 'Nazwiska: Nowak', ['Nowak']],
  ])('finds a name after a plural name label: %s', (_case, text, names) => {
    expect(foundIn(personNameRecognizer, text)).toEqual(names);
  });

  it.each([
    ['a sentence about first names', 'The first names are listed below.'],
    ['a schema type', 'given-names: string\nfamily-names: string'],
    ['an empty list', 'surnames: []'],
    ['a null value', 'last_names: null'],
    ['a placeholder', 'given-names: "<your name>"'],
  ])('finds no name after a plural name label in %s', (_case, text) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([]);
  });

  // A first- or last-name label as the last words of a key's name: the key still names a person.
  it.each([
    ['a shop export', '{"billing_first_name":"Liesbeth","order_id":5}', ['Liesbeth']],
    ['a shipping surname', '{"shipping_last_name": "Vanderveken"}', ['Vanderveken']],
    ['a YAML key', 'customer_surname: Vanderveken', ['Vanderveken']],
    ['an XML attribute', '<guest contact_given_name="Liesbeth"/>', ['Liesbeth']],
  ])('finds a name after a key ending in a name label: %s', (_case, text, names) => {
    expect(foundIn(personNameRecognizer, text)).toEqual(names);
  });

  it.each([
    ["a company's name", '{"company_name": "Morgan"}'],
    ["a file's name", 'file_name: "Jordan"'],
    ["a form's hint after the label", 'first_name_hint: "Enter your first name"'],
    ["a form's label after the label", '{"lastname_label": "Nachname"}'],
    ['a flag', 'is_first_name_required: true'],
    ['a label glued to a word', 'myfirstname: Liesbeth'],
  ])('finds no name after %s', (_case, text) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([]);
  });

  it('finds first names in a list', () => {
    expect(
      foundIn(personNameRecognizer, 'Meeting notes: attendees Anna, Jonas and Carla.'),
    ).toEqual(['Anna', 'Jonas', 'Carla']);
  });

  it.each([
    [
      'CSV with ;',
      'vorname;nachname;abteilung\nAnna;Weber;Vertrieb\nJonas;Schmidt;Einkauf',
      ['Anna', 'Weber', 'Jonas', 'Schmidt'],
    ],
    [
      'CSV with , and snake_case labels',
      'id,first_name,last_name\n1,Anna,Weber',
      ['Anna', 'Weber'],
    ],
    ['TSV, surname column only', 'id\tnom de famille\tville\n1\tDupont\tLyon', ['Dupont']],
    ['quoted CSV with CRLF', '"Nachname";"Ort"\r\n"Lindner";"Köln"\r\n', ['Lindner']],
    ['a markdown table', '| Vorname | Rolle |\n|---|---|\n| Katrin | Admin |', ['Katrin']],
    ['a full-name column of known names', 'name,team\nAnna Weber,Sales', ['Anna Weber']],
  ])('finds names in a table column headed by a name label: %s', (_case, text, names) => {
    expect(foundIn(personNameRecognizer, text)).toEqual(names);
  });

  it.each([
    ['a product table', 'name;price\nWidget;3.99\nGarden Chair;49.00'],
    ['a header word inside a longer cell', 'vorname des kunden;x\nMonat;1'],
    ['rows after a blank line', 'vorname;nachname\n\nBericht;Quartal'],
    [
      'a label in prose, not a header',
      'Das Feld Vorname, Nachname und Ort ist Pflicht.\nBericht folgt.',
    ],
  ])('finds no name in %s', (_case, text) => {
    expect(foundIn(personNameRecognizer, text)).toEqual([]);
  });

  it.each([
    ['a company report', 'Nordwind Logistik GmbH reported revenue of EUR 4.2m for Q3.'],
    ['a heading of everyday words', 'Quarterly Report: Sales Growth in the Nordics'],
    ['a greeting to a team', 'Hi Team, the build is green again.'],
    ['a closing without a name', 'Viele Grüße\nIhr Kundenservice'],
    ['German nouns', 'Die Rechnung für den Monat Mai liegt der Buchhaltung vor.'],
    ['an HTML form label', '<label for="vorname">Vorname</label>'],
    ['a pair of capitalised words and a slash', 'LATENCY READ/WRITE MS 12'],
    ['a voice assistant as a subject', 'Alexa is a voice assistant.'],
    ['a car brand as a subject', 'Mercedes hat ein neues Modell vorgestellt.'],
    ['an AI model as a subject', 'Claude is an AI assistant.'],
    ['a city as a subject', 'Paris is the capital of France.'],
    ['cities after prepositions', 'Flights to Paris and a visit a Roma e Firenze.'],
    ['months after prepositions', 'From April to June the office is closed.'],
    ['products after prepositions', 'Das Update für Android ist da, kompatibel mit Windows.'],
    ['a brand list', 'Powered by Nova and Claude.'],
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

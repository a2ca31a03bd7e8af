import { findPersonNames } from '../../../../shared/pii/lexicon/person-names.js';

const names = (text: string): string[] =>
  findPersonNames(text).map((name) => `${text.slice(name.start, name.end)} (${name.cue})`);

// Names of the Hungarian, Baltic and Central European languages: the married '-né', the surname
// first, Lithuanian and Latvian surnames told by their endings, declined Latvian surnames, and
// the owner fields of a photo's or document's metadata.
describe('findPersonNames in Hungarian, Baltic and Central European forms', () => {
  it.each([
    // Hungarian: the married name, then her own name (maiden surname and given name)
    [
      'HU, -né then maiden name',
      'Értékelés – Kovácsné Szabó Edina (csoportvezető)',
      'Kovácsné Szabó Edina (pair)',
    ],
    [
      'HU, -né then maiden surname and a known given name',
      'Levél Kovácsné Szabó Katalin részére',
      'Kovácsné Szabó Katalin (pair)',
    ],
    [
      'HU, surname then -né of the husband',
      'Az ügyfél Kovács Jánosné volt',
      'Kovács Jánosné (pair)',
    ],
    ['HU, husband name that is an English word', 'Nagy Péterné telefonált', 'Nagy Péterné (pair)'],
    // The married name alone names her ("according to Mrs Kovács"), not the lower-case word after
    // it: a surname in a case that says a person is spoken of (the twenty-second session).
    ['HU, -né then a lower-case word', 'Kovácsné szerint rendben', 'Kovácsné (subject)'],
    [
      'HU, surname first, given name faker lacks',
      'A vezető Szabó Edina lett',
      'Szabó Edina (pair)',
    ],
    [
      'HU, surname first, Anikó',
      'Kérdezd meg Fekete Anikót vagy Fekete Anikó titkárát',
      'Fekete Anikó (pair)',
    ],
    // Latvian dative of a feminine surname in '-a' after a dative first name
    [
      'LV, dative pair',
      'sagatavo dokumentus Kristīnei Liepiņai – atvaļinājums',
      'Kristīnei Liepiņai (pair)',
    ],
    ['LV, dative pair in -e', 'nosūti Ilzei Ozoliņai rēķinu', 'Ilzei Ozoliņai (pair)'],
    // Lithuanian: first names faker lacks, surnames told by the daughter's endings
    ['LT, -iūtė', 'Dokumentus pasirašė Dovilė Stankevičiūtė vakar', 'Dovilė Stankevičiūtė (pair)'],
    ['LT, -utė', 'Susitikimas su Ieva Rimkutė rytoj', 'Ieva Rimkutė (pair)'],
    ['LT, -ytė', 'Atsakinga Ugnė Petraitytė', 'Ugnė Petraitytė (pair)'],
    // ... and in the dative, after a first name in the dative ('perduokite', "pass on to", is a
    // cue of its own since the twenty-fifth session)
    [
      'LT, dative -ienei',
      'Perduokite Rasai Kazlauskienei dokumentus',
      'Rasai Kazlauskienei (title)',
    ],
    [
      'LT, dative -ienei, no cue before',
      'Rasai Kazlauskienei perdaviau dokumentus',
      'Rasai Kazlauskienei (pair)',
    ],
    ['LT, dative -aitei', 'Išsiųskite Gretai Jankauskaitei sutartį', 'Gretai Jankauskaitei (pair)'],
    // EXIF, XMP and IPTC owner fields, padded as exiftool prints them
    [
      'EXIF Artist',
      'Make           : Google\nArtist         : Dovilė Stankevičiūtė\n',
      'Dovilė Stankevičiūtė (label)',
    ],
    [
      'EXIF Camera Owner Name',
      'Camera Owner Name               : Rūta Butkutė\n',
      'Rūta Butkutė (label)',
    ],
    ['XPAuthor in JSON', '{"XPAuthor": "Ona Kazlauskienė"}', 'Ona Kazlauskienė (label)'],
    ['IPTC By-line', 'By-line: Anna Weber', 'Anna Weber (label)'],
    ['Author', 'Author: Jan Kowalski <jan@mailbox.org>', 'Jan Kowalski (label)'],
  ])('finds %s', (_case, text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    // Czech and Slovak adjectives in '-né' (a first name's stem: 'Rod'), '-né' unaccented
    ['CS, Rodné číslo after a surname', 'Novák Rodné číslo 855124/1237'],
    ['CS, Rodné číslo', 'Rodné číslo: 855124/1237'],
    ['HU, -ne without its accent', 'Kovacsne Edina'],
    // Words in '-ai' that are no declined surname
    ['EN, places in -ai', 'Flights Shanghai Dubai Mumbai'],
    // Words that end like Lithuanian surnames once folded
    ['EN, -ute and -yte', 'Absolute Minute Gigabyte Attribute'],
    // Metadata fields that hold a program or a firm
    ['Creator: a program', 'Creator: Microsoft Word 2016'],
    ['Author: a foundation', 'Author: Apache Software Foundation'],
    ['Artist: a band', 'Artist: Daft Punk'],
  ])('finds no name: %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

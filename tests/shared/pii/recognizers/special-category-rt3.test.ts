import { criminalDataRecognizer } from '../../../../shared/pii/recognizers/criminal-data.js';
import { specialCategoryRecognizer } from '../../../../shared/pii/recognizers/special-category.js';

// Art. 9/10 misses of a third red-team set (invented people): a first name alone as the subject,
// a qualifier between it and the term.
const found = (text: string): string[] =>
  specialCategoryRecognizer
    .find(text)
    .map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

describe('special-category terms of the third red-team set', () => {
  it.each([
    [
      'SV, a first name and a class',
      'Till alla: Elin i 2B har diabetes typ 1.',
      'HEALTH_DATA:diabetes',
    ],
    ['EL, article and first name', 'Ο Νίκος έχει καρκίνο.', 'HEALTH_DATA:καρκίνο'],
    [
      'EL, a first name and a department',
      'Παιδιά, ο Νίκος από το λογιστήριο κάνει χημειοθεραπείες κάθε Τρίτη.',
      'HEALTH_DATA:χημειοθεραπείες',
    ],
    [
      'ET, a name the gazetteer lacks, "on"',
      'Kati on rase ja läheb puhkusele.',
      'HEALTH_DATA:rase',
    ],
    ['RO, a first name from sales', 'Ioana de la vânzări are diabet.', 'HEALTH_DATA:diabet'],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['EN, a pronoun and a verb', 'Smoking is cancer-causing.'],
    ['EN, "this is"', 'This is diabetes.'],
    ['SV, a general statement', 'Diabetes typ 1 är vanligt hos barn.'],
    ['SV, a statistic', 'Statistik: 12 % har diabetes typ 1.'],
    ['PT, a greeting that is a name', 'Olá, o curso trata da diabetes.'],
    // ('Thomas, the course covers diabetes.' was here: a first name opening the text before a
    // comma is read as the one addressed since the forty-eighth session, and the term near them
    // as after a greeting, "Hi Thomas, the course covers diabetes"; the payload was personal by
    // the name either way.)
    ['EN, a name called in the text', 'As Thomas, the course covers diabetes.'],
    ['LV, "ar" is no verb', 'Saskaņā ar arodbiedrību likumu darba devējam ir pienākums.'],
    ['EN, "on" in a heading', 'Focus on pregnancy.'],
    ['ES, a heading with a name', 'Toma de medicamentos en ancianos.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    [
      'RO, a colleague after a comma',
      'Între noi, Cristi de la vânzări votează cu AUR.',
      'POLITICAL_OPINION:votează cu AUR',
    ],
    ['RO, a first name, membership', 'Ioana e membru PSD.', 'POLITICAL_OPINION:membru PSD'],
    [
      'EN, a party after "votes for"',
      'Anna votes for Labour.',
      'POLITICAL_OPINION:votes for Labour',
    ],
    [
      'PL, "głosuje na"',
      'Katarzyna głosuje na Konfederację.',
      'POLITICAL_OPINION:głosuje na Konfederację',
    ],
    ['PT, "vota em"', 'A Joana vota em Chega.', 'POLITICAL_OPINION:vota em Chega'],
    ['HU, "szavaz a"', 'Anna szavaz a Tisza Pártra.', 'POLITICAL_OPINION:szavaz a Tisza'],
    ['CS, "volí"', 'Jana volí ANO.', 'POLITICAL_OPINION:volí ANO'],
    [
      'HU, a party activist',
      'Korábban a Mi Hazánk aktivistája volt.',
      'POLITICAL_OPINION:Mi Hazánk',
    ],
  ])('finds a party in %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['EN, a proposal', 'Anna votes for the proposal.'],
    ['EN, a party as a celebration', 'Anna voted for the party venue on Friday.'],
    ['EN, a board', 'Ioana is a member of the board.'],
    ['EN, a statistic opening the sentence', 'Everyone votes for Labour.'],
    ['RO, a proposal', 'Ioana votează pentru propunere.'],
  ])('finds no party in %s', (_case, text) => {
    expect(found(text).filter((f) => f.startsWith('POLITICAL'))).toEqual([]);
  });

  const foundAll = (text: string): string[] =>
    [...specialCategoryRecognizer.find(text), ...criminalDataRecognizer.find(text)].map(
      (finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`,
    );

  it.each([
    [
      'HU, reduced work capacity',
      'Katalin megváltozott munkaképességű munkavállaló.',
      'HEALTH_DATA:megváltozott munkaképességű',
    ],
    [
      'LT, a prison sentence',
      'Jonas gavo laisvės atėmimo bausmę.',
      'CRIMINAL_DATA:laisvės atėmimo bausmę',
    ],
    ['NL, an ankle tag', 'Petra draagt een enkelband sinds maart.', 'CRIMINAL_DATA:enkelband'],
    [
      'DE, gender reassignment surgery',
      'Lena hatte eine geschlechtsangleichende OP.',
      'HEALTH_DATA:geschlechtsangleichende OP',
    ],
    ['CS, blind', 'Jana je nevidomá.', 'HEALTH_DATA:nevidomá'],
    [
      'BG, the candidate, Turkish origin',
      'Бележка: кандидатката А. М. е от турски произход.',
      'ETHNIC_ORIGIN:турски произход',
    ],
    [
      'BG, the candidate, a Muslim',
      'Бележка: кандидатката е мюсюлманка.',
      'RELIGIOUS_BELIEF:мюсюлманка',
    ],
    ['EN, AA meetings', 'Tom goes to AA meetings on Tuesdays.', 'HEALTH_DATA:AA meetings'],
    [
      'EN, a probation officer',
      'Tom has to see his probation officer.',
      'CRIMINAL_DATA:probation officer',
    ],
  ])('finds the term in %s', (_case, text, expected) => {
    expect(foundAll(text)).toContain(expected);
  });

  it.each([
    ['EN, batteries', 'Tom bought AA batteries for the remote.'],
    ['EN, a probation period', 'Tom is in the probation period of a new job.'],
    ['DE, Probezeit', 'Tom hat noch Probezeit bis März.'],
    ['NL, debt restructuring (not Art. 9)', 'Petra zit in de schuldsanering.'],
    ['BG, a share of the population', 'Около 8% от населението е от турски произход.'],
    ['CS, a statistic', 'V Česku žije asi 12 000 nevidomých lidí podle statistiky.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(foundAll(text)).toEqual([]);
  });
});

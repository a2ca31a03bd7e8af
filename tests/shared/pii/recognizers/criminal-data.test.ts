import { criminalDataRecognizer } from '../../../../shared/pii/recognizers/criminal-data.js';
import { foundIn } from '../helpers.js';

describe('criminalDataRecognizer', () => {
  it.each([
    ['EN', 'He was convicted of fraud in 2019.', 'convicted'],
    ['DE', 'Der Bewerber Jonas Krüger ist vorbestraft.', 'vorbestraft'],
    ['FR', 'Il a été condamné à six mois avec sursis.', 'condamné'],
    ['ES', 'Mi primo tiene antecedentes penales.', 'antecedentes penales'],
    ['IT', 'Mio fratello è stato condannato per truffa.', 'condannato'],
    ['NL', 'Hij heeft een strafblad.', 'strafblad'],
    ['PL', 'Nasz pracownik był karany za kradzież.', 'karany'],
    ['PT', 'O meu cunhado foi condenado a pena suspensa.', 'condenado'],
    ['SV', 'Han dömdes till fängelse 2020.', 'dömdes'],
    ['DE, er sitzt', 'Er sitzt wegen Körperverletzung in Haft.', 'in Haft'],
    ['ES, él estuvo', 'Él estuvo en prisión por robo.', 'en prisión'],
    ['NL, zijn vader', 'Zijn vader zit in de gevangenis.', 'in de gevangenis'],
    ['FR, il a', 'Il a un casier judiciaire pour vol.', 'casier judiciaire'],
    [
      'FR, pre-trial detention',
      'Mon cousin est en détention provisoire.',
      'en détention provisoire',
    ],
    [
      'DE, "zu" is no topic',
      'Der Mitarbeiter wurde zu einer Bewährungsstrafe verurteilt.',
      'Bewährungsstrafe',
    ],
    ['PT, ele', 'Ele foi condenado a pena suspensa.', 'condenado'],
    ['SV, an uncle', 'Min farbror har suttit i fängelse.', 'fängelse'],
    [
      'EN, our candidate',
      'Our candidate disclosed a criminal record for theft.',
      'criminal record',
    ],
    // Informal and abbreviated
    ['EN, a DUI', 'I got a DUI last year.', 'DUI'],
    ['EN, did time', 'My brother did time for burglary.', 'did time'],
    ['DE, slang', 'Mein Mann sitzt im Knast.', 'im Knast'],
    ['IT, prison', 'Sono stato in prigione per due anni.', 'in prigione'],
    ['NL, slang', 'Mijn vriend zit in de bak.', 'in de bak'],
    ['NL, picked up', 'Ze is opgepakt door de politie.', 'opgepakt'],
    ['SV, served time', 'Han har suttit inne.', 'suttit inne'],
    ['DE, remand', 'Er sitzt in U-Haft.', 'U-Haft'],
    ['FR, served time', 'Il a fait de la prison.', 'de la prison'],
    ['ES, in jail', 'Está en la cárcel.', 'en la cárcel'],
    ['ES, arrested him', 'Lo detuvieron ayer.', 'detuvieron'],
    ['IT, in jail', 'È in carcere.', 'in carcere'],
    ['IT, arrested him', "L'hanno arrestato ieri.", 'arrestato'],
    ['PL, detained', 'Został zatrzymany przez policję.', 'zatrzymany przez policję'],
    ['PT, in jail', 'Está preso.', 'preso'],
  ])('finds %s criminal data about a person', (_lang, text, term) => {
    expect(foundIn(criminalDataRecognizer, text)[0]).toBe(term);
  });

  it.each([
    ['EN', 'Prison population statistics for 2023 show a slight rise.'],
    ['FR', 'Quelles sont les peines prévues pour un délit de fuite ?'],
    ['PL', 'Jakie są kary za jazdę po pijanemu w Polsce?'],
    ['FR', 'Le nombre de détenus en détention provisoire atteint un record.'],
    ['EN', 'What are the penalties for a DUI in California?'],
    ['DE', 'Wie lange darf man im Knast telefonieren?'],
    ['PL', 'Pociąg został zatrzymany na stacji.'],
    ['ES', 'Ayer detuvieron a tres sospechosos en Madrid.'],
  ])('finds nothing in a %s question about the law', (_lang, text) => {
    expect(foundIn(criminalDataRecognizer, text)).toEqual([]);
  });

  it('uses its own recognizer name and category', () => {
    const [finding] = criminalDataRecognizer.find('She was arrested yesterday.');

    expect(finding).toMatchObject({
      type: 'CRIMINAL_DATA',
      category: 'criminal',
      recognizer: 'criminal',
    });
  });
});

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
    ['DE, the holder', 'Gegen den Inhaber läuft ein Ermittlungsverfahren.', 'Ermittlungsverfahren'],
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

  // Red-team gaps (fictional people): Danish, Norwegian and Swedish sentences and convictions,
  // the Polish criminal register ('KRK') and drink-driving, Finnish sentences, the Greek perfect
  // and present, Czech custody; the person by a role, a pronoun or an object pronoun.
  it.each([
    ['DA, a sentence for', 'Hun fik en dom for bedrageri.', 'en dom for'],
    ['DA, convicted', 'Han er domfældt for bedrageri.', 'domfældt'],
    ['DA, serving', 'Medarbejderen afsoner en dom for narkokriminalitet.', 'afsoner'],
    ['DA, released', 'Han blev løsladt i sidste uge.', 'løsladt'],
    ['DA, sentenced to', 'Han blev idømt en bøde.', 'idømt'],
    ['NO, got a sentence', 'Han fikk dom for fyllekjøring.', 'fikk dom'],
    ['NO, convicted', 'Hun er domfelt for underslag.', 'domfelt'],
    ['NO, served', 'Han har sonet en dom.', 'sonet en dom'],
    ['SV, perfect', 'Hon har dömts för bedrägeri.', 'dömts'],
    ['SV, found guilty', 'Han fälldes för misshandel.', 'fälldes för'],
    ['SV, arrested', 'Han greps i går.', 'greps'],
    ['SV, serving', 'Hon avtjänar ett straff.', 'avtjänar'],
    ['SV, "honom" before the term', 'Domstolen dömde honom till fängelse.', 'fängelse'],
    ['FI, a suspended sentence', 'Hän sai ehdollisen tuomion.', 'tuomion'],
    ['FI, "hänet"', 'Hänet tuomittiin vankeuteen.', 'tuomittiin'],
    ['FI, drink-driving', 'Hän jäi kiinni rattijuopumuksesta.', 'rattijuopumuksesta'],
    ['PL, the register', 'Kandydat ma w KRK wpis za jazdę pod wpływem alkoholu.', 'w KRK wpis'],
    ['PL, listed in the register', 'Pracownik figuruje w KRK.', 'figuruje w KRK'],
    [
      'PL, the register in full',
      'Kandydat ma wpis w Krajowym Rejestrze Karnym.',
      'Krajowym Rejestrze Karnym',
    ],
    [
      'PL, drink-driving',
      'Pracownik stracił prawo jazdy za jazdę pod wpływem alkoholu.',
      'jazdę pod wpływem',
    ],
    ['PL, serving', 'Mój brat odsiaduje wyrok.', 'odsiaduje'],
    ['CS, in custody', 'Pacient je ve vazbě.', 've vazbě'],
    ['EL, the perfect', 'Ο υπάλληλος έχει καταδικαστεί για απάτη.', 'καταδικαστεί'],
    ['EL, accused', 'Ο υπάλληλος κατηγορείται για κλοπή.', 'κατηγορείται'],
    ['EL, imprisoned', 'Η υπάλληλος φυλακίστηκε το 2019.', 'φυλακίστηκε'],
    ['EL, arrested', 'Ο υποψήφιος έχει συλληφθεί.', 'συλληφθεί'],
    ['EN, "him" after the term', 'The police arrested him on Friday.', 'arrested'],
  ])('finds %s', (_lang, text, term) => {
    expect(foundIn(criminalDataRecognizer, text)[0]).toBe(term);
  });

  it.each([
    ['DA, the law', 'Hvad er straffen for bedrageri i Danmark?'],
    ['DA, a ruling', 'Dommen for bedrageri blev skærpet i 2020.'],
    ['SV, "dom" as "them"', 'Han tackade dom för hjälpen.'],
    ['SV, sons', 'Han har två söner.'],
    ['PL, Kraków airport', 'Jestem w KRK od rana.'],
    ['PL, a flight', 'Lot do KRK jest opóźniony.'],
    ['PL, the law', 'Jazda pod wpływem alkoholu jest przestępstwem.'],
    ['FI, a ruling', 'Tuomion perustelut julkaistaan huomenna.'],
    ['FI, a judge', 'Hän on tuomari.'],
    ['EL, a scam warning', 'Η απάτη με SMS αυξάνεται.'],
    ['EL, the law', 'Η ποινή για απάτη είναι αυστηρή.'],
    ['EN, asked about the law', 'We asked him about the DUI laws.'],
  ])('finds nothing in %s', (_lang, text) => {
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

import { specialCategoryRecognizer } from '../../../../shared/pii/recognizers/special-category.js';

const found = (text: string): string[] =>
  specialCategoryRecognizer
    .find(text)
    .map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

describe('specialCategoryRecognizer', () => {
  it.each([
    [
      'EN health, first person',
      'I have type 2 diabetes and take metformin.',
      ['HEALTH_DATA:diabetes', 'HEALTH_DATA:metformin'],
    ],
    ['DE health, first person', 'Ich leide seit Jahren an Migräne.', ['HEALTH_DATA:Migräne']],
    ['FR health, first person', "J'ai un cancer du sein.", ['HEALTH_DATA:cancer']],
    ['ES health, a relative', 'Mi hijo tiene autismo.', ['HEALTH_DATA:autismo']],
    ['IT health, first person', 'Ho il diabete da dieci anni.', ['HEALTH_DATA:diabete']],
    ['NL health, first person', 'Ik ben zwanger van ons tweede kind.', ['HEALTH_DATA:zwanger']],
    ['PL health, first person', 'Mam cukrzycę typu 2.', ['HEALTH_DATA:cukrzycę']],
    ['PT health, first person', 'Tenho asma desde criança.', ['HEALTH_DATA:asma']],
    ['SV health, first person', 'Jag har diabetes.', ['HEALTH_DATA:diabetes']],
    ['health of a named person', 'Anna Weber wurde gestern operiert.', ['HEALTH_DATA:operiert']],
    [
      'DE health in the genitive, a relative',
      'Mein Mann ist seit gestern wegen eines Herzinfarkts im Krankenhaus.',
      ['HEALTH_DATA:Herzinfarkts', 'HEALTH_DATA:Krankenhaus'],
    ],
    [
      'DE health of a colleague',
      'Der Kollege aus der Buchhaltung ist HIV-positiv.',
      ['HEALTH_DATA:HIV'],
    ],
    ['IT health of a husband', 'Mio marito è in cura per un tumore.', ['HEALTH_DATA:tumore']],
    ['IT orientation, first person', 'Sono omosessuale.', ['SEX_LIFE_OR_ORIENTATION:omosessuale']],
    ['NL union, a colleague', 'Mijn collega is lid van de FNV.', ['TRADE_UNION_MEMBERSHIP:FNV']],
    [
      'DE union, a colleague',
      'Mein Kollege ist in der IG Metall.',
      ['TRADE_UNION_MEMBERSHIP:IG Metall'],
    ],
    [
      'ES union, a colleague',
      'Mi compañero está afiliado a CCOO.',
      ['TRADE_UNION_MEMBERSHIP:CCOO'],
    ],
    [
      'IT union, a colleague',
      'Il mio collega è iscritto alla CGIL.',
      ['TRADE_UNION_MEMBERSHIP:CGIL'],
    ],
    ['SV union, a colleague', 'Min kollega är med i facket.', ['TRADE_UNION_MEMBERSHIP:facket']],
    [
      'EN union by name',
      'She is a member of Unite the Union.',
      ['TRADE_UNION_MEMBERSHIP:Unite the Union'],
    ],
    ['religion', 'I am a practising Catholic.', ['RELIGIOUS_BELIEF:Catholic']],
    [
      'ethnic origin',
      'Er hat einen Migrationshintergrund.',
      ['ETHNIC_ORIGIN:Migrationshintergrund'],
    ],
    ['political opinion', 'Er ist Mitglied der SPD.', ['POLITICAL_OPINION:SPD']],
    [
      'union membership',
      'Je suis syndiquée à la CGT.',
      ['TRADE_UNION_MEMBERSHIP:syndiquée', 'TRADE_UNION_MEMBERSHIP:CGT'],
    ],
    ['sexual orientation', 'He is gay and lives in Lyon.', ['SEX_LIFE_OR_ORIENTATION:gay']],
    [
      'genetic data',
      'Mijn genetische test toonde een BRCA-mutatie.',
      ['GENETIC_DATA:genetische test'],
    ],
    ['biometric data', 'Mi huella dactilar no abre la puerta.', ['BIOMETRIC_DATA:huella dactilar']],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // How people write it in prompts, HR notes and doctor letters (fictional people): medication
  // names, abbreviations, compounds, inflected forms, religious practice, strikes.
  it.each([
    ['EN, COPD', 'My husband has COPD and uses an inhaler twice a day.', 'HEALTH_DATA:COPD'],
    ['EN, a medication', "She's been on Ozempic since March.", 'HEALTH_DATA:Ozempic'],
    ['EN, a hijab', 'She wears a hijab at work.', 'RELIGIOUS_BELIEF:hijab'],
    [
      'EN, a strike',
      'He took part in the strike organised by Unison.',
      'TRADE_UNION_MEMBERSHIP:in the strike',
    ],
    ['EN, Roma origin', 'The patient is of Roma origin.', 'ETHNIC_ORIGIN:of Roma origin'],
    ['DE, a compound', 'Er hatte einen Bandscheibenvorfall.', 'HEALTH_DATA:Bandscheibenvorfall'],
    [
      "DE, a Jehovah's Witness",
      'Mein Schwager ist Zeuge Jehovas.',
      'RELIGIOUS_BELIEF:Zeuge Jehovas',
    ],
    ['DE, church', 'Meine Oma geht jeden Sonntag in die Kirche.', 'RELIGIOUS_BELIEF:in die Kirche'],
    ['DE, a strike', 'Er hat beim Warnstreik mitgemacht.', 'TRADE_UNION_MEMBERSHIP:Warnstreik'],
    ['FR, mass', 'Mon père va à la messe tous les dimanches.', 'RELIGIOUS_BELIEF:à la messe'],
    ['FR, the veil', 'Elle porte le voile.', 'RELIGIOUS_BELIEF:le voile'],
    ['ES, an operation', 'A mi suegra la operaron de la cadera.', 'HEALTH_DATA:operaron'],
    ['ES, a vote', 'Mi padre votó al PP toda su vida.', 'POLITICAL_OPINION:votó al'],
    [
      'ES, a union',
      'Está afiliada a Comisiones Obreras.',
      'TRADE_UNION_MEMBERSHIP:Comisiones Obreras',
    ],
    ['IT, a medication', 'Prendo la metformina due volte al giorno.', 'HEALTH_DATA:metformina'],
    ['IT, mass', 'Mia nonna va a messa ogni domenica.', 'RELIGIOUS_BELIEF:a messa'],
    ['IT, a strike', 'Il mio collega ha scioperato venerdì.', 'TRADE_UNION_MEMBERSHIP:scioperato'],
    ['NL, a compound', 'Mijn vader is suikerpatiënt.', 'HEALTH_DATA:suikerpatiënt'],
    ['NL, a headscarf', 'Zij draagt een hoofddoek.', 'RELIGIOUS_BELIEF:hoofddoek'],
    ['NL, church', 'Mijn oma gaat elke zondag naar de kerk.', 'RELIGIOUS_BELIEF:naar de kerk'],
    [
      'NL, an origin',
      'De sollicitant heeft een Marokkaanse achtergrond.',
      'ETHNIC_ORIGIN:Marokkaanse achtergrond',
    ],
    [
      'NL, a genetic test',
      'Mijn tante liet een erfelijkheidsonderzoek doen.',
      'GENETIC_DATA:erfelijkheidsonderzoek',
    ],
    ['PL, a miscarriage', 'Moja żona poroniła w marcu.', 'HEALTH_DATA:poroniła'],
    ['PL, inflected', 'Mój sąsiad jest Świadkiem Jehowy.', 'RELIGIOUS_BELIEF:Świadkiem Jehowy'],
    ['PL, a hijab', 'Ona nosi hidżab.', 'RELIGIOUS_BELIEF:hidżab'],
    ['PL, a vote', 'Głosowałem na Konfederację.', 'POLITICAL_OPINION:Konfederację'],
    [
      'PL, a union',
      'Jest członkiem związku zawodowego.',
      'TRADE_UNION_MEMBERSHIP:związku zawodowego',
    ],
    ['PT, dialysis', 'O paciente faz hemodiálise.', 'HEALTH_DATA:hemodiálise'],
    ['PT, the veil', 'Ela usa véu.', 'RELIGIOUS_BELIEF:véu'],
    ['SV, a veil', 'Hon bär slöja.', 'RELIGIOUS_BELIEF:slöja'],
    ['SV, church', 'Min mormor går i kyrkan varje söndag.', 'RELIGIOUS_BELIEF:går i kyrkan'],
    [
      'SV, a party',
      'Min svåger är medlem i Sverigedemokraterna.',
      'POLITICAL_OPINION:Sverigedemokraterna',
    ],
    ['SV, an applicant', 'Den sökande har romsk bakgrund.', 'ETHNIC_ORIGIN:romsk'],
    ['SV, a strike', 'Han strejkade i går.', 'TRADE_UNION_MEMBERSHIP:strejkade'],
  ])('finds %s said of a person', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['EN', 'Diabetes is a chronic disease that affects how the body turns food into energy.'],
    ['DE', 'Die Studie untersucht Depressionen bei Jugendlichen in Europa.'],
    ['FR', 'Le diabète touche 5 % de la population française.'],
    ['ES', 'El congreso sobre diabetes se celebra en Madrid.'],
    ['IT', 'Convegno su diabete e obesità a Roma.'],
    ['NL', 'Hoe werkt de vakbond in Nederland?'],
    ['PL', 'Cukrzyca typu 2 to choroba cywilizacyjna.'],
    ['PT', 'A asma afeta cerca de 10% das crianças.'],
    ['SV', 'Influensa sprids lättast under vintern.'],
    ['EN question', 'I have a question about diabetes prevention.'],
    ['EN generic pronouns', 'A patient with diabetes should check his or her blood sugar.'],
    ['a first name that is a religion word', 'Christian Weber leads the project.'],
    ['EN medication question', 'What are the side effects of metformin?'],
    ['EN Han dynasty', 'Buddhism spread in China under the Han dynasty.'],
    ['DE strike call', 'Verdi ruft für Donnerstag zum Warnstreik im Nahverkehr auf.'],
    ['FR strike call', 'La CGT appelle à une grève nationale jeudi.'],
    ['IT strike news', 'Lo sciopero dei treni è confermato per venerdì.'],
    ['NL IVF question', 'Hoe werkt IVF en wat kost het?'],
    ['PT statistics', 'A greve dos professores começa amanhã.'],
    ['SV church history', 'Judendomens historia i Sverige.'],
  ])('finds nothing in a %s topic with no individual', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  // Unions named by a word with another sense ('Kommunal' is Swedish for "municipal"): counted in
  // a membership phrase, with the name written with its capital.
  it.each([
    ['SV, Kommunal', 'Jag är medlem i Kommunal.', 'TRADE_UNION_MEMBERSHIP:medlem i Kommunal'],
    [
      'SV, with a name',
      'Anna Svensson är med i Kommunal sedan 2015.',
      'TRADE_UNION_MEMBERSHIP:med i Kommunal',
    ],
    [
      'SV, genitive',
      'Hon är Kommunals medlem sedan länge.',
      'TRADE_UNION_MEMBERSHIP:Kommunals medlem',
    ],
    [
      'SV, lower case at the end',
      'jag är medlem i kommunal.',
      'TRADE_UNION_MEMBERSHIP:medlem i kommunal',
    ],
    [
      'SV, a fee',
      'Jag betalar avgift till Kommunal.',
      'TRADE_UNION_MEMBERSHIP:avgift till Kommunal',
    ],
    ['SV, Unionen', 'Min kollega gick med i Unionen.', 'TRADE_UNION_MEMBERSHIP:gick med i Unionen'],
    ['SV, IF Metall', 'Jag gick med i IF Metall.', 'TRADE_UNION_MEMBERSHIP:IF Metall'],
    ['SV, LO', 'Han är medlem i LO.', 'TRADE_UNION_MEMBERSHIP:medlem i LO'],
    ['EN, Unite', "I'm a member of Unite.", 'TRADE_UNION_MEMBERSHIP:member of Unite'],
    ['EN, a name before member', 'I am a GMB member.', 'TRADE_UNION_MEMBERSHIP:GMB'],
    ['DE, GEW', 'Ich bin Mitglied der GEW.', 'TRADE_UNION_MEMBERSHIP:Mitglied der GEW'],
    ['DE, IG BCE', 'Ich bin Mitglied der IG BCE.', 'TRADE_UNION_MEMBERSHIP:IG BCE'],
    [
      'FR, SUD',
      "Je me suis syndiqué chez SUD l'an dernier.",
      'TRADE_UNION_MEMBERSHIP:syndiqué chez SUD',
    ],
    ['ES, USO', 'Soy afiliado a USO.', 'TRADE_UNION_MEMBERSHIP:afiliado a USO'],
    ['ES, joining', 'Me afilié a CCOO en 2019.', 'TRADE_UNION_MEMBERSHIP:CCOO'],
    ['IT, UGL', 'Mi sono iscritta alla UGL.', 'TRADE_UNION_MEMBERSHIP:iscritta alla UGL'],
    [
      'PL, Solidarność',
      'Jestem członkiem Solidarności.',
      'TRADE_UNION_MEMBERSHIP:członkiem Solidarności',
    ],
    ['PL, belonging', 'Należę do Solidarności.', 'TRADE_UNION_MEMBERSHIP:Należę do Solidarności'],
    ['PT, STAL', 'Sou sócio do STAL.', 'TRADE_UNION_MEMBERSHIP:sócio do STAL'],
  ])('finds a named union: %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['SV, municipal tax', 'Jag betalar kommunal skatt.'],
    ['SV, the municipal administration', 'Jag jobbar i den kommunala förvaltningen.'],
    ['SV, municipal management', 'Jag är med i kommunal regi.'],
    ['SV, a municipal board', 'Jag sitter med i kommunal nämnd.'],
    ['SV, the EU', 'Sverige är medlem i unionen sedan 1995, sa jag.'],
    ['SV, the union with no member', 'Kommunal har över 500 000 medlemmar.'],
    ['SV, a work field', 'Jag jobbar med i transport och logistik.'],
    ['EN, an economy', 'Our GDP grew by 2 %.'],
    ['EN, a verb', 'I will unite the teams.'],
    ['ES, a noun', 'Lo que yo quiero es el uso correcto.'],
    ['FR, a direction', 'Je suis membre du sud de la France.'],
  ])('finds no named union in %s', (_case, text) => {
    expect(found(text).filter((f) => f.startsWith('TRADE_UNION'))).toEqual([]);
  });

  it('reports who the term is said of, never the term', () => {
    const [finding] = specialCategoryRecognizer.find('She has asthma.');

    expect(finding).toEqual({
      type: 'HEALTH_DATA',
      category: 'health',
      start: 8,
      end: 14,
      score: 0.7,
      recognizer: 'special',
      detail: 'other',
    });
  });
});

import { classify } from '../../../../shared/pii/classify.js';
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
    ['PL, belonging', 'Należę do Solidarności.', 'TRADE_UNION_MEMBERSHIP:do Solidarności'],
    ['PT, STAL', 'Sou sócio do STAL.', 'TRADE_UNION_MEMBERSHIP:sócio do STAL'],
  ])('finds a named union: %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  // Pro-drop languages leave the subject out: the verb alone says who ("Padezco", "Padece").
  it.each([
    ['ES, suffer, first person', 'Sufro de depresión desde 2019.', 'HEALTH_DATA:depresión'],
    ['ES, need', 'Necesito insulina todos los días.', 'HEALTH_DATA:insulina'],
    ['ES, years with', 'Llevo años con depresión.', 'HEALTH_DATA:depresión'],
    ['ES, live with', 'Convivo con la esclerosis múltiple.', 'HEALTH_DATA:esclerosis múltiple'],
    ['ES, a wheelchair', 'Uso silla de ruedas desde el accidente.', 'HEALTH_DATA:silla de ruedas'],
    ['ES, a past infarct', 'Sufrí un infarto el año pasado.', 'HEALTH_DATA:infarto'],
    ['ES, mass', 'Voy a misa los domingos.', 'RELIGIOUS_BELIEF:a misa'],
    ['ES, third person', 'Padece esclerosis múltiple.', 'HEALTH_DATA:esclerosis múltiple'],
    ['ES, third person after a year', 'Desde 2019 sufre depresión.', 'HEALTH_DATA:depresión'],
    ['ES, third person, HIV', 'Vive con VIH.', 'HEALTH_DATA:VIH'],
    ['ES, operated', 'Fue operado ayer.', 'HEALTH_DATA:operado'],
    ['IT, take', 'Assumo antidepressivi da anni.', 'HEALTH_DATA:antidepressivi'],
    ['IT, chemo', 'Faccio la chemioterapia.', 'HEALTH_DATA:chemioterapia'],
    ['IT, fight', 'Lotto contro la depressione.', 'HEALTH_DATA:depressione'],
    ['IT, mass', 'Vado a messa ogni domenica.', 'RELIGIOUS_BELIEF:a messa'],
    ['IT, "sono" + singular', 'Sono diabetico da vent’anni.', 'HEALTH_DATA:diabetico'],
    ['IT, "sono" + feminine', 'Sono depressa da mesi.', 'HEALTH_DATA:depressa'],
    ['IT, third person', 'Soffre di epilessia.', 'HEALTH_DATA:epilessia'],
    ['IT, third person, has', 'Ha il diabete.', 'HEALTH_DATA:diabete'],
    ['IT, HIV-positive', 'Sono sieropositivo.', 'HEALTH_DATA:sieropositivo'],
    ['PT, fight', 'Luto contra o cancro.', 'HEALTH_DATA:cancro'],
    ['PT, a wheelchair', 'Uso cadeira de rodas.', 'HEALTH_DATA:cadeira de rodas'],
    ['PT, mass', 'Vou à missa todos os domingos.', 'RELIGIOUS_BELIEF:à missa'],
    ['PT, third person', 'Sofre de depressão.', 'HEALTH_DATA:depressão'],
    ['PT, third person, has', 'Tem diabetes.', 'HEALTH_DATA:diabetes'],
    ['PL, take', 'Przyjmuję insulinę od lat.', 'HEALTH_DATA:insulinę'],
    ['PL, struggle', 'Zmagam się z depresją.', 'HEALTH_DATA:depresją'],
    ['PL, fight', 'Walczę z rakiem.', 'HEALTH_DATA:rakiem'],
    ['PL, a past infarct', 'Przeszedłem zawał.', 'HEALTH_DATA:zawał'],
    ['PL, a surgery', 'Przeszłam operację kolana.', 'HEALTH_DATA:operację'],
    ['PL, church', 'Chodzę do kościoła co niedzielę.', 'RELIGIOUS_BELIEF:do kościoła'],
    ['PL, a diabetic', 'Jestem cukrzykiem.', 'HEALTH_DATA:cukrzykiem'],
    ['PL, third person', 'Cierpi na depresję.', 'HEALTH_DATA:depresję'],
    ['PL, third person after "od lat"', 'Od lat choruje na cukrzycę.', 'HEALTH_DATA:cukrzycę'],
    ['RO, third person', 'Suferă de diabet.', 'HEALTH_DATA:diabet'],
    ['CS, antidepressants', 'Beru antidepresiva.', 'HEALTH_DATA:antidepresiva'],
    ['SL, suffer', 'Bolehám za sladkorno boleznijo.', 'HEALTH_DATA:sladkorno'],
  ])('finds %s without a pronoun', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  // Informal writing: pet names for relatives, dropped pronouns, slang, plurals.
  it.each([
    ['EN, "hubby"', 'My hubby has type 1 diabetes.', 'HEALTH_DATA:diabetes'],
    ['EN, "my kid"', 'My kid was diagnosed with autism last spring.', 'HEALTH_DATA:autism'],
    ['EN, a union', "I'm a member of the GMB.", 'TRADE_UNION_MEMBERSHIP:GMB'],
    ['EN, in the union', "I'm in the union at work.", 'TRADE_UNION_MEMBERSHIP:in the union'],
    ['EN, a voter', "I'm a Labour voter.", 'POLITICAL_OPINION:Labour voter'],
    ['DE, no "ich"', 'Hab seit Jahren Depressionen.', 'HEALTH_DATA:Depressionen'],
    ['DE, no "ich", copula', 'Bin schwanger in der 12. Woche.', 'HEALTH_DATA:schwanger'],
    ['FR, "jsuis"', 'jsuis enceinte de 3 mois', 'HEALTH_DATA:enceinte'],
    ['FR, "il est" + a trait of a person', 'Il est séropositif.', 'HEALTH_DATA:séropositif'],
    ['FR, "mon mec"', 'Mon mec a une dépression.', 'HEALTH_DATA:dépression'],
    ['IT, "il mio ragazzo"', 'Il mio ragazzo soffre di ansia da anni.', 'HEALTH_DATA:ansia'],
    ['PL, "mój chłopak"', 'Mój chłopak ma depresję.', 'HEALTH_DATA:depresję'],
    ['SV, "min kille"', 'Min kille har diabetes.', 'HEALTH_DATA:diabetes'],
    ['SV, slang', 'Jag är bög.', 'SEX_LIFE_OR_ORIENTATION:bög'],
    ['EN, deaf', "I'm deaf.", 'HEALTH_DATA:deaf'],
    ['EN, on the spectrum', 'My son is on the spectrum.', 'HEALTH_DATA:on the spectrum'],
    ['DE, anorexic', 'Meine Tochter ist magersüchtig.', 'HEALTH_DATA:magersüchtig'],
    ['IT, an alcoholic', 'Mio padre è alcolizzato.', 'HEALTH_DATA:alcolizzato'],
    ['NL, sick benefit', 'Ik zit in de ziektewet.', 'HEALTH_DATA:in de ziektewet'],
    ['NL, burnt out', 'Ik ben overspannen.', 'HEALTH_DATA:overspannen'],
    ['ES, sick leave', 'Estoy de baja.', 'HEALTH_DATA:Estoy de baja'],
    ['PT, sick leave', 'Estou de baixa.', 'HEALTH_DATA:Estou de baixa'],
    ['PL, sick leave', 'Jestem na zwolnieniu.', 'HEALTH_DATA:Jestem na zwolnieniu'],
    ['PL, neurosis', 'Mam nerwicę.', 'HEALTH_DATA:nerwicę'],
    ['ES, "es" + a belief', 'Es musulmán.', 'RELIGIOUS_BELIEF:musulmán'],
    ['PL, "jest" + a belief', 'Jest muzułmaninem.', 'RELIGIOUS_BELIEF:muzułmaninem'],
    ['FR, a party', 'Je vote RN.', 'POLITICAL_OPINION:vote RN'],
    ['IT, a party', 'Voto Lega.', 'POLITICAL_OPINION:Voto Lega'],
    ['PT, a party', 'Voto no Chega.', 'POLITICAL_OPINION:Voto no'],
    ['PL, a union', 'Należę do Solidarności.', 'TRADE_UNION_MEMBERSHIP:do Solidarności'],
    ['EN, "T1D"', "I'm T1D since age 9.", 'HEALTH_DATA:T1D'],
    ['EN, "OCD"', 'My wife has OCD.', 'HEALTH_DATA:OCD'],
    ['DE, "PTBS"', 'Ich habe eine PTBS.', 'HEALTH_DATA:PTBS'],
    ['EN, "meds"', "I'm on meds for my back.", 'HEALTH_DATA:meds'],
    // One of the writer's people
    ['EN, "of mine"', 'A colleague of mine has cancer.', 'HEALTH_DATA:cancer'],
    ['EN, "our client"', 'Our client has HIV.', 'HEALTH_DATA:HIV'],
    ['EN, "team member"', 'My team member is on sick leave.', 'HEALTH_DATA:sick leave'],
    ['DE, "von uns"', 'Ein Mitarbeiter von uns ist schwanger.', 'HEALTH_DATA:schwanger'],
    ['DE, "eine Kollegin"', 'Eine Kollegin hat Krebs.', 'HEALTH_DATA:Krebs'],
    ['FR, "un de mes"', 'Un de mes employés a un cancer.', 'HEALTH_DATA:cancer'],
    ['NL, "van mij"', 'Een collega van mij heeft kanker.', 'HEALTH_DATA:kanker'],
  ])('finds %s', (_case, text, expected) => {
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

  it.each([
    ['EN, UK politics', 'The Tory government announced a new budget.'],
    ['EN, a US union', 'The Teamsters called a strike at UPS.'],
    ['DE, a statistic', 'Depressionen gehören zu den häufigsten Erkrankungen.'],
    ['FR, "il est" as "it is"', 'Il est important de dépister le diabète tôt.'],
    ['ES, "es" as "it is"', 'Es importante controlar la diabetes.'],
    ['ES, whoever is', 'Quien es diabético debe controlar su dieta.'],
    ['PL, "jest" as "it is"', 'Jest chorobą przewlekłą.'],
    ['EN, "a book of mine"', 'The book of mine on cancer research is out.'],
    ['EN, an abbreviation in a statistic', 'T2D prevalence rises in Europe.'],
    ['EN, barrels per day', 'The pipeline moves 500,000 bpd.'],
  ])('finds nothing in an informal near miss: %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['ES, a share of a population', 'Un 10% de la población padece diabetes.'],
    ['ES, whoever', 'Quien padece diabetes debe cuidar su dieta.'],
    ['ES, "if" to a reader', 'Si padece diabetes, consulte a su médico.'],
    ['ES, impersonal "se"', 'Se toma con agua, antes de las comidas.'],
    ['ES, a heading', 'Toma de medicamentos en ancianos.'],
    ['ES, "uso" as a noun', 'Uso de insulina en la práctica clínica.'],
    ['ES, a heading with a fight', 'Lucha contra el cáncer: nuevas terapias.'],
    ['ES, "lleva a" (leads to)', 'Lleva a la diabetes si no se trata.'],
    ['IT, whoever', 'Chi soffre di diabete deve controllare la glicemia.'],
    ['IT, "sono" as "they are"', 'Sono malattie croniche che richiedono cure continue.'],
    ['IT, "sono" before an article', "Le cause sono l'obesità e la sedentarietà."],
    ['IT, it has been shown', 'È stato dimostrato che il diabete aumenta il rischio.'],
    ['IT, a heading', 'Uso dei farmaci in gravidanza.'],
    ['IT, "prima" (before)', 'Prima della diagnosi, i sintomi possono essere lievi.'],
    ['IT, "ma" (but)', 'Ma la depressione è curabile.'],
    ['PT, whoever', 'Quem sofre de asma deve evitar o fumo.'],
    ['PT, a heading', 'Mal de Alzheimer: sintomas e tratamento.'],
    ['PL, many people', 'Wiele osób choruje na cukrzycę.'],
    ['PL, in Poland', 'W Polsce na cukrzycę choruje ok. 3 mln osób.'],
    ['PL, impersonal "się"', 'Stosuje się insulinę w leczeniu cukrzycy.'],
    ['PL, "chodzi o" (it is about)', 'Chodzi o cukrzycę typu 2.'],
    ['PL, "był to" (it was)', 'Był to pierwszy lek na depresję.'],
    ['PL, a population', 'Pacjenci z cukrzycą powinni regularnie mierzyć poziom cukru.'],
    ['ES, patients in general', 'La mitad de los pacientes sufre depresión.'],
    ['FR, "entre" (between)', 'Quelle est la différence entre un rhume et une grippe ?'],
    ['EN, "use" (not the Spanish "usé")', 'Patients who use insulin need training.'],
  ])('finds nothing in a pro-drop near miss: %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  // Red-team gaps (fictional people): Finnish parties and '-liitto' unions, a Roma person in the
  // Central European languages (the masculine 'Rom' only after "is": alone it is Rome, a room, rum).
  it.each([
    ['FI, a party', 'Hän on vasemmistoliiton jäsen.', ['POLITICAL_OPINION:vasemmistoliiton']],
    ['FI, a party supporter', 'Hän on perussuomalainen.', ['POLITICAL_OPINION:perussuomalainen']],
    ['FI, a union', 'Hän on Metalliliiton jäsen.', ['TRADE_UNION_MEMBERSHIP:Metalliliiton jäsen']],
    [
      'FI, joining a union',
      'Hän liittyi Tehyn jäseneksi.',
      ['TRADE_UNION_MEMBERSHIP:Tehyn jäseneksi'],
    ],
    ['CS, a Roma woman', 'Pacientka je Romka.', ['ETHNIC_ORIGIN:Romka']],
    ['CS, a Roma man', 'Pacient je Rom.', ['ETHNIC_ORIGIN:je Rom']],
    ['SK, a Roma woman', 'Zamestnankyňa je Rómka.', ['ETHNIC_ORIGIN:Rómka']],
    ['HR, a Roma woman', 'Pacijentica je Romkinja.', ['ETHNIC_ORIGIN:Romkinja']],
    ['RO, a Roma man', 'Angajatul este rrom.', ['ETHNIC_ORIGIN:rrom']],
    ['IS, "she says she is ill"', 'Hún segist vera veik.', ['HEALTH_DATA:veik']],
    ['IS, cancer', 'Hann er með krabbamein.', ['HEALTH_DATA:krabbamein']],
    // An operation on a part of the body, one compound; an Estonian cancer (red-team set 11)
    ['DA, a knee operation', 'Efter min knæoperation i foråret.', ['HEALTH_DATA:knæoperation']],
    ['DE, a hip operation', 'Nach meiner Hüftoperation.', ['HEALTH_DATA:Hüftoperation']],
    [
      'NL, a back operation',
      'Na mijn rugoperatie werk ik halve dagen.',
      ['HEALTH_DATA:rugoperatie'],
    ],
    ['ET, prostate cancer', 'Mul on eesnäärmevähk.', ['HEALTH_DATA:eesnäärmevähk']],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['DE, Rome', 'Er war letzte Woche in Rom.'],
    ['CS, memory', 'Mám 64 kB ROM.'],
    ['DA, rum', 'Han drikker rom og cola.'],
    ['CS, a share of the population', 'Romové tvoří asi 2 % obyvatel.'],
    ['FI, an election', 'Vasemmistoliitto voitti vaalit.'],
    ['FI, the members of a union', 'Metalliliiton jäsenet äänestävät sopimuksesta.'],
    ['IS, illness as a topic', 'Veikindi eru algeng á veturna.'],
    ['DE, operations as a topic', 'Eine Knieoperation dauert etwa eine Stunde.'],
    ['DA, an operation that is no surgery', 'Efter min operation af lageret i foråret.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  // A share of a group as the subject of a third-person cue is a statistic, not an individual:
  // "un lavoratore su tre è iscritto" (one worker in three is a member). One of them stays one.
  it.each([
    ['IT, one in three', 'ISTAT: circa un lavoratore su tre è iscritto a un sindacato.'],
    [
      'IT, after "and"',
      'Il tasso è al 52,5% e circa un lavoratore su tre è iscritto a un sindacato.',
    ],
    ['IT, in Italy', 'In Italia un lavoratore su tre è iscritto al sindacato.'],
    ['IT, a percentage', 'Il 30% dei lavoratori è iscritto al sindacato.'],
    ['ES, one in three', 'Uno de cada tres trabajadores está afiliado a un sindicato.'],
    ['PL, every third', 'Co trzeci pracownik jest członkiem związku zawodowego.'],
    ['EN, one in three', 'One in three workers is a union member.'],
    ['DE, every third', 'Jeder dritte Beschäftigte ist Mitglied einer Gewerkschaft.'],
    ['FR, half', 'La moitié des salariés sont syndiqués.'],
    ['FR, one in ten', 'Un salarié sur dix est syndiqué.'],
    ['NL, one in three', 'Een op de drie werknemers is lid van een vakbond.'],
    ['SV, every third', 'Var tredje anställd är med i facket.'],
  ])('finds nothing in a statistic: %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['IT, a colleague', 'Il mio collega è iscritto al sindacato.'],
    ['IT, one of my colleagues', 'Uno dei miei colleghi è iscritto al sindacato.'],
    ['IT, no subject', 'È iscritto al sindacato da due anni.'],
    ['IT, a pronoun after a statistic', 'Il 30% è precario, ma lui è iscritto al sindacato.'],
    ['IT, working half time', 'Lavora al 50% ed è iscritto al sindacato.'],
    ['IT, one day in three', 'Lavora un giorno su tre ed è iscritto al sindacato.'],
  ])('finds the union member in %s', (_case, text) => {
    expect(found(text).filter((f) => f.startsWith('TRADE_UNION'))).not.toEqual([]);
  });

  // Whole messages from a red-team set (invented people), as classify() sees them.
  it.each([
    [
      'EN, a religious practice (#6)',
      "quick q for the rota — Marcus can't really do the late shifts during Ramadan cos he's fasting and breaks it at sunset, can we swap him with someone on earlies for those 4 weeks?",
      'personal',
    ],
    [
      'IT, union statistics (#62)',
      'ISTAT: nel 2023 il tasso di occupazione femminile è al 52,5% e circa un lavoratore su tre è iscritto a un sindacato. Crea una tabella riassuntiva.',
      'non-sensitive',
    ],
    [
      'EL, a fraud conviction (#144)',
      'Ο υπάλληλος Νίκος Αντωνίου έχει καταδικαστεί για απάτη το 2018, σύμφωνα με το ποινικό μητρώο που προσκόμισε. Μπορεί να μείνει στο ταμείο;',
      'personal',
    ],
  ])('classifies %s', (_case, text, expected) => {
    expect(classify(text).classification).toBe(expected);
  });

  // 'MS' is multiple sclerosis next to a person, but mostly Microsoft, a degree or a ship.
  it.each([
    ['DE, a wife', 'Meine Frau hat MS.', 'HEALTH_DATA:MS'],
    ['DE, a relapse', 'Meine Frau hatte letzte Woche einen MS-Schub.', 'HEALTH_DATA:MS'],
    ['EN, diagnosed', 'My sister was diagnosed with MS last year.', 'HEALTH_DATA:MS'],
    ['EN, in a list', 'She has MS, diabetes and asthma.', 'HEALTH_DATA:MS'],
    ['EN, in capitals', 'MY WIFE HAS MS.', 'HEALTH_DATA:MS'],
    ['NL', 'Mijn moeder heeft MS.', 'HEALTH_DATA:MS'],
    ['SV', 'Jag har MS.', 'HEALTH_DATA:MS'],
    ['IT', 'Ho la SM.', 'HEALTH_DATA:Ho la SM'],
    ['PL', 'Mam SM.', 'HEALTH_DATA:Mam SM'],
    ['ES', 'Tengo EM desde 2010.', 'HEALTH_DATA:Tengo EM'],
  ])('finds MS for multiple sclerosis: %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['MS Word', 'I use MS Word every day.'],
    ['MS Teams', 'My MS Teams keeps crashing.'],
    ['MS Excel', 'I use MS Excel every day.'],
    ['MS-DOS', 'I still have MS-DOS 6.22 on my old PC.'],
    ['MS-Office, German', 'Ich habe MS-Office installiert.'],
    ['MS/Office', 'My MS/Office licence expired.'],
    ['Microsoft (MS)', 'I joined Microsoft (MS) last year.'],
    ['a degree', 'I have an MS in Computer Science.'],
    ['a degree, "degree"', 'He has an MS degree from MIT.'],
    ['a degree, "at"', 'I did my MS at Stanford.'],
    ['a ship', 'My brother was on board the MS Estonia.'],
    ['milliseconds', 'I measured 300 ms on my machine.'],
    ['milliseconds in capitals', 'My timeout is 300 MS.'],
    ['a ZIP code', 'I live at 12 Main St, Jackson, MS 39201.'],
    ['the title Ms', 'I spoke to Ms Jones.'],
    ['a topic', 'Multiple sclerosis (MS) is a chronic disease.'],
  ])('finds no MS in %s', (_case, text) => {
    expect(found(text).filter((finding) => finding.endsWith(':MS'))).toEqual([]);
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

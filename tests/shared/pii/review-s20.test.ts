import { classify } from '../../../shared/pii/classify.js';

// The twentieth session: the pseudonym probes of the nineteenth session's review
// (/tmp/rv36, 1,191 probes in 25 languages) that were still lost, found now. Each is non-sensitive
// on the session's starting code (ecd2964): a person's number after a label written as one word
// or with the role in the genitive ("Pasientnummer: 6444", "Číslo nájemce: A533S"), a code of
// capitals and digits after such a label ("Gefangenenbuchnummer INM-77139"), a role noun in the
// case a sentence puts it in before a word for number ("Pracownikowi o numerze 253973",
// "Zaposleniku s brojem 00620"), and the Hungarian number before its noun ("A 9915 törzsszámú
// dolgozót"), and abbreviations of a patient or an employee ("Pte. 4224", "prac. 260331"), a year with a
// case's part after it ("Donor 2023/0498").
describe("a person's number after a compound label or an inflected role", () => {
  it.each([
    [
      'compound-label (en)',
      'Payroll no. 2932-55 is a practising Muslim and asked for prayer breaks.',
    ],
    ['compound-label (en)', 'Prisoner no. G930G, alcohol dependence, attends AA'],
    ['role-yearlike-code (en)', 'Donor 2023/0498: BRCA1 mutation carrier'],
    ['compound-label (de)', 'Gefangenenbuchnummer INM-77139: Alkoholabhängigkeit, AA-Gruppe'],
    ['abbrev-role (es)', 'Pte. 4224 homosexual'],
    ['abbrev-role (es)', 'Pte. 5070, varón, 74 a., musulmán practicante, menú halal'],
    ['role-yearlike-code (es)', 'Trabajador 2025/0098: dependencia del alcohol, acude a AA'],
    ['inflected-role (es)', 'Al trabajador con n.º 8158 se le ha despedido por robo.'],
    ['compound-label (it)', 'Matricola detenuto: 7821 – affidamento in prova fino al 03/2026'],
    ['compound-label (it)', 'Codice partecipante: 00106 – portatore mutazione BRCA1'],
    ['role-yearlike-code (it)', 'Assistito 2022/0095: depressione maggiore, in malattia'],
    ['compound-label (nl)', 'Deelnemersnummer: 8022 – hiv-positief'],
    ['inflected-role (nl)', 'De medewerker met personeelsnummer 137 is ontslagen wegens diefstal.'],
    ['role-number-tab (pl)', 'Abonent 38832\tHIV dodatni'],
    ['role-number-semicolon (pl)', 'Abonent 1143; HIV dodatni'],
    ['compound-label (pl)', 'Nr historii choroby ET-98-897: orientacja: homoseksualna'],
    ['abbrev-role (pl)', 'prac. #PT-50815: praktykujący muzułmanin, dieta halal'],
    ['abbrev-role (pl)', 'prac. 260331, 72 l., cukrzyca typu 2, włączono insulinę'],
    ['inflected-role (pl)', 'Pracownikowi o numerze 253973 wręczono wypowiedzenie za kradzież.'],
    ['inflected-role (pl)', 'Osadzonemu nr 984 przysługuje dieta halal ze względu na wyznanie.'],
    ['abbrev-role (pt)', 'Pte. 47457, 40 anos, homossexual'],
    ['abbrev-role (pt)', 'func. 839972, 20 anos, salário bruto 1.850 EUR'],
    ['clinical-note (pt)', 'Pte. 3758: CD4 320, VIH positivo'],
    ['role-yearlike-code (pt)', 'Cliente 2020-848: depressão, de baixa médica'],
    ['inflected-role (pt)', 'O trabalhador com o nº 3786 foi despedido por furto.'],
    ['abbrev-role (sv)', 'anst. #4622-60: alkoholberoende, går på AA'],
    ['inflected-role (sv)', 'Den anställde med nummer 6207 har fått sparken för stöld.'],
    ['compound-label (da)', 'Elevnummer: 333 – 14 sygedage i marts'],
    ['compound-label (da)', 'Lønnummer WD-56-826: tidligere dømt: tyveri (2021)'],
    ['abbrev-role (da)', 'medarb. 9145 homoseksuel'],
    ['inflected-role (da)', 'Medarbejderen med nummer 6525 er fyret for tyveri.'],
    ['compound-label (no)', 'Pasientnummer: 6444 – praktiserende muslim, halalkost'],
    ['abbrev-role (no)', 'pas. 00584 praktiserende muslim, halalkost'],
    ['role-yearlike-code (no)', 'Pasient 2023/0108 er praktiserende muslim og ber om bønnepauser.'],
    ['inflected-role (no)', 'Den ansatte med nummer 33467 er oppsagt for tyveri.'],
    ['compound-label (fi)', 'Vuokralaisnumero 89697: masennus, sairauslomalla'],
    ['compound-label (fi)', 'Jäsennumero 9783-13, vuokrarästit 2 300 EUR'],
    ['inflected-role (fi)', 'Oppilaalla nro 00971 on ADHD ja tukisuunnitelma.'],
    ['compound-label (cs)', 'Číslo nájemce: A533S – etnický původ: romský'],
    ['compound-label (cs)', 'Číslo chorobopisu 563922 je HIV pozitivní.'],
    ['inflected-role (cs)', 'Zaměstnanci s číslem 3997 byla dána výpověď za krádež.'],
    ['compound-label (sk)', 'Členské číslo 29188 je práceneschopný pre depresiu.'],
    ['inflected-role (sk)', 'Zamestnancovi s číslom 52597 dali výpoveď pre krádež.'],
    ['compound-label (hu)', 'Bérlőazonosító 584856 korábban lopásért elítélték.'],
    ['inflected-role (hu)', 'A 8408-es számú betegnél HIV-fertőzést igazoltak.'],
    ['inflected-role (hu)', 'A 9915 törzsszámú dolgozót lopás miatt elbocsátották.'],
    ['inflected-role (hu)', 'A 465. sz. tanuló ADHD-s, fejlesztésre jár.'],
    ['inflected-role (hu)', 'A 00576 azonosítójú fogvatartott muszlim, halal étkezést kér.'],
    ['number-before-role (hu)', 'A 829 azonosítójú résztvevő HIV-pozitív.'],
    ['number-before-role (hu)', 'A 31818 azonosítójú kérelmező HIV-pozitív.'],
    ['number-before-role (hu)', 'A 9216 azonosítójú ügyfél depresszió miatt táppénzen van.'],
    ['compound-label (ro)', 'Nr. membru: 6270 – homosexual'],
    ['role-yearlike-code (ro)', 'Participant 2024/0338: diabet zaharat tip 2, insulină inițiată'],
    ['inflected-role (ro)', 'Pacientului nr. 3935 i s-a diagnosticat HIV.'],
    ['inflected-role (ro)', 'Angajatul cu marca 00108 a fost concediat pentru furt.'],
    ['inflected-role (ro)', 'Elevul nr. 7228 are ADHD și plan educațional individual.'],
    ['compound-label (el)', 'Αρ. κρατουμένου 4515: αναστολή με επιτήρηση έως 03/2026'],
    ['role-yearlike-code (el)', 'Δότης 2022-838: φορέας μετάλλαξης BRCA1'],
    ['inflected-role (el)', 'Στον ασθενή με αρ. 922 διαγνώστηκε HIV.'],
    ['compound-label (hr)', 'Broj zatvorenika PT-000122, kaznena evidencija: krađa (2021)'],
    ['role-yearlike-code (hr)', 'Zatvorenik 2022/0168: etničko podrijetlo: romsko'],
    ['inflected-role (hr)', 'Kod pacijenta br. 6718 utvrđen je HIV.'],
    ['inflected-role (hr)', 'Zaposleniku s brojem 00620 dan je otkaz zbog krađe.'],
    ['compound-label (sl)', 'Šifra preiskovanca: Z207P – HIV pozitiven'],
    ['compound-label (sl)', 'Številka popisa bolezni 00825: depresija, bolniška'],
    ['abbrev-role (sl)', 'zap. 316, 50 let, depresija, bolniška'],
    ['inflected-role (sl)', 'Pri pacientu št. 1889 so ugotovili HIV.'],
    ['inflected-role (sl)', 'Zaposlenemu s številko 2766 so dali odpoved zaradi tatvine.'],
    ['compound-label (bg)', 'Служебен номер 2893 сподели с екипа, че е гей.'],
    ['compound-label (bg)', 'Код на участник 8305: захарен диабет тип 2, започнат инсулин'],
    ['role-yearlike-code (bg)', 'Обитател 2020-634: хомосексуален'],
    ['inflected-role (bg)', 'Служителят с номер 47172 е уволнен за кражба.'],
    ['compound-label (lt)', 'Dalyvio kodas W843C yra ŽIV teigiamas.'],
    ['compound-label (lt)', 'Tabelio numeris 1973-49: depresija, nedarbingumas'],
    ['inflected-role (lt)', 'Pacientui Nr. 00105 diagnozuotas ŽIV.'],
    ['inflected-role (lt)', 'Darbuotojas, kurio tabelio Nr. 483610, atleistas už vagystę.'],
    ['compound-label (lv)', 'Slimības vēstures Nr. 747586, homoseksuāls'],
    ['compound-label (lv)', 'Slimības vēstures Nr. 37178: depresija, slimības lapa'],
    ['abbrev-role (lv)', 'darb. 315, 38 g., sodāmība: zādzība (2021)'],
    ['abbrev-role (lv)', 'darb. #8512: bruto alga 1 850 EUR'],
    ['inflected-role (lv)', 'Pacientam Nr. 86214 diagnosticēts HIV.'],
    ['inflected-role (lv)', 'Darbinieks ar Nr. 800448 atlaists par zādzību.'],
    ['inflected-role (lv)', 'Skolēnam Nr. 132654 ir UDHS un individuāls plāns.'],
    ['compound-label (et)', 'Kinnipeetava nr 22921 on praktiseeriv moslem ja palub palvepause.'],
    ['compound-label (et)', 'Kinnipeetava nr: D816D – etniline päritolu: romi'],
    ['inflected-role (et)', 'Töötaja numbriga 3648 vallandati varguse eest.'],
    ['inflected-role (et)', 'Õpilasel nr 8498 on ATH ja individuaalne õppekava.'],
    ['role-marker-punct (mt)', 'Impjegat nru. 927055 - depressjoni, fuq sick leave'],
    ['inflected-role (mt)', 'Lill-pazjent Nru 4467 instabilu l-HIV.'],
    ['compound-label (ga)', 'Uimhir fostaí: 21763 – diaibéiteas cineál 2, inslin tosaithe'],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    ['with no (en)', 'The employee with no 401k plan asked HR.'],
    ['cloud tenant id (en)', 'tenant id: 72f988bf-86f1-41af-91ab-2d7cd011db47'],
    ['committee seat (en)', 'Member no. 5 of the committee voted.'],
    ['a count after a label (en)', 'Payroll no. of records processed: 1200'],
    ['placeholder (hr)', 'Broj člana: 1234 (primjer)'],
    ['placeholder letters (cs)', 'Číslo účastníka: XXXX'],
    ['placeholder zeros (en)', 'participant no 0000'],
    ['ranking (hr)', 'Zaposleniku s brojem 1 u mjesecu'],
    ['ranking (ro)', 'Elevul nr. 1 al clasei'],
    [
      'a law by its number (hu)',
      'A 2011. évi CXII. törvény 5. §-a szerint az adatkezelő köteles tájékoztatni.',
    ],
    ['a span of years (en)', 'Employee 2024/25 survey: depression topics'],
    ['a range of years (en)', 'Patient 2024-2025 cohort: HIV prevalence'],
    ['a conference dial-in (de)', 'Die Einwahl für die Telefonkonferenz: Teilnehmer-PIN 4711.'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The thirty-ninth and fortieth red-team sets (public sector and civic life; utilities, telecoms,
// property and the platform economy), written blind: what their misses taught, by hand.
describe('what sets 39 and 40 missed', () => {
  it.each([
    [
      'a courier in a chat in lower case (is)',
      'sendlar reykjavík\nkári: hvar er siggi í kvöld?\nbára: hann fékk aftur heiftarlegt mígrenikast og má ekki hjóla í viku',
    ],
    [
      'a chat whose speakers write in lower case',
      'dostavljavci maribor\nnejc: a je kdo videl luko včeraj?\ntina: ja, med nočno izmeno je dobil hud napad astme',
    ],
    [
      'couriers organising in a union, in lower case',
      'kuriéri bratislava – petržalka\njano: počuli ste že miro z večerných zmien sa dal do odborov?\nzuza: jj, je v odborovom zväze a chce založiť organizáciu pre kuriérov',
    ],
    [
      'a resident by the house number (nl)',
      'meneer van nummer 42 lijkt steeds verder te dementeren',
    ],
    ['a resident by the house number (cs)', 'obyvatel domu č. p. 45 je dlouhodobý alkoholik'],
    ['a resident by the flat and floor (cs)', 'Paní z bytu č. 5 ve 3. patře chodí na dialýzu.'],
    ['a resident by the room (el)', 'Η ένοικος του δωματίου 4 είναι μουσουλμάνα.'],
    ['a member by the desk (de)', 'dem Mieter des Fixdesks Nr. 14 (Grafikdesigner)'],
    [
      'a neighbour by the house number (ca)',
      'el veí del número 8 del carrer Major té un Parkinson avançat',
    ],
    [
      'names in lower-case cells under a query',
      "sql> SELECT imie, nazwisko FROM czlonkowie WHERE kolo = 'Rzeszów';\n imie      | nazwisko\n-----------+-------------\n marek     | dudek\n ewa       | kaczmarczyk",
    ],
    [
      'a BSN under its header above a psql rule',
      'Waarom dubbele rijen?\n\nSELECT p.bsn, p.woonplaats, p.regeling FROM persoon p;\n\n   bsn    | woonplaats | regeling\n----------+------------+---------------------\n197542360 | Zwolle     | Bijzondere bijstand\n140105608 | Zwolle     | Bijzondere bijstand',
    ],
    ['a client code after a colon (fi)', 'Asiakas: A-4471 (mies, 34 v., Iisalmi)'],
    [
      'a caretaker at a quoted school (it)',
      'il custode della scuola primaria "Collodi" di via Giotto ha riportato una condanna',
    ],
    [
      'an Estonian first name faker lacks',
      'kuller Andrus, kes sõidab õhtuti Kalamajas, murdis pahkluu',
    ],
    ['a reported user (fr)', 'Utilisateur signalé : « samlyon7 » (29 ans, Lyon 7e)'],
    [
      'a street and its house number in two cells, quoted notes with commas',
      'ward,street,door,notes\nCheadle Hulme South,Larkhill Road,14,"older lady, lives alone"\nCheadle Hulme South,Larkhill Road,16,none',
    ],
  ])('finds %s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    ['a configuration in lower case', 'max: 10\nmin: 5\ngrace: 30 days'],
    ['a glossary in lower case', 'victoria: the capital of seychelles\nlincoln: a city in england'],
    [
      'cities in lower-case cells under a query',
      'sql> SELECT city FROM t;\n city     | region\n----------+--------\n victoria | mahé\n florence | toscana',
    ],
    ["a player's number", 'The man number 10 in the team scored twice.'],
    ['a count beside a street', 'Straße;Fahrzeuge;Notiz\nHauptstraße;120;Stau'],
    ['a user who reported something', 'the user reported that the app crashes'],
    ['a free desk', 'Fixdesk Nr. 14 ist frei ab März'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// False positives of the same sets, each non-sensitive now: figures in groups of thousands read as
// phone numbers, a stretch of a street by the range of its numbers read as one home, and words
// opening a sentence that are first names elsewhere.
describe('what the sets flagged that is no one', () => {
  it.each([
    [
      "a council's budget",
      'Ingresos: impostos directos 31.420.000 | impostos indirectos 1.950.000 | total 89.412.000',
    ],
    ['a budget with blanks', 'Bežné príjmy: 48 612 000 | Kapitálové príjmy: 3 150 000'],
    ['a census figure', 'Italia: 58.989.749 residenti (−0,1 % sul 2022)'],
    ["a tender's sum", 'Tilboðsfjárhæð: 38.410.000 kr. án vsk.'],
    [
      'an outage along a stretch of streets',
      'Kraków, Nowa Huta: ul. Jana Pawła II nr 37–61 (nieparzyste), os. Centrum C bloki 1–7, ul. Bulwarowa.',
    ],
    ['a Portuguese sentence opening with "after"', 'Após a reposição, deixe correr a água.'],
    ['an Irish sentence opening with "is not"', "Níl aon ghá d'iarratasóirí aon rud a dhéanamh."],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });

  it.each([
    ['a Spanish mobile in groups of three', 'Tel. 612.345.678'],
    ['a mobile ending in 000 after a phone word', 'móvil 612 345 000'],
    ['a Lithuanian house and flat', 'Žirmūnų g. 12-45, Vilnius'],
    ['a Latvian house and flat', 'Avotu iela 9-21, Rīga'],
    ["a building's two numbers", 'Hauptstraße 12–14, 10115 Berlin'],
    ['an address before opening hours', 'Hauptstraße 12, 10–30 Uhr'],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

// The forty-first red-team set (sport, fitness, wellness), written blind, and what its misses
// taught: a club's players, coaches, goalkeepers and captains as occupations, a team by its age
// group, more words for years of age, a member's key in a door log, and a relative clause between
// a person and what the sentence says of them.
describe('what set 41 missed', () => {
  it.each([
    [
      'the only openly gay player (fr)',
      "le seul joueur ouvertement homosexuel de l'équipe réserve subit des insultes",
    ],
    [
      'a first name and age in Finnish',
      'Eetu (15 v.) on pudottanut painoaan ja jättää lounaan väliin.',
    ],
    [
      "a team's captain by its age group",
      'Betrifft: Kapitän unserer A-Jugend (U19) – Kreuzbandriss links',
    ],
    [
      'a goalkeeper of a team by its age group (pt)',
      'o guarda-redes da equipa de sub-19 acusou furosemida no controlo antidopagem',
    ],
    ["a coach of a club's youngest", "l'entraîneur adjoint des poussins a été condamné en 2019"],
    ["a member's key in a door log", 'socio=100517 resultado=NEGADO motivo="enfarte, pacemaker"'],
    [
      'the only black player, in the dative (sl)',
      'edinemu temnopoltemu igralcu naše ekipe so vzklikali rasistične žalitve',
    ],
    [
      'a patient past a relative clause',
      'Der Patient, der seit Montag auf Station 4 liegt und Besuch hatte, ist HIV-positiv.',
    ],
    [
      'an applicant past a relative clause (bg)',
      'кандидатката, която дойде на оглед в четвъртък с двете деца, е от ромски произход',
    ],
  ])('finds %s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    [
      'patients in general past a relative clause',
      'Patients, who are often elderly and live alone in rural areas, have diabetes more often.',
    ],
    ['a drill for a team', 'U17 goalkeeper drills: 20 minutes of distribution'],
    ['a training plan', 'Trainingsplan für die U19: Der Torwart übt Abstöße.'],
    ['a media player', 'VLC is the only player that plays this format.'],
    ['a bus', 'The only coach to Dublin leaves at 9.'],
    ["a company's partner", 'il socio di maggioranza della società'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The forty-second red-team set (non-profits, faith communities, social support), written blind,
// and what its misses taught.
describe('what set 42 missed', () => {
  it.each([
    [
      "a mosque's members in lower case under a name's header",
      'lidnr;naam;wijk;contributie_2024;opmerking\n017;ahmed bouzidi;Kanaleneiland;betaald;wil imam spreken\n018;youssef el khattabi;Ondiep;achterstand;werkloos',
    ],
    [
      'a father by his first name between commas (ro)',
      'Tatăl, Marian, abia a ieșit din penitenciar după patru ani pentru furt',
    ],
    [
      'a name before a relative clause (is)',
      'Guðrún, sem kom frá Akureyri með tvö börn á mánudaginn, fór til læknis í dag vegna áverka á hálsi.',
    ],
    ['a name before a relative clause (en)', 'Anna, who moved here last year, has cancer.'],
    ['Arabic names after kin words', 'يا أختي مريم، أخي محمود في السجن'],
    ['a Persian name after "my sister"', 'خواهرم زهرا افسردگی دارد'],
  ])('finds %s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    ['a phrase under a name header', 'name;purpose\nsession;lai uzlabotu vietnes darbību'],
    ['settings under a name header', 'naam;status\nactief;ja\ninactief;nee'],
    ['a nun', 'La sora del convento prepara il pranzo per i poveri.'],
    ['an Icelandic sentence opening with a verb', 'Kom til okkar í gær.'],
    ['"my husband" and a verb (ar)', 'زوجي يعمل في المصنع منذ سنوات'],
  ])('keeps %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

import { namesIn as names, isPersonal as personal, referencesIn as references } from './helpers.js';

// The twenty-third session: what the fifty-first (migration and asylum), fifty-second (industry
// and workplace safety), fifty-third (armed forces, prisons, security) and fifty-fourth (cars and
// roads) red-team sets missed.

// A note about one worker or one applicant names him again and again, in whatever case the
// sentence needs: set 52's union minutes ("Kranjcu so ugotovili … Kranjca bomo podprli … s
// Kranjcem"), shift handovers ("Novákovi je zase blbě … s Novákem"), set 51's social worker
// ("Z Omidom … Omid pravi … Omidu sem predlagala"). One capitalised word in two of its cases is
// a name: with a stem the gazetteer knows, in any case a name takes; with one it lacks, in a case
// that speaks of a person, and only in a text on health, faith, origin or crime (or in three
// forms).
describe('one name in two or more of its cases', () => {
  it.each([
    [
      'Zapisnik. Kranjcu so ugotovili poklicno okvaro sluha. Kranjca bomo podprli, s Kranjcem se dobimo v petek.',
      'Kranjcem',
    ],
    ['Novákovi je zase blbě se zády, bere Ibalgin. S Novákem se zítra počítat nedá.', 'Novákem'],
    ['Razgovarali smo s Perićem i upozorili ga. Periću smo predložili liječenje.', 'Perićem'],
    [
      'Szabónál pozitív lett a szonda, hazaküldtük. Szabóval beszélt a művezető, Szabónak ez a második.',
      'Szabóval',
    ],
    ['Mikelek bizkarreko mina izan du. Mikeli mediku batek baja eman dio.', 'Mikelek'],
    [
      'Rozmawialiśmy z Nowakową po jej powrocie ze zwolnienia (dyskopatia). Sprawa kol. Nowakowej.',
      'Nowakowej',
    ],
    // Stems the gazetteer lacks, with a special category in the text
    [
      'Z Omidom sva se danes pogovarjala; Omid pravi, da ponoči ne spi in kadi hašiš. Omidu sem predlagala psihiatra.',
      'Omidom',
    ],
    [
      'Беседовала с Магомедом Хасиевым. Магомед рассказал, что его били. Магомеду грозит выдача.',
      'Магомедом',
    ],
    [
      'Mamadouri tuberkulosia diagnostikatu diote. Mamadouren gelakideei azterketa egingo zaie.',
      'Mamadouri',
    ],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  // Places, companies, nouns and verbs in their cases: a preposition of place, no special
  // category, a stem that is a place's adjective or a contract's long noun, a verb opening its
  // sentence, a label opening its line, a one-letter ending ('Irak', 'Iran'), the Romanian
  // article ('Paștele').
  it.each([
    'Spolupráce s Microsoftem: Microsoft dodá licence.',
    'Переговоры с Москвой продолжаются. Москва ответила отказом. В Москве холодно.',
    'A Budapestnél épülő híd. Budapest főpolgármestere szerint.',
    'Partnerstvo s Mariborom. Maribor je mesto s tradicijo.',
    'Wróciłem z Popradu wczoraj. Poprad jest piękny, a w Popradu szpital ma nowy oddział onkologii.',
    'Konflikte im Irak und im Iran: Flüchtlinge mit Traumata.',
    'Campania de Paște: Paștele ortodox, ouă și cozonac pentru diabetici.',
    'Organizator zobowiązuje się do ochrony zdrowia. Umowa z Organizatorem. Obowiązki Organizatora.',
    'Szukam lekarza od cukrzycy. Szuka go cała rodzina.',
    '<label>Puude raskusaste</label>\n<label>Puudega inimene</label>',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// Set 53's service records, medical boards and prison logs name a soldier, a guard or an inmate
// by a rank or a status and the surname ("Obergefreiter Lehmann", "Tidligere konstabel
// Sørensen", "Skazany Wiśniewski", "Obsojenec Novak", "väktaren Nyberg").
describe('a rank, a guard or an inmate before a surname', () => {
  it.each([
    ['Betr.: Obergefreiter Lehmann, 2./PzGrenBtl 212', 'Lehmann'],
    ['Tidligere konstabel Sørensen (Hold 7, Helmand) kom ind i aftes.', 'Sørensen'],
    ['Interesado: cabo primero Jiménez Lorente, Regimiento de Infantería', 'Jiménez'],
    ['Skazany Wiśniewski, ps. „Gruby", pawilon III, cela 108.', 'Wiśniewski'],
    ['Obsojenec Novak je ob jutranjem pregledu odklonil odvzem krvi.', 'Novak'],
    ['Under passet uppträdde väktaren Nyberg påverkad.', 'Nyberg'],
    ['Kinnipeetav Tamm toodi vastuvõtule.', 'Tamm'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  // Not an island that a rank's word begins ("Cabo Verde"), the Irish police's line, a
  // Hungarian avenue ('sgt.', sugárút)
  it.each([
    'Principais nacionalidades: Brasil (368 449), Angola (55 589), Cabo Verde (48 885).',
    'Anyone with information is asked to contact the Garda Confidential Line 1800 666 111.',
    'Iroda: 6724 Szeged, Kossuth L. sgt. 103.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
    expect(references(text)).toEqual([]);
  });
});

// Set 52's welders, crane and forklift drivers, and set 51's interpreters, women and families,
// whom a shift, a site or a reception centre has one of.
describe('the only welder, crane driver, interpreter, or woman of a nationality', () => {
  it.each([
    'Den eneste kvinnelige sveiseren vi har på natt er gravid i 3. måned.',
    'La única soldadora del taller de calderería comunicó su embarazo.',
    'Foi discutida a situação do único soldador do turno da noite, com surdez profissional.',
    'de Poolse kraanmachinist van de Liebherr op kavel 4 (de enige die we daar nu hebben) is gevallen',
    'Den kurdiske kvinde fra Iran på gang 3 (hun er den eneste iranske kvinde på centret) skal have sin medicin.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Der einzige Weg zum Kran führt über die Leiter.',
    'Welders must wear a respirator when welding galvanised steel.',
  ])('%s', (text) => {
    expect(references(text)).toEqual([]);
  });
});

// A Persian title before a first name of the script lists ("خانم مریم رستمی", set 51's church
// letter), and a believer addressed as a brother by a prison's imam (set 53: "زرت الأخ يوسف
// المغربي").
describe('Persian titles and an Arabic brother or sister', () => {
  it.each([
    ['تأیید می‌کنیم که خانم مریم رستمی از سه سال پیش عضو فعال کلیسای ما است', 'مریم'],
    ['آقای احمد کریمی در جلسه بود', 'احمد کریمی'],
    ['زرت الأخ يوسف المغربي في زنزانته بعد صلاة الجمعة', 'يوسف المغربي'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  // 'خانم' is also a lady or a woman, 'دکتر' the doctor one goes to: a listed first name follows
  // a Persian title
  it.each([
    'الأخ الأكبر في العائلة يقرر',
    'این خانم از ایران آمده است',
    'همان خانم افغان که با سه بچه در اتاق زندگی می‌کند',
    'لطفاً کسی فردا با او به مطب دکتر برود.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// A Latvian name whose cases replace its final vowel (set 52's shift handover: "Ilzei šodien bija
// slikti … Ilzi pārcēlām", of 'Ilze'); not a people's name a surname list also holds (Slovak
// 'Róm', 'Rómom').
describe('a name whose cases replace its final vowel', () => {
  it('Ilzei, Ilzi', () => {
    expect(
      names(
        'Ilzei šodien bija slikti, viņa ir grūtniecības 10. nedēļā. Ilzi pārcēlām uz kontroli.',
      ),
    ).toEqual(['Ilzei', 'Ilzi']);
  });

  it('Róm, Rómom', () => {
    expect(names('Pomoc Rómom v osadách: Róm bez dokladov nemá nárok na lekára.')).toEqual([]);
  });
});

// Irish writes an 'h' after a name's first consonant (set 52: "Labhair mé le Pádraig … Dúirt
// Phádraig liom") and puts a particle before a surname with no given name (set 53: "Saighdiúir Ó
// Súilleabháin", "an tSaighdiúra Uí Shúilleabháin"). Serbian surnames in '-ић' are told by their
// ending after a rank in Cyrillic (set 53: "Водник Јовановић").
describe('Irish lenition and particles, and Serbian surnames in Cyrillic', () => {
  it.each([
    ['Dúirt Phádraig liom nach gcloiseann sé an t-aláram.', 'Phádraig'],
    ['Maidir le: Saighdiúir Ó Súilleabháin, 1 Briogáid', 'Ó Súilleabháin'],
    ['Gortaíodh droim an tSaighdiúra Uí Shúilleabháin le linn cleachtaidh.', 'Uí Shúilleabháin'],
    ['Водник Јовановић, 72. бригада, упућен због несанице.', 'Јовановић'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Photographs of the Thames: Chapter One.',
    'Ó Dia, cad a dhéanfaimid anois?',
    'Traein: Ó Bhaile Átha Cliath go Corcaigh ag 9.00.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// A passenger in an airline's shorthand (set 51's border note: "female pax, seat 31K"), a
// Luxembourgish 'Madamm' (set 51: "D'Madamm Senait huet haut gekrasch"), a detainee by the room
// ("Le retenu de la chambre 12").
describe('a passenger, a Luxembourgish Madamm, a detainee by the room', () => {
  it('pax by the seat', () => {
    expect(
      personal('Subject: female pax, seat 31K, travelling alone, est. 7 months pregnant.'),
    ).toBe(true);
  });

  it('Madamm', () => {
    expect(names("D'Madamm Senait huet haut gekrasch a gesot, si kéint net méi schlofen.")).toEqual(
      ['Senait'],
    );
  });

  it('retenu', () => {
    expect(references('Le retenu de la chambre 12 entame ce jour son 6e jour de grève.')).toEqual([
      'Le retenu de la chambre 12',
    ]);
  });

  it.each(['Pax 4 adults, 2 children; seat map attached.', 'Le retenu est une notion juridique.'])(
    '%s',
    (text) => {
      expect(personal(text)).toBe(false);
    },
  );
});

// A man's patronymic alone in Cyrillic, as a garage's chat calls an older customer (set 54:
// "Петровичу машину не отдавать … сын Петровича"); not an adjective ending as a woman's
// patronymic does ('Медична', 'Основна').
describe("a man's patronymic alone", () => {
  it('Петровичу', () => {
    expect(names('Серёга: Петровичу машину не отдавать, его лишили прав.')).toContain('Петровичу');
  });

  it.each(['Медична довідка для водіїв.', 'Основна інформація про курс.'])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// An applicant in Persian before a name of the script lists, an Arabic comma between (set 51:
// "متقاضی، علی‌رضا حسینی، می‌گوید هزاره و شیعه است"); a role, then "the only one" in brackets
// (set 51: "onze vaste Tigrinya-tolk (de enige die we op locatie hebben)").
describe('an applicant in Persian, an interpreter with "the only one" in brackets', () => {
  it('متقاضی، علی‌رضا', () => {
    expect(names('متقاضی، علی‌رضا حسینی، می‌گوید هزاره و شیعه است.')).toEqual(['علی‌رضا']);
  });

  it('tolk (de enige die …)', () => {
    expect(
      references('Onze vaste Tigrinya-tolk (de enige die we op locatie hebben) is ziek gemeld.'),
    ).toEqual(['tolk (de enige']);
  });

  it.each([
    'متقاضی، لطفاً فرم را کامل کنید.',
    'Deze tolk (zie bijlage) werkt voor de enige Tigrinya-cursus die we aanbieden.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// Navies name ships after people (set 53's press releases: "Zr.Ms. Karel Doorman vertrekt
// vandaag", "KNM Fridtjof Nansen", "la fregata Carlo Bergamini", "крейсер «Пётр Великий»"): no one
// living. A person named after a ship's word with words between is still found.
describe('a ship named after a person', () => {
  it.each([
    'Zr.Ms. Karel Doorman vertrekt vandaag uit Den Helder voor operatie Prosperity Guardian.',
    'Fregatten KNM Fridtjof Nansen har returnert til Haakonsvern.',
    'La fregata Carlo Bergamini ha assunto la guida del dispositivo aeronavale.',
    'Тяжёлый атомный ракетный крейсер «Пётр Великий» вышел в море.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ["The frigate's captain, Anna Weber, said the crew is well.", 'Anna Weber'],
    ['Aboard HMS Albion, Sgt. Thomas Clarke was treated for burns.', 'Thomas Clarke'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

// A closing then the name on its line, a no-break space between (set 52's shift handover, "Gruß
// Mehmet", pasted with a no-break space: the metamorphic test's form).
it('finds the name after a closing and a no-break space', () => {
  expect(names('Bitte Springer einplanen.\nGruß\u00a0Mehmet')).toEqual(['Mehmet']);
});

// A read-only review of this session's change tried some 230 sentences in 17 languages against
// the new rules; what it found flagged is held here.
describe('what a review of the change found flagged', () => {
  // Companies, towns and a contract's parties in their cases: a stem the gazetteer lacks is
  // never a name by its cases; a surname a brand bears, only in a text on a special category.
  it.each([
    'Orlen ogłosił wyniki kwartalne. Zarząd Orlenu zapowiada inwestycje, a współpraca z Orlenem rośnie.',
    'Газпром сообщил о росте экспорта. Акции Газпрома выросли, контракт с Газпромом продлён.',
    'Lidl snížil ceny. Zákazníci Lidlu ocenili akci, dodavatelé s Lidlem podepsali smlouvu.',
    'Valio kertoi tuloksista. Valion myynti kasvoi ja Valiolle tuli uusia tilauksia.',
    'Nájemce je povinen platit nájem. Pronajímatel předá Nájemci klíče. Smlouvu s Nájemcem lze vypovědět.',
    'Tampereen yliopistollisessa sairaalassa hoidettiin 5000 syöpäpotilasta. Tampereelle rakennetaan uusi syöpäkeskus.',
    'W Krakowie otwarto nowy oddział onkologiczny. Szpital z Krakowem współpracuje, a pacjenci Krakowa czekają krócej na leczenie raka.',
    'Siemens meldet Gewinn. Die Zusammenarbeit mit Siemensem, Siemensu und Partnern wächst.',
    'A Bosch bejelentette. A Boschnál új gyár épül, a Boschnak jó éve volt.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  // Ranks in a street's name, the Polish "compare", 'private'
  it.each([
    'The museum is on Place du Colonel Fabien in Paris.',
    'por. Tabela 3 i por. Nowak (2010), s. 14.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    'This is the only private beach on the island.',
    '…CPython is the only interpreter that ships with the standard library.',
    "Questo è l'unico interprete Java certificato per sistemi embedded.",
    'Beta-lactams are the only family of antibiotics that act this way.',
    'Zaatari is the only refugee camp in the region with its own power plant.',
    'Den eneste tolk-app vi anbefaler er gratis.',
    'Flight LH123 maintenance log: pax seat 31K recline broken, pax seat 12A tray table missing.',
    'Montant retenu chambre 102 : 45 €. Tarif retenu chambre 12 : 80 €.',
  ])('%s', (text) => {
    expect(references(text)).toEqual([]);
  });

  // Persian: adjectives after a title, "a young woman", an ASCII comma after a Latin cue before a
  // caseless word, an Arabic office after "brother"
  it.each([
    'این آگهی برای استخدام یک خانم جوان در فروشگاه است.',
    'در این مسابقه، خانم جهان انتخاب شد.',
    'Glossary: doctor, طبيب; nurse, ممرضة; patient, مريض; applicant, مقدم الطلب',
    'جمعية الأخوة: الأخ رئيس الجمعية، الأخت نائبة الرئيس.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  // Irish: a pub's name with the possessive; 'Ní' that is "not" before an unlenited surname
  it('Ó Briain’s Pub', () => {
    expect(names("Ó Briain's Pub and Ó Neill's Bar serve food daily.")).toEqual([]);
  });

  it('Ní Doyle', () => {
    expect(names('Ní Doyle a scríobh é, ach Ó Briain.')).toEqual(['Doyle', 'Ó Briain']);
  });

  // What it found missed: a chain of Persian titles, a lenited Irish surname without an accent
  it.each([
    ['جناب آقای علی رضایی، سلام.', 'علی'],
    ['خانم دکتر مریم رستمی در جلسه حضور داشت.', 'مریم'],
    ['Labhair mé le Ní Cheallaigh inné.', 'Ní Cheallaigh'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

// A second review found people the first mends dropped: a passenger's title, a ward, a verb, a
// factory's hall read as ships, and 'via' before a rank read as a street.
describe('people a second review found dropped', () => {
  it.each([
    ['Passenger: MS Anna Kowalska, seat 12C, wheelchair assistance required.', 'Anna Kowalska'],
    ['Auf ITS Anna Müller, 54, nach Herzinfarkt verlegt.', 'Anna Müller'],
    ['Please ship Maria Schmidt the test results by courier.', 'Maria Schmidt'],
    ['En la nave Juan García sufrió un accidente laboral con la carretilla.', 'Juan García'],
    ['Complaint forwarded via Colonel Anna Weber: the recruit was drunk on duty.', 'Anna Weber'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Купил цемент в Петровиче, доставка завтра. В Петровиче скидки на гипсокартон.',
    'Аптека «Петрович» работает круглосуточно.',
    'Пятую симфонию Шостаковича исполнили в Вене.',
    'Трасса М-7 между Москвой и Владимиром перекрыта после ДТП. Пострадавших доставили в больницу.',
    'Nemocnice jedná s Bayerem o lécích. Bayerovi se nelíbí cena léku na rakovinu.',
    'بیمارستان دکتر علی شریعتی در تهران است.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

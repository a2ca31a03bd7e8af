import { personReferenceRecognizer } from '../../../../shared/pii/recognizers/person-reference.js';
import { specialCategoryRecognizer } from '../../../../shared/pii/recognizers/special-category.js';

// Persons singled out without a name (fourth red-team set, invented people): user names, staff
// numbers, the occupant of one flat; names marked by a chat export's or a calendar's layout.
const found = (text: string): string[] => [
  ...new Set(
    personReferenceRecognizer
      .find(text)
      .map((finding) => `${finding.detail}:${text.slice(finding.start, finding.end)}`),
  ),
];

describe('person references', () => {
  it.each([
    [
      'FI, a user label and a handle',
      'Käyttäjä @kettu_77 bannattiin 30 päiväksi.',
      'user:@kettu_77',
    ],
    ['SV, a quoted user name', 'Användaren "gurkan_vaxjo" kan inte logga in.', 'user:gurkan_vaxjo'],
    ['EN, a JSON key', '{"kit":"KT-1","owner_username":"fernweh_lena"}', 'user:fernweh_lena'],
    ['DE, a label', 'Benutzername: mausi_1987, Passwort vergessen', 'user:mausi_1987'],
    ['FR, a label', "L'utilisateur jojo_du_13 a insulté un modérateur.", 'user:jojo_du_13'],
    ['ES, a label', 'El usuario pepe_malaga2 reclama un reembolso.', 'user:pepe_malaga2'],
    ['PL, a label', 'Użytkownik kasia_w_92 zgłosiła problem.', 'user:kasia_w_92'],
    ['EN, a CSV column', 'date,km,user\n2025-03-01,8.2,athlete_55012', 'user:athlete_55012'],
    [
      'IT, a mention',
      '"@giuly_moretti_92 smettila di rivendere i biglietti"',
      'mention:@giuly_moretti_92',
    ],
    ['EN, a staff code', 'Employee E-04471 — Q4 rating 2/5.', 'numbered:Employee E-04471'],
    ['DE, a staff code', 'Mitarbeiterin P-10293 hat zugestimmt', 'numbered:Mitarbeiterin P-10293'],
    [
      'EN, a staff code in lower case',
      'employee e-04471 — q4 rating 2/5',
      'numbered:employee e-04471',
    ],
    ['EN, a bed', 'Patient in bed 12 refused bloods.', 'numbered:Patient in bed 12'],
    ['NL, a staff number', 'Medewerker 10482 is weer te laat.', 'numbered:Medewerker 10482'],
    ['EN, an employee ID', 'Employee ID 0318 was off sick.', 'numbered:Employee ID 0318'],
    ['DE, a season ticket', 'Dauerkarte Nr. 10-44-0318, Block 12', 'customer:10-44-0318'],
    ['FR, a subscriber', "Numéro d'abonné : 4471 2203", 'customer:4471 2203'],
    ['SK, a driver ID', 'priradený vodič ID 0318', 'numbered:vodič ID 0318'],
    ['DE, a driver number', 'Fahrer-ID: 0318 fuhr am Sonntag', 'numbered:Fahrer-ID: 0318'],
    ['ES, a flat', 'El coche del vecino del 5.ºB ocupa mi plaza.', 'occupant:vecino del 5.ºB'],
    ['ES, a pronoun', 'Ojo con el del 3.ºA, Rafa.', 'occupant:el del 3.ºA'],
    [
      'IT, a floor',
      'quello del secondo piano ha lasciato i sacchi',
      'occupant:quello del secondo piano',
    ],
    ['NO, a floor', 'Beboeren i 3. etasje spiller høy musikk.', 'occupant:Beboeren i 3. etasje'],
    ['EN, a flat', 'The tenant in flat 4B keeps shouting at night.', 'occupant:tenant in flat 4B'],
    ['DE, a floor', 'Der Mieter im 2. OG zahlt nicht.', 'occupant:Mieter im 2. OG'],
    ['FR, a floor', 'La voisine du 3e étage fait du bruit.', 'occupant:voisine du 3e étage'],
    [
      'NL, a floor',
      'De buurman op de derde verdieping klaagt.',
      'occupant:buurman op de derde verdieping',
    ],
    [
      'SV, a floor',
      'Grannen på tredje våningen röker i trapphuset.',
      'occupant:Grannen på tredje våningen',
    ],
    [
      'PL, a floor',
      'Sąsiad z trzeciego piętra znowu hałasuje.',
      'occupant:Sąsiad z trzeciego piętra',
    ],
    [
      'IT, a WhatsApp export',
      '03/03/25, 20:14 - Ciccio Esposito (int. 7): io non pago',
      'chat:Ciccio Esposito',
    ],
    [
      'DE, a lower-case chat',
      '[09:12] frank schwarz: hat er unterschrieben?',
      'chat:frank schwarz',
    ],
    [
      'ES, a WhatsApp export whose authors sign with a first name',
      '[18:02] Rocío: chicas el cumple es el sábado\n[18:03] Mamen: yo llevo la tarta',
      'chat:Rocío',
    ],
    ['ES, a dated export by one first name', '12/03/2024, 18:02 - Mamen: vale!!', 'chat:Mamen'],
    // The name on a doorbell in delivery instructions (rt10-132, found before by a mistake)
    [
      'IT, an intercom in lower case',
      'via dei mille 14, int. 6, 40121 bologna, citofono esposito. se non risponde',
      'doorbell:esposito',
    ],
    ['DE, a doorbell label', 'Klingel: Öztürk, 3. OG', 'doorbell:Öztürk'],
    ['NL, ringing at a surname with a particle', 'Graag aanbellen bij De Vries', 'doorbell:Vries'],
    ['FR, ringing at a surname', 'sonner chez Martin au 2e', 'doorbell:Martin'],
    // Each doorbell word, as the lexicon's pass finds it first: in capitals, after '_', glued
    ['IT, an intercom in capitals', 'CITOFONO ESPOSITO', 'doorbell:ESPOSITO'],
    ['DE, a bell plate', 'Klingelschild: Öztürk', 'doorbell:Öztürk'],
    ['ES, a bell glued to the name', 'timbre:Fernández', 'doorbell:Fernández'],
    ['DA, a door phone', 'Dørtelefon: Jensen', 'doorbell:Jensen'],
    ['PL, an intercom after a key', 'uwagi_domofon Kowalski', 'doorbell:Kowalski'],
    [
      'IT, a WhatsApp export quoted in a reply (rt4-77 quoted)',
      'Vedi sotto:\n> 03/03/25, 20:14 - Ciccio Esposito (int. 7): io non pago',
      'chat:Ciccio Esposito',
    ],
    ['ES, quoted twice', '> > [18:02] Rocío: chicas el cumple es el sábado', 'chat:Rocío'],
    // An assistant's name that is a person's too: read as a person (fail closed).
    [
      "FR, an author who shares an assistant's name",
      '[18:02] Claude: on se voit demain',
      'chat:Claude',
    ],
    [
      'EN, an iCalendar attendee',
      'ATTENDEE;CN=Gareth Pryce;ROLE=REQ-PARTICIPANT:urn:x',
      'calendar:Gareth Pryce',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['a user in prose', 'The user clicks the button and the dialog closes.'],
    ['a placeholder account', 'Set username: db_user and password in the env file.'],
    ['a service account', 'login: admin_2024'],
    ['an address', 'Write to anna_92@mailbox.org'],
    ['a package scope', 'npm i @types/node_18 --save-dev'],
    ['a decorator', '@Test_1(timeout = 5)\nvoid run() {}'],
    ['a mention without a digit or underscore', 'Thanks @everyone for coming'],
    ['a ranking', 'Employee #1 of the month gets a voucher.'],
    ['a year', 'The employee 2024 survey is open.'],
    ['a code in lower case without its hyphen', 'the employee e04471 template is ready'],
    ['a device driver and its version', 'The printer driver 4711 is broken; installed driver 535.'],
    ['a standard', 'Die Kunden ISO-Norm ist neu.'],
    ['a flat with no person', 'The flat on the 3rd floor is for rent.'],
    ['a thing on a floor', 'El ascensor del 5.º no funciona.'],
    ['a room', 'La sala del secondo piano è prenotata.'],
    ['a chat line of roles', '[09:12] Build Server: deploy ok'],
    ['a chat line of a word', '03/03/25, 20:11 - Amministratore: domani vengono'],
    ['a log line of a level', '[10:00:01] ERROR: connection refused'],
    ['a log line of a build server', '[10:00:01] Jenkins: build #412 started'],
    ['an AI chat', '[10:02] User: summarise this\n[10:02] Gemini: Here is the summary'],
    ['a one-word author that is also a word', '[18:02] Will: see you there'],
    ['a one-word author in capitals', '[18:02] ANNA: logged'],
    ['a one-word author of no known name', '[09:00] Standup: notes below'],
    [
      'a company customer',
      'Kundennummer: 10045873 (Müller Logistik GmbH)\nRechnungsbetrag: 1.249,00 EUR',
    ],
    ['a depot by coordinates', 'Depot Zuid: 51.9244, 4.4777 — laadperron 3 t/m 7.'],
    ['coordinates with no home', 'Sensor 4 at 48.172906, 11.498217 reports 21.5 °C.'],
    ['a short customer number', 'Kundennummer: 12'],
    ['a season, not a ticket number', 'Die Dauerkarte 2024/25 kostet 300 €.'],
    ['a calendar room', 'ATTENDEE;CUTYPE=ROOM;CN=Meeting Room 2:mailto:r@mailbox.org'],
    ['a calendar team', 'ORGANIZER;CN=Facilities Team:mailto:f@mailbox.org'],
    // Rooms and teams named in other languages (rt17-68, rt17-83)
    ['a German room', 'ORGANIZER;CN=Raum Kantine:mailto:raum@lagerwerk.de'],
    ['a Slovene team', 'ORGANIZER;CN=Ekipa Placila:mailto:ekipa@fintek.si'],
    ['a broken intercom', 'citofono rotto, chiamate al cellulare'],
    ['a broken doorbell', 'Klingel defekt, bitte anrufen'],
    ['a firm after "bei"', 'Er arbeitet bei Siemens in München.'],
  ])('does not find %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('numbered roles and beds as the subject of a special-category term', () => {
  it.each([
    [
      'EN, a bed',
      'Patient in bed 12 (admitted Tue, 71 y/o retired driver) is HIV positive.',
      'HEALTH_DATA',
    ],
    [
      'DE, a staff code',
      'Mitarbeiterin P-10293 hat der Fingerabdruckerfassung zugestimmt',
      'BIOMETRIC_DATA',
    ],
    ['FR, a bed', 'Patiente du lit 7, sous chimiothérapie depuis lundi.', 'HEALTH_DATA'],
    ['IT, a bed', 'Paziente del letto 5 è in dialisi.', 'HEALTH_DATA'],
  ])('finds %s', (_case, text, type) => {
    expect(specialCategoryRecognizer.find(text).map((finding) => finding.type)).toContain(type);
  });

  it('leaves a ward without a person', () => {
    expect(specialCategoryRecognizer.find('Bed 12 on the HIV ward is free.')).toEqual([]);
  });
});

// A ward list's line: a bed, its number, then the patient's dotted initials or age and sex.
describe('ward lines', () => {
  it.each([
    [
      'EN, initials and age',
      'bed 1 – J.McC 84M hip # post-op day 2, DNACPR in place',
      'bed 1 – J.McC',
    ],
    ['EN, an Irish surname', "bed 3 - S.O'D 41F overdose", "bed 3 - S.O'D"],
    ['EN, age and sex only', 'Bed 5: 67 M, CAP, O2 2L', 'Bed 5: 67 M'],
    ['DE, initials', 'Bett 3: M. K., 71 J., w, Pneumonie', 'Bett 3: M. K'],
    ['CS, initials', 'lůžko 2 – J.N., 58 let, CMP', 'lůžko 2 – J.N'],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(`bed:${expected}`);
  });

  it.each([
    ['a free bed', 'bed 2 – empty'],
    ['a product', 'bed 3: IKEA Malm 160x200'],
    ['a size', 'bed 2 – 140 cm wide'],
    ['a bed with no number', 'the bed – J.McC sleeps there'],
  ])('leaves %s', (_case, text) => {
    expect(found(text).filter((entry) => entry.startsWith('bed:'))).toEqual([]);
  });
});

// One office holder ("the CFO of …", "il sindaco di …") and the only one of a role or an
// occupation ("the only accountant in our office"): singled out without a name.
describe('office holders and the only one of a role', () => {
  it.each([
    ['EN, an office of a named company', 'The CFO of Brightwell Freight GmbH missed the deadline.'],
    ['FR, a municipal office', 'La secrétaire de mairie de Saint-Aubin-sur-Loir aurait falsifié'],
    ['DE, a managing director', 'Der Geschäftsführer der Müller Bau GmbH ist seit Montag krank.'],
    ['IT, a mayor', 'Il sindaco di Borgo San Dalmazzo è stato indagato.'],
    ['PL, the only accountant', 'Jedyna księgowa w naszym biurze znowu wyszła wcześniej.'],
    ['EN, the only woman', 'She is the only woman in the night shift and asked for leave.'],
    ['DE, the only driver', 'Der einzige Fahrer in Tromsø ist krank geschrieben.'],
    ['EN, the only one of a kind', 'Our only wheelchair user on that floor cannot open it.'],
    ['PL, the oldest resident', 'Najstarsza mieszkanka Pcimia skończyła w marcu 104 lata.'],
    ['IT, an occupation of a named place', 'La moglie del farmacista di Castelmezzano ha debiti.'],
    ['SL, with a subject between', 'Učiteljica glasbe na OŠ Kobarid je spet kričala.'],
    ['GL, with an adjective between', 'A caixeira pelirroxa do Gadis de Ponteareas riuse.'],
    ['LB, a chief', 'De Chef vum Pompjeescorps zu Bech ass gedronk.'],
    [
      'EN, a supervisor at a named site',
      'The night-shift supervisor at the Cork distribution centre splits the pay with them.',
    ],
    ['DE, a foreman', 'Der Vorarbeiter bei Hoffmann Bau hat getrunken.'],
    ['CS, a mayor of a named municipality', 'Bývalá starostka obce Dolní Věstonice upadla.'],
    ['PL, a mayor of a named town', 'Burmistrz miasta Sławków jest chory.'],
    [
      'IT, the head of a function at a named plant',
      'Il responsabile acquisti dello stabilimento di Lecco riceve contanti.',
    ],
    ['EN, a manager at our named plant', 'The purchasing manager at our Lecco plant takes cash.'],
    ['CS, a unit in lower case', 'Ta nová účetní z pobočky v Jeseníku nemůže jezdit.'],
    ['SV, a definite occupation', 'läkaren på vårdcentralen i Överkalix gav fel dos'],
    ['NL, an intern at our branch', 'de nieuwe stagiair bij ons filiaal in Zierikzee'],
    ['EN, an apprentice at a depot', 'The new apprentice at our Cork depot complained.'],
    ['PL, a shift letter before the place', 'kierownik zmiany C z zakładu w Tychach wrócił'],
    [
      'ES, a subject and a school before the place',
      'la profesora de música del colegio público de Alcaudete se jubila',
    ],
    // The manager of the only shop of its kind in a named place (red-team rt11-180)
    ['PL, the manager of the only pharmacy', 'kierowniczka jedynej apteki w Baligrodzie odmówiła'],
    ['EN, the manager of the only pharmacy', 'the manager of the only pharmacy in Baligród said'],
    ['DE, the head of the only pharmacy', 'Die Leiterin der einzigen Apotheke in Wimpfen sagte'],
    ['FR, the manager of a named shop', 'la gérante du Carrefour de Millau a refusé'],
    // A place named without a capital, in text written in lower case (red-team set 18).
    ['EN, a school named for a saint', 'the caretaker at st brendans primary was arrested'],
    ['IT, a street and its number', 'il portiere dello stabile di via padova 88 a milano'],
    ['FR, a number and its street', 'le gardien du 4 rue des lilas a été arrêté'],
    // A word that is a relative's and an occupation's (twentieth set: Czech 'sestra', nurse)
    ['CS, the only nurse', 'Jediná sestra, která na stanici 4B slouží noční směny, je nemocná.'],
    ['EN, the only sister', 'The only sister of the bride is pregnant.'],
    // Genitives of the place between (Lithuanian, Latvian), Irish and Icelandic (sets 14 and 18)
    ['LT, three genitives between', 'vienintelis mūsų filialo Biržuose vairuotojas yra gėjus'],
    ['LT, a village pharmacy', 'vienintelė mūsų kaimo vaistinės vaistininkė buvo sulaikyta'],
    ['LV, a genitive between', 'vienīgais mūsu ciema aptiekas farmaceits ir slims'],
    ['GA, the only driver', 'gabhadh an t-aon tiománaí bus scoile aréir'],
    ['IS, the only electrician', 'Eini rafvirkinn í Grímsey var dæmdur í haust.'],
    ['CS, the only pupil', 'Jediný žák na invalidním vozíku potřebuje asistenta.'],
    ['SK, a female driver at a named depot', 'Jediná vodička v depe Košice-Juh je tehotná.'],
    ['SK, the only tenant', 'Jediná nájomníčka? Nie: jediný nájomník na prízemí je chorý.'],
  ])('finds %s', (_case, text) => {
    expect(found(text).some((entry) => /^(?:office|only):/.test(entry))).toBe(true);
  });

  it.each([
    ['an office with no organisation named', 'The CFO role requires ten years of experience.'],
    ['a plural office', 'CFOs of large firms expect higher rates.'],
    ['the only thing', 'The only printer in our office is broken.'],
    ['the only way', 'This is the only way in our case.'],
    ['the only supplier', 'We are the only supplier in our region.'],
    ['three words between in English', 'the only way to pay the driver is cash'],
    ['four words between in Lithuanian', 'vienintelis būdas mūsų filialo Biržuose vairuotojas'],
    ['the oldest building', 'The oldest building in Pcim is the church.'],
    [
      'an occupation that is an English word',
      'The course covers the arts of Renaissance Florence.',
    ],
    ['a degree', 'She holds a Bachelor of Arts at Harvard.'],
    ['an occupation and a place with no preposition', 'The driver left Berlin at noon.'],
    ['an occupation of a place in lower case', 'The pharmacist of the village was away.'],
    ['a woman of a place (no occupation)', 'Every woman of Castelmezzano was invited.'],
    ['a supervisor of no named place', 'Every supervisor at the site signs the form.'],
    ['a municipality word with no name', 'Starosta obce podepíše smlouvu.'],
    ['a manager of a plant not named', 'The plant manager of the site signs the form.'],
    ['a manager of no named place', 'The manager of the only pharmacy in town refused.'],
    ["a saint's abbreviation with no name", 'the nurse at st'],
    ['"via" meaning "by way of"', 'the pharmacist at via the app was helpful'],
    ['a street with no number', 'the caretaker of via padova is nice'],
  ])('leaves %s', (_case, text) => {
    expect(found(text).filter((entry) => /^(?:office|only):/.test(entry))).toEqual([]);
  });
});

// A handle with a placeholder word in it is still a person's ('lena_my_92'); only a handle of
// placeholder words alone ('db_user', 'admin_2024') is a service account.
describe('user names with a placeholder word in them', () => {
  it.each([
    ['user: lena_my_92 wrote it', 'user:lena_my_92'],
    ['Benutzer: bar_anna7 hat geschrieben', 'user:bar_anna7'],
  ])('finds %s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each(['user: db_user', 'user: admin_2024', 'login: test_1'])('leaves %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// A home directory names its user's account (thirteenth red-team set, rows the writer marked
// debatable: a disk-usage listing of /home, a stack trace from a Mac).
describe('home directories', () => {
  it.each([
    ['a disk-usage line', '3.8G   /home/pnowicki', 'home:pnowicki'],
    [
      'a Python stack trace on a Mac',
      '  File "/Users/annikasvensson/Projects/lagerapp/main.py", line 14',
      'home:annikasvensson',
    ],
    ['a Windows profile', 'C:\\Users\\m.kowalska\\Desktop\\CV.docx', 'home:m.kowalska'],
    ['an escaped Windows path in JSON', '{"path":"C:\\\\Users\\\\jdoe\\\\x.log"}', 'home:jdoe'],
    ['WSL', '/mnt/c/Users/Kari.Nordmann/Downloads', 'home:Kari.Nordmann'],
    ['a mail spool', 'mbox /var/mail/hkoenig is 2 GB', 'home:hkoenig'],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['a cloud image account', 'scp app.tar.gz /home/ubuntu/releases/'],
    ['a CI runner', 'cd /home/runner/work/app/app'],
    ['a service account', '1.2G   /home/svc-deploy'],
    ['a glob', 'du -sh /home/*'],
    ['a shell variable', 'cp .bashrc /home/$USER/'],
    ['a shared folder', 'open /Users/Shared/Installers'],
    ['the public profile', 'C:\\Users\\Public\\Documents'],
    ['a placeholder', 'mkdir -p /home/user/.config'],
    ['a web path', 'see https://intranet.local/home/news'],
  ])('leaves %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

// person-reference.ts reads a doorbell's name only where the lexicon's pass found a doorbell's
// word: every word its pattern opens with, after every kind of character but a letter or a digit,
// in every case, must be found so.
describe('doorbell words, as the lexicon finds them', () => {
  const WORDS = ['citofono', 'citofonare a', 'campanello', 'klingel', 'klingelschild']
    .concat(['sonnette', 'interphone', 'sonner chez', 'interfono', 'timbre', 'portero'])
    .concat(['deurbel', 'aanbellen bij', 'domofon', 'porteiro', 'ringklocka', 'porttelefon'])
    .concat(['dørtelefon', 'ringeklokke']);
  const BEFORE = [' ', '_', '.', '-', '(', '"', '\n', ': '];
  const CASES: readonly ((word: string) => string)[] = [
    (word) => word,
    (word) => word.toUpperCase(),
    (word) => word.charAt(0).toUpperCase() + word.slice(1),
  ];
  it.each(WORDS)('finds the name after %s', (word) => {
    for (const before of BEFORE) {
      for (const written of CASES) {
        expect(found(`x${before}${written(word)}: Esposito`)).toContain('doorbell:Esposito');
      }
    }
  });
});

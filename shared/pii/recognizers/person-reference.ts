import { inBusinessContext } from '../business-context.js';
import { CALENDAR_PERSON, NOT_A_PERSON, namesTeam } from '../calendar.js';
import { EDGE_ALNUM, EDGE_LETTERS } from '../letters.js';
import { columnValues } from '../lexicon/columns.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { foldText } from '../lexicon/fold.js';
import { type LexiconHit, lexiconHits } from '../lexicon/index.js';
import { inExample } from '../lexicon/made-up.js';
import { NAME_FLAGS, nameFlags } from '../lexicon/names.js';
import { numberedRoles } from '../lexicon/person-context.js';
import { FAMILY_NOUNS } from '../lexicon/terms/person-cues.js';
import { NUMBERED_ROOM_WORDS } from '../lexicon/terms/place-words.js';
import { lineAt } from '../lexicon/tokens.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { countBefore } from '../search.js';
import { isDigitCode, type Span, toFinding } from '../spans.js';
import { isPlaceholderValue, personKeyValues } from './person-key.js';

// One person pointed at without a name (GDPR recital 26, "singling out"): an account's user
// name, a staff or patient number, the occupant of one flat. And names that only their place in
// a chat export or a calendar entry marks as names.

// A handle: letters, digits, '_', '.', '-', starting with a letter, with a '_' or a digit in it
// (a plain word after "user" is prose: "the user clicks"), not a path, call or address after it.
const HANDLE = /^@?\p{L}[\p{L}\p{N}_.-]{1,38}[\p{L}\p{N}_]$/u;
const HANDLE_MARK = /[_\d]/;
// Words that make a value a placeholder or a service account, not a person's: "db_user",
// "test_1", "admin_2024".
const PLACEHOLDER_PARTS = new Set(
  ['user', 'users', 'admin', 'administrator', 'root', 'test', 'tester', 'demo', 'example', 'guest']
    .concat(['service', 'svc', 'bot', 'system', 'default', 'api', 'db', 'app', 'name', 'id', 'key'])
    .concat(['sample', 'dummy', 'foo', 'bar', 'baz', 'anonymous', 'anon', 'unknown', 'null'])
    .concat(['none', 'nobody', 'deploy', 'ci', 'build', 'backup', 'readonly', 'postgres', 'mysql'])
    .concat(['hash', 'uuid', 'token', 'login', 'username', 'handle', 'account', 'your', 'my']),
);

// A placeholder or a service account only when every word in it is one ('db_user', 'admin_2024',
// 'svc-deploy'): a person's handle may hold such a word too ('lena_my_92'). A service prefix
// before any other word is not enough: 'svc_annaw', 'svc_oberhuber' (a review).
const hasPersonalWord = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/[_.\-\d]+/)
    .some((part) => part !== '' && !PLACEHOLDER_PARTS.has(part));

const isHandle = (value: string): boolean => {
  if (!HANDLE.test(value)) return false;
  const bare = value.startsWith('@') ? value.slice(1) : value;
  if (!value.startsWith('@') && !HANDLE_MARK.test(bare)) return false;
  return hasPersonalWord(bare);
};

// After a user label: maybe a word for reported ("Utilisateur signalé : « samlyon7 »"), a
// separator (':', '=', a JSON key's closing quote) or spaces, an optional opening quote (French
// puts a blank after it), and the value up to a space, quote or punctuation.
const REPORTED =
  '(?:[ \\t]+(?:reported|flagged|signalé|signalée|gemeldet|gemeldete|segnalato|segnalata|denunciado|denunciada|reportado|reportada|gemeld|zgłoszony|zgłoszona|anmäld|rapporteret|rapportert|nahlášený|nahlásený|bejelentett|raportat))?';
const VALUE_AFTER = new RegExp(
  String.raw`^${REPORTED}(?:["']?[ \t]*[:=][ \t]*|[ \t]{1,2})(?:["'“„]|«[ \t\u00a0\u202f]?)?(@?[\p{L}\p{N}_.-]{3,40})(?![${EDGE_ALNUM}_@/(\\])`,
  'u',
);

const FINDING = { category: 'online', recognizer: 'person-reference', score: 0.7 } as const;

/** "Käyttäjä @kettu_77", "Användaren \"gurkan_vaxjo\"", "owner_username":"fernweh_lena". */
const userNames = (text: string): Finding[] => {
  const labels = lexiconHits(text).of('userLabel');
  if (labels.length === 0) return [];
  const found: Finding[] = [];
  for (const label of labels) {
    const match = VALUE_AFTER.exec(text.slice(label.end, label.end + 48));
    if (match === null) continue;
    const value = (match[1] as string).replace(/[.-]+$/, '');
    if (!isHandle(value)) continue;
    const start = label.end + match[0].length - (match[1] as string).length;
    found.push(
      toFinding(
        { start, end: start + value.length },
        { ...FINDING, type: 'PERSON_REFERENCE', detail: 'user' },
      ),
    );
  }
  for (const cell of columnValues(text, labels)) {
    if (!isHandle(text.slice(cell.start, cell.end))) continue;
    found.push(toFinding(cell, { ...FINDING, type: 'PERSON_REFERENCE', detail: 'user' }));
  }
  return found;
};

// An @-mention in prose: "@giuly_moretti_92 smettila". Not an address ('x@y'), a package scope
// ('@types/node'), a decorator or call ('@app.route(', '@Test_1(').
const MENTION = new RegExp(
  String.raw`(?<![${EDGE_ALNUM}_.@/\\])@\p{L}[\p{L}\p{N}_]{2,29}(?![${EDGE_ALNUM}_@/(.\\-])`,
  'gu',
);

const mentions = (text: string): Finding[] => {
  if (!text.includes('@')) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(MENTION)) {
    if (!isHandle(match[0]) || !HANDLE_MARK.test(match[0])) continue;
    found.push(
      toFinding(
        { start: match.index, end: match.index + match[0].length },
        { ...FINDING, type: 'PERSON_REFERENCE', detail: 'mention' },
      ),
    );
  }
  return found;
};

// A home directory names its user's account: "/home/pnowicki", "/Users/annikasvensson/Projects",
// "C:\Users\m.kowalska\Desktop". Not a directory every machine has, a cloud image's or a CI
// runner's account, or a placeholder ('/home/user', '/Users/Shared', '/home/ubuntu').
const HOME_DIRECTORY =
  /(?<![\w.-])(?:~?\/home\/|\/Users\/|\/var\/mail\/|\/mnt\/[a-z]\/Users\/|[A-Za-z]:\\{1,2}(?:Users|Documents and Settings)\\{1,2})([A-Za-z][\w.-]{1,31})(?=[/\\\s"'`,;:)\]}>]|$)/g;
const SYSTEM_ACCOUNTS = new Set(
  ['shared', 'public', 'default', 'default user', 'all users', 'guest', 'me', 'you', 'someone']
    .concat(['ubuntu', 'ec2-user', 'centos', 'debian', 'fedora', 'admin', 'azureuser', 'opc'])
    .concat(['runner', 'vagrant', 'pi', 'node', 'jenkins', 'gitlab-runner', 'git', 'www-data'])
    .concat(['nginx', 'apache', 'docker', 'ansible', 'steam', 'app', 'appuser', 'circleci'])
    .concat(['travis', 'buildkite', 'coder', 'codespace', 'gitpod', 'vscode', 'ftp', 'sftp'])
    .concat(['myuser', 'yourname', 'yourusername', 'youruser', 'username', 'user1', 'user2'])
    // Hosted CI agents' and images' accounts (Azure Pipelines' 'vsts', Jupyter's 'jovyan')
    .concat(['vsts', 'cloudshell-user', 'ssm-user', 'bitnami', 'jovyan', 'buildbot', 'teamcity'])
    .concat(['bamboo', 'drone', 'semaphore', 'builder', 'postgres', 'mysql', 'oracle', 'redis']),
);

const isAccount = (name: string): boolean => {
  const lower = name.toLowerCase().replace(/[.-]+$/, '');
  if (lower.length < 2 || SYSTEM_ACCOUNTS.has(lower)) return false;
  return hasPersonalWord(lower);
};

const homeDirectories = (text: string): Finding[] => {
  if (!text.includes('/home/') && !text.includes('Users') && !text.includes('/var/mail/')) {
    return [];
  }
  const found: Finding[] = [];
  for (const match of text.matchAll(HOME_DIRECTORY)) {
    const name = (match[1] as string).replace(/[.-]+$/, '');
    if (!isAccount(name)) continue;
    const start = match.index + match[0].length - (match[1] as string).length;
    found.push(
      toFinding(
        { start, end: start + name.length },
        { ...FINDING, type: 'PERSON_REFERENCE', detail: 'home' },
      ),
    );
  }
  return found;
};

// A customer's or member's number after its label (a key's closing quote between them in JSON):
// four digits at least, in groups, or a hash or UUID of hex digits; or a code of capitals and
// three digits at least, perhaps with a check letter or in groups ("INM-77139", "G930G",
// "WD-56-826").
const NUMBER_AFTER = new RegExp(
  String.raw`^\.?["']?[ \t]*(?:[:#=]|n[or]\.?|nr\.?)?[ \t]*["']?(\d[\d \-/.]{2,18}\d|[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}|(?=[a-f]*\d)[\da-f]{8,40}|\p{Lu}{1,3}-?(?:\d{3,8}|\d{2,4}(?:-\d{2,6}){1,2})\p{Lu}?)(?![${EDGE_ALNUM}])`,
  'u',
);
const MIN_DIGITS = 4;
const MIN_CODE_DIGITS = 3;
const CODE = /^\p{Lu}/u;
// A UUID after '": "' fits.
const LABEL_VALUE_REACH = 48;

/**
 * "Kd.-Nr. 4471-22381: Kunde gibt an …", "numéro client 80231": one customer's pseudonym; not a
 * company's (a business word or legal form around it, and no person cue).
 */
const customerNumbers = (text: string): Finding[] =>
  lexiconHits(text)
    .of('customerLabel')
    .flatMap((label) => {
      const match = NUMBER_AFTER.exec(text.slice(label.end, label.end + LABEL_VALUE_REACH));
      const value = match?.[1];
      if (match == null || value === undefined) return [];
      const digits = value.replace(/\D/g, '').length;
      if (digits < (CODE.test(value) ? MIN_CODE_DIGITS : MIN_DIGITS)) return [];
      if (isPlaceholderValue(value)) return [];
      const start = label.end + match[0].length - value.length;
      if (inExample(text, { start, end: start + value.length })) return [];
      // A company's customer number ("Kundennummer: 10045873 (Müller Logistik GmbH)").
      if (inBusinessContext(text, { start, end: start + value.length })) return [];
      return [
        toFinding(
          { start, end: start + value.length },
          {
            type: 'PERSON_REFERENCE',
            category: 'person_name',
            score: 0.65,
            recognizer: 'person-reference',
            detail: 'customer',
          },
        ),
      ];
    });

// A salutation and an initial, as HR letters, court reports and case notes pseudonymise one
// person ("Hr. B. hat eine Abmahnung erhalten", "Ms T.: on probation", "Dhr. B. staat onder
// toezicht"): one person. Not a placeholder's letter ("Herr X.", "Frau N.").
// Titles that are other abbreviations before a capital and a full stop: German 'm. E.', 'm. W.'
// (in my opinion, as far as I know), degrees ('M. A.', 'M. S.', 'M. D.'), Italian 'S. p. A.', a
// manuscript ('MS. A.'), a window's pane, the group 'Miss A'.
const NOT_BEFORE_INITIAL = /^(?:m\.|M\.|p\.|pane|miss|Miss|MS\.?)$/u;
const INITIAL_AFTER = /^[ \t]{1,2}(?![XYZN]\.)\p{Lu}\.(?![\p{L}\p{N}]|[ \t]?\p{Lu}[\p{Ll}])/u;
const initials = (text: string): Finding[] => {
  const hits = lexiconHits(text);
  return [...hits.of('salutation'), ...hits.of('title')].flatMap((salutation) => {
    if (NOT_BEFORE_INITIAL.test(text.slice(salutation.start, salutation.end))) return [];
    const match = INITIAL_AFTER.exec(text.slice(salutation.end, salutation.end + 8));
    if (match === null || inExample(text, salutation)) return [];
    return [
      toFinding(
        { start: salutation.start, end: salutation.end + match[0].length },
        {
          type: 'PERSON_REFERENCE',
          category: 'person_name',
          score: 0.6,
          recognizer: 'person-reference',
          detail: 'initial',
        },
      ),
    ];
  });
};

/** 'patient_id=4471', '"id_utilisateur": "P983Z"': a key naming one person's id, its value. */
const keyedIds = (text: string): Finding[] =>
  personKeyValues(text)
    // A company's customer number ("Kundennummer: 10045873 (Müller Logistik GmbH)")
    .filter((span) => !inBusinessContext(text, span))
    .map((span) =>
      toFinding(span, {
        type: 'PERSON_REFERENCE',
        category: 'person_name',
        score: 0.65,
        recognizer: 'person-reference',
        detail: 'key',
      }),
    );

/** "Employee E-04471 — rating 2/5", "Patient in bed 12": a role noun and its number. */
const numbered = (text: string): Finding[] =>
  numberedRoles(text).map((span) =>
    toFinding(span, {
      type: 'PERSON_REFERENCE',
      category: 'person_name',
      score: 0.65,
      recognizer: 'person-reference',
      detail: 'numbered',
    }),
  );

// The occupant of one flat or floor: "vecino del 5.ºB", "quello del secondo piano interno 4",
// "Beboeren i 3. etasje", "the tenant in flat 3A", "der Mieter im 2. OG", "la voisine du 3e
// étage". A person word, at most three short words, then a floor or a flat by its number.
const FLOOR_WORDS = [
  'floor',
  'stock',
  'etage',
  'og',
  'obergeschoss',
  'étage',
  'piano',
  'verdieping',
  'piso',
  'andar',
  'våningen',
  'våning',
  'plan',
  'etasje',
  'sal',
  'piętro',
  'piętra',
  'piętrze',
  'patře',
  'poschodí',
  // … and in more languages (the seventy-ninth and eighty-first red-team sets: "Nájemník z 2.
  // patra", "4. kattaki yaşlı amca", "az idős hölgy a második emeletről", "от третия етаж")
  'patra',
  'poschodia',
  'poschodie',
  'etaj',
  'etajul',
  'emelet',
  'emeleten',
  'emeletről',
  'kerros',
  'kerroksessa',
  'stāvā',
  'aukšte',
  'korrusel',
  'nadstropju',
  'kat',
  'katu',
  'kattaki',
  'sprat',
  'spratu',
  'етаж',
  'етажа',
  'этаж',
  'этаже',
  'поверсі',
  'поверху',
  'όροφο',
  'ορόφου',
  'hæð',
  'sular',
  'llawr',
  'urlar',
  'stāva',
  'korruse',
  'etasje',
  'этажа',
  'поверху',
  // Macedonian ("дедото на третиот кат": a hundred-and-twenty-seventh set)
  'кат',
].join('|');
// The ground floor, which needs no number ("pani z parteru", "starší pán z přízemí", "gospodinu
// iz prizemlja", "الرجل المسن في الطابق الأرضي": an eighty-first set).
const GROUND_WORDS = [
  'ground floor',
  'erdgeschoss',
  'rez-de-chaussée',
  'planta baja',
  'piano terra',
  'pianterreno',
  'begane grond',
  'rés-do-chão',
  'bottenvåningen',
  'parteru',
  'parterze',
  'přízemí',
  'prízemí',
  'prízemia',
  'prizemlja',
  'prizemlju',
  'földszinten',
  'földszintről',
  'parterul',
  'партера',
  'партере',
  'الطابق الأرضي',
  'pritličja',
  'pritličju',
  'ισογείου',
  'jarðhæðinni',
  'llawr gwaelod',
  'bunurlár',
  'rez-de-chaussée',
  'zemin katta',
  'zemin kattaki',
  // Danish and Norwegian ground floor, with its side ("beboeren i stuen til venstre": the lost
  // locksmith set)
  'stuen til (?:venstre|højre)',
  'stuen tv\\.?',
  'stuen th\\.?',
].join('|');
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'top',
  'ground',
  'ersten',
  'zweiten',
  'dritten',
  'vierten',
  'fünften',
  'obersten',
  'premier',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
  'dernier',
  'primer',
  'segundo',
  'tercer',
  'cuarto',
  'quinto',
  'sexto',
  'último',
  'primo',
  'secondo',
  'terzo',
  'quarto',
  'sesto',
  'ultimo',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'bovenste',
  'primeiro',
  'terceiro',
  'första',
  'andra',
  'tredje',
  'fjärde',
  'översta',
  'pierwszego',
  'drugiego',
  'trzeciego',
  'czwartego',
  'ostatniego',
  'pierwszym',
  'drugim',
  'trzecim',
  'második',
  'harmadik',
  'első',
  'druhého',
  'třetího',
  'tretieho',
  'prvního',
  'drugog',
  // Macedonian, with the article ('третиот кат', the third floor)
  'првиот',
  'вториот',
  'третиот',
  'четвртиот',
  'петтиот',
  'trećeg',
  'първия',
  'втория',
  'третия',
  'втором',
  'третьем',
  'første',
  'anden',
  'annen',
  'fjerde',
  'øverste',
  'første',
  'pirmā',
  'otrā',
  'trešā',
  'ceturtā',
  'esimese',
  'teise',
  'kolmanda',
  'первого',
  'второго',
  'третьего',
  'першого',
  'другого',
  'третього',
].join('|');
const FLAT_WORDS = [
  'flat',
  'apartment',
  'apt\\.?',
  'unit',
  'wohnung',
  'whg\\.?',
  'appartement',
  'appart\\.?',
  'apartamento',
  'appartamento',
  'interno',
  'int\\.',
  'lejlighed',
  'leilighet',
  'lägenhet',
  'lgh\\.?',
  // Welsh ("Mae'r tenant yn fflat 2", a fortieth set)
  'fflat',
  'mieszkani[eau]',
  // A house, a room or a desk by its number ("domu č. p. 45", "z bytu č. 5", "του δωματίου 4",
  // "des Fixdesks Nr. 14", "in room 12")
  'domu',
  'bytu',
  'bytě',
  'δωματίου',
  'διαμερίσματος',
  // … a room, a desk or an office ("Pán z izby č. 5", "Beneficiara de la camera 6", "Korisnik iz
  // sobe 10", "Zotëria në dhomën 2", "y ddynes yn ystafell 6": a seventy-seventh red-team set)
  ...NUMBERED_ROOM_WORDS,
  // A storage unit ("Le locataire du box 12", "hyresgästen i förråd 12": the review of the
  // ninety-sixth set); a boat's berth is read further (BOAT_OWNER_AFTER)
  ...['box', 'boxu', 'boxe', 'boxei', 'boksu', 'boksa', 'бокса', 'opslagbox', 'förråd', 'bod'],
  ...['depotrum', 'geymslu', 'skladu', 'skladišča', 'skladišta', 'magacina', 'склад', 'комірки'],
  ...['αποθήκης', 'depos', 'maħżen', 'uned storio', 'trastero', 'traster', 'lager', 'locker'],
  ...['storage unit', 'lock-up'],
  // An allotment's or a garden's plot, a treatment chair and a fleet's car by their number ("the
  // holder of allotment plot 14", "De huurder van tuin 17", "De Locataire vum Gaart Nr. 12", "the
  // patient in chair 3", "the driver of car 7": the hundred-and-first set and the review of the
  // ninety-ninth to hundred-and-second)
  ...['plot', 'allotment', 'allotment plot', 'parzelle', 'garten', 'gaart', 'parcela', 'parcelle'],
  ...[
    'parcel',
    'парцел',
    'parcelës',
    'parcelei',
    'parcella',
    "(?:dell['’])?orto",
    "(?:l['’])?hort",
  ],
  ...['tuin', 'volkstuin', 'kavel', 'záhradky', 'zahrádky', 'zahrady', 'vrta', 'vrtu', 'działki'],
  ...['działce', 'lott', 'kolonilott', 'havelod', 'parsell', 'garðs', 'talhão', 'llain', 'rhandir'],
  ...['(?:tal-)?plott', 'участка', 'участок', 'ділянки', 'ділянка', 'λαχανόκηπου', 'οικοπέδου'],
  ...['chair', 'stoel', 'stol', 'stól', 'fauteuil', 'poltrona', 'sillón', 'cadeira', 'столици'],
  ...['кріслі', 'кресле', 'nghadair', 'gadair', 'cadair', 'křesle', 'kresle', 'fotelu'],
  ...['car', 'auto', 'auta', 'voiture', 'bil', 'bíls', 'fahrzeug', 'vehicle', 'coche', 'vehículo'],
  ...['veicolo', 'carro', 'viatura', 'automobilio', 'mașinii', 'машины', 'автомобиля'],
  ...['αυτοκινήτου', 'vozila', 'vozidla', 'samochodu'],
  // … and a market's stall ("član koji prodaje med na tezgi broj 12": the hundred-and-second set)
  ...['stall', 'tezgi', 'tezga', 'тезги', 'тезга', 'marktstand', 'puesto', 'bancarella', 'kraam'],
  ...['stånd', 'stoisko', 'tarabă', 'standas', 'stends', 'πάγκος', 'tezgah', 'stojnici', 'stánek'],
  // … a campsite's pitch, cabin, caravan or chalet ("the guest on pitch 14", "Gæsten på plads 14",
  // "Fyren i hytte 6", "Pani z domku nr 5", "Il-mara tal-bungalow numru 5", "Y ddynes yn y garafán
  // sefydlog rhif 21": the lost campsite set and the review of the lost sets)
  ...['pitch', 'stellplatz', 'standplatz', 'platz', 'plads', 'pladsen', 'plass', 'plats', 'plaz'],
  ...['emplacement', 'piazzola', 'parcel·la', 'parceli', 'parcelu', 'parcele', 'lote', 'plek'],
  ...['místě', 'mieste', 'miejscu', 'miejsca', 'месте', 'място', 'месту', 'mjestu', 'mestu'],
  ...[
    'θέση',
    'vendin',
    'stæði',
    'lain',
    'llain',
    'suíomh',
    'shuíomh',
    'парцели',
    'парцела',
    'site',
    'sitio',
    'sítio',
    'posto',
  ],
  ...['участке', 'ділянці', 'bungalow', '(?:tal-)?bungalow', 'bungalov', 'bungalovu', 'cabin'],
  ...['chalet', 'hytte', 'hytta', 'hytten', 'stuga', 'stugan', 'domku', 'domek', 'chatky'],
  ...['chatce', 'chatka', 'căsuța', 'căsuței', 'caravan', 'static caravan', 'carafán', 'garafán'],
  ...['(?:carafán|garafán)[ \\t]sefydlog', 'wohnwagen', 'wunnwon', 'campingvogn', 'husvagn'],
  ...['caravane', 'roulotte', 'caravana', 'mobile home', 'mobil-home', 'mobilheim', 'tent'],
  ...['tente', 'zelt', 'telt', 'tält', 'kućici', 'kućica', 'kučici', 'hišici', 'бунгало'],
  // … and a camp's tent, bed or hut in more languages ("iz šotora 5", "në shtratin 14", "de la
  // tienda 3", "namiotu 4": blind set 113 of the thirty-eighth session)
  ...['šotora', 'šotoru', 'šator', 'šatora', 'shtratin', 'shtratit', 'çadrën', 'tienda', 'tenda'],
  // (not a bed's word: "the girl went to bed 2 hours late")
  ...['namiot', 'namiotu', 'namiocie', 'teltta', 'teltassa', 'telk', 'telgis', 'majan', 'majassa'],
  ...['puball', 'bpuball', 'pabell', 'палатке', 'наметі'],
  // … and in the cases and mutations a sentence puts them in ("o babell 7", "з намету №22", "из
  // номера 14", "del bungalou 11": blind set 121 of the forty-third session)
  ...['babell', 'mhabell', 'намету', 'намета', 'палатки', 'номера', 'номере', 'bungalou'],
  // … and a Danish block's staircase ("kunden i opgang 3, 2. th.": blind set 105 of the
  // thirty-seventh session)
  ...['opgang', 'opgangen', 'trappeopgang'],
  // … and a petrol station's pump ("the driver of the truck at pump 7", "De chauffeur van de
  // vrachtwagen bij pomp 7": read after seven words, as a berth is, BOAT_OWNER_AFTER)
].join('|');
// A floor or a flat by its number, right after the person (sticky, tried only after one).
const DWELLING = [
  // "3.ºA", "2º B", "4°": an ordinal mark (ES, PT, IT)
  `\\d{1,2}[ \\t]?\\.?[ \\t]?[ºª°][ \\t]?(?:\\p{Lu}(?![${EDGE_LETTERS}]))?`,
  // "3. etasje", "2. OG", "3rd floor", "3e étage", "2° piano"
  `\\d{1,2}(?:\\.|st|nd|rd|th|e|er|ème|eme|°|º|o|ª|-[\\p{L}]{1,3})?[ \\t]?(?:${FLOOR_WORDS})(?![${EDGE_LETTERS}])`,
  `(?:${ORDINAL_WORDS})[ \\t]+(?:${FLOOR_WORDS})(?![${EDGE_LETTERS}])`,
  // … its number maybe after 'nr.', '#', 'č.', 'br.', 'št.', '№', 'nru.', 'numru', 'broj' or
  // 'Nummer'
  `(?:${FLAT_WORDS})[ \\t]?(?:n[or]\\.?[ \\t]?|#|č\\.[ \\t]?(?:p\\.[ \\t]?)?|(?:br|št|nru)\\.[ \\t]?|№[ \\t]?|(?:numru|nummer|number|broj|број|rhif)[ \\t])?\\d{1,4}\\p{Lu}?(?![${EDGE_ALNUM}])`,
  // A house by its number after 'of', 'from' or 'at' ("meneer van nummer 42", "el veí del número
  // 8", "the lady at No. 14": blind set 105 of the thirty-seventh session; the Italian 'civico',
  // "la signora del civico 22": a hundred-and-thirty-fifth set); not a player's ("the man number
  // 10")
  `(?:van|of|from|at|del|dal|du|de|vom|von|fra|från|z|ze|iz|из|da|do|di|aus)[ \\t]+(?:nummer|number|número|numéro|numero|civico|nr\\.?|no\\.?|broja|броја|čísla)[ \\t]?\\d{1,4}\\p{Lu}?(?![${EDGE_ALNUM}])`,
  `(?:${GROUND_WORDS})(?![${EDGE_LETTERS}])`,
  // A flat or a house by where it stands from the speaker's ("The lad from the flat above the
  // chippy", "Kundze no blakus mājas", "Zonja … nga pallati përballë": the ninety-fifth set)
  `(?:flat|apartment|house)[ \\t]+(?:above|below|upstairs|downstairs|opposite|next[ \\t]door)(?![${EDGE_LETTERS}])`,
  `(?:nebenan|gegenüber|von[ \\t]+oben|d'en[ \\t]+face|d'à[ \\t]+côté|hiernaast|van[ \\t]+de[ \\t]+overkant|de[ \\t]+al[ \\t]+lado|de[ \\t]+enfrente|della[ \\t]+porta[ \\t]+accanto|z[ \\t]+naprzeciwka|odvedle|odnaproti|blakus[ \\t]+mājas|pallati[ \\t]+përballë|ved[ \\t]+siden[ \\t]+af)(?![${EDGE_LETTERS}])`,
  // A flat by its number before the word (LT "iš 5 buto"), a floor with its ordinal after (SQ
  // "i katit të dytë")
  `\\d{1,4}[ \\t]+(?:buto|bute)(?![${EDGE_LETTERS}])`,
  // … also in the accusative ("zotëria në katin e dytë": a hundred-and-twenty-seventh set)
  `(?:katit|kati|katin)[ \\t]+(?:të[ \\t]+|e[ \\t]+)?(?:parë|dytë|tretë|katërt|pestë)(?![${EDGE_LETTERS}])`,
  // A floor by its ordinal alone, as Spanish says it ("la señora del tercero", a seventy-seventh
  // set)
  // … and in Galician and Portuguese ("A veciña do segundo": a hundred-and-thirty-third set)
  `(?:del|de[ \\t]+la|do|da)[ \\t]+(?:primero|primeiro|segundo|tercero|terceiro|cuarto|quarto|quinto|sexto|séptimo|sétimo|octavo|oitavo|ático|baixo)(?![\\p{L}])`,
  // A room numbered in Arabic digits ("المقيم في الغرفة ٧"), or before its word in Russian and
  // Ukrainian ("Подопечная из 5-й палаты")
  `(?:الغرفة|غرفة)[ \\t]?[\\d٠-٩]{1,4}(?![${EDGE_ALNUM}])`,
  `(?:из|з)[ \\t]+\\d{1,3}(?:-?[\\p{L}]{1,3})?[ \\t]+(?:палаты|палати|комнаты|кімнати|домика|будиночка|номера)(?![${EDGE_LETTERS}])`,
  // A flat by its ordinal in words in Ukrainian and Russian ("мешканець чотирнадцятої квартири"),
  // a flat told by its place in Icelandic ("íbúinn í kjallaraíbúðinni": the ninety-second set),
  `[\\p{L}]{3,}(?:ої|ой|ей)[ \\t]+(?:квартири|квартиры)(?![${EDGE_LETTERS}])`,
  `í[ \\t]+[\\p{L}]{2,}íbúðinni(?![${EDGE_LETTERS}])`,
  // … and in Swedish, Norwegian and Danish by its definite form ("medlemmen i hörnlägenheten på
  // bottenvåningen", the ninety-second set)
  `[\\p{L}]*(?:lägenheten|leiligheten|lejligheden)(?![${EDGE_LETTERS}])`,
  // A chair by its number before the word (LV "Pacientei 3. krēslā"), or in Arabic ("المريضة على
  // الكرسي رقم 3")
  `\\d{1,3}\\.?[ \\t]+(?:krēslā|krēsla)(?![${EDGE_LETTERS}])`,
  `(?:الكرسي|كرسي)[ \\t]?(?:رقم[ \\t]?)?[\\d٠-٩]{1,3}(?![${EDGE_ALNUM}])`,
  // A campsite's place or a pump by its number before the word (LV "Viesim 14. vietā", "šoferis
  // pie 7. sūkņa", LT "Svečias 14-oje vietoje"), or in Arabic ("البيت المتنقل رقم 3", "المضخة رقم
  // 7": the lost campsite set and the review of the lost sets)
  `\\d{1,3}\\.?[ \\t]+(?:vietā|sūkņa|sūknī|mājiņā)(?![${EDGE_LETTERS}])`,
  `\\d{1,3}(?:-?oje|\\.)?[ \\t]+(?:vietoje|kolonėlės|namelyje|namelio)(?![${EDGE_LETTERS}])`,
  `(?:البيت[ \\t]المتنقل|الموقع|الكرفان|الشاليه|الكوخ|الخيمة|المضخة|مضخة)[ \\t]?(?:رقم[ \\t]?)?[\\d٠-٩]{1,3}(?![${EDGE_ALNUM}])`,
].join('|');
// After a person word ('occupant' terms): at most three short words, then the dwelling.
const DWELLING_AFTER_PERSON = new RegExp(
  `(?:[ \\t]+[\\p{L}'’.]{1,7}){0,3}[ \\t]+(?:${DWELLING})`,
  'iuy',
);
// … or further, a boat's owner or skipper ('berthHolder' terms) with a berth or a pier by its
// number after up to seven words ("the owner of the blue boat at berth 14", "власник катера на
// місці 9", "eigenaar van de groene sloep aan steiger C, plek 14", "lastnik jadrnice na privezu
// 41": the ninety-eighth set)
const BERTH_WORDS = [
  ...['berth', 'mooring', 'pontoon', 'jetty', 'pier', 'liegeplatz', 'steg', 'ponton', 'amarre'],
  ...['pantalán', 'pantalà', 'atraque', 'ormeggio', 'pontile', 'posto barca', 'pontão', 'cais'],
  ...['lugar', 'ligplaats', 'steiger', 'plek', 'båtplats', 'bryggplats', 'plats', 'bådplads'],
  ...['bro', 'båtplass', 'brygge', 'laituripaikka', 'laituri', 'keja', 'pomost', 'pomoście'],
  ...['molo', 'kotviště', 'vez', 'veza', 'vezu', 'privez', 'priveza', 'privezu', 'вез', 'кей'],
  ...['причал', 'причале', 'причалі', 'месте', 'місці', 'θέση', 'iskele', 'kikötőhely', 'stég'],
  ...['dana', 'locul', 'prieplauka', 'piestātne', 'kai', 'céibh', 'angorfa', 'pantalana'],
  ...['amarratoki', 'amarrador', 'kalata', 'moll', 'رصيف', 'bryggja', 'legupláss', 'iskelede'],
  'anneau',
  // A petrol station's pump, where a vehicle stands as a boat at its berth (the review of the lost
  // petrol-station set: "Le chauffeur du camion à la pompe 7", "Ο οδηγός του φορτηγού στην αντλία
  // 7", "kierowca tira przy dystrybutorze 7", "gyrrwr y lori wrth bwmp 7")
  ...['pump', 'pumpe', 'pomp', 'pompe', 'pompa', '(?:fil-)?pompa', 'pompë', 'bomba', 'surtidor'],
  ...['sortidor', 'dystrybutorze', 'dystrybutora', 'stojanu', 'stojanem', 'колонки', 'колонке'],
  ...['колонка', 'колонці', 'αντλία', 'pumpu', 'pumpa', 'пумпе', 'пумпа', 'caidéal', 'bwmp'],
  ...['pwmp', 'zapfsäule'],
  // … and a berth in Portuguese, Albanian and Romanian, and a Russian pier in the genitive (blind
  // sets 109 to 112: "o Zé da amarração 15", "në molin 3", "de la pontonul B", "с причала 3")
  ...['amarração', 'amarracao', 'molin', 'pontonul', 'причала'],
  // A market's stall, where a stallholder stands as a boat at its berth (blind set 118)
  ...['stand', 'stall', 'standplatz', 'stánku', 'stánek', 'stánok', 'stoisko', 'stoisku'],
  ...['stoiska', 'stragan', 'straganie', 'taraba', 'tarabă', 'tarabei', 'tezgi', 'тезги', 'тезга'],
  ...['павилион', 'павильон', 'павільйон', 'павільйоні', 'kiosk', 'kiosku', 'puesto', 'parada'],
  ...['kraam', 'bod', 'boden', 'kioski', 'myyntipaikka', 'standul', 'prekystalio', 'prekystalyje'],
  ...['letiņa', 'putka', 'putkas', 'bódé', 'tezgah', 'tezgâh', 'πάγκο', 'πάγκος', 'stondin'],
  ...['stánku č\\.', 'stand n°', 'stand nr\\.', 'štand', 'štandu', 'štanda', 'štandi', 'штанд'],
  // A courier's round or route, a post office's counter, a warehouse's aisle or forklift, where a
  // driver, a clerk or a picker works as a stallholder at a stall (a hundred-and-thirty-third set:
  // "Mae'r gyrrwr ar rownd 6", "الموظفة في الشباك رقم 2", "el mozo que lleva la carretilla nº 3")
  ...['route', 'round', 'rownd', 'tour', 'tournée', 'ruta', 'rota', 'rit', 'rute', 'ruten'],
  ...['rutt', 'rutten', 'reitti', 'reitillä', 'trasa', 'trasie', 'trase', 'маршрут', 'маршруте'],
  ...['маршруті', 'маршрута', 'counter', 'guichet', 'schalter', 'ventanilla', 'sportello'],
  ...['balcão', 'loket', 'okienko', 'okienku', 'přepážka', 'přepážce', 'přepážky', 'šalter'],
  ...['šalteru', 'šaltera', 'gişe', 'gişesi', 'الشباك رقم', 'شباك رقم', 'aisle', 'carretilla'],
].join('|');
// A berth's number, a pontoon's letter before it or not ('D11', 'C22', 'F-22': the same sets)
const BERTH_NUMBER = String.raw`(?:n[or]\.?[ \t]?|n[º°][ \t]?|#)?(?:\p{L}-?)?\d{1,3}`;
const BOAT_OWNER_AFTER = new RegExp(
  `(?:[ \\t]+[\\p{L}\\p{M}'’.-]{1,14},?){0,7}[ \\t]+(?:(?:${BERTH_WORDS})[ \\t]?${BERTH_NUMBER}|\\d{1,3}(?:-?\\p{L}{1,3})?\\.?[ \\t]+(?:${BERTH_WORDS}))(?![${EDGE_ALNUM}])`,
  'iuy',
);
// A member or a guest by their berth, as a resident by their flat: a few short words, then the
// berth and its number ("the member in berth D11", "medlemmen med båtplats C22": the same sets)
const BERTH_AFTER_PERSON = new RegExp(
  `(?:[ \\t]+[\\p{L}'’.]{1,7}){0,3}?(?:[ \\t]+|[ \\t]+\\p{L}{1,5}['’])(?:${BERTH_WORDS})[ \\t]?${BERTH_NUMBER}(?![${EDGE_ALNUM}])`,
  'iuy',
);

// After a pronoun and 'del', 'du' ('occupantPronoun' terms): "el del 3.ºA", "quello del secondo
// piano", "celui du 2e étage".
const DWELLING_AFTER_PRONOUN = new RegExp(`[ \\t]*(?:${DWELLING})`, 'iuy');
// … or a numbered berth ("al del amarre 32": blind set 111)
const BERTH_AFTER_PRONOUN = new RegExp(
  `[ \\t]*(?:${BERTH_WORDS})[ \\t]?${BERTH_NUMBER}(?![${EDGE_ALNUM}])`,
  'iuy',
);

// Or before it, numbered, as Estonian, Hungarian, Basque, Finnish and Turkish put the room first
// ("Toa 12 elanik", "A 3-as szobában lakó néni", "3. gelako egoiliarrak", "Huoneen 6 asukas", "5
// numaralı odadaki teyze": a seventy-seventh red-team set and its review).
const ROOM_BEFORE_PERSON = new RegExp(
  [
    String.raw`(?:toa|toas|huoneen)[ \t]?(?:nr\.?[ \t]?)?\d{1,4}`,
    String.raw`\d{1,4}(?:-?(?:as|es|os|ös|ás|és)|\.)?[ \t]+(?:szobában|szobai|szobából|gelako)`,
    String.raw`\d{1,4}[ \t]+(?:numaralı|nolu|no'lu)[ \t]+odadaki`,
    // … and a flat ("B blok 7 numaradaki kiracının", the ninety-second set)
    String.raw`\d{1,4}[ \t]+(?:numaradaki|(?:numaralı|nolu|no'lu)[ \t]+dairedeki)`,
    // A floor in Turkish, an adjective allowed before the person ("4. kattaki yaşlı amca")
    String.raw`\d{1,2}\.?[ \t]+(?:kattaki|katta)(?:[ \t]+\p{L}{2,8})?`,
    // A storage unit or a berth before its tenant, owner or skipper ("varaston 12 vuokralainen",
    // "Laoboksi 12 üürnik", "noliktavas 12. boksa īrnieks", "sandėlio 12 nuomininkas", "12
    // numaralı deponun kiracısı", "a 12-es raktár bérlője", "12. biltegiko maizterra",
    // "laituripaikan 14 kippari": the review of the ninety-sixth to ninety-eighth sets)
    String.raw`(?:varaston|laoboksi|noliktavas|sandėlio|laituripaikan|kaipaikan|palstan|dārziņa|dārza|sklypo|aiamaa|auton|tuolin)[ \t]?(?:nr\.?[ \t]?)?(?:\p{L}-?)?\d{1,4}\.?(?:[ \t]+\p{L}{3,8})?`,
    String.raw`\d{1,4}[ \t]+(?:numaralı|nolu|no'lu)[ \t]+(?:\p{L}{3,12}[ \t]+)?(?:deponun|deposunun|iskeledeki|bölmenin|koltuktaki|bahçenin|parselin|aracın)`,
    String.raw`\d{1,4}(?:-?(?:as|es|os|ös|ás|és))?[ \t]+(?:raktár|tároló|boksz|bójánál|stégnél|kert|parcella|székben|autó)(?:[ \t]+\p{L}{3,10}){0,2}`,
    String.raw`\d{1,4}\.?[ \t]+(?:biltegiko|trastelekuko|pantalaneko|pantalanean|baratzeko|aulkiko|partzelako)(?:[ \t]+\p{L}{3,10}){0,3}`,
    // A campsite's place, cabin or caravan, or a pump, before its guest or driver ("Paikan 14
    // vieras", "Kämpingu platsil 14 peatuv külaline", "Pumpulla 7 olevan rekan kuljettaja", "14
    // numaralı parseldeki misafir", "7 numaralı pompadaki tırın şoförü", "A 3-as faház bérlője", "A
    // 7-es kútnál álló kamion sofőrjét", "7. ponpako kamioi-gidaria": the lost campsite set and the
    // review of the lost sets)
    String.raw`(?:paikan|paikalla|pumpulla|pumpun|mökin|tankuri|platsil|majakese|haagissuvila|telgis|telgi|majakeses)[ \t]?(?:nr\.?[ \t]?)?(?:\p{L}-?)?\d{1,4}\.?(?:[ \t]+\p{L}{3,10}){0,3}`,
    String.raw`\d{1,4}[ \t]+(?:numaralı|nolu|no'lu)[ \t]+(?:pompadaki|parseldeki|alandaki|karavandaki|bungalovdaki|çadırdaki|evdeki)(?:[ \t]+\p{L}{3,10})?`,
    String.raw`\d{1,4}(?:-?(?:as|es|os|ös|ás|és))?[ \t]+(?:faház|faházban|faházat|kútnál|kútnál|parcellán|helyen|lakókocsiban|sátorban)(?:[ \t]+\p{L}{3,10}){0,2}`,
    String.raw`\d{1,4}\.?[ \t]+(?:ponpako|ponpan|bungalowko|kanpinako|karabanako|etxolako)(?:[ \t]+\p{L}{3,10}){0,3}`,
    // A market's stall before its seller ("putka nr 7 müüja", "Prekystalis 12: prekeivė", "a
    // 22-es standos zöldséges bácsi": blind set 118)
    String.raw`(?:putka|leti|kiosk|prekystalis|prekystalio|letiņa)[ \t]?(?:nr\.?[ \t]?)?\d{1,4}\.?:?`,
    String.raw`\d{1,4}(?:-?(?:as|es|os|ös|ás|és))?[ \t]+(?:standos|standnál|bódés|pultos)(?:[ \t]+\p{L}{3,10}){0,2}`,
  ]
    .map((room) => `(?<![\\p{L}\\p{N}])(?:${room})[ \\t]+$`)
    .join('|'),
  'iu',
);
const ROOM_BEFORE_REACH = 48;
const DIGIT = /\d/;

// A resident told by the room or flat: one finding's shape, whichever side the room stands on.
const occupant = (span: Span): Finding =>
  toFinding(span, {
    type: 'PERSON_REFERENCE',
    category: 'location',
    score: 0.65,
    recognizer: 'person-reference',
    detail: 'occupant',
  });

const NO_BREAK_SPACES = /\u00a0/g;

const occupants = (text: string): Finding[] => {
  const hits = lexiconHits(text);
  const found: Finding[] = [];
  // The patterns read blanks as spaces and tabs: a no-break space is one too (same length, so the
  // offsets hold)
  const plain = text.includes('\u00a0') ? text.replace(NO_BREAK_SPACES, ' ') : text;
  // A boat's owner or skipper is read as a resident is, and before a berth further away
  const holders = [...hits.of('occupant'), ...hits.of('berthHolder')];
  for (const hit of holders) {
    const before = plain.slice(Math.max(0, hit.start - ROOM_BEFORE_REACH), hit.start);
    // Every room is numbered: a window without a digit is not tried at each of its places
    const match = DIGIT.test(before) ? ROOM_BEFORE_PERSON.exec(before) : null;
    if (match !== null)
      found.push(occupant({ start: hit.start - before.length + match.index, end: hit.end }));
  }
  const after = [
    ...holders.map((hit) => [hit, DWELLING_AFTER_PERSON] as const),
    ...hits.of('occupant').map((hit) => [hit, BERTH_AFTER_PERSON] as const),
    ...hits.of('berthHolder').map((hit) => [hit, BOAT_OWNER_AFTER] as const),
    ...hits.of('occupantPronoun').map((hit) => [hit, DWELLING_AFTER_PRONOUN] as const),
    ...hits.of('occupantPronoun').map((hit) => [hit, BERTH_AFTER_PRONOUN] as const),
  ];
  for (const [hit, pattern] of after) {
    pattern.lastIndex = hit.end;
    const match = pattern.exec(plain);
    if (match !== null) found.push(occupant({ start: hit.start, end: hit.end + match[0].length }));
  }
  return found;
};

// A home by its coordinates: a latitude and longitude to five decimals (about a metre) and a word
// of dwelling near them ("Zustellung an 48.172906, 11.498217 – hinteres Haus, … Bewohner arbeitet
// nachts"). A station's or depot's four decimals ("Depot Zuid: 51.9244, 4.4777") are no home.
// The pair as a log writes it too, by keys ("lat=59.334591 lon=18.063240 label=HOME").
const COORDINATES =
  /(?<![\d.])(-?\d{1,2}\.\d{5,9})[ \t]*(?:[,;/ ]|[,;&]?[ \t]*(?:lon|lng|long|longitude)[ \t]*[=:])[ \t]*(-?\d{1,3}\.\d{5,9})(?![\d.])/y;
const HOME_REACH = 160;
const HOME_WORD = new RegExp(
  `(?<![${EDGE_LETTERS}])(?:home|house|resident|occupant|lives|tenant|bewohner(?:in)?|haus|wohnung|wohnt|zuhause|habitant|domicile|maison|habite|casa|vive|domicilio|residente|abita|abitazione|woning|woont|bewoner|huis|mieszka|dom|mora|moradia|bostad|bor|hus|hjem|koti|asuu|kodu|elab|otthon|lakik)(?![${EDGE_LETTERS}])`,
  'iu',
);

// Each number with five decimals (a digit, '.', five digits), where a pair may start: up to two
// characters before its last integer digit ('-12.34567'). Found by indexOf: a scan of every
// digit by a pattern costs more than the rest of this rule.
const fiveDecimalsAt = (text: string, dot: number): boolean => {
  if (!isDigitCode(text.charCodeAt(dot - 1))) return false;
  for (let i = dot + 1; i <= dot + 5; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return true;
};

const pairAt = (text: string, digit: number): RegExpExecArray | null => {
  for (let start = Math.max(0, digit - 2); start <= digit; start++) {
    COORDINATES.lastIndex = start;
    const match = COORDINATES.exec(text);
    if (match !== null) return match;
  }
  return null;
};

const homes = (text: string): Finding[] => {
  const found: Finding[] = [];
  let after = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot - 1 < after || !fiveDecimalsAt(text, dot)) continue;
    const match = pairAt(text, dot - 1);
    if (match === null) continue;
    after = match.index + match[0].length;
    if (Math.abs(Number(match[1])) > 90 || Math.abs(Number(match[2])) > 180) continue;
    const end = match.index + match[0].length;
    const around = text.slice(Math.max(0, match.index - HOME_REACH), end + HOME_REACH);
    if (!HOME_WORD.test(around)) continue;
    found.push(
      toFinding(
        { start: match.index, end },
        {
          type: 'PERSON_REFERENCE',
          category: 'location',
          score: 0.65,
          recognizer: 'person-reference',
          detail: 'home',
        },
      ),
    );
  }
  return found;
};

// Chat exports: "[09:12] frank schwarz: …", "03/03/25, 20:14 - Ciccio Esposito (int. 7): …",
// "[18:02] Rocío: …". The author's two or three words, one of them a known first name or surname;
// or one word, a known first name (see soleAuthor).
const CHAT_LINE =
  /[ \t>]*(?:\[[^\]\n]{0,24}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,8}\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]+[-–])[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]\p{L}[\p{L}'’-]+){0,2})(?:[ \t]+\([^)\n]{0,24}\))?:/uy;
// CHAT_LINE's stamp alone, without Unicode classes: cheap to try on every line with a time (log
// lines start with a date too).
const CHAT_STAMP =
  /[ \t>]*(?:\[[^\]\n]{0,24}\d{1,2}:\d{2}(?::\d{2})?[^\]\n]{0,8}\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]+[-–])[ \t]+/y;

/** A first name or surname the gazetteer knows, no everyday word and not ambiguous. */
const isClearName = (word: string): boolean => {
  const folded = foldText(word);
  const flags = nameFlags(folded);
  return (
    (flags & (NAME_FLAGS.FIRST | NAME_FLAGS.LAST)) !== 0 &&
    (flags & NAME_FLAGS.AMBIGUOUS) === 0 &&
    !COMMON_WORDS.has(folded)
  );
};

const knownNameIn = (words: readonly string[]): boolean => words.some(isClearName);

// Authors of log lines and AI chats ("[10:00:01] Jenkins: build started", "[10:02] Gemini: …"),
// none of them a person's first name: an assistant that shares one ('Claude', 'Alexa', 'Siri',
// 'Nova') or a build server that does ('Travis', 'Hudson') is read as a person (fail closed).
const NOT_AUTHORS = new Set(
  [
    'gemini',
    'cortana',
    'jenkins',
    'kafka',
    'jira',
    'copilot',
    'assistant',
    'chatgpt',
    'bard',
  ].concat(['llama', 'mistral', 'grok']),
);

/**
 * A one-word author ("[18:02] Rocío:"): a first name the gazetteer knows, no everyday word or
 * place ('Will', 'Mark'), not in capitals ("[10:00] ERROR:" is a log line).
 */
const soleAuthor = (word: string): boolean => {
  const folded = foldText(word);
  const flags = nameFlags(folded);
  return (
    (flags & NAME_FLAGS.FIRST) !== 0 &&
    (flags & NAME_FLAGS.AMBIGUOUS) === 0 &&
    word !== word.toUpperCase() &&
    !COMMON_WORDS.has(folded) &&
    !NOT_AUTHORS.has(folded)
  );
};

// Every chat line holds a clock time ('9:12'): only the lines with one are tried, from their
// start, when they open with '[' or a digit as a chat stamp does. Found by indexOf, for speed.
const isClockAt = (text: string, colon: number): boolean =>
  isDigitCode(text.charCodeAt(colon - 1)) &&
  isDigitCode(text.charCodeAt(colon + 1)) &&
  isDigitCode(text.charCodeAt(colon + 2));

// Blanks, and the '>' marks of a reply quoting the chat ("> 03/03/25, 20:14 - Ciccio Esposito:").
const isLineLead = (code: number): boolean => code === 32 || code === 9 || code === 62;

const opensStamp = (text: string, start: number): boolean => {
  let at = start;
  while (isLineLead(text.charCodeAt(at))) at += 1;
  const code = text.charCodeAt(at);
  return code === 91 || isDigitCode(code);
};

/** Where the line holding `index` starts: after \n, \r, U+2028 or U+2029 (as `^` with the m flag). */
const lineStart = (text: string, index: number, rare: boolean): number => {
  const feed = text.lastIndexOf('\n', index - 1);
  if (!rare) return feed + 1;
  return (
    Math.max(
      feed,
      text.lastIndexOf('\r', index - 1),
      text.lastIndexOf('\u2028', index - 1),
      text.lastIndexOf('\u2029', index - 1),
    ) + 1
  );
};

const chatAuthors = (text: string): Finding[] => {
  const found: Finding[] = [];
  let tried = -1;
  const rare = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (!isClockAt(text, colon)) continue;
    const start = lineStart(text, colon, rare);
    if (start === tried) continue;
    tried = start;
    if (!opensStamp(text, start)) continue;
    CHAT_STAMP.lastIndex = start;
    if (!CHAT_STAMP.test(text)) continue;
    CHAT_LINE.lastIndex = start;
    const match = CHAT_LINE.exec(text);
    if (match === null) continue;
    const name = match[1] as string;
    const words = name.split(/[ \t]/);
    if (words.length === 1 ? !soleAuthor(name) : !knownNameIn(words)) continue;
    const nameStart = start + match[0].indexOf(name);
    found.push(nameFinding({ start: nameStart, end: nameStart + name.length }, 'chat'));
  }
  return found;
};

// iCalendar attendees and organisers: "ATTENDEE;CN=Gareth Pryce;ROLE=…". Two to four capitalised
// words; not a room, a resource or a group (CUTYPE), nor a team's or a room's name (calendar.ts).
const calendarPeople = (text: string): Finding[] => {
  if (!text.includes('CN=')) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(CALENDAR_PERSON)) {
    if (NOT_A_PERSON.test(match[1] ?? '')) continue;
    const name = match[2] as string;
    if (namesTeam(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push(nameFinding({ start, end: start + name.length }, 'calendar'));
  }
  return found;
};

// A hospital room and bed single out the patient lying there ("Hab. 312 cama B", "room 12 bed 2",
// "Zimmer 4, Bett 1", "chambre 12 lit A", "stanza 5 letto 2", "kamer 3 bed 1", "sala 4 łóżko 2"):
// a room word, its number, then at once a bed word and its number or letter. A room alone is a
// hotel's or an office's; a bed word alone is furniture. Cheap precheck: a bed word's letters.
// After a room word (the lexicon's 'room' terms: 'Hab.', 'room', 'Zimmer', 'chambre'…), its number
// and at once a bed word with its number or letter (tried only after a room word).
const BED_AFTER_ROOM =
  /[ \t]*(?:n[ºo°.][ \t]*)?:?[ \t]*\d{1,4}[A-Za-z]?[ \t]*[,/–-]?[ \t]*(?:cama|bed|bett|lit|letto|łóżko|lozko|säng|seng|vuode|postel|posteľ)[ \t]*(?:n[ºo°.][ \t]*)?:?[ \t]*(?:[A-Za-z]|\d{1,2})(?![A-Za-z0-9À-ÿ])/iy;

// A bed said to be free is nobody's ("Hab. 314 cama A: libre desde las 22:00").
const EMPTY_BED =
  /^[ \t]*[:–-]?[ \t]*(?:libre|free|vacant|empty|frei|leer|libero|libera|vuoto|vrij|leeg|wolne|puste|livre|vazia|vazio|ledig|tom|tyhjä)(?![A-Za-z])/i;

// After a bed word (the lexicon's 'bed' terms), its number, a dash or colon, then a patient's
// dotted initials ("J.McC", "S.O'D", "T. K.") or age and sex ("84M", "41 F", "71 J., w") soon
// after: a ward list's line ("bed 1 – J.McC 84M hip # post-op"). A bed with a number alone is
// furniture or a free bed ("bed 2 – empty"); two capitals without a dot are a product ("IKEA").
const PATIENT_AFTER_BED = new RegExp(
  String.raw`[ \t]*(?:n[ºo°.][ \t]*)?\d{1,3}[A-Za-z]?[ \t]*[:–—-][ \t]*(?:\p{Lu}\.[ \t]?(?:Mc|Mac|O['’])?\p{Lu}|[^\n]{0,20}?(?<![${EDGE_ALNUM}])\d{1,3}[ \t]?(?:[MFmfWw]|J\.?,?[ \t]?[mwMW])(?![${EDGE_ALNUM}]))`,
  'uy',
);

/** The patient in a bed, from the word that opens the reference to its end. */
const bedFinding = (start: number, end: number): Finding =>
  toFinding(
    { start, end },
    {
      type: 'PERSON_REFERENCE',
      category: 'location',
      score: 0.65,
      recognizer: 'person-reference',
      detail: 'bed',
    },
  );

/** "bed 1 – J.McC 84M": the patient a ward list's line is about. */
const wardLines = (text: string): Finding[] => {
  const found: Finding[] = [];
  for (const bed of lexiconHits(text).of('bed')) {
    PATIENT_AFTER_BED.lastIndex = bed.end;
    const match = PATIENT_AFTER_BED.exec(text);
    if (match !== null) found.push(bedFinding(bed.start, bed.end + match[0].length));
  }
  return found;
};

// A care home's or a ward's resident singled out by the room ("resident of Room 14, female, 82",
// "Rom 212: beboer (mann, 88) med demens", "Seomra 9: an cónaitheoir", "der Bewohner in Zimmer
// 12"): a room word and its number with a word for a resident or a patient on the same line, at
// most a few words from it. A room with a number alone is a hotel's or an office's; an employee
// in a room is at work.
const ROOM_NUMBER = /[ \t]*(?:n[ºo°.][ \t]*)?\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/uy;
const CARE_REACH = 32;
const CARE_NOUNS = new Set(
  ['resident', 'residente', 'bewohner', 'bewohnerin', 'bewoner', 'bewoonster']
    .concat(['beboer', 'beboeren', 'boende', 'asukas', 'mieszkaniec', 'mieszkanka', 'lako'])
    .concat(['rezident', 'stanovalec', 'stanovalka', 'gyventojas', 'iemitnieks', 'elanik'])
    .concat(['обитател', 'conaitheoir', 'patient', 'patientin', 'patiente', 'paciente'])
    .concat(['paziente', 'pasient', 'pacjent', 'pacjentka', 'pacient', 'pacientka', 'pacijent'])
    .concat(['potilas', 'beteg', 'ασθενησ']),
);

const careRooms = (text: string): Finding[] => {
  const hits = lexiconHits(text);
  const rooms = hits.of('room');
  if (rooms.length === 0) return [];
  const nouns = [...hits.of('roleNoun'), ...hits.of('numberedRole')].filter((noun) =>
    CARE_NOUNS.has(foldText(text.slice(noun.start, noun.end))),
  );
  if (nouns.length === 0) return [];
  const found: Finding[] = [];
  for (const room of rooms) {
    // A room with its bed is hospitalBeds' ("Zimmer 4, Bett 1: Patientin 82 J.")
    BED_AFTER_ROOM.lastIndex = room.end;
    if (BED_AFTER_ROOM.test(text)) continue;
    ROOM_NUMBER.lastIndex = room.end;
    const number = ROOM_NUMBER.exec(text);
    if (number === null) continue;
    const end = room.end + number[0].length;
    const near = nouns.some(
      (noun) =>
        noun.end > room.start - CARE_REACH &&
        noun.start < end + CARE_REACH &&
        !text.slice(Math.min(noun.start, room.start), Math.max(noun.end, end)).includes('\n'),
    );
    if (near) found.push(bedFinding(room.start, end));
  }
  return found;
};

/** "Hab. 312 cama B": the patient in a hospital room's bed. */
const hospitalBeds = (text: string): Finding[] => {
  const found: Finding[] = [];
  for (const room of lexiconHits(text).of('room')) {
    BED_AFTER_ROOM.lastIndex = room.end;
    const match = BED_AFTER_ROOM.exec(text);
    if (match === null) continue;
    const end = room.end + match[0].length;
    if (EMPTY_BED.test(text.slice(end, end + 16))) continue;
    found.push(bedFinding(room.start, end));
  }
  return found;
};

// The name on a doorbell or intercom, as delivery instructions give it ("citofono esposito",
// "Klingel: Öztürk", "sonner chez Martin"): the household's surname. Only a name the gazetteer
// knows as a surname or first name, and no everyday word ("citofono rotto", "Klingel defekt").
const DOORBELL =
  /(?<![\p{L}\p{N}])(?:citofono|citofonare a|campanello|klingel(?:schild)?|sonnette|interphone|sonner chez|interfono|timbre|portero|deurbel|aanbellen bij|domofon|porteiro|ringklocka|porttelefon|dørtelefon|ringeklokke)[ \t]*:?[ \t]*(?:(?:de|van|von|der|den|di|da|del|della|le|la|du|dos)[ \t]+){0,2}(\p{L}[\p{L}'’-]{1,30})(?![\p{L}\p{N}])/giu;

// Each word DOORBELL opens with is a lexicon entry ('doorbell'): the lexicon's one pass says
// whether a text holds one (a case-insensitive scan of the text for them cost 1% of a payload).
const doorbellNames = (text: string): Finding[] => {
  if (lexiconHits(text).of('doorbell').length === 0) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(DOORBELL)) {
    const name = match[1] as string;
    if (!isClearName(name)) continue;
    const start = match.index + match[0].length - name.length;
    found.push(nameFinding({ start, end: start + name.length }, 'doorbell'));
  }
  return found;
};

const nameFinding = (span: Span, detail: string): Finding =>
  toFinding(span, {
    type: 'PERSON_NAME',
    category: 'person_name',
    score: 0.7,
    recognizer: 'person-reference',
    detail,
  });

// A place's name that shows without a capital, as text written in lower case has it: a saint's
// name ("at st brendans primary", "della parrocchia di san rocco") or a street and its number
// ("dello stabile di via padova 88", "au 4 rue des lilas").
const PLACE_WITHOUT_CAPITAL = String.raw`(?:(?:st|st\.|saint|sainte|san|santa|santo|sankt|são|sv\.)[ \t]{1,2}\p{L}{3,}|(?:via|viale|corso|piazza|piazzale|calle|avenida|plaza|rua|travessa|ulica|ul\.|aleja|strada|bulevardul)(?:[ \t]{1,2}(?:de|del|della|di|da|do|dos))?(?:[ \t]{1,2}\p{L}[\p{L}'’-]+){1,2},?[ \t]{1,2}\d{1,4}(?!\p{N})|\d{1,4}(?:bis|ter)?,?[ \t]{1,2}(?:rue|avenue|boulevard|chemin|allée|impasse)(?:[ \t]{1,2}\p{L}[\p{L}'’-]+){1,3})`;

// After an office: a preposition or article and the organisation's or the place's name, a capital
// starting it ("of Brightwell Freight GmbH", "de Saint-Aubin-sur-Loir", "der Müller Bau GmbH"),
// maybe after a word for a municipality in the genitive ("starostka obce Dolní Věstonice",
// "burmistrz miasta Kraków"), or the Cyrillic 'на' ("кметът на Боженци").
const ORGANISATION_AFTER = new RegExp(
  String.raw`^(?:[ \t]{1,2}(?:obce|obcí|města|mesta|gminy|sołectwa|miasta|powiatu|comune|commune|gemeente|municipality|city|town|village|parish|county|district|kommune|kommun|kunnan|kaupungin|község|város|općine|opčine|grada|občine|mestne|orașului|comunei|δήμου|община|valla|linna|novada|pilsētas|savivaldybės|miesto|rajono))?[ \t]{1,2}(?:(?:of|at|der|des|von|vom|de|du|del|della|dello|di|van|bij|da|do|dos|das|för|på|hos|w|ve|v|na|u|z|din|al|του|της|на)(?:[ \t]{1,2}(?:the|la|le|l'|l’|el|il|lo|het|de))?[ \t]{1,2})?(?:\p{Lu}[\p{L}\p{N}'’&.-]+|${PLACE_WITHOUT_CAPITAL})`,
  'u',
);
const ORGANISATION_REACH = 60;

// After an occupation: a preposition, maybe after one lower-case word (an adjective, a subject:
// "učiteljica glasbe na OŠ Kobarid", "a caixeira pelirroxa do Gadis"), and the name of a place or
// organisation: "il farmacista di Castelmezzano", "the nurse at St Anne's", "de Chef vum
// Pompjeescorps". Unlike an office, never without the preposition ("the driver left Berlin").
// A site or a unit of the organisation may stand between, in one or two words in lower case
// with their own preposition ("dello stabilimento di Lecco", "del colegio público de Alcaudete",
// "z pobočky v Jeseníku", "på vårdcentralen i Överkalix"), maybe after a possessive ("at our
// Lecco plant", "bij ons filiaal in Zierikzee"), before the place's name. The Nordic 'i' ("in")
// opens it too, before words in lower case and a second preposition: "butikksjef i den eneste
// dagligvarebutikken på Træna" (not the Slavic 'i', "and": "lekarz i Narodowy Fundusz Zdrowia").
// The place's name may be quoted ('il custode della scuola primaria "Collodi"'), the quotes
// doubled in a CSV cell.
const SITE =
  "(?:[ \\t]{1,2}(?:our|unserem|unserer|unser|notre|nostro|nostra|nuestro|nuestra|onze|ons|naszym|naszej|nosso|nossa|vår|vårt))?(?:[ \\t]{1,2}\\p{Ll}[\\p{Ll}\\p{M}'’-]*){0,4}?(?:[ \\t]{1,2}(?:of|di|de|du|del|in|à|en|van|von|w|v|z|da|do|i|på))?";
// Before the one word a place's unit may be, "only" in the genitive ("kierowniczka jedynej apteki
// w Baligrodzie", "der Leiter der einzigen Apotheke in …").
const ONLY_OF =
  '(?:jedynej|jedynego|einzigen|seule|seul|única|único|unica|unico|enige|enda|eneste|ainoan|jediné|jedinej|jediného|egyetlen|singurei|singurului|jedine|jedinog|edine|edinega|vienintelės|vienintelio|vienīgās|vienīgā)[ \\t]{1,2}';
const WORKPLACE_AFTER = new RegExp(
  `^(?:[ \\t]{1,2}i(?:[ \\t]{1,2}\\p{Ll}[\\p{Ll}\\p{M}]*){1,4}[ \\t]{1,2}(?:på|i|ved|vid|hos)[ \\t]{1,2}\\p{Lu}[\\p{L}\\p{N}'’&.-]+|(?:[ \\t]{1,2}(?:der[ \\t]{1,2})?(?:${ONLY_OF})?(?:\\p{Ll}+|\\p{Lu}(?![${EDGE_ALNUM}])))?[ \\t]{1,2}(?:of|at|bei|beim|im|aus|chez|presso|der|des|von|vom|vum|vun|zu|de|du|del|della|dello|di|van|bij|da|do|dos|das|för|på|hos|á|w|ve|v|na|u|z|din|al|του|της|з|із|из|от)(?:[ \\t]{1,2}(?:the|la|le|l'|l’|el|il|lo|het|de|dem))?${SITE}[ \\t]{1,2}(?:(?:""?|[„“«])?\\p{Lu}[\\p{L}\\p{N}'’&.-]+|${PLACE_WITHOUT_CAPITAL}))`,
  'u',
);

// Occupations that are other words in another language, before 'of' or 'at' ("the arts of
// Renaissance Florence", "Bachelor of Arts at Harvard", "a conductor of Electricity").
// Czech and Slovak 'vodič' is a wire's conductor too, Croatian a guide ("Turistički vodič u
// Zagrebu"); Czech 'pokladní' is also "cash" ("Pokladní doklad z prodejny Tesco"). Folded.
// Veterinary and obstetric are adjectives too ("Clinica Veterinaria di Roma", "Facultad de
// Veterinaria de Zaragoza", "Clinica Ostetrica di Padova"), 'matrona' a matron, and the Catalan
// postman 'carter' the French crankcase ("le carter de la Peugeot"): after "the only" they are
// still read.
const NOT_AT_WORK = new Set(
  ['arts', 'conductor', 'vodic', 'pokladni', 'veterinaire', 'veterinaria', 'veterinario'].concat([
    'ostetrica',
    'matrona',
    'carter',
  ]),
);

// A Nordic occupation in the definite form, then 'i' and a place ("Sognepræsten i Nørre Snede",
// "fastlegen i Kautokeino": a fifty-eighth red-team set); the Slavic 'i' ("and") follows no such
// word.
const NORDIC_DEFINITE = /\p{L}{3,}(?:en|et)$/u;
// 'Fra' and 'från' ("from") too, after the definite form only (the Italian 'fra' is "between"). Not
// a country, a church, a county or a city, which has many of them ("Lægen i Danmark", "Prästen i
// Svenska kyrkan", "Reineieren i Finnmark": a reviewer's findings).
const NORDIC_IN_PLACE =
  /^[ \t]{1,2}(?:i|fra|från)[ \t]{1,2}(?!(?:Sverige|Norge|Danmark|Finland|Island|Grønland|Färöarna|Færøerne|Europa|Norden|Skandinavien|Svenska|Norska|Danska|Den|Folkekirken|Kirken|Kyrkan|Finnmark|Troms|Nordland|Trøndelag|Vestland|Viken|Innlandet|Agder|Rogaland|Lappland|Norrbotten|Västerbotten|Skåne|Jylland|Sjælland|Fyn|Oslo|Stockholm|København|Helsinki|Helsingfors|Bergen|Trondheim|Göteborg|Malmö|Aarhus|Odense|Uppsala|Tampere|Turku|Åbo|Reykjavík|Reykjavik)(?![\p{L}]))\p{Lu}[\p{L}'’-]+/u;
// Words that hire: a vacancy, a job's offer, a call to apply (Basque too: "kontratatu nahi dugu",
// a review of the twenty-sixth session).
const HIRING_WORDS =
  "vacature|vacancy|vacancies|stellenangebot|stellenanzeige|stellenausschreibung|we are hiring|we're hiring|offre d'emploi|oferta de empleo|offerta di lavoro|zatrudnimy|oferta de emprego|ledig stilling|lediga jobb|avoin työpaikka|volné místo|álláshirdetés|angajăm|job offer|job posting|apply now|kontratatu nahi dugu|lan eskaintza";
// A job advertisement, not a person: a gender marker after the title ("Polizist bei der
// Bundespolizei (m/w/d)", "Infirmier à Lyon (H/F)"), a word that hires on its line ("Vacature:
// politieagent bij…"), or one that seeks or announces ("wir suchen", 'ogłoszenie'): a reviewer's
// findings.
const JOB_AD = new RegExp(
  `\\((?:[mwfhdvx]|all)[ \\t]?\\/[ \\t]?[mwfhdvx](?:[ \\t]?\\/[ \\t]?[mwfhdvx*])?\\)|${HIRING_WORDS}|wir suchen|gesucht|se busca|cerchiamo|ogłoszenie|poszukujemy|vi söker|vi søger|vi søker|hledáme|keresünk`,
  'iu',
);
// Only the words that hire, for "the only" one (see onlyOnes): one sought may be missing, and one
// announced to the residents may be a person.
const HIRING = new RegExp(HIRING_WORDS, 'iu');
const JOB_REACH = 40;
// A region has many of them ("Врач из Московской области", a reviewer's finding), and a German
// shepherd is a dog ("cachorro de pastor alemán de Toledo").
const REGION_AFTER =
  /^[ \t]{1,2}(?:области|областей|район|района|края|республики|області|районі|округа|oblast|region|county|province|provincia|région|regione|voivodeship|województwa|kraj|kraje|megye)(?![\p{L}])/iu;
const DOG_BREED =
  /^pastor[ \t]{1,2}(?:alemán|aleman|belga|australiano|ganadero|catalán|vasco|mallorquín|garafiano)/iu;
const manyAt = (text: string, found: Finding): boolean =>
  REGION_AFTER.test(text.slice(found.end, found.end + 24)) ||
  DOG_BREED.test(text.slice(found.start, found.start + 24));
// "Alle Trainerinnen und Trainer der Jugendabteilung müssen …", "every nurse of the ward": all of
// them, not one (a review of the thirty-first session; the German plural is the singular).
const QUANTIFIED_BEFORE =
  /(?:^|[^\p{L}])(?:alle|all|every|each|jede|jeder|jedes|sämtliche|tous|toutes|chaque|todos|todas|cada|tutti|tutte|ogni|wszyscy|wszystkie|każdy|każda|alla|varje|hver|kaikki|jokainen|všichni|všetci|každý|minden|toți|toate|всички|svi|sve|svaki|όλοι|όλες|κάθε|все|всі|кожен|каждый|tüm|bütün)(?:[ \t]+[\p{L}-]+){0,3}[ \t]+$/iu;
const QUANTIFIED_REACH = 48;
/** A job advert on the role's line: before the role, or within JOB_REACH after it. */
const advertised = (text: string, found: Finding): boolean =>
  JOB_AD.test(text.slice(lineAt(text, found.start).start, found.start)) ||
  JOB_AD.test(text.slice(found.end, Math.min(lineAt(text, found.end).end, found.end + JOB_REACH)));

/** The role word and what `after` reads right after it, within `reach`, as one person. */
const heldAt = (
  text: string,
  hit: LexiconHit,
  after: RegExp,
  detail = 'office',
  reach = ORGANISATION_REACH,
): Finding[] => {
  const match = after.exec(text.slice(hit.end, hit.end + reach));
  if (match === null) return [];
  return [
    toFinding(
      { start: hit.start, end: hit.end + match[0].length },
      { ...FINDING, type: 'PERSON_REFERENCE', category: 'person_name', detail },
    ),
  ];
};

/**
 * "The CFO of Brightwell Freight GmbH", "il sindaco di Borgo San Dalmazzo", "il farmacista di
 * Castelmezzano": one office holder, or one person of an occupation at a named place.
 */
const officeHolders = (text: string): Finding[] => {
  const hits = lexiconHits(text);
  return [
    ...hits.of('office').flatMap((office) => heldAt(text, office, ORGANISATION_AFTER)),
    ...hits
      .of('occupation')
      .filter((hit) => !NOT_AT_WORK.has(foldText(text.slice(hit.start, hit.end))))
      .flatMap((occupation) => {
        const found = heldAt(text, occupation, WORKPLACE_AFTER);
        return (
          found.length > 0 || !NORDIC_DEFINITE.test(text.slice(occupation.start, occupation.end))
            ? found
            : heldAt(text, occupation, NORDIC_IN_PLACE)
        ).filter(
          (held) =>
            !advertised(text, held) &&
            !manyAt(text, held) &&
            !QUANTIFIED_BEFORE.test(
              text.slice(Math.max(0, held.start - QUANTIFIED_REACH), held.start),
            ),
        );
      }),
  ];
};

// A club's team by its age group or its kind, after a player, a coach or another occupation on the
// same line ("Kapitän unserer A-Jugend (U19)", "guarda-redes da equipa de sub-19", "Il-goalkeeper
// tat-tim ta' taħt is-17", "l'entraîneur adjoint des poussins", "målvakten i damlaget",
// "προπονητή … της ομάδας παίδων (κάτω των 12)"): one person of the team. Not an age bracket
// ("Fahrer unter 23 Jahren +48 %" in an insurer's premium table).
const TEAM_AFTER =
  /^[^\n.;!?]{0,48}?(?<![\p{L}\p{N}])(?:[UÜ][ -]?(?:[6-9]|1\d|2[0-3])|(?:sub|under|unter|alevín|κάτω των|taħt is-)[ -]?(?:[6-9]|1\d|2[0-3])(?![ \t]*(?:years|yrs|jahre|jahren|j\.|ans|años|anni|anos|jaar|lat|år|ár|vuotta|let|ετών))|poussins|benjamins|minimes|cadets|cadettes|damlaget|herrlaget|juniorlaget|ομάδας παίδων)(?![\p{L}\p{N}])/iu;
const TEAM_REACH = 64;

/** "The goalkeeper of the U17 team": one player or coach of a club's team. */
const teamMembers = (text: string): Finding[] =>
  lexiconHits(text)
    .of('occupation')
    .flatMap((occupation) => heldAt(text, occupation, TEAM_AFTER, 'team', TEAM_REACH));

// "The only accountant in our office", "jedyna księgowa w naszym biurze": a role word, an
// occupation or an office within two words after "the only" ("the only female driver").
const ONLY_REACH = 40;
// One word may stand between, hyphenated too ("the only night-shift driver").
const BEFORE_ROLE = /^[ \t]{1,2}(?:\p{L}+(?:-\p{L}+)?[ \t]{1,2})?$/u;
// Lithuanian, Latvian and Finnish put the genitives of the place before the noun: "vienintelis
// mūsų filialo Biržuose vairuotojas" ("our branch's in Biržai only driver"), "ainoan apteekin
// proviisorina" (the only pharmacy's pharmacist), up to three words between; no
// clause between ("Vienintelis būdas kaip klientas…", the only way how a customer…), folded.
const GENITIVE_ONLY = new Set([
  ...['vienintelis', 'vienintele', 'vienigais', 'vieniga', 'ainoan'],
  // Estonian, as Finnish: "Hiiumaa ainus Fabry tõvega laps" (a fifty-eighth red-team set)
  ...['ainus', 'ainuke'],
]);
const BEFORE_ROLE_GENITIVES = /^[ \t]{1,2}(?:\p{L}+[ \t]{1,2}){0,3}$/u;
const CLAUSE_WORD =
  /(?:^|[ \t])(?:kaip|ka|kad|kur|kuris|kuri|kai|kada|ko|kas|lai|ja|kurs|kura|joka|kun|etta|miten|jossa|jolla|jonka|jota|josta|johon|jotka|mika|mita|jolle|jolta|kes|mis|kui|et|kus)(?=[ \t]|$)/;
const GENITIVES_REACH = 56;
// A role joined to the next word by a hyphen names a thing ("the only crane operator-free site",
// "den eneste tolk-app", "Єдиний зварювальник-напівавтомат": a review of the twenty-third
// session).
const COMPOUND_AFTER = /^-\p{L}/u;
// But a doctor's speciality joined so in Russian and Ukrainian is still one ("врач-нарколог", a
// fifty-seventh red-team set).
const SPECIALIST_AFTER = /^-\p{Ll}+(?:лог|атр|ист)/u;
// A family of things, not a household ("the only family of antibiotics", "die einzige Familie von
// Enzymen": a review of the twenty-third session, since family words name a household): 'of' and
// a word with no article, no count ("the only family of four") and no place's article ("la única
// familia del pueblo", "the only family of the village").
const FAMILIES: ReadonlySet<string> = new Set(FAMILY_NOUNS.map(foldText));
const CLASS_OF_AFTER =
  /^[ \t]+(?:of|von|de|di|van|av|af|z|ze)[ \t]+(?!(?:the|this|our|my|a|an|la|las|los|le|les|l'|il|lo|gli|una|uno|un|het|de|den|die|das|der|dem|ein|eine|einer|two|three|four|five|six|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|due|quattro|twee|drie|vijf)(?![\p{L}])|\d)\p{L}/iu;
// "Female" or "male" before the role, besides the one word BEFORE_ROLE allows ("den enda
// kvinnliga polisen", "egyetlen női bűnügyi osztályvezetője": a fifty-seventh red-team set): not a
// person's word alone ("det eneste kvindelige netværk", "egyetlen női mosdó" are things).
const GENDER_BETWEEN =
  /^[ \t]{1,2}(?:female|male|kvinnliga|kvinnlige|manliga|kvinnelige|mannlige|kvindelige|mandlige|női|férfi|naissoost|meessoost)(?=[ \t])/iu;
// "Ainus laps", "ainoa lapsi": an only child, anyone's; with words between, one child of a kind.
const CHILD_WORD = /^(?:laps|lapsi)$/iu;
// A count ("exactly one permanent night nurse") singles out a holder of an occupation only: not
// "each order belongs to exactly one customer", "households with exactly one child".
const COUNTED_ONLY = new Set(['exactly one']);

// Arabic's "the only", after its noun: the role right before it.
const ARABIC_ONLY = /^\p{Script=Arabic}/u;
// And the Albanian and Basque "the only" after its noun ("Psikologia e vetme në Himarë", "Bilboko
// bulegoko sistema-administratzaile bakarra": a sixty-fifth red-team set), folded.
const AFTER_NOUN_ONLY = new Set(['e vetme', 'i vetem', 'bakarra']);

// "The only one who", as the EU languages say it: a relative pronoun right after "the only" (a
// comma between), or English 'one who'; Welsh "un sy'n" and Luxembourgish 'déi' ("yr unig un
// sy'n dysgu", "déi eenzeg, déi do Portugisesch schwätzt": the ninety-third set). Unlike
// RELATIVE_CLAUSE (clauses.ts), no closing comma.
const ONE_WHO =
  /^[ \t]*(?:,[ \t]*)?(?:one (?:who|that)|who|che|qui|que|die|der|som|która|który|co|která|který|ktorá|ktorý|čo|ki|koja|koji|aki|care|kas|kura|kurš|kuri|kuris|joka|kes|που|която|който|un sy'n|un sydd|déi|deen|dee)(?![\p{L}])/iu;
const ONE_WHO_REACH = 16;
// Between the role and "the only" that says who: the role's own words, then a comma, a dash or a
// bracket and an article ("la receptionist del turno di notte, l'unica che…", "recepčná z nočnej
// zmeny – tá jediná, čo…", "onze vaste Tigrinya-tolk (de enige die we op locatie hebben)": a
// fifty-first red-team set), or a copula alone ("the receptionist is the only one who"). Not a clause of
// its own ("our mechanic says this is the only one that fits").
const ROLE_TO_ONLY =
  /^(?:[^.!?;\n]{0,40}?[,–—(][ \t]*(?:\p{L}{1,3}[ \t]+)?|[ \t]+(?:is|was|ist|war|est|es|è|era|jest|je|är|var|er)[ \t]+)$/u;
const ROLE_BEFORE_REACH = 56;
// A role is a word or a few: a hit that ends before "the only" starts at most this far before it.
const LONGEST_ROLE = 40;
// "The only one in her class", "la única de su grupo", "die Einzige in der Klasse", "la seule de
// sa classe", "l'unica della classe", "de enige in de klas", "den enda i klassen", "jedyna w
// klasie" (a fiftieth red-team set): "the only" (one), a preposition, an article or a possessive,
// and a class, a group or a year of school; only where a person stands before it in the sentence
// (a role, a relative or a personal pronoun), not a method or a car "the only one in its class".
const ONLY_IN_GROUP =
  /^[ \t]+(?:one[ \t]+)?(?:in|of|from|de|du|en|dans|della|nella|del|nel|da|do|na|no|in der|aus der|in de|van de|i|w|z|ze)[ \t]+(?:(?:the|her|his|their|our|su|sus|sa|son|leur|la|le|el|il|de|het|der|seiner|ihrer|unserer|zijn|haar|hans|hennes|sin|jej|jego|sua|seu|nostra|nuestra|notre|mojej|naszej)[ \t]+)?(?:class|classes|klasse|klassen|klass|classe|clase|klas|klasie|klasy|grupie|grupy|group|gruppe|groupe|grupo|gruppo|groep|grupp|gruppen|gruppa|year group|jahrgang|turma|curso|corso|cours)(?![\p{L}])/iu;
const GROUP_REACH = 40;
const PERSON_PRONOUN =
  /(?<![\p{L}])(?:she|he|sie|er|elle|ella|él|lei|lui|hon|han|hun|ona|zij|hij|ela|ele)(?![\p{L}])/iu;
const SENTENCE_REACH = 200;
// A sentence's end: a full stop, a question or an exclamation mark before a blank, or a line's
// end (not the point of "1.º ESO B" or of "Dr.Weber").
const SENTENCE_BREAK = /[.!?](?=\s)|\n/g;

/** The hits that start after `at` (the hits in order of their start), from the first. */
const firstStartingAfter = (hits: readonly LexiconHit[], at: number): number =>
  countBefore(hits.length, (i) => (hits[i] as LexiconHit).start <= at);

/**
 * One person of a role in a place: "the only" and a role noun or an office right after it, a role
 * before it joined to "the only one who", or a class or a group after it with a person before.
 */
const onlyOnes = (text: string): Finding[] => {
  const hits = lexiconHits(text);
  if (hits.of('onlyOne').length === 0) return [];
  // 'enige' inside 'de enige': the longer cue only (by start, the longer first; linear).
  let reach = -1;
  const onlies = [...hits.of('onlyOne')]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((only) => {
      const inside = only.end <= reach;
      reach = Math.max(reach, only.end);
      return !inside;
    });
  // By start, so that each cue looks only at the hits within its reach (linear, not cues × roles).
  const roles = [
    ...hits.of('roleNoun'),
    ...hits.of('occupation'),
    ...hits.of('office'),
    ...hits.of('role'),
    ...hits.of('personNoun'),
  ].sort((a, b) => a.start - b.start);
  // A relative or close person right after it: "the only sister", and the words that are also
  // occupations ('sestra', Czech for a nurse and a sister: "Jediná sestra, která slouží noční
  // směny"). Right after only: a kin word may be another language's word too ('van' in "enige
  // vorm van toezicht").
  const kin = [...hits.of('kin')].sort((a, b) => a.start - b.start);
  const roleAfter = (only: LexiconHit): LexiconHit | undefined => {
    const cue = foldText(text.slice(only.start, only.end));
    const genitives = GENITIVE_ONLY.has(cue);
    const reach = genitives ? GENITIVES_REACH : ONLY_REACH;
    const between = genitives ? BEFORE_ROLE_GENITIVES : BEFORE_ROLE;
    const counted = COUNTED_ONLY.has(cue);
    for (let i = firstStartingAfter(roles, only.end); i < roles.length; i++) {
      const hit = roles[i] as LexiconHit;
      if (hit.start - only.end > reach) break;
      if (counted && hit.kind !== 'occupation') continue;
      const gap = text.slice(only.end, hit.start).replace(GENDER_BETWEEN, '');
      if (/^[ \t]*$/.test(gap) && CHILD_WORD.test(text.slice(hit.start, hit.end))) continue;
      const joined = text.slice(hit.end, hit.end + 16);
      if (COMPOUND_AFTER.test(joined) && !SPECIALIST_AFTER.test(joined)) continue;
      const family = FAMILIES.has(foldText(text.slice(hit.start, hit.end)));
      if (family && CLASS_OF_AFTER.test(joined)) continue;
      if (between.test(gap) && !(genitives && CLAUSE_WORD.test(foldText(gap)))) {
        // "den enda kvinnliga bussföraren": a woman's word, then the role right after it.
        const next = roles[i + 1];
        return next !== undefined && /^[ \t]$/.test(text.slice(hit.end, next.start))
          ? { ...hit, end: next.end }
          : hit;
      }
    }
    if (counted) return undefined;
    for (let i = firstStartingAfter(kin, only.end); i < kin.length; i++) {
      const hit = kin[i] as LexiconHit;
      if (hit.start - only.end > 2) break;
      if (/^[ \t]{1,2}$/.test(text.slice(only.end, hit.start))) return hit;
    }
    return undefined;
  };
  // The role before it, "the only one" then saying who ("la receptionist del turno di notte,
  // l'unica che fa le notti fisse", "recepčná z nočnej zmeny – tá jediná, čo hovorí po nemecky"):
  // of the roles ending before it, the one ending last, within reach, joined to it as an
  // apposition or by a copula.
  const roleBefore = (only: LexiconHit): LexiconHit | undefined => {
    if (
      ARABIC_ONLY.test(text.slice(only.start, only.end)) ||
      AFTER_NOUN_ONLY.has(foldText(text.slice(only.start, only.end)))
    ) {
      const hit = roles[firstStartingAfter(roles, only.start - 1) - 1];
      return hit !== undefined && text.slice(hit.end, only.start) === ' ' ? hit : undefined;
    }
    if (!ONE_WHO.test(text.slice(only.end, only.end + ONE_WHO_REACH))) return undefined;
    let best: LexiconHit | undefined;
    for (let i = firstStartingAfter(roles, only.start - 1) - 1; i >= 0; i--) {
      const hit = roles[i] as LexiconHit;
      if (hit.start < only.start - ROLE_BEFORE_REACH - LONGEST_ROLE) break;
      if (hit.end <= only.start && (best === undefined || hit.end > best.end)) best = hit;
    }
    if (best === undefined || only.start - best.end > ROLE_BEFORE_REACH) return undefined;
    return ROLE_TO_ONLY.test(text.slice(best.end, only.start)) ? best : undefined;
  };
  // A person before it in the same sentence: a role, a relative or a personal pronoun.
  const personBefore = (only: LexiconHit): boolean => {
    const from = Math.max(0, only.start - SENTENCE_REACH);
    let start = from;
    for (const end of text.slice(from, only.start).matchAll(SENTENCE_BREAK)) {
      start = from + end.index + 1;
    }
    // Only the hits starting in the sentence, found by their start (linear, not cues × roles).
    const inSentence = (sorted: readonly LexiconHit[]): boolean => {
      for (let i = firstStartingAfter(sorted, start - 1); i < sorted.length; i++) {
        const hit = sorted[i] as LexiconHit;
        if (hit.start >= only.start) return false;
        if (hit.end <= only.start) return true;
      }
      return false;
    };
    return (
      PERSON_PRONOUN.test(text.slice(start, only.start)) || inSentence(roles) || inSentence(kin)
    );
  };
  return onlies.flatMap((only) => {
    const after = roleAfter(only);
    const before = after === undefined ? roleBefore(only) : undefined;
    let end = after?.end ?? only.end;
    if (after === undefined && before === undefined) {
      // "The only one in her class", "la única de su grupo": one member of a class or a group.
      const group = ONLY_IN_GROUP.exec(text.slice(only.end, only.end + GROUP_REACH));
      if (group === null || !personBefore(only)) return [];
      end = only.end + group[0].length;
    }
    const found = toFinding(
      { start: before?.start ?? only.start, end },
      { ...FINDING, type: 'PERSON_REFERENCE', category: 'person_name', detail: 'only' },
    );
    // A vacancy for the only one is no one yet ("We are hiring: the only sysadmin role in our
    // Dublin office", a review of the twenty-sixth session): a word for hiring on its line, not
    // one for an announcement ("ogłoszenie do mieszkańców … jedyny ochroniarz").
    const line = lineAt(text, found.start);
    return HIRING.test(text.slice(line.start, line.end)) ? [] : [found];
  });
};

// A passenger by the seat: the seat's row and letter, in capitals, after the passenger and at most
// three words that say where one sits ("le passager assis en 23F", "passenger in seat 14C",
// "Fluggast auf Platz 12A", "passager du 31C", "il passeggero del posto 31C"). Not a desk, a line,
// a gate or a terminal so numbered ("Passenger check-in desks 12A", "el pasajero de la línea 2B").
// Words for a seat or for sitting; between the passenger and the seat, these or a preposition.
const SEAT_NOUNS =
  'seat|seated|sitting|assis|assise|siège|place|platz|sitz|sitzplatz|posto|asiento|lugar|stoel|plaats|miejscu|miejsca|assento|plats|plads|sæde|sete|sedadle|sjedalu|sedežu|helyen|locul|θέση|място|vietoje|sēdvietā|kohal|istuimella|paikalla';
const SEAT_WORDS = `${SEAT_NOUNS}|in|at|on|from|of|en|du|de|la|au|auf|am|im|del|della|dal|al|el|op|na|z|do|no|på|i`;
const SEAT_AFTER = new RegExp(
  `^(?:[ \\t(:,]+(?:${SEAT_WORDS})(?![\\p{L}])){0,3}[ \\t(:,]+\\d{1,2}[A-HJK](?![\\p{L}\\p{N}])`,
  'iu',
);
const SEAT_REACH = 48;
// The seat's letter in capitals ("23F"), or in lower case after a word for a seat or for sitting
// ("le passager assis en 23f", as a transcript writes it; not "passager arrivant après 8h").
const SEAT_LETTER = /[A-HJK]/;
const SEAT_NOUN = new RegExp(`(?<![\\p{L}])(?:${SEAT_NOUNS})(?![\\p{L}])`, 'iu');

// Or by the cabin, on a ship or a sleeper train ("le passager de la cabine 7142", a fifty-sixth
// red-team set): the cabin's word and its number.
const CABIN_AFTER =
  /^(?:[ \t(:,]+(?:in|from|of|en|du|de|la|au|aus|der|in der|del|della|dalla|da|op|w|z|do|na|på|i|em)){0,2}[ \t(:,]+(?:cabin|cabine|kabine|camarote|cabina|kajuta|kajucie|kajüte|hytte|hytt|kabiini|kabina|καμπίνα)[ \t]+(?:n[°º.o]?[ \t]*)?\d{2,5}(?![\p{L}\p{N}])/iu;

/** One passenger, by the seat or the cabin after the word for one. */
const passengers = (text: string): Finding[] =>
  lexiconHits(text)
    .of('passenger')
    .flatMap((hit) => {
      const seat = heldAt(text, hit, SEAT_AFTER, 'seat', SEAT_REACH).filter(
        (found) =>
          SEAT_LETTER.test(text.charAt(found.end - 1)) ||
          SEAT_NOUN.test(text.slice(found.start, found.end)),
      );
      return seat.length > 0 ? seat : heldAt(text, hit, CABIN_AFTER, 'cabin', SEAT_REACH);
    });

// A nickname in quotes right after a word that gives one ('known locally as "Tiny"', "под
// кличкой «Шаман»", "přezdívaného „Kocour“", "alias 'Gaz'"): one to three words, a capital or a
// digit first, as a name is written (its quotes doubled in a CSV cell); a space inside French
// quotes ("qu'on surnomme « Pépito »", a sixty-second set).
const NICKNAME_AFTER =
  /^[ \t]{0,2}:?[ \t]{0,2}["'“”„«»‘’‚]{1,2}[ \u00a0\u202f]?([\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'-]*(?:[ \t][\p{L}\p{M}\p{N}.'-]+){0,2})[ \u00a0\u202f]?["'“”„«»‘’]/u;
const NICKNAME_REACH = 40;

/** A person's nickname, in quotes after a word that gives one. */
const nicknames = (text: string): Finding[] =>
  lexiconHits(text)
    .of('nickname')
    .flatMap((hit) => heldAt(text, hit, NICKNAME_AFTER, 'nickname', NICKNAME_REACH));

/** Persons singled out without a name, and names marked only by the shape of the text. */
export const personReferenceRecognizer: Recognizer = {
  name: 'person-reference',
  entities: ['PERSON_REFERENCE', 'PERSON_NAME'],
  find: (text) => [
    ...userNames(text),
    ...mentions(text),
    ...homeDirectories(text),
    ...numbered(text),
    ...initials(text),
    ...customerNumbers(text),
    ...keyedIds(text),
    ...occupants(text),
    ...homes(text),
    ...chatAuthors(text),
    ...calendarPeople(text),
    ...doorbellNames(text),
    ...officeHolders(text),
    ...passengers(text),
    ...onlyOnes(text),
    ...teamMembers(text),
    ...nicknames(text),
    ...hospitalBeds(text),
    ...wardLines(text),
    ...careRooms(text),
  ],
};

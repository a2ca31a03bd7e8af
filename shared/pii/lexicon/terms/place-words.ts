// Words for places that are named after people or saints, read by more than one recognizer: the
// person-name filter (a name in a place's name is no one's), the contact cues (a venue before its
// address) and the mailbox rules (a domain naming such a place is no sole trader's). One list each,
// so a word added for one reader reaches the others.

/**
 * Saints' titles as written before a saint's name, whole or abbreviated: the Irish and Catalan
 * saints ("i Halla Naomh Bríd", "Sant Antoni Abat"), the Bulgarian and Macedonian 'Св.', those of
 * blind set 122 ("Kostel sv. Cyrila a Metoděje", "Parafia pw. św. Jana Pawła II", "Katedrála sv.
 * Martina", "„Св. Александър Невски“"), the blessed among them ('bł.').
 */
export const SAINT_TITLES: readonly string[] = [
  ...['st', 'ste', 'sankt', 'saint', 'sainte', 'san', 'santa', 'santo', 'são', 'sant', 'sint'],
  ...['sv', 'šv', 'św', 'sw', 'szent', 'sveti', 'sveta', 'svetog', 'svete', 'svatý', 'svatá'],
  ...['svatého', 'svaté', 'svätého', 'svätej', 'święty', 'święta', 'sfântul', 'sfânta', 'sfintei'],
  ...['sf', 'naomh', 'shën', 'св', 'свети', 'света', 'светог', 'святого', 'святої', 'святой'],
  ...['άγιος', 'αγίου', 'αγίας', 'αγία', 'αγ', 'bł', 'bl'],
];

/** The titles above written as abbreviations only: they need their dot ('šv.', not 'bl' alone). */
export const SAINT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'šv',
  'św',
  'sw',
  'sf',
  'αγ',
  'bł',
  'bl',
]);

/** Parishes and their offices (blind set 122: "Parafia pw. św. Jana Pawła II"). */
export const PARISH_WORDS: readonly string[] = [
  ...['parròquia', 'parroquia', 'parrocchia', 'paróquia', 'parafia', 'parish', 'paroisse'],
  ...['pfarrei', 'pfarramt', 'kirchengemeinde', 'parochie'],
];

/** Churches, mosques and synagogues as their names and domains write them ('omar-moschee.de'). */
export const WORSHIP_WORDS: readonly string[] = [
  ...['kirche', 'church', 'kerk', 'kyrka', 'kirke', 'moschee', 'mosque', 'mosquée', 'camii'],
  ...['synagoge', 'synagogue'],
];

/** Campsites (blind set 121: "Càmping Pau Casals", "campingsanmarco.it"). */
export const CAMPSITE_WORDS: readonly string[] = ['camping', 'càmping', 'campeggio'];

/**
 * Rooms, desks and offices by their number, as patterns: a person's word before one ("the lady in
 * room 12", "Korisnik iz sobe 10": person-reference.ts) and a first name before one ("Kuba z pokoju
 * 108", "Matejo iz pisarne 3", "la Bea della postazione 22": person-names.ts) tell its occupant.
 */
export const NUMBERED_ROOM_WORDS: readonly string[] = [
  ...['room', 'zimmer', 'chambre', 'habitación', 'hab\\.', 'stanza', 'camera', 'kamer', 'quarto'],
  ...['pokoju', 'pokoje', 'izby', 'izbe', 'sobe', 'sobi', 'dhomën', 'dhomës', 'herbergi'],
  ...['ystafell', 'seomra', 'árasán', 'rum', 'rom', 'værelse', 'стая', 'kamra'],
  // a desk, an office or a floor of a shared office (blind sets 123 and 124)
  ...['fixdesks?', 'desk', 'postazione', 'scrivania', 'office', 'ufficio', 'pisarne', 'ureda'],
  ...['kancelarije', 'kabinetu', 'piano'],
];

/**
 * Museums and galleries (blind set 126: "Muzeul Național George Enescu", "Karen Blixen Museet",
 * "Rahmi M. Koç Müzesi", "Listasafn Einars Jónssonar"): a name in one's is no one's, and one's word
 * before an address makes it the museum's.
 */
export const MUSEUM_WORDS: readonly string[] = [
  ...['museum', 'museet', 'museo', 'musée', 'museu', 'muzeum', 'muzeul', 'muzej', 'mużew'],
  ...['muziejus', 'muzejs', 'muuseum', 'múzeum', 'μουσείο', 'музей', 'müzesi', 'amgueddfa'],
  ...['músaem', 'listasafn', 'galerie', 'galleria', 'galería', 'galeria', 'gallery', 'galerija'],
  ...['galleri', 'galleriet', 'pinacoteca', 'kunsthalle', 'kunsthaus', 'kunstmuseum', 'casa-museu'],
  ...['casa museo', 'casa-museo', 'къща-музей', 'будинок-музей', 'дом-музей'],
];

/** Libraries ("Llyfrgell Owain Glyndŵr", "Knihovna Václava Havla", "Leabharlann Chester Beatty"). */
export const LIBRARY_WORDS: readonly string[] = [
  ...['llyfrgell', 'library', 'bibliothek', 'bibliothèque', 'biblioteca', 'biblioteka'],
  ...['knjižnica', 'knjižnice', 'knihovna', 'knihovny', 'knižnica', 'knižnice', 'könyvtár'],
  ...['könyvtára', 'bibliotheek', 'kirjasto', 'kirjaston', 'bibliotēka', 'bibliotek'],
  ...['biblioteket', 'leabharlann'],
];

/**
 * Restaurants, cafés, bakeries and pubs (blind set 125: "Trattoria da Gigi", "Kohvik Werner", "Hacı
 * Abdullah Lokantası", "Brasserie Guillaume").
 */
export const EATERY_WORDS: readonly string[] = [
  ...['restaurant', 'restaurante', 'ristorante', 'trattoria', 'osteria', 'pizzeria', 'taverna'],
  ...['taberna', 'tasca', 'konoba', 'gostilna', 'gostionica', 'kafana', 'krčma', 'hospoda'],
  ...['restauracja', 'karczma', 'bistro', 'bistrot', 'brasserie', 'kohvik', 'kavinė', 'kahvila'],
  ...['kafejnīca', 'kávéház', 'étterem', 'cukrászda', 'konditorei', 'konditori', 'bageri'],
  ...['bakery', 'pekara', 'pekarna', 'piekarnia', 'pastelaria', 'pasticceria', 'gasthaus'],
  ...['gasthof', 'wirtshaus', 'lokanta', 'lokantası', 'meyhane', 'механа', 'ресторан', 'кафе'],
  ...['ταβέρνα', 'εστιατόριο', 'bwyty', 'tafarn', 'bialann', 'ravintola', 'veitingahús'],
  ...['cervejaria', 'churrascaria', 'marisqueira', 'bodega', 'jatetxea', 'cafe', 'café', 'caffè'],
  ...['cafetería', 'kavárna', 'kawiarnia', 'restorant', 'pivovar'],
];

/**
 * Every kind of place above that is named after people or saints: a mailbox domain naming one is
 * the place's (email.ts), and only a name the name finder keeps says a person is meant at an
 * address after one's word (business-context.ts).
 */
export const NAMED_PLACE_WORDS: readonly string[] = [
  ...WORSHIP_WORDS,
  ...PARISH_WORDS,
  ...CAMPSITE_WORDS,
  ...MUSEUM_WORDS,
  ...LIBRARY_WORDS,
  ...EATERY_WORDS,
];

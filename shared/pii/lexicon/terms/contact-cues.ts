// Context words for contact and online identifiers, per kind. Same notation as the special
// categories (folded, '*' continues a word); EN, DE, FR, ES, IT, NL, PL, PT, SV and a few more.
import {
  CAMPSITE_WORDS,
  EATERY_WORDS,
  LIBRARY_WORDS,
  MUSEUM_WORDS,
  PARISH_WORDS,
} from './place-words.js';

/**
 * The vehicle itself, a plate word only right before a plate ("vehicle KN19 XHT"; the licence
 * plate recognizer asks it so, and an owner near as after any plate word).
 */
export const VEHICLE_WORDS = [
  ...['vehicle', 'fahrzeug', 'véhicule', 'vehículo', 'veicolo', 'voertuig', 'pojazd', 'veículo'],
  ...['fordon', 'køretøj', 'kjøretøy', 'ajoneuvo', 'vozidlo', 'jármű'],
] as const;

export const CONTACT_CUES = {
  /** Labels before a date of birth ("geb.", "né le", "DOB:"). */
  birth: [
    ...['date of birth', 'birth date', 'birthdate', 'dob', 'd.o.b.', 'd.o.b', 'born on', 'born'],
    ...['birthday'],
    ...['geb.', 'geboren', 'geboren am', 'geburtsdatum', 'geburtstag', 'né le', 'née le', 'né'],
    ...['geb.-datum', 'geb. datum', 'geb.dat.', 'geb. dat.', 'geburtsdat.', 'f. nacimiento'],
    ...['née', 'date de naissance', 'nato il', 'nata il', 'nato', 'nata', 'data di nascita'],
    ...['fecha de nacimiento', 'nacido el', 'nacida el', 'nacido', 'nacida', 'f. nac.'],
    ...['geboren op', 'geboortedatum', 'ur.', 'urodzony', 'urodzona', 'data urodzenia'],
    ...['data de nascimento', 'nascido em', 'nascida em', 'nascido', 'nascida', 'data nasc.'],
    ...['födelsedatum', 'född', 'född den', 'fødselsdato', 'født', 'syntymäaika', 'syntynyt'],
    ...['datum narození', 'narozen', 'narozena', 'data nașterii', 'născut', 'născută'],
    ...['születési idő', 'született', 'ημερομηνία γέννησης', 'birth_date', 'date_of_birth'],
    // Estonian, Latvian, Lithuanian, Slovak, Slovene, Croatian, Bulgarian, Hungarian, Danish,
    // Finnish, Greek, Maltese, Irish, Ukrainian and Russian
    ...['sünd.', 'sündinud', 'sünniaeg', 'sünnikuupäev', 'sünnipäev', 'dzimis', 'dzimusi'],
    ...['dzimšanas datums', 'dzim.', 'gimęs', 'gimusi', 'gimimo data', 'gim.', 'nar.'],
    ...[
      'dátum narodenia',
      'narodený',
      'narodená',
      'rojen',
      'rojena',
      'datum rojstva',
      'rojstni datum',
    ],
    ...['rođen', 'rođena', 'datum rođenja', 'роден', 'родена', 'дата на раждане', 'szül.'],
    ...['születési dátum', 'født den', 'synt.', 'syntymäpäivä', 'γεννήθηκε', 'twieled'],
    ...['twieldet', 'data tat-twelid', 'dáta breithe', 'дата народження', 'дата рождения'],
    // Arabic, as statements and certificates sent for translation write it: date of birth, born
    // (of the year or the place: 'مواليد حلب ١٢/٠٤/١٩٨٨')
    ...['تاريخ الميلاد', 'تاريخ الولادة', 'مواليد', 'المولود', 'المولودة', 'مولود', 'مولودة'],
    // As keys of forms and exports ('"data_nascita":', 'fecha_nacimiento=')
    ...[
      'data_nascita',
      'data_di_nascita',
      'datanascita',
      'fecha_nacimiento',
      'fecha_de_nacimiento',
    ],
    ...[
      'date_naissance',
      'date_de_naissance',
      'datenaissance',
      'data_urodzenia',
      'data_nascimento',
    ],
    ...['geboorte_datum', 'geburts_datum', 'fodelsedatum', 'dateofbirth', 'birthday_date'],
    // Icelandic, Catalan, Galician, Basque, Luxembourgish
    ...['fæðingardagur', 'fæðingardagsetning', 'fæddur', 'fædd', 'data de naixement', 'nascut'],
    ...['nascuda', 'data de nacemento', 'jaiotze data', 'jaiotza data', 'gebuertsdatum', 'gebuer'],
    // Galician born (on): with its article, as 'nado' alone is Spanish and Portuguese swimming
    ...['nado o', 'nada o', 'naceu o'],
    // Birthdays; in French and Portuguese the word is also a firm's anniversary: with a possessive.
    ...['cumpleaños', 'compleanno', 'födelsedag', 'verjaardag', 'urodziny', 'fødselsdag'],
    ...['mon anniversaire', 'son anniversaire', 'ton anniversaire', 'ma date d anniversaire'],
    ...['meu aniversário', 'seu aniversário', 'teu aniversário', 'o aniversário dele'],
  ],
  /** Words for a vehicle's registration plate. */
  plate: [
    // A fifteenth red-team set
    ...VEHICLE_WORDS,
    ...[
      'licence plate',
      'license plate',
      'number plate',
      'registration plate',
      'reg no',
      'reg. no.',
    ],
    ...[
      'vehicle registration',
      'kennzeichen',
      'nummernschild',
      'kfz-kennzeichen',
      'autokennzeichen',
    ],
    ...['plaque', "plaque d'immatriculation", 'immatriculation', 'immatriculé', 'immatriculée'],
    ...['targa', 'targato', 'targata', 'matrícula', 'matriculado', 'kenteken', 'kentekenplaat'],
    ...['numer rejestracyjny', 'numerze rejestracyjnym', 'tablica rejestracyjna', 'nr rej.'],
    ...['tablice rejestracyjne', 'registreringsnummer', 'regnr', 'reg.nr', 'registreringsskylt'],
    ...['nummerplade', 'rekisterikilpi', 'rekisterinumero', 'spz', 'poznávací značka', 'rendszám'],
    ...[
      'plate',
      'plate number',
      'registration number',
      'reg number',
      'car reg',
      'vehicle reg',
      'reg',
    ],
    ...['amtliches kennzeichen', 'nummerbord', 'placa', 'nr rejestracyjny', 'regnummer'],
    ...['nummerplåt'],
  ],
  /** Who a vehicle belongs to. */
  owner: [
    ...['owner', 'registered keeper', 'keeper', 'halter', 'fahrzeughalter', 'fahrzeughalterin'],
    ...['eigentümer', 'eigentümerin', 'propriétaire', 'titulaire', 'proprietario', 'proprietaria'],
    ...['intestatario', 'intestataria', 'titular', 'propietario', 'propietaria', 'eigenaar'],
    ...['kentekenhouder', 'właściciel', 'właścicielka', 'proprietário', 'proprietária', 'ägare'],
    ...['fordonsägare', 'ejer', 'omistaja', 'majitel', 'belongs to', 'gehört', 'appartient'],
    ...['pertenece', 'appartiene', 'behoort', 'należy do', 'pertence', 'tillhör'],
    // Drivers, and role nouns as the plate's owner names them ("Kennzeichen des Mitarbeiters",
    // "véhicules des salariés"); the role nouns' plain forms are the person cues' roleNoun list.
    ...['driver', 'drivers', 'staff member', 'fahrer', 'fahrerin', 'fahrers', 'fahrzeugführer'],
    ...['fahrzeugführerin', 'mitarbeiters', 'kunden', 'mieters', 'bewerbers', 'kollegen'],
    ...['angestellte', 'angestellten', 'beschäftigte', 'beschäftigten', 'conducteur'],
    ...['conductrice', 'chauffeur', 'salariés', 'employés', 'conductor', 'conductora', 'empleados'],
    ...['trabajador', 'trabajadora', 'conducente', 'guidatore', 'autista', 'dipendenti'],
    ...['lavoratore', 'lavoratrice', 'bestuurder', 'werknemers', 'medewerkers', 'kierowca'],
    ...['kierowcy', 'pracownika', 'pracownicy', 'klienta', 'condutor', 'condutora', 'motorista'],
    ...['trabalhador', 'trabalhadora', 'funcionários', 'förare', 'föraren', 'chauffören'],
    ...['anställda', 'anställde', 'anställdes', 'medarbetaren', 'medarbetarens', 'förarens'],
    ...['kundens'],
    // A company car is driven by someone: its plate traces to the driver (a fleet log, a
    // parking permit), so it counts as owned; a plate with no one near stays no finding.
    ...['company car', 'dienstwagen', 'firmenwagen', 'geschäftswagen', 'dienstfahrzeug'],
    ...['firmenfahrzeug', 'voiture de fonction', 'véhicule de fonction', 'voiture de service'],
    ...['coche de empresa', 'vehículo de empresa', 'auto aziendale', 'veicolo aziendale'],
    ...['leaseauto', 'bedrijfsauto', 'auto van de zaak', 'samochód służbowy'],
    ...['samochodu służbowego', 'carro da empresa', 'viatura de serviço', 'tjänstebil'],
    ...['förmånsbil', 'firmabil'],
  ],
  /** Device, advertising and cookie identifiers. */
  device: [
    ...['device id', 'deviceid', 'device identifier', 'advertising id', 'advertising identifier'],
    ...['idfa', 'idfv', 'gaid', 'aaid', 'adid', 'android id', 'imei', 'udid', 'cookie id'],
    ...['cookie', 'cookies', '_ga', '_gid', '_fbp', 'visitor id', 'push token', 'device token'],
    ...['fcm token', 'apns token', 'geräte-id', 'gerätekennung', 'geräte id', 'werbe-id'],
    ...["identifiant de l'appareil", 'identifiant publicitaire', 'id appareil', 'id dispositivo'],
    ...['identificativo del dispositivo', 'identificador del dispositivo', 'id del dispositivo'],
    ...['identificador de publicidad', 'apparaat-id', 'advertentie-id', 'identyfikator urządzenia'],
    ...['id urządzenia', 'identificador do dispositivo', 'id do dispositivo', 'enhets-id'],
    ...['enhetsid', 'maid', 'mobile advertising id', '_fbc'],
  ],
  /** Hardware and SIM numbers: serial numbers, IMSI, ICCID, MEID (a looser shape than 'device'). */
  serial: [
    ...['serial number', 'serial no', 'serial no.', 's/n', 'imsi', 'iccid', 'meid', 'sim number'],
    ...['seriennummer', 'serien-nr.', 'seriennr.', 'numéro de série', 'n° de série', 'no de série'],
    ...['número de serie', 'nº de serie', 'numero di serie', 'numero seriale', 'n. di serie'],
    ...['serienummer', 'serienr.', 'numer seryjny', 'nr seryjny', 'número de série'],
    ...['sarjanumero', 'seerianumber', 'sērijas numurs', 'serijos numeris'],
    ...['sériové číslo', 'výrobní číslo', 'serijska številka', 'serijski broj', 'sorozatszám'],
    ...['număr de serie', 'σειριακός αριθμός', 'сериен номер', 'raðnúmer'],
  ],
  /** A vehicle identification number's label (ISO 3779 VIN): the car and so its keeper. */
  vin: [
    ...['vin', 'vin number', 'vin no', 'vin code', 'vehicle identification number', 'vin-nummer'],
    ...['chassis number', 'chassis no', 'fin', 'fahrgestellnummer', 'fahrgestell-nr.'],
    ...['fahrzeug-identifizierungsnummer', 'fahrzeugidentifizierungsnummer', 'fahrzeug-ident-nr.'],
    ...['numéro de châssis', 'numéro vin', 'numéro de série du véhicule', 'número de bastidor'],
    ...['bastidor', 'número de chassi', 'chassi', 'numero di telaio', 'telaio', 'n. telaio'],
    ...['numer vin', 'numer nadwozia', 'chassisnummer', 'stelnummer', 'chassinummer'],
    ...['runkonumero', 'valmistenumero', 'alvázszám', 'číslo karoserie', 'číslo podvozku'],
    ...['identifikační číslo vozidla', 'identifikačné číslo vozidla', 'serie de șasiu'],
    ...['seria de șasiu', 'număr de șasiu', 'αριθμός πλαισίου', 'номер на рама'],
    ...['broj šasije', 'številka šasije', 'šasijos numeris', 'šasijas numurs', 'šassii number'],
  ],
  /** The at sign spelt out ("name [at] domain", "arobase", "chiocciola", "małpa"). */
  at: [
    ...['at', '(at)', '[at]', '{at}', '<at>', '(at', 'at)', '[at', 'at]', 'arobase', 'chiocciola'],
    ...['arroba', 'apenstaartje', 'małpa', 'snabel-a', 'snabela', 'ät', '(ät)', '[ät]'],
    ...['klammeraffe', 'kukac', 'zavináč', 'at-sign'],
  ],
  /** Street words that precede the street's name ("rue", "Via", "Calle", "ul."). */
  streetBefore: [
    ...['rue', 'avenue', 'av.', 'bd', 'bd.', 'boulevard', 'chemin', 'impasse', 'allée', 'place'],
    ...['quai', 'route', 'square', 'faubourg', 'passage', 'ruelle', 'voie', 'esplanade'],
    ...['via', 'viale', 'v.le', 'piazza', 'p.za', 'p.zza', 'piazzale', 'corso', 'vicolo', 'largo'],
    ...['lungomare', 'strada', 'contrada', 'calle', 'c/', 'avenida', 'avda.', 'avda', 'plaza'],
    ...['paseo', 'ronda', 'carrer', 'carretera', 'camino', 'travesía', 'glorieta', 'rambla'],
    ...['rua', 'travessa', 'praça', 'estrada', 'alameda', 'calçada', 'praceta', 'ul.', 'ulica'],
    ...['al.', 'aleja', 'aleje', 'os.', 'osiedle', 'pl.', 'plac', 'str.', 'bulevardul', 'calea'],
    ...['șoseaua', 'aleea'],
    // CA avenue; CY road, street ("L'avinguda de Josep Tarradellas", "Heol Owain Glyndŵr": a
    // sixty-eighth set)
    ...['avinguda', 'heol', 'stryd'],
  ],
  /**
   * Street words before a name that make it a street's, not a person's, but that postal-address.ts
   * does not read as an address's start (in a lost-property office's address they would make the
   * office's address a person's): BG, SR, HR, CS, SQ, EL (a seventy-eighth red-team set: "ул.
   * „Димитър Каралиев“", "Улици Милована Ристића", "u Ulici Ante Brkljačića", "v ulici Josefa
   * Kratochvíla", "Rrugën Dritan Kelmendi", "οδός Αριστείδη Κοντού").
   */
  streetNameBefore: [
    ...['ул.', 'улица', 'улици', 'улицата', 'бул.', 'булевард', 'ulici', 'ulicu', 'ulice'],
    ...['rruga', 'rrugën', 'rrugës', 'οδός', 'οδού', 'οδό', 'λεωφόρος', 'λεωφόρου', 'λεωφόρο'],
    // UK, RU, PL, SL, HR, CS, SK, SQ streets and squares in the cases a sentence puts them in (the
    // eightieth to eighty-ninth sets: "на вулиці Тараса Шевченка", "na placu Jana Pawła II",
    // "Cesta Ivana Zupana 3", "pranë sheshit Avni Rustemi"); not a stadium, where someone may
    // stand ("Na stadionie Jan Kowalski czekał na syna", a review of the thirty-first session)
    ...['вулиця', 'вулиці', 'вулицю', 'вул.', 'проспект', 'проспекті', 'просп.', 'площа'],
    ...['площі', 'майдан', 'майдані', 'проспекте', 'площадь', 'площади', 'placu', 'placem'],
    ...['ulicy', 'ulicę', 'alei', 'rondo', 'rondzie', 'skwer', 'skweru', 'cesta', 'cesti', 'trg'],
    ...['trgu', 'náměstí', 'nám.', 'námestie', 'námestí', 'třída', 'třídě', 'nábřeží', 'sheshi'],
    ...['sheshit', 'sheshin', 'bulevardi', 'bulevardit', 'bulevardin'],
    // Welsh and Maltese streets, a Croatian quay (blind set 109 and 111: "ar Ffordd Owain Glyndŵr",
    // "fi Triq Sir Temi Żammit", "s Obale kneza Branimira")
    ...['ffordd', 'triq', 'obale', 'obala', 'obali'],
    // A Catalan square and promenade ("a la plaça de Francesc Macià dissabte a les 10 h": blind
    // set 116), here only, as a time after it is no house number; a French roundabout ("beim
    // Rond-point Robert Schuman": set 117)
    ...['plaça', 'passeig', 'rond-point'],
    // … and gardens and parks named after someone ("atua no Jardim Amália Rodrigues": blind set 120
    // of the forty-second session), after a word in lower case too
    ...['jardim', 'jardín', 'giardino', 'giardini', 'parque', 'parco'],
    // … and a Romanian square ("Casa de bilete din Piața Avram Iancu": a hundred-and-thirtieth set)
    ...['piața', 'piata', 'piațeta'],
    // … and a Ukrainian or Russian boulevard, lane or embankment in its cases ("Оптика на
    // бульварі Тараса Шевченка": a hundred-and-thirty-seventh set)
    ...['бульвар', 'бульварі', 'бульвару', 'бульваре', 'бульвара', 'провулок', 'провулку'],
    ...['переулок', 'переулке', 'набережна', 'набережній', 'набережная', 'набережной'],
  ],
  /**
   * The same after the name: NO, SV, TR, with the Turkish case endings ("Ingrid Bjerkes vei 4",
   * "Kristian Augusts gate", "Selma Lagerlöfs väg", "Mehmet Selim Paşa Caddesi'nde").
   */
  streetNameAfter: [
    ...['vei', 'veien', 'gate', 'väg', 'caddesi*', 'sokak', 'sokağı*', 'bulvarı*'],
    // … and squares, Danish and Swedish streets, parks ("Olav Kyrres plass", "Gustav Adolfs torg",
    // "Karen Blixens Vej", "Mimar Sinan Parkı'nın": the hundred-and-second set)
    ...['plass', 'torg', 'torget', 'torv', 'plads', 'vej', 'gade', 'gata', 'parkı*', 'meydanı*'],
    // … and Basque avenues and streets, the Turkish 'Cad.', a Lithuanian street in its cases (blind
    // sets 109, 110 and 112: "Sabino Arana etorbidean", "Mimar Sinan Cad.", "Čiurlionio gatvėje")
    ...['etorbidea', 'etorbidean', 'etorbideko', 'kalea', 'kalean', 'kaleko', 'cad.', 'gatvėje'],
    ...['gatvės'],
  ],
  /** Street words that follow the street's name ("Baker Street", "Kossuth utca"). */
  streetAfter: [
    ...['street', 'st', 'st.', 'road', 'rd', 'rd.', 'avenue', 'ave', 'ave.', 'lane', 'drive'],
    ...['close', 'court', 'way', 'place', 'crescent', 'terrace', 'gardens', 'boulevard'],
    ...['blvd', 'square', 'mews', 'grove', 'utca', 'út', 'tér', 'körút', 'straße'],
    ...['allee', 'gasse', 'platz', 'weg', 'straat', 'laan', 'gatan', 'vägen'],
    // Lithuanian, Latvian, Estonian ("Laisvės alėja 53", "Brīvības iela 12", "Tatari tänav 5")
    ...['gatvė', 'prospektas', 'alėja', 'iela', 'bulvāris', 'prospekts', 'gatve', 'tänav'],
    ...['maantee', 'puiestee'],
    // The Hungarian boulevard in its cases and as an adjective ("Ferenc körúti fodrászatunk": a
    // hundred-and-thirty-sixth set); not 'utcai', 'úti', 'téri', which also say "street clothes",
    // "travel" and the like
    ...['körúti', 'körúton', 'körútra', 'körútról', 'körútig'],
    // … but 'utcai', 'úti', 'téri' before a shop, a branch or a surgery ("Kossuth Lajos utcai
    // üzletünk", "a Rákóczi úti üzletünkben": a hundred-and-thirty-seventh set, of opticians)
    ...['utcai üzlet*', 'utcai bolt*', 'utcai fiók*', 'utcai rendelő*', 'utcai szalon*'],
    ...['úti üzlet*', 'úti bolt*', 'úti fiók*', 'úti rendelő*', 'úti szalon*', 'téri üzlet*'],
    ...['téri bolt*', 'téri fiók*', 'téri rendelő*', 'téri szalon*', 'utcai iroda*', 'úti iroda*'],
  ],
  /**
   * Short street words after the name that are also other words' abbreviations (Danish and
   * Norwegian 'pr.' is "per", 'g.' a gram): Lithuanian 'g.' gatvė, 'pr.' prospektas, Estonian
   * 'tn' tänav, 'mnt' maantee, 'pst' puiestee ("Užupio g. 19, Vilnius", "Pärnu mnt 22").
   */
  streetAfterShort: [...['g.', 'pr.', 'tn', 'tn.', 'mnt', 'mnt.', 'pst', 'pst.']],
  /**
   * British and Irish street words that are also everyday words ("row 342" of a table, a
   * parade): a street only with a number before its name ("19 Elm Row", "4 Castle Wynd").
   */
  streetAfterNumbered: [...['row', 'parade', 'wynd', 'quay', 'brae']],
  /** Endings of compound street names ("Goethestraße", "Kerkstraat", "Storgatan"). */
  streetSuffix: [
    ...['*straße', '*str.', '*gasse', '*allee', '*chaussee', '*damm', '*ufer', '*straat'],
    ...['*laan', '*gracht', '*kade', '*singel', '*steeg', '*plein', '*gatan', '*vägen'],
    ...['*gränd', '*gade', '*vej', '*vejen', '*katu', '*kuja'],
    // A market named after someone, glued ("De Albert Cuypmarkt is … gesloten": blind set 118)
    ...['*markt'],
  ],
  /** Compound street endings that are also ordinary words ('-weg', '-ring', '-platz'). */
  streetSuffixWeak: [
    ...['*weg', '*ring', '*platz', '*pfad', '*steig', '*dijk', '*torget', '*stigen', '*tie'],
  ],
  /** Legal forms (not two-letter ones, also postcode letters) and venue words: a business. */
  business: [
    ...['gmbh', 'e.v.', 'ltd', 'ltd.', 'limited', 'llc', 'inc', 'inc.', 'plc', 'ohg'],
    ...[
      'corp',
      'corp.',
      's.a.',
      'sas',
      'sarl',
      's.a.r.l.',
      'spa',
      's.p.a.',
      'srl',
      's.r.l.',
      's.l.',
    ],
    ...['slu', 'b.v.', 'n.v.', 'sp. z o.o.', 'lda', 'lda.', 'a/s', 'aps', 'gmbh & co. kg'],
    ...['oyj', 's.r.o.', 'kft', 'zrt', 'hotel', 'restaurant', 'museum', 'musée', 'museo', 'store'],
    ...['shop', 'office', 'offices', 'büro', 'filiale', 'geschäftsstelle', 'headquarters'],
    ...['hauptsitz', 'siège', 'sede', 'oficina', 'oficinas', 'tienda', 'negozio', 'winkel'],
    ...['kantoor', 'sklep', 'biuro', 'loja', 'escritório', 'kontor', 'butik', 'station'],
    ...['bahnhof', 'gare', 'stazione', 'estación', 'airport', 'flughafen', 'aéroport'],
    ...['aeroporto', 'aeropuerto', 'campus', 'universität', 'university', 'université'],
    ...['università', 'universidad', 'rathaus', 'mairie', 'municipio', 'ayuntamiento'],
    ...['gemeentehuis', 'stadshus', 'warehouse', 'lager', 'entrepôt', 'magazzino', 'almacén'],
    ...['magazijn', 'magazyn', 'armazém', 'company', 'firma', 'unternehmen', 'société'],
    ...['empresa', 'azienda', 'bedrijf', 'företag', 'our new', 'unser neues', 'unsere neue'],
    ...['notre nouveau', 'notre nouvelle', 'nuestra nueva', 'nuestro nuevo', 'il nostro nuovo'],
    ...['la nostra nuova', 'ons nieuwe', 'onze nieuwe', 'nasz nowy', 'nasze nowe', 'nossa nova'],
    ...['nosso novo', 'vårt nya', 'vår nya'],
    ...['messe*', 'mässa*', 'kongress*', 'congress', 'center', 'centre', 'centro', 'expo'],
    ...['exposition', 'expositions', 'feria', 'fiera', 'fieristico', 'beurs', 'jaarbeurs', 'targi'],
    ...['salon', 'hall', 'hala', 'hali', 'arena', 'stadium', 'stadion', 'stade'],
    ...['estadio', 'stadio', 'theatre', 'theater', 'théâtre', 'teatro', 'teatr', 'museu'],
    ...['muzeum', 'fil', 'ifema'],
    // Public offices, shops and depots, and legal forms that are no everyday word in lower case.
    ...['bürgeramt', 'finanzamt', 'jobcenter', 'landratsamt', 'standesamt', 'town hall'],
    ...['city hall', 'city council', 'gemeente', 'kommune', 'comune di', 'urząd', 'úřad'],
    ...['primăria', 'punto vendita', 'depozit', 'depozitul', 'eood', 'ood', 'd.o.o.', 'd.d.'],
    ...['uab', 'oyj', 'kgaa', 'gmbh & co'],
    // A business's opening hours, price list or voice inviting customers to its address, and a
    // photo studio's, a photo lab's and a driving school's words (blind sets 109 to 112 of the
    // thirty-eighth session: "Öppettider: mån–fre", "Zapraszamy na ul. …", "Ci trovate in Corso
    // …", "Estamos na Rua …", "Som al carrer …", "Gure helbidea: …", "Radno vrijeme", "Tarifs
    // escale 2025 – Quai …"). A person's own words ("my studio") still make the address theirs.
    ...['öppettider', 'öffnungszeiten', 'opening hours', 'opening times', 'godziny otwarcia'],
    ...['horario de apertura', 'orari di apertura', "heures d'ouverture", 'openingstijden'],
    ...['åbningstider', 'åpningstider', 'aukioloajat', 'nyitvatartás', 'otváracie hodiny'],
    ...['otevírací doba', 'radno vrijeme', 'delovni čas', 'lahtiolekuajad', 'darbo laikas'],
    ...['darba laiks', 'работно време', 'ωράριο λειτουργίας', 'horário de funcionamento'],
    ...['program de lucru', 'çalışma saatleri', 'öffnungszäiten', 'zapraszamy', 'ci trovate'],
    ...['ci trovi in', 'estamos na', 'estamos no', 'estamos en la', 'estamos en el'],
    ...['som al carrer', 'som a la', 'find us at', 'visit us at', 'besuchen sie uns'],
    ...['sie finden uns', 'vous nous trouverez', 'retrouvez-nous', 'gure helbidea', 'our address'],
    ...[
      'unsere adresse',
      'notre adresse',
      'nuestra dirección',
      'il nostro indirizzo',
      'nasz adres',
    ],
    ...['vår adress', 'vores adresse', 'eise studio', 'our studio', 'unser studio', 'tarifs'],
    ...['prislista', 'price list', 'preisliste', 'cennik', 'cenník', 'ceník', 'hinnasto'],
    ...['árlista', 'listino prezzi', 'lista de precios', 'tabela de preços', 'prijslijst'],
    ...['prisliste', 'fotostudio*', 'foto studio', 'photo studio', 'fotoateljé*', 'fotostudija*'],
    ...['laboratorul foto', 'fahrschule', 'autoškola', 'autoscuola', 'auto-école', 'autoescuela'],
    ...['autoskola', 'trafikskola*', 'køreskole*', 'driving school', 'szkoła jazdy', 'autosola'],
    // A studio's and a shop's own address, and "you find us" (blind set 115 of the forty-first
    // session, tattoo studios: "Vores nye studie ligger på …", "hittar ni oss i nya lokaler på …",
    // "Ab 1. März findet ihr uns in der …", "Lo studio di via …", "Studio przy ul. …", "Mūsu
    // studija … ielā 31"; set 116: "Cafeneaua Caragiale, Str. …")
    ...['vores nye studie', 'vores studie', 'studiet', 'studio', 'lo studio', 'lo studio di'],
    ...['studio przy', 'nasze studio', 'mūsu studija', 'studija', 'štúdio', 'stúdió', 'stúdiónk'],
    ...['stuudio', 'estúdio', "l'estudi", 'estudioa', 'stiwdio', 'tatuointistudio*', 'studiu'],
    ...['studioul', 'findet ihr uns', 'finden sie uns', 'hittar ni oss', 'hittar du oss'],
    ...['finder du os', 'finder i os', 'finner du oss', 'finner dere oss', 'löydät meidät'],
    ...['znajdziecie nas', 'nya lokaler', 'nye lokaler', 'neue räume', 'cafeneaua', 'cafenea'],
    ...['şubemiz', 'şube', 'tattoo studio', 'tattoo shop', 'tätowierstudio', 'tatoveringsstudie'],
    // A market and its stalls, a kiosk (blind set 118: "Il chiosco di piazza Garibaldi …", "O
    // Mercado da Ribeira … As bancas da Rua …")
    ...['chiosco', 'il chiosco', 'kiosk', 'kiosken', 'mercado', 'mercato', 'marché', 'market'],
    ...['piața', 'tržnica', 'pijaca', 'tirgus', 'turgus', 'bancas', 'tarabele', 'markthalle'],
  ],
  /**
   * Legal forms of companies, not of a person trading alone (no 'e.K.', 'EI', 'eenmanszaak'):
   * what tells a company's own tax number beside its VAT number (business-context.ts). Two-letter forms that are
   * words in lower case ('AB', 'AS', 'SA', 'AG', 'BV') are read case-sensitively there instead;
   * forms that fold into a word are as written ('=SAS', not the Swedish 'sås').
   */
  legalForm: [
    ...['gmbh', 'gmbh & co. kg', 'kgaa', 'e.v.', 'ltd', 'ltd.', 'limited', 'llc', 'llp', 'plc'],
    ...['inc.', 'corp.', 's.a.', 's.a.s.', '=SAS', 'sarl', 's.a.r.l.', 's.p.a.', '=SpA', 'srl'],
    ...['s.r.l.', 's.l.', '=SL', 'slu', 's.l.u.', 'b.v.', 'n.v.', 'bvba', 'sprl', 'sp. z o.o.'],
    ...['spółka z o.o.', 'spółka akcyjna', 'lda', 'lda.', 'ltda', 'unipessoal', 'a/s', 'aps'],
    ...['oyj', 's.r.o.', 'spol. s r.o.', 'kft', 'kft.', 'zrt', 'zrt.', 'nyrt', 'eood', 'ood'],
    ...['d.o.o.', 'd.d.', 'uab', 'ehf', 'ehf.', 'hf.', 'a.ş.', 'sociedad limitada', 'еоод'],
    ...['оод', 'ооо', 'teoranta', 'teo.', 'cyfyngedig', 'cyf.'],
    // Albanian, Ukrainian, Greek and Turkish forms (a seventy-ninth set's letterheads)
    ...['sh.p.k.', 'shpk', 'тов', 'ο.ε.', 'ε.π.ε.', 'ι.κ.ε.', 'ltd. şti.', 'şti.'],
    ...['société anonyme', 'société à responsabilité limitée', 'aktiebolag', 'aktieselskab'],
    ...['anpartsselskab', 'osakeyhtiö', 'besloten vennootschap', 'naamloze vennootschap'],
  ],
  /**
   * Kinds of shop that name a venue before its address ("Boulangerie du Parc — 48 rue Victor
   * Hugo", "Farmacia Comunale n. 3 — Via Garibaldi 27"). After an address they say nothing of
   * whose it is ("I live at …, above the bakery"): read before it only (business-context.ts).
   */
  venue: [
    ...['pharmacy', 'apotheke', 'pharmacie', 'farmacia', 'farmácia', 'apotheek', 'apteka'],
    ...['apotek', 'apteekki', 'lékárna', 'lekáreň', 'gyógyszertár', 'ljekarna', 'lekarna'],
    ...['bäckerei', 'boulangerie', 'panadería', 'panetteria', 'panificio', 'bakkerij'],
    ...['padaria', 'leipomo', 'pekárna', 'brutăria'],
    ...['supermarket', 'supermarkt', 'supermarché', 'supermercado', 'supermercato'],
    ...['boutique', 'hostel', 'auberge'],
    ...['werkstatt', 'autohaus', 'officina', 'kiosk', 'tabac', 'estanco'],
    ...['ferreteria', 'ferramenta', 'baumarkt', 'librería', 'libreria', 'buchhandlung'],
    ...['librairie', 'boekhandel', 'bokhandel', 'księgarnia', 'optiker', 'opticien', 'ottica'],
    ...['óptica', 'friseur', 'coiffeur', 'peluquería', 'parrucchiere', 'kapper', 'fryzjer'],
    // Parishes, churches and campsites before their address ("Parafia pw. św. Jana Pawła II, ul.
    // Kardynała Wyszyńskiego 4": blind set 122)
    ...PARISH_WORDS,
    ...CAMPSITE_WORDS,
    ...['kemp', 'kamp'],
    // Museums, galleries, libraries, restaurants and cafés before their address ("Karen Blixen
    // Museet, Rungsted Strandvej 111", "Biblioteca Jaume Fuster (pl. de Lesseps, 20-22)": blind
    // sets 125 and 126)
    ...MUSEUM_WORDS,
    ...LIBRARY_WORDS,
    ...EATERY_WORDS,
  ],
  /**
   * A doorbell or an intercom, whose name is a household's (person-reference.ts reads the name
   * after it only in texts where the lexicon's pass found one of these: most hold none).
   */
  doorbell: [
    ...['citofon*', 'campanello*', 'klingel*', 'sonnette*', 'interphone*', 'sonner chez'],
    ...['interfono*', 'timbre*', 'portero*', 'deurbel*', 'aanbellen bij', 'domofon*'],
    ...['porteiro*', 'ringklocka*', 'porttelefon*', 'dørtelefon*', 'ringeklokke*'],
  ],
} as const satisfies Record<string, readonly string[]>;

export type ContactCueKind = keyof typeof CONTACT_CUES;

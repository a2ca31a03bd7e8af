import { findPersonNames } from '../../../../shared/pii/lexicon/person-names.js';

const names = (text: string): string[] =>
  findPersonNames(text).map((name) => `${text.slice(name.start, name.end)} (${name.cue})`);

describe('findPersonNames', () => {
  it.each([
    ['Sehr geehrte Frau Dr. Brenneisen, vielen Dank.', ['Brenneisen (salutation)']],
    ['Dear Mr Okonkwo-Smith, thank you.', ['Okonkwo-Smith (salutation)']],
    ['Mme Dupont et M. Martin sont arrivés.', ['Dupont (salutation)', 'Martin (title)']],
    ['Dhr. van der Berg belt terug.', ['Berg (salutation)']],
    ['Szanowna Pani Kamińska,', ['Kamińska (title)']],
    ['Hallo Anna, wie geht es?', ['Anna (greeting)']],
    ['Hoi Jeroen, kun je bellen?', ['Jeroen (greeting)']],
    ['Viele Grüße\nThomas Weber', ['Thomas Weber (closing)']],
    ['Viele Grüße\nAnna Brenneisen', ['Anna Brenneisen (closing)']],
    [
      'Mit freundlichen Grüßen\n\nKatharina von Stetten\nEinkauf',
      ['Katharina von Stetten (closing)'],
    ],
    ['Met vriendelijke groet,\nSanne de Vries', ['Sanne de Vries (closing)']],
    ['Our employee Jan Kowalski is on leave.', ['Jan Kowalski (role)']],
    ['{"firstName": "Anna", "lastName": "Kowalska"}', ['Anna (label)', 'Kowalska (label)']],
    // Camel-case keys whose last part is a name label, and XML elements with a namespace.
    [
      '{"patientFirstName":"Marloes","patientLastName":"Bakkenes"}',
      ['Marloes (label)', 'Bakkenes (label)'],
    ],
    ['holderName=Zwiers Hendrik', ['Zwiers Hendrik (label)']],
    ['<ns:lastName>Zwiers</ns:lastName>', ['Zwiers (label)']],
    ['Name list\n{"customerLastName": "Qwertzuiop"}', ['Qwertzuiop (label)']],
    ['Name: Camille Dubois', ['Camille Dubois (label)']],
    ['Vorname\tJonas', ['Jonas (label)']],
    ['Anna;Weber;Köln;1985', ['Anna;Weber (pair)']],
    ['Weber;Anna;Köln', ['Weber;Anna (pair)']],
    ['["Anna","Weber"]', ['Anna","Weber (pair)']],
    ['{"names": ["Jonas", "Schmidt"]}', ['Jonas", "Schmidt (pair)']],
    ["INSERT INTO t (first, last) VALUES ('Anna', 'Weber');", ["Anna', 'Weber (pair)"]],
    ["UPDATE users SET name = 'Jonas Schmidt' WHERE id = 7;", ['Jonas Schmidt (label)']],
    ['Nachname: Weber\nVorname | Anna', ['Weber (label)', 'Anna (label)']],
    // A surname that is also a data type's name elsewhere ('long'): still a name after a label.
    ['Nachname: Long', ['Long (label)']],
    ['Nachname: Date', ['Date (label)']],
    // Data types are no names after a label only: after a salutation they are surnames.
    ['Dear Ms Null,\nplease find attached.', ['Null (title)']],
    ['Monsieur Char a appelé pour sa facture.', ['Char (salutation)']],
    ['| first name | Daniel |', ['Daniel (label)']],
    ['Name;Anna Weber;Köln', ['Anna Weber (label)']],
    ['Please ask Anna Schmidt in accounts.', ['Anna Schmidt (pair)']],
    ['Priya Robinson called.', ['Priya Robinson (pair)']],
    ['Liste: Schmidt, Anna; Weber, Jan', ['Schmidt, Anna (pair)', 'Weber, Jan (pair)']],
    ['Teilnehmer: MÜLLER, Anna und WEBER, Jan', ['MÜLLER, Anna (pair)', 'WEBER, Jan (pair)']],
    ['Name: MÜLLER, Anna', ['MÜLLER, Anna (label)']],
    ['Bis morgen!\nVG Anna', ['Anna (closing)']],
    ['LG Jonas', ['Jonas (closing)']],
    ['Danke dir.\n  Viele Grüße Thomas Weber', ['Thomas Weber (closing)']],
    ['See you.\r\nCheers Priya', ['Priya (closing)']],
    ['ok\nBest, Anna', ['Anna (closing)']],
    ['Name: QUERTENMONT, Anna', ['QUERTENMONT, Anna (label)']],
    ['"name": "Brzęczyszczykiewicz, Jan"', ['Brzęczyszczykiewicz, Jan (label)']],
    ['Bitte bis Freitag. Danke, VG Anna', ['Anna (closing)']],
    ['bitte bis Freitag, VG Anna Weber.', ['Anna Weber (closing)']],
    ['Please review by Friday. Thanks, BR Anna', ['Anna (closing)']],
    ['Thanks, BR Anna', ['Anna (closing)']],
    ['Merci pour tout. Bises, Camille', ['Camille (closing)']],
    ['Grazie mille. Un saluto Giulia\nPS: domani', ['Giulia (closing)']],
    ['Gracias. Muchos saludos Lucía', ['Lucía (closing)']],
    ['Tot morgen! Lieve groeten Sanne', ['Sanne (closing)']],
    ['Do jutra. Serdeczne pozdrowienia Katarzyna', ['Katarzyna (closing)']],
    ['Até amanhã. Um abraço Joana', ['Joana (closing)']],
    ['Vi ses! Kram Sara', ['Sara (closing)']],
    ['Schöne Grüße Thomas', ['Thomas (closing)']],
    ['Danke\nAnna Weber', ['Anna Weber (greeting)']],
    ['J. Smith has cancer.', ['J. Smith (pair)']],
    ['Dr. A. B. Kowalski wrote to us.', ['A. B. Kowalski (pair)']],
    ['M. Moreau est en arrêt maladie.', ['Moreau (title)']],
    // Names from scripts/name-supplement.ts
    ['Ο υπάλληλος Νίκος Αντωνίου έχει καταδικαστεί.', ['Νίκος Αντωνίου (role)']],
    ['Καλημέρα Γιώργο, τι κάνεις;', ['Γιώργο (greeting)']],
    ['Please ask Aoife Byrne in accounts.', ['Aoife Byrne (pair)']],
    ['Moi Jussi, soitatko?', ['Jussi (greeting)']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // The French "M." (Monsieur) before a surname the gazetteer lacks.
  it.each([
    ['Le salarié M. Benali est en arrêt pour dépression.', ['Benali (title)']],
    ['Bonjour M. Benali et merci pour votre retour.', ['Benali (title)']],
    ["J'ai appelé M. Benali hier.", ['Benali (title)']],
    ['Objet : dossier de M. Benali à compléter', ['Benali (title)']],
    ['M. Benali est absent.', ['Benali (title)']],
  ])('finds the surname after "M." in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // A first name as the subject of an English contraction or modal, or after where the person
  // works ("Roberto del magazzino ha chiesto").
  it.each([
    ["quick q — Marcus can't really do the late shifts", ['Marcus (subject)']],
    ['Marcus can’t come on Friday', ['Marcus (subject)']],
    ["ok so Marcus won't be in, Priya doesn't know yet", ['Marcus (subject)', 'Priya (subject)']],
    ["Marcus's off sick today", ["Marcus's (subject)"]],
    ['Marcus’ll cover the late shift', ['Marcus’ll (subject)']],
    ["ask about Tom's wife", ["Tom's (subject)"]],
    // What only a person has, after the possessive (red-team set 24's review)
    ["Anna's cancer came back in March.", ["Anna's (subject)"]],
    ["Thomas's chemo starts Monday", ["Thomas's (subject)"]],
    ["Lena's GP referred her to a specialist", ["Lena's (subject)"]],
    ['Roberto del magazzino ha chiesto di spostare le ferie', ['Roberto (subject)']],
    ["Roberto dell'Ufficio Acquisti ha chiesto un preventivo", ['Roberto (subject)']],
    ['Roberto del reparto vendite ha chiesto le ferie', ['Roberto (subject)']],
    ['and Anna from accounts says the invoice is fine', ['Anna (subject)']],
    ['danach Jonas aus der Buchhaltung hat gefragt', ['Jonas (subject)']],
  ])('finds the subject in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an ambiguous first name', "Will's off the table, and Mark can't be undone"],
    ['brands', "Mercedes can't compete, Alexa can set timers, Tesla's stock fell"],
    ['a possessive before a thing', "the number on Marcus's car is red"],
    ['a place named after a saint', 'San Pedro del Pinatar es un municipio'],
    ['a first name before a preposition and no verb', 'the Anna from accounts issue'],
    ['a shop named for someone', "Wendy's menu has burgers"],
    ['a disease named for a physician', "Addison's disease and Parkinson's disease"],
    // An English negation glued on is a verb ("Don't", "Don’t"), not 'Don' (set 24)
    ['a negation', "Don't mention it in the note. Don’t worry. I said: Don't."],
    // Estonian 'leia' ("find"), Maltese 'meta' ("when") in lower case
    ['an Estonian imperative', 'Ristküliku küljed on 12 cm ja 7 cm. Leia ümbermõõt.'],
    ['Maltese "when this"', 'jista’ jiġi pproċessat biss meta dan ikun ġustifikat'],
  ])('finds no subject in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // A clear first name inside a sentence, after a word in lower case, in any language.
  it.each([
    ['can someone ask Bogdan whether the invoices went out?', ['Bogdan (subject)']],
    ['Perehdytyksen hoitaa Jarmo, ja hygieniapassin kopio', ['Jarmo (subject)']],
    ['Tema laupäevased vahetused võtab üle Kätlin.', ['Kätlin (subject)']],
    ['Dywed wrth Cerys fod y cyfarfod wedi symud.', ['Cerys (subject)']],
    // A clear first name alone after a name label; a Greek article before a first name
    ['{"nome":"Davide","cognome":"x"}', ['Davide (label)']],
    ['Η Ελένη κάνει εξωσωματική', ['Ελένη (subject)']],
    // Opening a sentence, a word in lower case after it
    ['Mikkel kan ikke tage med til messen.', ['Mikkel (subject)']],
    ['Tak. Juha ei saa ajaa pakettiautoa.', ['Juha (subject)']],
    // After an imperative opening the sentence
    ['Plan Dennis op dinsdagochtend niet in.', ['Dennis (subject)']],
    ['Питай Цветелин за паролата на рутера.', ['Цветелин (subject)']],
    // The same after an opening quote or bracket, a quoted message, a JSON string value
    ['"Juha ei saa ajaa pakettiautoa."', ['Juha (subject)']],
    ["kontext: 'Mikkel kan ikke tage med til messen'", ['Mikkel (subject)']],
    ['Tak. „Juha ei saa ajaa pakettiautoa."', ['Juha (subject)']],
    ['(Mikkel kan ikke tage med)', ['Mikkel (subject)']],
    ['{"message":"Juha ei saa ajaa pakettiautoa."}', ['Juha (subject)']],
    ['[{"text": "Питай Цветелин за паролата"}]', ['Цветелин (subject)']],
    ['id;text\n17;"Juha ei saa ajaa pakettiautoa."', ['Juha (subject)']],
    ['id\ttext\n17\t"Mikkel kan ikke tage med"', ['Mikkel (subject)']],
    // After a label's colon, as a sentence opens
    ['Info: Mikkel kan ikke tage med til messen.', ['Mikkel (subject)']],
    ['Anna-Lena kommt morgen nicht.', ['Anna-Lena (subject)']],
    // After a line of prose wrapped by a mail client, as after a space (rt10-160 wrapped at 60)
    [
      'ära teda enam aprilli graafikusse pane. Tema laupäevased vahetused võtab üle\nKätlin.',
      ['Kätlin (subject)'],
    ],
    ['Please send the signed contract and the invoice back to\nDennis.', ['Dennis (subject)']],
    // Given names that are words too stay names opening a sentence (a review)
    ['Tome ne može doći sutra, bolestan je.', ['Tome (subject)']],
    ['Cierra no vino hoy, está enferma.', ['Cierra (subject)']],
    ['Anděl byl včera zadržen policií.', ['Anděl (subject)']],
  ])('finds the first name inside a sentence in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['after a place word', 'Frankfurt am Main ist teuer, ebéd az Erzsébet körúton'],
    ['after a saint', 'délután a Szent Gellért térig, morì a Porto Ercole'],
    ['a car model', 'compare the Renault Zoe with the Leaf'],
    ['a product in quotes', 'the sofa series „Greta“ is new'],
    ['a room with a number', 'we met in hall Anna 3 today'],
    ['after an article', 'Wir prüfen die Halle morgen'],
    ['opening a sentence: an everyday word', 'Som ansat i en virksomhed. Inga resultat ännu.'],
    ["opening a sentence after a saint's abbreviation", 'Бродовите за Св. Наум тргнуваат'],
    ['an everyday word alone after a name label', 'name: Server\nname: Rose'],
    ['after an article opening the sentence', 'Die Clara-Weissgerber-Stiftung vergibt Preise.'],
    ['a column header after another', 'Ämne Antal elever'],
    ['opening a sentence: an Italian preposition', 'Nella zona a lettura ottica ogni campo'],
    ['opening a quote: an everyday word', '"Som ansat i en virksomhed", skriver de.'],
    // Everyday words the gazetteer lists as first names, opening a sentence
    ['opening a sentence: Finnish "what"', 'Mikä tämä virhe on?'],
    ['opening a sentence: Spanish "more"', 'Más información en la web.'],
    ['a JSON value opening with an everyday word', '{"status":"Inga resultat ännu"}'],
    ['a quoted product name', 'the series "Greta" is new'],
    [
      'a brand joined to a first name after a colon',
      'para la empresa: Mercedes-Benz eSprinter o Ford',
    ],
    [
      'a list of file names, one per line',
      'Rosalia_de_Castro_Cantares_Gallegos_comentario.pdf\nRosalia_de_Castro_biografia.pptx',
    ],
    ['a short line before', 'shopping list\nGreta'],
  ])('finds no first name inside a sentence %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // Regards passed on ("Hälsa Erik"), and a first name after a slash signing off.
  it.each([
    ['Tack för igår! Hälsa Erik och barnen. Kram /Annika', ['Erik (greeting)', 'Annika (closing)']],
    ['hils Lars fra meg', ['Lars (greeting)']],
    ['Og hilsen til Erik og børnene', ['Erik (greeting)']],
    ['Vi ses.\nMvh /Lars', ['Lars (closing)']],
    ['Det var kul.\n/Annika', ['Annika (closing)']],
    ['Thanks for the update! - Anna', ['Anna (closing)']],
    ['Thanks\nAnna: fine by me', ['Anna (greeting)']],
    // A known surname labelling the next line is the speaker thanked, not a role
    ['Thanks\nKowalczyk: I will send the scan tomorrow', ['Kowalczyk (greeting)']],
    // In lower case after a greeting, words that only open sentences elsewhere stay names
    ['thanks inga, bye', ['inga (greeting)']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['health before a city', 'Psykisk hälsa Stockholm: rapport 2024'],
    ['health before a country', 'God hälsa, Sverige!'],
    ['a slash before a first name mid-text', 'see /Annika/notes for the list'],
    ['a slash glued to a word', 'Ordrar: A/Annika'],
    ["thanks, then the next speaker's label", 'Agent: thanks\nCaller: I need a new slot'],
    ['a greeting, then a role labelling the next line', 'Hi\nManager: see the memo'],
  ])('finds no name after %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // Initials, then particles, between a salutation and the surname.
  it.each([
    ['dhr. R. van den Berg heeft gebeld', ['Berg (salutation)']],
    ['{"contact":"dhr. R. van den Berg","kanaal":"telefoon"}', ['Berg (salutation)']],
    ['Mevr. J.P. de Vries belt terug.', ['Vries (salutation)']],
    ['Herr Dr. K. von Stein kommt morgen.', ['Stein (salutation)']],
  ])('finds the surname after a salutation and initials in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // A role noun, then initials: the capitalised word after them is a surname, listed or not.
  it.each([
    ['Patiënt H. Zwiers gebruikt Apixaban.', ['Zwiers (role)']],
    ['09:40 | Pt. H. Zwiers, 19-10-1956 | Apixaban 5 mg', ['Zwiers (role)']],
    ['Kundin A. B. Oberhollenzer hat angerufen.', ['Oberhollenzer (role)']],
  ])('finds the surname after a role and initials in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a font size', 'Set it in 12 pt. A. Arial is fine.'],
    ['initials and no word after them', 'Patiënt H. Z. 12'],
  ])('finds no name after a role abbreviation and %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['initials alone', 'dhr. R. heeft gebeld, mevr. A. B. ook'],
    ['an article after the initials', 'Frau A. Die Bank ist zu.'],
  ])('finds no name after a salutation and %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a number', 'M. 5'],
    ['millions', "Un budget de 5 M. d'euros, soit 5 M. Les dépenses suivent."],
    ['a genus', 'the M. tuberculosis strain'],
    ['an initial after a surname', 'Smith J., Jones M. Results show a drop.'],
    ['a letter ending a sentence', 'the letter M. Then we move on.'],
    ['a size', 'Disponible en taille M. Livraison gratuite.'],
    ['a size after a capitalised word', 'Taille M. Couleur bleue'],
  ])('finds no name after "M." as %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a closing before a team', 'Best regards,\nThe Support Team'],
    [
      'a greeting to no one in particular',
      'Dear Sir or Madam, hello World! Hi all, hallo zusammen',
    ],
    [
      'a title-case sentence of everyday words',
      'Will the May release include the Rose Gold theme?',
    ],
    ['an ambiguous first name before an everyday word', 'Mark Price changes next week'],
    ['place names that start like first names', 'Santa Cruz and San Sebastián are sunny'],
    ['cities', 'Le Olimpiadi di Milano Cortina'],
    ['a product under a name label', '"name": "Widget Pro"'],
    ['a header row of labels', 'Vorname\tNachname\tOrt'],
    ['a header row of labels, semicolon-separated', 'Name;Vorname;Geburtsdatum'],
    ['a label cell before a word that is not a name', '| Name | Type |\n| Name | Description |'],
    ['a label cell before an ambiguous first name', '| Name | Rose |'],
    ['a header row whose cells are also names', '| Artykuł | Stan | Cena |'],
    ['adjacent cells of places and colours', 'Paris;London;Rose;Gold'],
    // After the elided article a first name is read since the thirty-seventh session (Catalan and
    // Italian "l'Anna"): a place after it is still none
    ['quoted places', "It's 'Paris', 'London' and 'Rome'; l'Italie est là"],
    ['a street named after a person', 'Our shop at 12 rue Victor Hugo, piazzale Carlo Magno 1'],
    ['capitalised German nouns', 'Der Bericht zum Quartal liegt der Geschäftsführung vor.'],
    ['a salutation before a group', 'Sehr geehrte Damen und Herren'],
    ['a heading in capitals before a street', 'ACME, Anna-Str. 5'],
    ['a city in capitals before a first name', 'BERLIN, Anna kommt morgen'],
    ['an everyday word in capitals before a first name', 'ROSE, Anna kommt morgen'],
    ['an unknown word in capitals before a first name, without a label', 'QUERTENMONT, Anna'],
    ['a label, a company in capitals and a street', 'Name: ACME, Anna-Str. 5'],
    ['a label, a city in capitals and a first name', 'Name: BERLIN, Anna'],
    ['a surname in capitals before a street named after a first name', 'MÜLLER, Anna-Str. 5'],
    ['a closing in the middle of a line before a first name', 'Wir nehmen das VG Anna nicht.'],
    ['a closing at the start of a line before a brand', 'LG Electronics meldet Rekordumsatz'],
    ['a closing before an ambiguous first name', 'Best Rose Gold offers'],
    ['a closing before a first name in capitals', 'VG ANNA'],
    ['a closing glued to a word before a first name', 'ok\nVGA Anna'],
    ['a closing after spaces in the middle of a line', 'Produkt          VG Anna'],
    [
      'a sign-off mid-line before a collecting society',
      'Die Abrechnung geht an die VG Wort. VG Wort',
    ],
    ['a broadcaster after a sentence', 'Heute im Programm. BR Fernsehen zeigt den Film.'],
    ['a closing after a comma, the first name inside a sentence', 'Er sagt, VG Anna sei gut.'],
    ['a closing after a sentence before a product name', 'Neu im Shop. LG Gram im Angebot'],
    ['a broadcaster mid-sentence before a first name', 'the new BR Anna series'],
    ['an initial before a word that is no surname', 'E. coli infections rise.'],
    ['initials inside an abbreviation', 'The U.S. Steel plant closed.'],
    ['a data type after a name label in a schema', 'type Customer {\n  firstName: String\n}'],
    ['a column type after a name label', 'Vorname: Text, Nachname: Text'],
    ['camel-case keys naming things', '{"productName":"Widget Pro","hostName":"Edge Gateway"}'],
    ["Nordic 'til' (to) in lower case", 'talsverð rigning frá kl. 15 í dag til kl. 6'],
  ])('finds no name in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

// People type in lower case, and some systems write everything in capitals: with no capital to
// go by, a word is a name only as a known name that is no everyday word, after a cue or as a
// clear first name before a known name; a line in capitals reads as if title-cased.
describe('findPersonNames in lower case and in capitals', () => {
  it.each([
    ['dear mr clarke,\n\nthank you for your email.', ['clarke (salutation)']],
    ['sehr geehrte frau brenneisen,\n\nvielen dank', ['brenneisen (salutation)']],
    ['geachte mevrouw bakker,\n\nhartelijk dank', ['bakker (salutation)']],
    ['szanowna pani kamińska,\n\ndziękujemy', ['kamińska (title)']],
    ['m. moreau est en arrêt maladie', ['moreau (title)']],
    ['dzień dobry pani grażyno, czy może pani jutro', ['grażyno (title)']],
    ['hi priya, could you send me the slides?', ['priya (greeting)']],
    ['hoi jeroen, kun je de planning checken?', ['jeroen (greeting)']],
    ['hej maja! kan du skicka presentationen?', ['maja (greeting)']],
    ['ciao luca mi mandi il verbale?', ['luca (greeting)']],
    ['viele grüße\nsophie wachtel', ['sophie wachtel (closing)']],
    ['viele grüße\nanna brenneisen', ['anna (closing)']],
    ['cordialement,\nmanon fontaine', ['manon fontaine (closing)']],
    ['unser mitarbeiter sophie lindner übernimmt ab montag', ['sophie lindner (role)']],
    ['la salariée léa fontaine reprendra le poste', ['léa fontaine (role)']],
    [
      '| first name | surname |\n|---|---|\n| daniel | clarke |',
      ['daniel (label)', 'clarke (label)'],
    ],
    ['please forward the contract to oliver patel in accounts', ['oliver patel (pair)']],
    ['priya robinson was admitted to hospital on monday', ['priya robinson (pair)']],
    ['el informe lo firma elena fernández, que coordina', ['elena fernández (pair)']],
    ['onze medewerker daan de vries komt dinsdag', ['daan de vries (role)']],
    ['Dear mr clarke, thank you.', ['clarke (salutation)']],
    ['PRIYA ROBINSON WAS ADMITTED TO HOSPITAL ON MONDAY.', ['PRIYA ROBINSON (pair)']],
    ['SEHR GEEHRTE FRAU BRENNEISEN,\n\nVIELEN DANK', ['BRENNEISEN (salutation)']],
    ['HOI JEROEN, KUN JE DE PLANNING CHECKEN?', ['JEROEN (greeting)']],
    ['MED VÄNLIGA HÄLSNINGAR\nMAJA KARLSSON', ['MAJA KARLSSON (closing)']],
    ['Dear colleagues,\nMIT FREUNDLICHEN GRÜSSEN\nANNA BRENNEISEN', ['ANNA (closing)']],
    ['Passenger: SMITH/JOHN MR', ['SMITH/JOHN (pair)']],
    [
      'ja grüß gott hier ist die frau schneider-wolf ich ruf an wegen der brille',
      ['schneider-wolf (salutation)'],
    ],
    ['ich ruf an wegen meinem mann dem klaus der hat die brille', ['klaus (role)']],
    ['Ich rufe wegen meinem Mann, dem Klaus, an.', ['Klaus (role)']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a modal verb', 'will you grant me access to the repo?'],
    ['a month as a verb', 'may i ask a question about the api?'],
    ['a flower', 'the rose garden opens in june'],
    ['a woman at the counter', 'die frau am schalter war sehr nett und hat mir geholfen'],
    ['a job in lower case after "frau"', 'ich war bei der frau kranken-schwester im zimmer'],
    ['a role, then a genitive article', 'Der Chef der Firma hat heute angerufen.'],
    ['a role, then a genitive article in lower case', 'die tochter der nachbarin hat angerufen'],
    ['a verb', 'mark the date: the launch is on friday'],
    ['a title word as a verb before an addressed word', 'i miss home, and you?'],
    // An ambiguous first name in lower case is no name, even before a surname.
    [
      'a foundation named after a person, in lower case',
      'the bill gates foundation funds vaccines',
    ],
    ['a greeting to a group', 'hi all, the build is green again'],
    ['thanks to no one in particular', 'thanks again, see you tomorrow! merci beaucoup, à demain'],
    ['thanks before a first name that is also a word', 'grazie mille per la pazienza!'],
    ['a greeting to the world', 'hello world! this is a test'],
    ['a salutation to a customer', 'dear customer, your order has shipped'],
    ['a salutation to a title', 'dear sir or madam, please find attached'],
    ['a greeting to everyone', 'hola amigos, ¿qué tal? hej alla! hallo zusammen, ciao ragazzi,'],
    ['a closing before a team', 'kind regards,\ncustomer care'],
    ['a closing before a service', 'mit freundlichen grüßen\nihr kundenservice'],
    ['a closing before a place', 'Hälsningar från Stockholm'],
    ['first names that are words ("per", "max")', 'the per diem is 40 euros per day, max 5'],
    ['a label word as a first name', 'the patient name field is required'],
    ['a greeting word before a word', 'morning coffee is on me, good morning team'],
    ['a Swedish day and a first name', 'samma dag per post, en dag per vecka'],
    ['a Swedish preposition', 'vid export till excel'],
    ['a Portuguese preposition before VAT', 'preço sem iva 20 euros'],
    ['an Italian article', 'una volta al mese'],
    ['a place', 'santa maria da feira, san pedro del pinatar'],
    ['a French noun before a particle and a first name', 'un texte sur la santé de marie curie'],
    [
      'a sentence in capitals',
      'PLEASE RESTART THE SERVER BEFORE FRIDAY. WILL YOU GRANT ME ACCESS?',
    ],
    ['VAT in capitals', 'PREZZO 401,36 € IVA ESCLUSA.'],
    ['places in capitals', 'SAN SEBASTIÁN Y SANTA CRUZ LIDERAN EL RANKING'],
    ['a salutation to a group in capitals', 'SEHR GEEHRTE DAMEN UND HERREN,'],
    ['a Swedish preposition in capitals', 'VERSION 2.3.4 RÄTTAR FELET VID EXPORT TILL EXCEL.'],
  ])('finds no name in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // A mail header or a list of people names them in any case.
  it.each([
    ['From: adrian stoica\nTo: vanzari\nSubject: oferta', ['adrian stoica (label)']],
    [
      'ops sync - 5 mar\nattendees: priya, tom harding, me\ncc: dev lead',
      ['priya (label)', 'tom harding (label)'],
    ],
    ['Von: jonas weber\nAn: support', ['jonas weber (label)']],
    ['De: adrian\nPara: ventas', ['adrian (label)']],
    ['> Cc: priya; oliver patel', ['priya (label)', 'oliver patel (label)']],
    ['Teilnehmer: jonas und priya', ['jonas (label)', 'priya (label)']],
    ['**Deelnemers:** daan, sanne de vries', ['daan (label)', 'sanne de vries (label)']],
    // A header opening a quoted message or a JSON string value
    ['"From: adrian stoica\nTo: vanzari"', ['adrian stoica (label)']],
    ['{"raw": "Von: jonas weber\nAn: support"}', ['jonas weber (label)']],
  ])('finds the names listed in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a team', 'To: sales team\nCc: dev lead\nFrom: anna support'],
    ['an ambiguous first name', 'to: will smith\nfrom: mark'],
    ['times after a label mid-line', 'time: 12:30:45 from: 10:00 to: 11:00'],
    ['a list of teams', 'participants: data team, ops, qa'],
    ['a header with more words after the first name', 'From: adrian the builder'],
    ['a quoted label mid-line', 'the column "from: adrian" is empty'],
  ])('finds no name listed after %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // A speaker introducing themselves: a known first name after "c'est", "ici", "je suis"; any
  // plain capitalised word after "je m'appelle", "my name is".
  it.each([
    // … and the relative's first name after 'de' (the thirty-fifth session)
    [
      "salut, c'est hugo le cousin de mathilde, t'as 5 min ?",
      ['hugo (subject)', 'mathilde (subject)'],
    ],
    ['Salut, c’est Hugo, je te rappelle', ['Hugo (subject)']],
    ['Bonjour, ici Hugo de la compta.', ['Hugo (subject)']],
    ["c'est Marie qui a appelé", ['Marie (subject)']],
    ["Bonjour, je m'appelle Benali et je cherche un stage.", ['Benali (subject)']],
    ['Hallo, ich heiße Obermeier und habe eine Frage.', ['Obermeier (subject)']],
    // A name that is also an everyday word: the naming phrase says a name follows.
    ['my name is Will, this is will', ['Will (subject)']],
    ['Ich heiße Wood.', ['Wood (subject)']],
    ["hi, it's priya from accounts", ['priya (subject)']],
    // The verb alone, its pronoun dropped; "my name is" in more languages (red-team rt11-113)
    ['Tere! Olen Margus, 52, Viljandist.', ['Margus (subject)']],
    ['Jestem Marek i mam pytanie.', ['Marek (subject)']],
    ['Sunt Ioana și am o întrebare.', ['Ioana (subject)']],
    ['Mi nombre es Paloma y vivo en Soria.', ['Paloma (subject)']],
    ['Mijn naam is Bas en ik woon in Zwolle.', ['Bas (subject)']],
    ['Mano vardas Rūta, gyvenu Vilniuje.', ['Rūta (subject)']],
    // "It's me", "here is" opening a text message (eighteenth red-team set)
    ['hej to ja agnieszka z recepcji, nie przyjdę jutro', ['agnieszka (subject)']],
    ['здрасти, тук е мартин от склада', ['мартин (subject)']],
  ])('finds the speaker in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['an adjective that is also a first name', "c'est claire et net, c'est juste une idée"],
    ['a participle', 'je suis ravi de vous voir, je suis marié depuis 2010'],
    ['a pronoun', "c'est lui qui a appelé, c'est elle aussi"],
    ['a place or a feast', "c'est Paris, C'est Noël !"],
    ['an adverb', 'ici il fait beau'],
    ['PL, "I know" after "it is I"', 'to ja wiem najlepiej, to ja mam klucze'],
  ])('finds no speaker in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // A mail client wraps a line where a space was: inside a name, or after its salutation.
  it.each([
    ['Sehr geehrte Frau\nSchneider,\n\nvielen Dank.', ['Schneider (salutation)']],
    ['Geachte mevrouw\r\nBakker,', ['Bakker (salutation)']],
    ['Geachte mevrouw \r\nBakker,', ['Bakker (salutation)']],
    ['Buongiorno\nFederica, mi ricordi il codice?', ['Federica (greeting)']],
    ['El informe lo firma Elena\nFernández, que coordina.', ['Elena\nFernández (pair)']],
    ['Please ask Anna\nSchmidt in accounts.', ['Anna\nSchmidt (pair)']],
  ])('finds a name wrapped in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a blank line after the salutation word', 'Sehr geehrte Frau\n\nSchneider'],
    ['a blank line between two names', 'Please ask Anna\n\nSchmidt'],
    ['an indented next line', 'Please ask Anna\n    Schmidt'],
  ])('joins no name across %s', (_case, text) => {
    expect(
      names(text).filter((name) => name.includes('Schneider') || name.includes('Schmidt')),
    ).toEqual([]);
  });
});

// A car's make and model read like names; a company's "P.IVA" like a title and a name.
describe('findPersonNames on makes, models and abbreviations', () => {
  it.each([
    ['a make and a model', 'the Nissan Leaf and Renault Zoe use different connectors'],
    ['a two-word make and a model', "Confronta l'Alfa Romeo Giulia con la Fiat Tipo"],
    ['a make and a model that is a first name', 'Der Seat Leon steht in Halle 2.'],
    ['an Italian VAT label', 'P.IVA IT 00743110157 — pagamento a 60 gg'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['a surname that is a make', 'Kontakt: Pierre Renault, Lyon', ['Pierre Renault (pair)']],
    ['the same, surname first', 'Liste: Renault, Pierre', ['Renault, Pierre (pair)']],
    [
      'a first name before a make-like surname',
      'Harrison Ford called about the contract.',
      ['Harrison Ford (pair)'],
    ],
    ['a title glued to a surname in capitals', 'Sehr geehrter Herr Dr.MÜLLER', ['MÜLLER (title)']],
  ])('still finds %s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// Red-team set 2: first names with no surname, in chat written in lower case, after a department,
// at a sentence's start ('Per'), and Irish names with a particle.
describe('findPersonNames on bare first names in chat', () => {
  it.each([
    ['a lower-case name after "mit"', 'hab grad mit jürgen telefoniert, der kommt um 10', 'jürgen'],
    ['a lower-case name after "avec"', "ok je vois ça avec kevin demain, c'est lui", 'kevin'],
    ['a lower-case name after "sentito"', 'ciao, ho sentito giulia x la trasferta', 'giulia'],
    ['a lower-case name after "ping"', 'can you ping anja about the q3 deck?', 'anja'],
    ['a lower-case name after "habla con"', 'mañana hablo con lucía del tema', 'lucía'],
    ['a Dutch name after "van"', 'de man van Ineke belde net, ze komt later', 'Ineke'],
    ['a name before a Danish department', 'Mette fra lønkontoret spørger om du har', 'Mette'],
    ['a Polish diminutive before a department', 'szefowa mówiła że Kaśka z kadr ma już', 'Kaśka'],
    ['Swedish "Per" opening a sentence', 'Per sa att han tar med tårta på fredag.', 'Per'],
    ['Swedish "Per" after a full stop', 'Hej. Per har redan bokat rummet.', 'Per'],
    [
      'an Irish name over "Ní"',
      'Bhí Siobhán Ní Bhriain ag glaoch faoin gcruinniú',
      'Siobhán Ní Bhriain',
    ],
  ])('finds %s', (_case, text, name) => {
    expect(names(text).map((found) => found.replace(/ \(\w+\)$/, ''))).toContain(name);
  });

  it.each([
    ['everyday words after "with"', 'can you ping me with the link about the deck?'],
    ['a team after "mit"', 'hab grad mit dem team telefoniert, alles gut'],
    ['an everyday word after "avec"', 'ok je vois ça avec plaisir demain'],
    ['a city after "con"', 'ho parlato con roma per la trasferta'],
    ['"per" as a preposition', 'Det kostar 500 kr per månad och per person.'],
    ['"Per" opening a sentence as a preposition', 'Per månad betalar du 500 kr.'],
    ['"Per" mid-sentence before a verb', 'Priset är 20 kr. Summan per har ingen betydelse.'],
    ['a word that starts like "fra"', 'Mio fratello è stato trasferito a Milano.'],
    ['a department with no name before it', 'Folk fra lønkontoret spørger om timesedler.'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

// Declined names and diminutives: the ending stripped, the stem a clear known name (inflection.ts).
describe('findPersonNames on declined names and diminutives', () => {
  it.each([
    [
      'a Polish dative first name and surname',
      'Przekaż proszę Agnieszce Wróblewskiej, że umowa jest gotowa.',
      'Agnieszce Wróblewskiej',
    ],
    ['a Czech declined surname after "Paní"', 'Paní Dvořákové jsme poslali upomínku.', 'Dvořákové'],
    ['a Finnish allative first name', 'Laitoin Jukalle viestin eilen.', 'Jukalle'],
    ['a Finnish adessive first name', 'Onko Pekalla aikaa huomenna?', 'Pekalla'],
    ['a Polish instrumental after "z"', 'Rozmawiałam wczoraj z Tomaszem o tym.', 'Tomaszem'],
    ['a Spanish diminutive after "a"', '¿Le pasaste el informe a Paquito? Dice que no.', 'Paquito'],
    ['a Hungarian surname and dative first name', 'Kovács Bélának elküldtük.', 'Kovács Bélának'],
    ['a Hungarian ablative first name', 'A számlát Bélától kérje vissza.', 'Bélától'],
    ['a Hungarian diminutive in the dative', 'Pistinek szólj, hogy jöjjön.', 'Pistinek'],
    ['a Hungarian married name', 'Szabóné Katalin holnap jön.', 'Szabóné Katalin'],
    ['a Lithuanian dative name', 'Jonui Petraičiui išsiuntėme sąskaitą.', 'Jonui Petraičiui'],
    ['a Croatian instrumental after "s"', 'Razgovarao sam s Ivanom o tome.', 'Ivanom'],
    ['a Croatian instrumental after "kćeri"', 'Došao je s kćeri Anom.', 'Anom'],
    ['a Croatian dative first name', 'Marku sam rekao da dođe.', 'Marku'],
    ['a Romanian dative salutation', 'Doamnei Ionescu i-am trimis oferta.', 'Ionescu'],
    ['a Romanian genitive salutation', 'Îi trebuie domnului Vasilescu o copie.', 'Vasilescu'],
    ['a Bulgarian diminutive after "aunt"', 'Каза и на леля Мими от третия етаж.', 'Мими'],
    ['a Bulgarian first name and surname', 'Говорих с Петър Иванов за ремонта.', 'Петър Иванов'],
    [
      'a Bulgarian feminine surname',
      'Кандидатката Айше Мехмедова пита за отпуск.',
      'Айше Мехмедова',
    ],
    ['a Polish accusative first name', 'Poproś Katarzynę o raport do piątku.', 'Katarzynę'],
    [
      'a Polish accusative first name and surname',
      'Widziałem wczoraj Katarzynę Mroczkowską w biurze.',
      'Katarzynę Mroczkowską',
    ],
    ['a Lithuanian accusative first name', 'Rytoj matysiu Joną.', 'Joną'],
    ['Lithuanian accusatives in "-ę" and "-į"', 'Pakviesk Gabrielę ir Kęstutį.', 'Kęstutį'],
    // German without umlauts ('ue' for 'ü'), in a text in lower case (red-team set 12)
    [
      'a German name typed without its umlaut',
      'ich habe gehört dass juergen schmidt heute krank ist',
      'juergen schmidt',
    ],
    // A message in lower case pasted under an instruction in the usual case, in quotes
    // (red-team rt12-128, rt12-195)
    [
      'a name in a lower-case paragraph under one in the usual case',
      'Schreif mer e kuerze Merci-Post fir Facebook\n\nwousst du dass de marc hoffmann zoumécht',
      'marc hoffmann',
    ],
    // Names joined by '_' in a file name or an object key (red-team set 13)
    ['a name in a file name', '/mnt/befunde/3719140681_Gruber_Stefanie_MRT.pdf', 'Gruber_Stefanie'],
    [
      'a surname in capitals then the first name',
      'CR_psy_DUPUIS_Margaux_2024.pdf',
      'DUPUIS_Margaux',
    ],
    // A slug's words, joined by '-', after a '/' (red-team set 13)
    [
      'a full name in a URL slug',
      'Redirect these:\n\nhttps://club.example/membres/amelie-rousseau-1986-grenoble/',
      'amelie-rousseau',
    ],
    [
      'a full name in a branch name',
      'Which can go?\n\n  origin/hotfix/refund-aoife-brennan-twice',
      'aoife-brennan',
    ],
    // Dutch 'vd' for 'van der' between the names (red-team rt12-106)
    ['a Dutch abbreviated particle', 'Bram vd Linden belde gisteren.', 'Bram vd Linden'],
    [
      'the particle with its dots, in lower case',
      'weet je dat bram v.d. linden ziek is',
      'bram v.d. linden',
    ],
    // A surname told by its ending in lower case, after a clear first name (red-team rt12-169)
    [
      'an Icelandic patronymic in lower case',
      'vissirdu ad hann sigurdur einarsson ur bankanum a selfossi er ad haetta',
      'sigurdur einarsson',
    ],
    [
      'a name after the quote opening a message',
      "parasyk skelbima\n\n'jonas kazlauskas is 5 laiptines pardavineja golfa'",
      'jonas kazlauskas',
    ],
    // A person's age after the name (red-team set 14)
    ['a first name with an age', 'Hola! Valeria, 27, Valencia (Russafa).', 'Valeria'],
    [
      'a surname the gazetteer lacks, with an age',
      'Kohus mõistis süüdi Raivo Tammelehe, 56, kes',
      'Raivo Tammelehe',
    ],
    ['an age in parentheses', 'Tobias (34) sucht eine Wohnung.', 'Tobias'],
    ['a Hungarian age', 'elítélte Halmi Dominik 19 éves lakost', 'Dominik'],
    ['an age with a word for years', 'Valeria, 27 años, vive en Madrid.', 'Valeria'],
    ['an age after "aged"', 'Priyanka, aged 31, called.', 'Priyanka'],
    ['an age in parentheses with a unit', 'Tobias (34 J.) sucht', 'Tobias'],
    ["a child's age before a verb", 'Emma, 6, loves dinosaurs.', 'Emma'],
    // Children's ages after a clear first name (a review: "Hotel Eden (4)" is a count)
    ["a child's age at a line's end", 'Emma, 6\nTom, 9', 'Tom'],
    ["children's ages in parentheses", 'Kinder: Mia (4), Ben (7)', 'Mia'],
    ["a child's age before a noun", 'Lukas, 14, Schüler', 'Lukas'],
    // South Asian given names faker's en_IN lacks (red-team rt14-189)
    ['a South Asian name', 'Priyanka Desai called about the roster.', 'Priyanka Desai'],
    ['a Punjabi name', 'Gurpreet Kaur will cover the shift.', 'Gurpreet Kaur'],
  ])('finds %s', (_case, text, name) => {
    expect(names(text).map((found) => found.replace(/ \(\w+\)$/, ''))).toContain(name);
  });

  it.each([
    ['Finnish place names in a local case', 'Olen Helsingissä ja huomenna Tampereella.'],
    ['a country in a Polish local case', 'Mieszkam w Polsce od dwóch lat.'],
    ['a fictional name read as a declined one', 'Skriv en sammanfattning av Pippi Långstrump.'],
    ['Spanish words ending like a diminutive', 'El Mosquito y el Bonito son platos de la casa.'],
    ['a diminutive of no known name', 'Dale el informe a Chiquito mañana.'],
    ['Bulgarian cities', 'Пътувахме от София до Варна и после до Пловдив.'],
    ['Bulgarian folk figures', 'Баба Марта е днес, а Дядо Коледа идва през декември.'],
    [
      'Hungarian words in the same cases',
      'Holnaptól az irodának új címe van. Csapattal dolgozunk, Budapestnek és Szegedtől indulunk.',
    ],
    ['Croatian places in the dative', 'Stanujem u Zagrebu, a radim u Splitu i Osijeku.'],
    ['a Romanian salutation before a noun', 'Domnului director i-am trimis raportul.'],
    ['places that read as a declined name', 'Hindu temples in Macau, and a trip to Peru.'],
    ['ES, data', 'Fuente: Conjunto Mínimo Básico de Datos, datos anonimizados.'],
    ['PT, data', 'Proteção de Dados: consulte a política.'],
    ['EN, a column header', 'PID-5  Patient Name                 XPN  250  R  family^given'],
    ['IT, a column header', 'Paziente Nome | Reparto | Letto'],
    ['ES, a column header', 'Cliente Nombre;Importe;Fecha'],
    ['rice fields', 'Paddy fields cover the valley; the rice paddy floods in spring.'],
    ['Polish words in the accusative', 'Proszę sprawdzić drogę, pracę i sprawę z osobą.'],
    // Not at a sentence's start, where a clear first name in lower case is one (opensLowerSentence)
    ['a short word with a surname-like ending in lower case', 'i wiem że anna polska jest piękna'],
    ['constants in capitals joined by underscores', 'MAX_RETRIES = 3; HTTP_PROXY = none'],
    // Numbers after a first name that are no age (red-team set 14)
    ['a date after a city that is a first name', 'Florence, 12. März 2024'],
    ['a list of numbers after a first name', 'Maria, 12, 13 und 14 sind belegt.'],
    ['a region in a CSV cell', 'maakond,ostude_arv\nHarjumaa,12\nIda-Virumaa,1'],
    // Small counts after a first name, no age (a review of the age rule)
    ['skill levels', 'Skills: Julia (3), Python (6), Rust (2)'],
    ['a hotel with a count', 'Hotel Eden (4) is fully booked.'],
    ['a storm with its category', 'Hurricane Katrina (5) made landfall.'],
    ['a business and its street number', 'Farmacia Carmen, 3, Avenida del Puerto'],
    // A Swedish relative pronoun after a kin word and a comma (red-team rt14-6)
    ['a relative pronoun after a role', 'Min son, som bor i Malmö, ringde.'],
    ['compound words in lower case', 'see the follow-up e-mail about the check-in and roll-out'],
    ['a path in lower case', 'ls /usr/local/share/doc/readme'],
    ['a code identifier with capitalised parts', 'call get_User_Name() then Set_Value()'],
    // Groups greeted, sentence openers that are words (red-team set 11)
    ['customers greeted', 'Liebe Kunden! Die Stadtwerke informieren über Bauarbeiten.'],
    ['users greeted in Hungarian', 'Tisztelt Felhasználóink!\n\nA Vízművek tájékoztatja.'],
    ['a customer greeted in Hungarian', 'Tisztelt Ügyfelünk!\n\nTájékoztatjuk, hogy a bank zárva.'],
    ['Luxembourgish "how"', 'Wéi mellen ech mech an enger Gemeng un?'],
    ['Luxembourgish "how", decomposed', 'Wéi mellen ech mech an enger Gemeng un?'.normalize('NFD')],
    ['Polish "data" opening a section', '§ 6. Dane osobowe\nAdministratorem danych jest spółka.'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

// Speech-to-text transcripts, chats and Slack in lower case (sixth red-team set; invented people).
describe('findPersonNames in lower-case speech and chat', () => {
  it.each([
    [
      'DE, a salutation, a first name that is also a word, a surname',
      'wir berichten über ihre patientin frau rose baumann komma geboren am dritten',
      'rose baumann (salutation)',
    ],
    [
      'FR, a self-introduction, a salutation and a surname the gazetteer lacks',
      "oui bonjour euh c'est madame bellerose claire j'appelle pour le remboursement",
      'bellerose claire (salutation)',
    ],
    ['EN, a self-introduction', 'hi this is mrs okafor from flat 2', 'okafor (salutation)'],
    [
      'DE, a self-introduction',
      'ja hallo ich bin frau okafor aus der wohnung zwei',
      'okafor (salutation)',
    ],
    ['ES, a self-introduction', 'Hola, soy Marta y llamo por el pedido.', 'Marta (subject)'],
    [
      'EN, Slack: a colleague told to know',
      '@channel quick one: can someone let rose fox in payroll know the run is moving?',
      'rose fox (subject)',
    ],
    ['EN, told to know, in the usual case', 'Can you let Will know by Friday?', 'Will (subject)'],
    ['CA, a salutation', 'agent: molt bé senyora melnyk ja la tinc', 'melnyk (salutation)'],
    // A first name declined after a title (red-team set 19, a voice note)
    [
      'PL, a title and a first name in the genitive',
      'zadzwonić do pani bożeny z księgowości',
      'bożeny (title)',
    ],
    [
      'PL, a title and a first name in the instrumental',
      'rozmawiałem z panem tomaszem',
      'tomaszem (title)',
    ],
    // A clear first name opening a sentence, a word in lower case after it
    [
      'IT, a transcribed note opening with a first name',
      'roberto del magazzino ha chiesto di spostare le ferie dal 5 al 19 agosto',
      'roberto (subject)',
    ],
    [
      'SV, a chat message (rt12-119)',
      'btw har du hört från mikke? mikael sjöbreg alltså från lagret i jönköping',
      'mikael (subject)',
    ],
    // A surname the gazetteer has only as one, then a clear first name, as Hungarian orders them
    [
      'HU, surname first (rt-154 in lower case)',
      'tóth gábor ügyfél csak hétköznap délelőtt ér rá',
      'tóth gábor (pair)',
    ],
    ['HU, surname first, mid-sentence', 'holnap kovács anna nem jön be', 'kovács anna (pair)'],
    // A clear first name, then a surname that is also a word
    [
      'EN, a surname that is also a trade (rt-7 in lower case)',
      'dbs check came back for liam carter (starting monday on the leeds route)',
      'liam carter (pair)',
    ],
    // A clear first name before a verb, inside a sentence
    ['DE, a first name before a verb', 'ich glaube karin hat heute angerufen', 'karin (subject)'],
    [
      'NL, a first name before a verb',
      'zeg maar dat dennis wil dat het dinsdag gebeurt',
      'dennis (subject)',
    ],
    [
      'SV, where she works, then a verb (rt18-118)',
      'visste ni att malin på ekonomi har gått med i facket',
      'malin (subject)',
    ],
    [
      'CA, the article before a first name after "with" (rt18-185)',
      'ahir vaig sopar amb la nuria de comptabilitat',
      'nuria (subject)',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    ['a flower in lower case', 'the rose garden is lovely in june and the roses smell great'],
    ['an animal', 'there was a fox in the yard again last night, it took two hens'],
    ['ES, peace and love', 'paz y amor para todos, nos vemos el sábado'],
    ['DE, a woman', 'eine frau rose hat heute blumen gekauft'],
    ['DE, a salutation and a word', 'sehr geehrte frau kollegin komma absatz wir berichten'],
    ['FR, who is calling', "c'est madame qui appelle pour le dossier"],
    ['FR, married', 'monsieur est marié depuis dix ans'],
    ['EN, let me know', 'please let me know if the run moves, or let the team know'],
    ['EN, a verb after let', 'let mark them so we know which ones are done'],
    ['EN, an introduction and an adjective', "hi i'm fine thanks, i am sure it works"],
    ['LB, how', 'wéi geet et dir an wéi war et gëschter'],
    ['MK, a saint', 'бродовите одат до св. наум секој час'],
    ['a first name inside a sentence in lower case', 'the invoices went to roberto yesterday'],
    // Pairs in lower case of short words, which are words of some language too
    ['EL in Latin letters, a surname and "and"', 'sto konstantinou kai to spiti tis'],
    ['EL in Latin letters, a first name and "for"', 'paidia to ferry gia naxo fevgei 7:30'],
    ['a make and its model before a verb', 'the renault clio needs new tyres before winter'],
    ['a make and its model', 'we sold the renault clio and kept the van'],
    // Verbs of one or two letters after a word in lower case
    ['PT, "but" before "has"', 'a encomenda foi aprovada, mas a entrega tem de ser feita'],
    ['NL, "then" before "is"', 'is de som deelbaar door 11, dan is het nummer geldig'],
    ['SK, "so that" before a particle', 'uprav tento vzor, aby sa dal vyplniť aj v edupage'],
    ['DE, an article before the verb', 'ich glaube die halle hat heute zu'],
    ["LV, a month after a day's number (rt18-69)", 'no 14. marta līdz 30. aprīlim'],
    ['IT, an article and a word after "with"', 'con la casa nuova siamo contenti'],
    ['PL, the polite "you" before a verb', 'czy pani może przyjść jutro'],
    ['PL, a title before an occupation', 'pani doktor przyjmuje we wtorki'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  // A review of these rules found their first versions lose these (first names made everyday
  // words, every ordinal taken for a date).
  it.each([
    [
      'a first name that is also a word, before a surname',
      'grant thompson was arrested yesterday',
      'grant thompson (pair)',
    ],
    ['the same in capitals', 'GRANT THOMPSON WAS ARRESTED YESTERDAY', 'GRANT THOMPSON (pair)'],
    ['a list item in lower case', '1. jana je v nemocnici', 'jana (subject)'],
    ['another list item', '4. ivana je trudna', 'ivana (subject)'],
  ])('still finds %s', (_case, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it('reads no verb as a surname after a first name in lower case', () => {
    expect(names('bus fares will rise in june')).not.toContain('fares will (pair)');
  });
});

// Scripts without capitals (Arabic) and Ukrainian salutations (sixth red-team set).
describe('findPersonNames after Ukrainian and Arabic salutations', () => {
  it.each([
    [
      'UK, a salutation and a declined first name',
      'готова прийняти пані Галину Петренко з двома дітьми',
      'Галину Петренко (title)',
    ],
    [
      'AR, a salutation and four words',
      'إلى السيد أحمد بن راشد الهاشمي، الشقة رقم 3',
      'أحمد بن راشد الهاشمي (salutation)',
    ],
    [
      'AR, a salutation and two words',
      'موكلي السيد كريم ناصر، طالب لجوء',
      'كريم ناصر (salutation)',
    ],
    ['AR, a title', 'موعد مع الدكتورة ليلى حداد غدا', 'ليلى حداد (salutation)'],
  ])('finds %s', (_case, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    ['AR, Mr President', 'السيد الرئيس افتتح المؤتمر اليوم'],
    ['AR, the Lord Christ', 'نؤمن بأن السيد المسيح قام من بين الأموات'],
    ['AR, a salutation then a preposition', 'أرسلت الرسالة إلى السيد في المكتب'],
    ['UK, a salutation before a role', 'пан директор відповів на лист'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

// Icelandic and Nordic patronymics the gazetteer lacks (sixth red-team set; invented people).
describe('findPersonNames on patronymics', () => {
  it.each([
    [
      'IS, a given name and a patronymic the gazetteer lacks',
      'Hrafnkell Ásgeirsson verður á Vogi næstu tíu daga.',
      'Hrafnkell Ásgeirsson (pair)',
    ],
    [
      'IS, a daughter',
      'Ég talaði við Bergþóra Þórðardóttir í gær.',
      'Bergþóra Þórðardóttir (pair)',
    ],
    [
      'FO, a label and a surname in -sen',
      'Navn: Ragnvá Hjalmarsen\nP-tal: x',
      'Ragnvá Hjalmarsen (label)',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  it.each([
    ['EN, English words in -son', 'The Lesson on Season, Person and Reason: a Prison Comparison.'],
    ['SV, a company', 'Sony Ericsson sålde telefoner.'],
    ['DE, a German plural in -sen after a label', 'Name: Event Essen'],
    ['DE, German plurals in -sen', 'Beim Essen über Reisen und Zinsen reden.'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

// Models named like people, as prompts to an AI gateway name them (nineteenth red-team set), and
// people of those names that a review found the first version of the rule lost.
describe('findPersonNames on model names', () => {
  it.each([
    ['ES, models compared', 'Compara Claude Sonnet 4.5, Gemini 2.5 Pro y Mistral Medium 3'],
    ['EN, a model and its maker', "Anthropic's Claude summarised the ticket."],
    ['EN, a whole number before the family', 'Claude 3 Opus vs Gemma 2'],
    ['EN, the language and its version', 'Port this Ada 2012 code to Rust.'],
  ])('finds no one in %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['FR, a person of that first name', 'Claude Dupont a appelé hier.', 'Claude Dupont (pair)'],
    [
      'EN, a person beside a model',
      'Claude 3.5 wrote it; Claude Martin signed.',
      'Claude Martin (pair)',
    ],
    ['EN, the mathematician', 'Ada Lovelace wrote the first program.', 'Ada (pair)'],
    ['DE, a date of birth after the name', 'Patientin Gemma 12.03.1985', 'Gemma (role)'],
    ['EN, years of service after the name', 'Mr Claude 2.5 years with us', 'Claude (salutation)'],
    ['CS, the surname Nová before "pro"', 'Paní Nová pro firmu pracuje.', 'Nová (title)'],
    ['DE, an age after Ada', 'Patientin Ada 83 Jahre, Zimmer 3', 'Ada (role)'],
    [
      'EN, a maker before a full name',
      "Google's Gemma Richards confirmed it.",
      'Gemma Richards (pair)',
    ],
    ['IT, "ai" after the name', 'Ho parlato con Gemma ai colleghi.', 'Gemma (subject)'],
    [
      'EN, addressed beside the model',
      'Dear Claude, we now use Claude 3.7 for drafting.',
      'Claude (greeting)',
    ],
    [
      'EN, greeted beside the model',
      'Hi Ada, the Ada 2012 compiler is installed.',
      'Ada (greeting)',
    ],
  ])('still finds %s', (_case, text, expected) => {
    expect(names(text)).toContain(expected);
  });
});

// A chat export's messages are each written as their sender wrote them: one in lower case among
// others in the usual case is read as lower case (twentieth red-team set, a Slack export).
describe('findPersonNames in a chat export', () => {
  const EXPORT = (message: string): string =>
    `[09:20] Dayshift-Lead: Aisle 22 closed till Thursday, inspection booked\n[09:41] hr-desk: ${message}\n[09:44] Dayshift-Lead: Noted, rota updated for Friday`;

  it('finds a name in a message in lower case', () => {
    expect(
      names(EXPORT('fyi dave kowalczyk from nights got his final written warning today')),
    ).toContain('dave kowalczyk (pair)');
  });

  it.each([
    ['a message in lower case naming no one', 'racking contractor on site, bay stays closed'],
    ['a short message', 'ok dave'],
  ])('finds no one in %s', (_case, message) => {
    expect(names(EXPORT(message))).toEqual([]);
  });

  it('reads no message in lower case outside a chat line', () => {
    expect(
      names(
        'Aisle 22 closed till Thursday.\nfyi dave kowalczyk from nights is here.\nNoted, Rota Updated.',
      ),
    ).not.toContain('dave kowalczyk (pair)');
  });
});

// The twenty-seventh session (sixty-seventh to seventieth red-team sets).
describe('names cited as popular names, and words that open sentences', () => {
  it.each([
    'Odhaduje se, že v Česku žijí dva miliony psů. Nejoblíbenějšími jmény jsou Max, Bella a Rex.',
    'Algengustu hundanöfn á Íslandi eru Bella, Tinni og Kátur samkvæmt skráningu sveitarfélaga.',
    'Leone, Ettore e Ercole sono i nomi più diffusi tra i cani maschi visitati nel 2023.',
    "Mae'r cartref cŵn yng Nghaerdydd yn chwilio am wirfoddolwyr.",
    'Ange försäkringsnummer och djurets namn i ärendet.',
    'Prema podacima MUP-a, broj prekršaja je pao.',
  ])('finds no one in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    // A popular name that is someone's: no word for names on its line
    ['Ingrid, 34, is our most popular trainer.', 'Ingrid'],
    // A list of names with no word for popular
    ['Die Namen der Gewinner: Anna Weber und Jonas Keller.', 'Anna Weber'],
  ])('still finds the name in %j', (text, name) => {
    expect(names(text).some((found) => found.startsWith(name))).toBe(true);
  });
});

describe("a dog's breed named after a person", () => {
  it.each([
    'Cavalier King Charles spaniels and Jack Russell terriers are both popular family dogs.',
    'Príklad pre psa plemena Jack Russell, 3 roky: 14,90 € mesačne.',
  ])('finds no one in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still finds the owner', () => {
    expect(names('Jack Russell, 54, brought in his terrier.')).toContain('Jack Russell (pair)');
  });
});

import { isPersonal as personal } from './helpers.js';

// The twenty-seventh session: what the sixty-seventh (vets and pets), sixty-eighth (driving),
// sixty-ninth (dating) and seventieth (tax advisers) red-team sets missed or flagged, and what a
// reviewer who had not seen the code wrote against the new rules (337 sentences; these are the
// ones the session's code before its changes got wrong, and the ones its first rules got wrong).

// New terms and cues: traffic offences (criminal data, C-439/19), Russian and Ukrainian criminal
// words, chlamydia, Grindr, the only family in a place, a kin word with 'mi je', a parent called
// 'Mum' or 'Oma', 'ő', 'hann sé', 'go bhfuil sé', 'hunn ech', "dw i'n", 'jouduin', a CPF by its name.
describe('personal payloads found since', () => {
  it.each([
    'Mum had a mild stroke on Sunday and is still in hospital.',
    'Мне поставили диагноз диабет второго типа.',
    'Tá sé sa phríosún ó anuraidh.',
    "We're the only family in the village with a child in a wheelchair.",
    'Motra ime agjëron gjatë Ramazanit.',
    "C'est la seule famille du village qui est juive.",
    'Мені діагностували рак щитоподібної залози.',
    'Segue meu CPF para o reembolso: 284.517.390-32.',
    'Mi marido tiene Crohn desde los veinte años.',
    'Ich habe jetzt schon sechs Punkte in Flensburg.',
    "We are the only family in the village that doesn't go to church.",
    'A mi hermano le han quitado el carnet.',
    'I tested positive for chlamydia last week.',
    'Ég frétti að hann sé í fangelsi.',
    'Säit Januar hunn ech Depressiounen.',
    'Meu CPF é 418.273.956-64.',
    'CPF: 39053344705',
    'I was disqualified from driving for 12 months after the crash.',
    'Mama mi je dijabetičarka.',
    'Mamma segir að hún sé með krabbamein.',
    'Sie sind die einzige Familie im Dorf, die muslimisch ist.',
    'Jouduin sairaalaan keuhkokuumeen takia.',
    'Di positivo en alcoholemia en un control el sábado por la noche.',
    'Me ha dicho que tiene VIH desde hace diez años.',
    'Mijn zus heeft chlamydia opgelopen.',
    'Ich habe einen Monat Fahrverbot bekommen.',
    'I met my boyfriend on Grindr two years ago.',
    'Mae Mam yn sâl iawn yn yr ysbyty.',
    'Mam zawieszone prawo jazdy na trzy miesiące.',
    'Меня лишили прав на полтора года.',
    'Мне дали условный срок за кражу.',
    "Mi ha detto che ha l'HIV.",
    'Wir sind die einzige Familie im Dorf, die nicht in die Kirche geht.',
    'Meinem Bruder droht jetzt der Führerscheinentzug.',
    'Otac mi je osuđen za prijevaru.',
    "C'est la seule famille du village dont le père est en prison.",
    'Jouduin vankilaan kolmeksi kuukaudeksi rattijuopumuksesta.',
    'Jag har klamydia och måste berätta det för mitt ex.',
    'Sestra mi je na psihijatriji već mjesec dana.',
    'Vëllai im është në burg për mashtrim.',
    'Es la única familia del pueblo que es gitana y evangélica.',
    'O CPF do meu pai é 736.104.582-08 e ele precisa atualizar o cadastro.',
    "Il mio ragazzo usa ancora Grindr, l'ho scoperto ieri.",
    'Het is het enige gezin in het dorp met een kind met het syndroom van Down.',
    'A szomszédom nagyon kedves, de ő tavaly rákos lett.',
    'Ho la patente sospesa fino a giugno.',
    'Ik heb een rijverbod van drie maanden gekregen.',
    "Dw i'n Fwslimaidd ac yn gweddïo bum gwaith y dydd.",
    'Chuala mé go bhfuil sé sa phríosún as gadaíocht.',
    'У моего соседа есть судимость за кражу.',
    "È l'unica famiglia del paese con un figlio disabile.",
    'Det är den enda familjen i byn där pappan sitter i fängelse.',
    'Brat mi je u zatvoru zbog krađe.',
    'Ech hunn Diabetes zënter zwee Joer.',
    'To jedyna rodzina we wsi, która należy do Świadków Jehowy.',
    'Protiv mog šefa podignuta je optužnica za korupciju.',
    'Ő is cukorbeteg, mint az apja.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });
});

// Placeholder names and streets, names cited as popular names, breeds named after people, and
// words that open sentences.
describe('non-sensitive payloads no longer flagged', () => {
  it.each([
    'Matti Meikäläinen -tyyppinen tavallinen palkansaaja maksaa veroa noin 30 prosenttia.',
    'Ukázka vyplnění: Jan Novák, Vzorová 1, 110 00 Praha 1',
    'Favourite cat names this year: Luna, Milo, Simba and Nala.',
    'Gordon setters were bred in Scotland in the 19th century.',
    'Образец: Иван Иванов, паспорт серии 0000 № 000000',
    'Exemplu de completare: Ion Popescu, str. Exemplului nr. 1, București',
    'Parson Russell terriers and Jack Russell terriers are recognised as separate breeds by the FCI.',
    'Dæmi: Jón Jónsson, Aðalgata 1, 101 Reykjavík',
    'Oliver and Olivia remain the most popular baby names in England and Wales, the ONS says.',
    'De King Charles spaniël heeft een korte snuit en kan ademhalingsproblemen krijgen.',
    'Les prénoms les plus populaires en 2023 : Gabriel, Léo, Raphaël, Jade et Louise.',
    'Sample consent form: "I, Jane Doe, agree to the processing of my health data."',
    "Modèle de lettre : Marie Dupont demande la résiliation de son contrat d'assurance.",
    'Populæreste hundenavne i Danmark: Bella, Molly, Luna og Charlie.',
    'Älä jätä lapsia autoon kuumalla säällä.',
    'Kari Nordmann er et fiktivt navn som brukes i eksempler.',
    'Plemena Jack Russell a bígl jsou vhodná pro aktivní rodiny.',
    'Il Jack Russell terrier è soggetto a lussazione della rotula.',
    'Mustervorlage Attest: Hiermit bestätige ich, dass Max Mustermann an Diabetes mellitus Typ 2 leidet.',
    'De populäraste namnen 2023 var Alice, Olivia, Noah och William.',
    'Jan Modaal gaat er volgend jaar volgens het CPB ruim 300 euro op vooruit.',
    'Zum Beispiel:\\nMax Mustermann\\nMusterstraße 1\\n12345 Musterstadt',
    'Wzór pisma: Anna Kowalska, skarga na decyzję ZUS o odmowie renty chorobowej.',
    'Os nomes mais populares no Brasil são Miguel, Arthur, Helena e Alice.',
    'A legnépszerűbb kutyanevek: Bella, Rex és Morzsi.',
    'Najpopularniejsze imiona nadawane w 2023 roku to Zuzanna, Julia, Antoni i Jan.',
    'Przykład wypełnienia: Jan Kowalski, ul. Przykładowa 1, 00-001 Warszawa',
    'I nomi più popolari in Italia sono Leonardo, Francesco, Sofia e Aurora.',
    'Ange namn och adress på mottagaren.',
    'Eksempel på utfylt skjema: Ola Nordmann, Storgata 1, 0155 Oslo',
    'Пример заполнения заявления: Иванов Иван Иванович, г. Москва',
    'Τα πιο δημοφιλή ονόματα στην Ελλάδα είναι Γεώργιος, Μαρία, Ιωάννης και Ελένη.',
    "Mae'r ysgol yn darparu bwyd halal i ddisgyblion Mwslimaidd.",
    'Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt',
    'Najpopularniejsze imiona dla psów to Burek, Azor i Luna.',
    'Täyttöesimerkki: Matti Meikäläinen, Esimerkkikatu 1, 00100 Helsinki',
    'Exemplo: Fulano de Tal, Rua Exemplo 10, São Paulo',
    'De populairste namen van 2023 zijn Noah, Luca, Emma en Julia.',
    'Der Jack Russell Terrier ist ein kleiner, energiegeladener Jagdhund.',
    'Nejoblíbenější jména roku 2023: Jakub, Jan, Eliška a Anna.',
    'Fyll i adressen, t.ex. Exempelgatan 4, 123 45 Exempelstad.',
    'Ange ditt personnummer i fältet nedan.',
    'Kirjoita osoite muodossa Esimerkkikatu 1 A 2, 00100 Helsinki.',
    'Suosituimmat etunimet vuonna 2023 olivat Eino, Leo, Aino ja Olivia.',
    "Mae'r ysgol ar gau heddiw oherwydd yr eira.",
    'Παράδειγμα συμπλήρωσης: Γεώργιος Παπαδόπουλος, Οδός Αθηνάς 1, Αθήνα',
    'Die beliebtesten Vornamen 2023 waren Noah, Emilia, Matteo und Sophia.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// What the session's first rules flagged: reported speech about anything, 'мне' alone, 'mi'
// after a kin word as "to me", a case ("si le han"), an article or a book about a topic.
describe('generic sentences the new cues leave alone', () => {
  it.each([
    'Si le han quitado el carnet, puede recuperarlo tras un curso de sensibilización.',
    'Мне кажется, диабет — самая распространённая болезнь XXI века.',
    'Мне нужна статья о том, как судимость влияет на приём на работу.',
    "M'ha dit que el càncer de pulmó és la primera causa de mort per càncer a Catalunya.",
    'Gazetari më tha se në burg ka mbipopullim këtë vit.',
    'Jouduin lukemaan artikkelin masennuksen yleisyydestä kolme kertaa.',
    'Brat mi je kupio knjigu o povijesti zatvora na Golom otoku.',
    'Sestra mi je poslala članak o dijabetesu.',
    'Brat mi je rekao da je novi film o zatvoru odličan.',
    'La zia mi ha detto che lo screening per il tumore al seno è gratuito dopo i 50 anni.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// And people the statistic of names must not silence: with a surname, or alone.
describe('people near a word for popular names', () => {
  it.each([
    'Emma Svensson, who compiled the list of most popular names, was arrested for fraud yesterday.',
    'The most popular names on the ballot, Anna Schmidt and Peter Müller, both won council seats.',
    'Die beliebtesten Vornamen? Unsere Tochter heißt Emilia, und sie hat seit der Geburt Mukoviszidose.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });
});

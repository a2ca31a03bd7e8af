import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the fifty-sixth session's changes, each with the near-miss that must stay as it was on
// the other side: the capitalised elided article before a name ("L'Anna", "D'Marie"), the Catalan
// 'el' before an occupation's apposition, the South Slavic possessive '-in' ('Anin oče'), German
// reported speech ("dass er Krebs habe"), eye, ear, continence and limb conditions and their aids
// in many languages; and the rules from a hundred-and-thirty-seventh blind set (opticians,
// hearing-aid and medical-supply shops: tests/fixtures/labelled/redteam137.jsonl). And what a
// review of 968 probes found in the first version: works, papers, hotels, a school, rivers and
// firms after a capitalised 'L'' or 'D'' ("L'Aida di Verdi", "L'Alba è un quotidiano"), health
// stems that begin other words (an eclipse, buttercups, waterfalls, a salary cut, headphones,
// verbal incontinence, a hearing-aid trade, a vein, a French village), Serbian names that are words
// ('Жарко', 'Маја', 'Јасна'), tannin as a possessive, Czech 'Ceny' (prices) read as a prize, the
// lower-case French 'me' before a surname, a person after a Ukrainian or Russian street's word in
// the nominative, a Maltese children's game, and an Icelandic account written with spaces.
describe('review of the fifty-sixth session', () => {
  it.each([
    "L'Anna, la recepcionista, està embarassada.",
    "L'Oriol té glaucoma.",
    "D'Marie ass schwanger.",
    "El Pau, l'aprenent de barberia, té diabetis.",
    'Anin oče ima raka.',
    'Sie sagte, dass er Insulin spritzen müsse.',
    'Er meinte, dass sie Krebs habe.',
    'Angeblich fehlt sie, weil sie schwanger sei.',
    'Пацијенткиња Славица Јовановић има дијабетес.',
    'ο παπα-Μανώλης έχει διαβήτη.',
    'Оптометриста Олега Н. звільнено після того, як поліція відкрила кримінальне провадження щодо підробки рецептів.',
    'Nota: il-mara li tnaddaf filgħodu, l-unika waħda li għandha ċ-ċwievet, ġiet innutata tieħu flus mill-kaxxa.',
    'Frau Berger trägt seit März zwei Hörgeräte.',
    'Mon père a un glaucome.',
    'Ik heb een hoortoestel nodig.',
    'Moja mama ma zaćmę i czeka na operację.',
    'Nagymamám szürkehályog-műtétre vár.',
    'Mio padre ha la degenerazione maculare.',
    'Tiina käyttää kuulokojetta molemmissa korvissa.',
    'Sein Sohn hat ein Cochlea-Implantat.',
    'Mijn vader heeft een stoma sinds de operatie.',
    'Farmor har lymfödem i benen.',
    'Ceny Petra Dvořáka se mi zdají vysoké; Dvořák byl loni odsouzen za podvod.',
    'me Lefèvre, avocate, a été condamnée pour fraude.',
    'На бульварі Ігор Петренко побив перехожого.',
    'В переулке Иван Сидоров напал на прохожего и был задержан.',
    'На набережной Анна Смирнова упала и сломала руку.',
    'Reikningur nr. 0101 26 012345.',
    'Моя дочь страдает сколиозом.',
    'Mijn oma draagt een gehoorapparaat.',
  ])('finds the person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    "L'Ange Gardien, maison de retraite pour malades d'Alzheimer, recrute.",
    "L'Oréal Paris lance une gamme pour peaux diabétiques.",
    'Çfarë është katarakti? Është turbullimi i thjerrëzës së syrit që shfaqet zakonisht me moshën.',
    'Avviż: ir-rollators Drive Nitro tal-lott 2023-11 qed jissejħu lura minħabba difett fil-brejkijiet.',
    'Mūsų tinklo duomenimis, 2023 m. klausos aparatus įsigijo 64 % klientų.',
    'Optika u Ulici Nikole Tesle radi od 8 do 20 h. Za Tijelovo i Dan državnosti zatvoreno.',
    'Kossuth Lajos utcai üzletünk zárva tart. Hallásvizsgálatot a Rákóczi úti üzletünkben vállalunk.',
    'Оптика на бульварі Тараса Шевченка працює щодня з 9:00 до 19:00, перевірка слуху безкоштовно.',
    'Пациентов, перенёсших операцию по удалению катаракты в МНТК им. С. Н. Фёдорова, просим приносить выписку.',
    'Cenu Jana Evangelisty Purkyně za nejlepší závěrečnou práci o šedém zákalu udělí komise.',
    'Reikningur nr. 2024-1187 – Seljandi: Gleraugnasmiðjan ehf., kt. 540312-0440.',
    'Horário de verão – Óptica Sá da Bandeira: segunda a sexta das 9h30 às 19h00. Reparações urgentes: loja@opticasadabandeira.pt.',
    'Glaucoma affects about 2% of people over 40; regular eye tests detect it early.',
    'Hörgeräte ab 0 € Zuzahlung – Preisliste gültig ab 1. Juli.',
    'Inkontinenzeinlagen, Packung à 30 Stück, 12,90 €.',
    "L'Aida di Verdi: Radamès è condannato a morte per tradimento.",
    "L'Ema ha approvato un nuovo farmaco contro il cancro al seno.",
    "L'Alba è un quotidiano che parla di cancro e prevenzione.",
    "L'Aurore publie « J'accuse », Dreyfus condamné pour trahison.",
    "L'Estrella Damm patrocina la cursa contra el càncer.",
    "L'Arno è in piena, un ferito.",
    "D'Anne Beffort Schoul organiséiert e Virtrag iwwer Depressioun.",
    'Mój syn oglądał zaćmienie Księżyca przez lunetę.',
    'Moja córka zbierała jaskry na łące za domem.',
    'Last summer my wife and I visited the cataracts of the Nile.',
    'Sono andato con mia moglie a vedere la cataratta delle Marmore.',
    'Wir fuhren mit meiner Frau bis zum ersten Katarakt des Nils.',
    'Mon salaire a été amputé de 300 euros ce mois-ci.',
    'Mi hijo perdió sus audífonos inalámbricos en el colegio.',
    'У моего начальника недержание речи.',
    'Ich bin Hörgeräteakustikerin und suche eine neue Stelle in Köln.',
    'Mein Mann verkauft Inkontinenzprodukte im Außendienst.',
    'A nővérem vérvételt végez: a tűt a visszérbe szúrja.',
    'Avanne-Aveney: ma grand-mère habite là depuis 40 ans.',
    'Жарко сегодня, берегите сердце: советы для гипертоников.',
    'Маја за хлеб, 42 г, цена 25 динара.',
    'Јасна правила за пацијенте са дијабетесом.',
    'Бисерка печена у рерни — рецепт.',
    'Љубица је лековита биљка против кашља.',
    'Tanin iz čaja može izazvati zatvor i anemiju.',
    'Min seraq il-kejk? Logħba għat-tfal tal-Milied.',
    'Mano brolis sėdi ant suoliuko.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

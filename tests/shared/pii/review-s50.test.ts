import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the fiftieth session's changes. First the mends from the forty-ninth session's review
// (no label changed over the fixtures): 'IVA' after 'P.' is read where titles are accepted, and no
// other short word in capitals is ("M. LEE" is a man); a life's span of years ends by the policy's
// year, not the clock's; a winery's or a driving school's word before a name is one pattern, which
// now allows a quote or a title between. Then the rules from a hundred-and-thirtieth blind set
// (theatres, operas, puppet theatres and cinemas: tests/fixtures/labelled/redteam130.jsonl), and
// given names in Arabic script; a hundred-and-thirty-first (zoos, aquariums, museums:
// redteam131.jsonl); and a hundred-and-thirty-second (libraries, bookshops, book clubs:
// redteam132.jsonl).
describe('review of the fiftieth session', () => {
  it.each([
    'M. LEE a été arrêté hier.',
    'M. DUPONT a été arrêté hier.',
    'P. Iva Novak je bolna.',
    'Jan Kowalski (1975–2031) ma cukrzycę.',
    // a numbered role with two digits after a word for number (rt129-168)
    'El socio número 27 ha sido expulsado por falsificar los albaranes.',
    'Mitglied Nr. 27 hat Diabetes.',
    // a hundred-and-thirtieth blind set (theatres, operas and cinemas): a character's name that is
    // also a person's, outside quotes or outside a text of the stage; a hall's word opening a
    // line before a first name (an Italian surname); and the set's misses, now found
    'Carmen no viene al ensayo de la obra, está enferma.',
    'Don Giovanni, il parroco, è ricoverato in ospedale.',
    'Im Theater Anna Weber getroffen, sie hat Krebs.',
    'Tosca ha chiamato: è incinta e salta le prove dello spettacolo.',
    'Sziasztok! Marcsi ma nem jön próbára, pánikrohama volt.',
    'Na seji je bil član Stane obtožen, uveden je kazenski postopek.',
    'Notiz: déi eeler Dame, déi all Mëttwoch kënnt, ass bal daf.',
    'Нашата солистка е бременна в петия месец.',
    'Vår maskinist är sjukskriven sedan mars.',
    "El conserge de nit té una ordre d'allunyament.",
    'Ahojte, Zuzka má zápal pľúc.',
    'Kuba z obsługi ma problem z piciem.',
    'Sala Giovanni, nato a Monza, è ricoverato.',
    // a given name in Arabic script in a text of health, or called by 'يا'
    'خالد عنده سكري ومش رح ييجي اليوم',
    'يا رنا، وين صرتي؟',
    // a hundred-and-thirty-first blind set (zoos and museums): a zoo's house as a workplace, a
    // Greek diminutive, a lost girl who says her name, a museum's guide; and names that are also a
    // species' word, which the animals' rule leaves alone
    'Der Jürgen vom Raubtierhaus hat einen Bandscheibenvorfall.',
    'Η Κατερινούλα είναι στην εντατική με εγκεφαλικό.',
    'Niña perdida, dice llamarse Carmencita, su madre va en silla de ruedas.',
    'Průvodkyně z Muchova sálu je těhotná.',
    'Farkas Anna a pénztárnál dolgozik, cukorbeteg.',
    'Lev Petrov má cukrovku.',
    // a coordinator as a role (rt131-164, found before only by a Darwin Centre near it)
    'Our volunteer coordinator has disclosed a diagnosis of multiple sclerosis.',
    // a hundred-and-thirty-second blind set (libraries and bookshops): a habit in a relative
    // clause (DA), the sex offenders' register; and a quoted title's name kept where the text
    // tells of health (a quote may be someone's words about someone)
    'Den skæggede fyr der altid sidder ved vindue 2 blev anholdt i går.',
    "The gentleman at PC 12 was abusive again; he is on the sex offenders' register.",
    'Im Lesekreis sagte sie: „Anna hat Krebs“, wir lesen trotzdem weiter aus dem Buch.',
    'Il-voluntier tal-istand 7 huwa membru attiv tal-GWU.',
    // … and a reader's name in a library's record: a JSON string, a name quoted alone, a name
    // after a title with a comma, the French 'd'' (of) after a title
    '{"library": "Biblioteka Miejska", "reader": "Jan Kowalski", "overdue_books": 3}',
    'Library loan: reader "Anna Weber", book "Faust", due 12 May.',
    'Bibliothek: Leserin „Anna Weber“ hat drei Bücher überfällig.',
    'Wypożyczenie: «Lalka», Jan Kowalski, zwrot do 12 maja, biblioteka.',
    "Bibliothèque : le livre « Germinal » d'Anna est en retard.",
    'nepotul primarului e membru AUR si face propaganda.',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Fattura alla ditta, P. IVA indicata in calce.',
    'Weingut „Anna Berger“ Festwein 0,75 l – 9,20 €',
    'Hotel Dr. Anna Berger GmbH, Zimmerpreise',
    'Vad kostar en Carl Malmsten-stol?',
    // … not a spec's users with a '#', nor a single digit
    'User #1 sends a message to User #2.',
    'Mitglied Nr. 7 des Vorstands ist zuständig für Kasse.',
    // … works named after their characters, theatres and halls named after people, a play's
    // author after 'gan', a Romanian square, a box office's mailbox
    'Opera: Don Giovanni, 12. a 14. marca o 19:00.',
    '„Carmen”, vineri, ora 19:00, Opera Națională.',
    "Teatro Rosalía de Castro: 'O Mariscal' o sábado ás 20:30.",
    'Katona József Színház – az előadás 19 órakor kezdődik.',
    'A la Sala Fabià Puigserver, lectures cada dilluns.',
    "Theatr Clwyd: 'Under Milk Wood' gan Dylan Thomas, 18–22 Mawrth.",
    'Casa de bilete din Piața Avram Iancu se deschide la ora 11.',
    'Vstopnice na blagajni ali po e-pošti blagajna@drama.si.',
    "Gastspiel 'Baron Münchhausen' der Marionettenbühne, 2 Vorstellungen.",
    // … nor one after a hospital's, a prophet's or a street's word
    'مستشفى الملك خالد يفتح قسماً جديداً لعلاج السرطان.',
    'قصة النبي موسى في القرآن الكريم',
    'شارع عمر المختار مغلق بسبب المظاهرة',
    // … nor a zoo's animal after its species' word, a school by its letters, visitors greeted,
    // a price in lek
    'Notre éléphante Maja est gestante de 22 mois.',
    'Jääkaru Nora sai 5-aastaseks.',
    'Mézi nevű zsiráfunk lábsérülés miatt pihen.',
    'Cliente: CEIP Miguel de Cervantes, 45 entradas.',
    'Kedves Látogatóink! A múzeum hétfőn zárva.',
    'Bileta: studentë 200 lekë, fëmijë falas.',
    // … nor a hall by its size, nor a centre named after someone (after set 131's commit)
    'TNB-20931,O scrisoare pierdută,Sala Mare r5 l12,80',
    'Karte za projekcije u Sava Centru od ponedeljka.',
    // … nor a name inside a book's quoted title or right after it, in a text of books; a book
    // named after its characters; a bookshop named after someone; a library's loans' mailbox
    'W sobotę czytamy „Pana Tadeusza” w bibliotece.',
    'Sportlov på biblioteket: teater om Emil i Lönneberga kl. 10.',
    'Libreria Guido Guidi s.r.l., 25 copie, ISBN 978-88-07-90001-5.',
    'Interlibrary loans: ill@nlm-info.mt',
    'Sait Faik Hikâye Armağanı töreni 12 Kasım’da yapılacaktır.',
    'Kellna 85 voluntier attiv u 6 ħwienet tal-ikel.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

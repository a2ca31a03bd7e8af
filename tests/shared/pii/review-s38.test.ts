import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the thirty-eighth session's rules, written from the misses and false alarms of four
// blind red-team sets (driving schools, ski schools and mountain rescue, marinas and ferries,
// photo studios: tests/fixtures/labelled/redteam109.jsonl to redteam112.jsonl): a first name in a
// weak case with a special category or a crime in its sentence, a member by a lettered berth, an
// Arabic post before a name, a function's mailbox under a country's 'co.uk'; and the near-misses
// each rule must leave alone (companies, cups, ships, shops' addresses, eponyms, words that look
// declined).
describe('review of the thirty-eighth session', () => {
  it.each([
    'e, Ivici su uzeli vozačku na 6 mjeseci, uhvatili ga pijanog kod Maksimira',
    'Настя, слышала? Вовку из нашей вечерней группы лишили прав на полтора года',
    'brate Mikiju su oduzeli vozačku i ima krivičnu prijavu',
    'Arditin e kapi policia me alkool në timon.',
    'Слушали: об освобождении Кравцовой Л. П. от дежурств в связи с беременностью.',
    'Item 5: the member in berth D11 had been cautioned by police after the incident.',
    '§ 7. Styrelsen beslutade att stänga av medlemmen med båtplats C22 efter polisens ingripande för sjöfylleri.',
    'oye, al del amarre 32 lo pillaron con hachís y está detenido',
    "Verbale: il socio dell'ormeggio F-22 risulta condannato per ricettazione.",
    'ملاحظة: البحّار يوسف الحدّاد من طاقم العبّارة صائم خلال رمضان.',
    "hee, Sanne's broer komt niet, die zit nog vast in Vught.",
    "Ma Gethin wedi torri'i ffêr ar Dryfan ddoe, mae o'n disgwyl llawdriniaeth.",
    'Gabhadh Pádraig ag na Gardaí as tiomáint ar meisce.',
    'Ilze, līgavainis ir baptists un negrib nevienu bildi ar alkoholu.',
    'John Murphy Ltd',
    'Call with Sarah Acme Ltd re invoice',
    'Schreib mir an info@anna-weber.co.uk',
  ])('reads %j as personal', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Forms are available at reception or from enquiries@northwaydrivingschool.co.uk.',
    'Send your CV to careers@oceanvillagemarina.co.uk by 31 March.',
    'La regata Coppa Cristoforo Colombo partirà dal Porto Antico di Genova domenica alle 11.',
    'Herinnering: de Piet Hein-bokaal wordt zaterdag gevaren, start 10:30 bij de haven.',
    'Tilmeldingen til H.C. Andersen Sejladsen fra Odense Havn er åben til 1. juni.',
    'Το πλοίο «Ελευθέριος Βενιζέλος» αναχωρεί από τον Πειραιά στις 21:00.',
    'Rechnung Nr. 871 der Fahrschule Carl Benz GmbH für drei Mitarbeitende.',
    'Autoškola Nikola Tesla d.o.o. obavještava kandidate o novom terminu.',
    'Sidste chance! Jens Kristensen Rejser ApS har stadig ledige pladser.',
    'Nu har vi flyttat till Birger Jarlsgatan 22! Öppettider: mån–fre 10–18.',
    'Zdjęcia do dowodu 35 zł. Zapraszamy na ul. Mikołaja Kopernika 14 w Toruniu.',
    'Fototessere 4 pz 8 €. Ci trovate in Corso Vittorio Emanuele II, 88, Napoli.',
    'Verdi ruft für Donnerstag zum Warnstreik im Nahverkehr auf.',
    'Jeres firmapension dækker nu også psykologhjælp og behandling for misbrug.',
    'Many people with well-controlled diabetes get tattooed safely.',
    'За 2023 рік до реєстру внесено 2 140 пацієнтів; найчастіше – хвороба Гоше.',
    'Wéi dacks muss de Kamäin gebotzt ginn? Bei Holzheizungen zweemol d’Joer.',
    'Gidabaimenaren azterketak Sabino Arana etorbidean egiten dira.',
    'Bydd y ganolfan brawf ar Ffordd Owain Glyndŵr ar gau ar Ddydd Gŵyl Dewi.',
    'Suntem mândri că laboratorul nostru a primit premiul „Nicolae Grigorescu”.',
    'الطالب يجب أن يحضر بطاقة الهوية إلى الامتحان.',
  ])('reads %j as non-sensitive', (text) => {
    expect(personal(text)).toBe(false);
  });
});

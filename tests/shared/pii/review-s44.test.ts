import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-fourth session's rules, written from the misses and false alarms of two
// blind red-team sets (student halls and dormitories; coworking spaces and business centres:
// tests/fixtures/labelled/redteam123.jsonl and redteam124.jsonl): a first name before the room,
// floor or desk its bearer occupies, crime, health, religious and political terms in more
// languages; and the near-misses each rule must leave alone (meeting rooms and halls of
// residence named after people, housing offices' mailboxes, firms named after people before
// their legal form, a day before its month, a relative who only passes a fact on).
describe('review of the forty-fourth session', () => {
  it.each([
    'ej wiecie ze Kuba z 108 dostal zawiasy za bojke?',
    'a chairde, gur gabhadh Cian ó árasán 6 aréir?',
    'ragazzi, la Bea della postazione 22 sta facendo la fecondazione assistita.',
    'Protokoll: De Claude huet matgedeelt, datt hien op der Lëscht vun der Piratepartei steet.',
    'Verbale: il consigliere Lombardi, iscritto alla CGIL, ha chiesto la parola.',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Der Besprechungsraum „Hannah Arendt“ ist am Donnerstag belegt.',
    "Mødelokalet 'Karen Blixen' er optaget hele fredag. Book i stedet 'H.C. Ørsted' via appen.",
    'Zasedačka „Václav Havel“ je v pondělí zavřená. Rezervace přesuňte do zasedačky „Božena Němcová“.',
    'Josephine Butler College: room inspections will take place on Wednesday 15 May.',
    'Kármán Tódor Kollégium: a szobaellenőrzés november 12-én lesz.',
    'Per guasti scrivere a manutenzione.residenze@edisu-esempio.it.',
    'Fatura No: 317. Alıcı: Nazım Hikmet Yayıncılık A.Ş., Kadıköy V.D.',
    'Pircējs: SIA “Krišjānis Barons Consulting”, telpas noma 3 h.',
    'Il casting di Milano del 3 aprile è aperto a tutti.',
    'La zia mi ha detto che lo screening per il tumore al seno è gratuito dopo i 50 anni.',
    'Prima della diagnosi, i sintomi possono essere lievi.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-fifth session's rules, written from the misses and false alarms of two
// blind red-team sets (restaurants, cafés and caterers; museums, galleries and libraries:
// tests/fixtures/labelled/redteam125.jsonl and redteam126.jsonl) and of the two earlier sets'
// known misses: a first name in the accusative before its room, an Arabic first name before its
// room or office, a student by the room of their hall, kitchen staff a note opens on, crime terms
// in more languages; and the near-misses each rule must leave alone (dishes, restaurants,
// museums and exhibitions named after people, booking desks' mailboxes and lines, an artist
// before their works, a museum's address).
describe('review of the forty-fifth session', () => {
  it.each([
    'ljudi jel znate da su Nemanju iz 412 priveli zbog tuče?',
    'počuli ste že Zuzku z 3. poschodia chytila polícia?',
    'the first-year from room 3C was cautioned for criminal damage',
    'يا جماعة، أحمد من المكتب رقم 6 صار عنده سكري',
    'تم استدعاء أمين المكتبة سامي الحداد للتحقيق معه في تهمة تزوير',
    'Det framkom att kallskänkan som började i mars har anmälts för olaga hot.',
    'Þjónninn sem byrjaði í september var tekinn fyrir ölvunarakstur.',
    'Rasa ar girdėjai kad mūsų barmeną vakar sulaikė policija?',
    'Słuchajcie, Krzysiek z baru od pół roku chodzi na AA.',
    // … and the people the new near-miss rules must leave alone: food going to someone, a house,
    // someone in a café, a blood count, a video showing someone, a doctor's words, a guest's
    // mobile at a booking desk, a sole trader whose name opens like a café's word, a mobile after
    // a hotel's mailbox and a name
    'Sabato pizza da Luca Ferri, che ha iniziato la dialisi.',
    'Consegna: Casa di Marco Rossi, Via Roma 5.',
    'Jānis Ozols kafejnīcā sabruka, viņam ir epilepsija.',
    'Ahmet Yılmaz kan tablosu: lökosit yüksek.',
    'Il video mostra Marco Bianchi mentre spaccia.',
    "Mehmet'in doktoru 'kanser olabilir' dedi.",
    'Booking by phone: 07911 123456',
    'Yazın: info@cafer-yilmaz.com.tr',
    'biuro@hotel.pl albo dzwoń do Marka 601 234 567',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Sunday menu: Caesar salad £8.50, Beef Wellington £32, Peach Melba £7.50.',
    'Els 4Gats: menú de migdia 18 € – amanida Cèsar, canelons, crema catalana.',
    'Kohvik Werner: Pavlova kook 4,50 €, kringel 3,20 €.',
    'La Trattoria da Gigi chiude per ferie dal 10 al 24 agosto.',
    'Hacı Abdullah Lokantası her gün 11.00–22.00 arası açık.',
    'Karen Blixen Museet, Rungsted Strandvej 111, holder åbent tirsdag–søndag kl. 10–17.',
    'Muzeul Național George Enescu, Calea Victoriei 141, București, este deschis de marți.',
    'Listasafn Einars Jónssonar er opið þriðjudaga til sunnudaga.',
    'Narodna galerija: razstava Ivana Kobilca bo na ogled do 15. septembra.',
    'Carl Milles skulpturer i trädgården visas även vintertid.',
    'Механа „Хаджи Димитър“ работи всеки ден. Резервации на тел. 02 123 4567.',
    'Rezervácie: rezervacie@pivovarnamesti.sk alebo na rezervačnej linke 0905 123 456.',
    'Ryhmävaraukset: ryhmat@cafeekberg.fi',
    'Skupiny nad 10 osôb sa hlásia na pokladnica@muzeumwarhola.sk.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });

  it("keeps the writer's own line after a desk's mailbox", () => {
    expect(personal('Write to info@acme.com or call me on 0905 123 456')).toBe(true);
  });
});

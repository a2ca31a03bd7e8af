import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-third session's rules, written from the misses and false alarms of two
// blind red-team sets (campsites, caravan parks, B&Bs and hostels; parishes, mosques and other
// faith communities: tests/fixtures/labelled/redteam121.jsonl and redteam122.jsonl): guests by
// their room, tent or cabin in more cases and languages, the relative of one holder of a post, a
// relative opening a sentence, the Portuguese 'a D.' before a first name, initials with an age;
// and the near-misses each rule must leave alone (campsites, pensions, churches and mosques
// named after people or saints, names hyphened to a church or a cabin, guests greeted in a
// notice, words that are names too, reception lines and a function's mailbox and its line, a
// reference's number, a brothers' firm, a letter's "Kind regards", a rule for an employer, a
// street named after a king). The session's start (b43eb57) gets 39 of these 47 wrong.
describe('review of the forty-third session', () => {
  it.each([
    'Reception note: the young man from tent 9 was arrested last night for drug possession.',
    'Журнал: гостья из номера 7 упала в душе, подозрение на перелом.',
    'Бележка: гостенката от стая 5 е почти глуха, моля чукайте силно.',
    'Nodyn: cafodd y dyn o babell 3 ei arestio am ddwyn.',
    'Denník: polícia zaistila hosťa z izby 4 pre výtržníctvo.',
    'Valvuri logi: telgis nr 8 elanud noormees peeti politsei poolt kinni.',
    "El senyor del bungalou 4 m'ha dit que és cardíac.",
    'Bungalowko Jonek esan dit zeliakoa dela.',
    'Tas vyras iš 5 namelio sakė, kad jo genetinis tyrimas teigiamas.',
    'Вадик из 3-го домика опять подрался с охранником.',
    'Shënim: vëllai i myezinit është arrestuar për trafik droge.',
    "The new verger's partner received a police caution last year.",
    'Faðir eins fermingarbarnsins situr í gæsluvarðhaldi.',
    'Zakristijono brolis buvo sulaikytas policijos.',
    'Ο νέος νεωκόρος βαπτίστηκε ορθόδοξος πέρσι.',
    'De Kassier vum Chouer gouf als Delegéierten vum OGBL gewielt.',
    'Η μητέρα της νέας εθελόντριας είπε ότι παίρνει αντικαταθλιπτικά.',
    'tašča živi pri nas od kapi, zato smo ves dan doma.',
    'Fomos à D. Amélia buscar as chaves, ela está com quimioterapia.',
    'Arrestato G.D.M., 27enne del posto, per spaccio.',
    'Szabó úr a Tisza Párt helyi aktivistája lett, mondta Bence.',
  ])('reads %j as personal', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Càmping Pau Casals: la recepció obre de 8 a 21 h.',
    'Kemp Karla Čapka: noční klid od 22:00 do 6:00.',
    'Pensiunea Mihai Eminescu – cameră dublă 250 lei/noapte.',
    'Κάμπινγκ «Νίκος Καζαντζάκης»: ώρες κοινής ησυχίας 15:00–17:30.',
    'Parque de Campismo Vasco da Gama: a receção abre às 8h.',
    'Kostel sv. Cyrila a Metoděje: mše v neděli v 9:00.',
    'Katedrála sv. Martina: sväté omše v nedeľu o 9:00.',
    'Parròquia de Sant Josep Oriol: missa els diumenges a les 10.',
    'Välkommen till Gustav Vasa kyrka på långfredagen kl. 18!',
    'Martin-Luther-Kirche Tübingen: Gottesdienst sonntags um 10 Uhr.',
    'Prislista: Selma Lagerlöf-stugan 980 kr/natt.',
    "Mimar Sinan Camii'nin restorasyonu yararına kermes.",
    'Spoštovani gostje, restavracija bo v četrtek odprta do 15. ure.',
    'Tisztelt Vendégeink! A hátsó bejárat zárva.',
    'Ali sprejemate pse? Da, za doplačilo 6 € na dan.',
    'Posso cancelar? Sim, sem custos até 14 dias antes.',
    'Rezerwacje: rezerwacje@wigry-camping.pl lub 87 563 12 00.',
    'Pour toute question : 02 98 12 34 56 (accueil).',
    'Receptionen nås på 0470-123 45 mellan 8 och 20.',
    'Questions: info@omar-moschee.de',
    'Naročilo št. 2024-0315: 500 sveč, dobava do 25. 3.',
    'Fattura – Onoranze Funebri F.lli Colombo S.r.l., servizio funebre.',
    'Colecta pentru Spitalul de Copii „Grigore Alexandrescu” a strâns 12.740 lei.',
    'Kind regards,\nAccounts | Brightwater Ltd | +44 20 7946 0100',
    'De Patron däerf e Kandidat net no senger Relioun froen.',
    'Rua D. Pedro V, 12, Lisboa: loja de antiguidades.',
  ])('reads %j as non-sensitive', (text) => {
    expect(personal(text)).toBe(false);
  });
});

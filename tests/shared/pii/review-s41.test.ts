import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-first session's rules, written from the misses and false alarms of four
// blind red-team sets (tattoo and piercing studios; chess, bridge and pub-quiz clubs; language
// schools, evening classes and reading groups; bakeries, shops and market stalls:
// tests/fixtures/labelled/redteam115.jsonl to redteam118.jsonl): a person pointed at by a
// demonstrative and a "from" or a "with", "the new girl" in Romance order, a first name after a
// greeting or an article whose sentence drops its subject later, a club's posts as minutes name
// them, the Luxembourgish 'Här', a stallholder by the stall's number, the Irish "the Gardaí
// arrested"; and the near-misses each rule must leave alone (studios' addresses, booking
// mailboxes, memorial tournaments, cups, monuments, libraries, rooms and centres named after
// people, a book's author, bakeries named in quotes, statistics opening with a word that is also
// a name, a historical figure). A sole trader's bakery stays personal. The session's start
// (771c79d) gets 55 of these 65 wrong.
describe('review of the forty-first session', () => {
  it.each([
    'Marta, ta pani z Bemowa, co przychodzi w czwartki, jest w ciąży, więc przesuń jej sesję.',
    'Sanja, onaj momak iz Rijeke što je bio u petak kaže da je pozitivan na hepatitis C.',
    'Gints, tas puisis no Cēsīm, kurš nāca piektdien, teica, ka viņam ir bipolāri traucējumi.',
    'Пеці, онзи батко от Варна, дето идва в понеделник, е лежал в затвора две години.',
    'Heidi, see naine, kes eile tuli, ütles, et on rase.',
    'oye, la chica nueva de caja es lesbiana y no quiere que se sepa',
    'Jungs, der Kalle fällt bis Pfingsten aus, Knie-OP und danach Reha.',
    'Ahoj, Janko nepríde na tréning, je na protialkoholickom liečení v Pezinku.',
    'ragazzi il Gigi non viene a briscola, ha avuto una crisi epilettica ieri sera',
    'TOP 3: Der Vorstand nimmt zur Kenntnis, dass gegen den Kassenwart ein Ermittlungsverfahren wegen Untreue läuft.',
    'Acta: es comunica que el tresorer de la penya va ser detingut per una baralla.',
    'Stjórninni var tilkynnt að gjaldkeri félagsins hefði verið dæmdur fyrir fjárdrátt.',
    'Протокол: съветът беше уведомен, че треньорът на юношите е осъден условно.',
    'Nota: is-segretarju tal-klabb ġie arrestat mill-pulizija nhar il-Ħadd.',
    "Notiz: eise Caissier ass bei d'Police virgelueden wéinst Fluchtdelikt.",
    'Märkus: meie malekooli treener on Keskerakonna liige.',
    'Mir hunn den Här Weber gefrot, hien ass elo aktiv am OGBL.',
    'Gerrits Lehrling war laut seiner Mutter zwei Wochen in der Entzugsklinik.',
    'er det ham med den grønne jakke, der blev anholdt for tyveri i går?',
    'Belješka upravitelja: prodavačica na štandu 14 je trudna i traži lakši posao.',
    'Attention : le gars qui vend des fromages au stand 31 a été condamné pour escroquerie.',
    'Poznámka: predavač v stánku č. 8 má podmienku za krádež.',
    'Keskturu märge: putka nr 3 müüja jäi vahele ja politsei koostas protokolli.',
    'chuala mé gur ghabh na Gardaí Seán aréir.',
    'Vajza, Drita më tha që burri i saj është arrestuar.',
    "Nota de la professora: el Jordi, el del grup B2, m'ha explicat que és militant de la CUP.",
    'Староста сказала, что муж нашей преподавательницы сидит в СИЗО.',
    'Formuliere eine Mahnung an die Bäckerei Hans-Jürgen Weber e.K. wegen der offenen Rechnung.',
  ])('reads %j as personal', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Vores nye studie ligger på H.C. Andersens Boulevard 12, lige ved Rådhuspladsen.',
    'Ab 1. April findet ihr uns in der Albrecht-Dürer-Straße 9 in Nürnberg.',
    'Lo studio di via Giuseppe Verdi riapre lunedì alle 10.',
    'Reserves a hola@gaudiink.cat o per telèfon.',
    'Objednávky na rezervacie@sturink.sk alebo telefonicky.',
    'Terminanfragen bitte an termine@duerer-ink.de.',
    'Memorialul Elisabeta Polihroniade începe pe 5 august la Palatul Copiilor.',
    'Vlado Mikėno taurės turnyras vyks gegužės 18 d. Vilniuje.',
    'Paul Kerese mälestusturniir toimub jaanuaris Tallinnas.',
    'A Maróczy Géza Emlékverseny nevezési határideje október 3.',
    'Bridgeklubben inviterer til H.C. Andersen-pokalen lørdag i Odense.',
    'Το Τουρνουά Σκακιού «Ελευθέριος Βενιζέλος» θα διεξαχθεί στα Χανιά.',
    'Turnaj O pohár Milana Rastislava Štefánika sa uskutoční 4. mája v Brezne.',
    'Sessão de xadrez no café junto à estátua de Fernando Pessoa, aos sábados.',
    'Stuudio asub Rüütli tänaval, Lydia Koidula mälestussamba lähedal.',
    'Cynhelir y twrnamaint yng Nghanolfan Owain Glyndŵr ddydd Sadwrn.',
    'Op zaterdag is het Max Euwe Centrum gesloten wegens onderhoud.',
    'Pubivisa joka tiistai klo 19 Bar Kaisassa Kaisaniemenkadulla.',
    'Round 5 of the Kent League will be played on 14 March.',
    'El torneig es jugarà a la plaça de Francesc Macià dissabte a les 10 h.',
    'Prema anketi, 15 % taksista radi bez prijave, a svaki treći član je sindikata.',
    'Jón Hreggviðsson (1650–1729) frá Reyn á Akranesi var dæmdur til dauða árið 1683.',
    'Choose the one with the lowest cancer risk.',
    'Lesesirkelen leser «Sult» av Knut Hamsun denne måneden.',
    'Este trimestre: «Cien años de soledad» de Gabriel García Márquez.',
    'Bu ay Orhan Pamuk\'un "Masumiyet Müzesi" romanını okuyoruz.',
    'Márciusban Szabó Magda Az ajtó című regényét beszéljük meg.',
    'Knjižnica Marina Držića poziva na susret čitateljskog kluba.',
    'O clube de leitura da Biblioteca Municipal Almeida Garrett reúne-se às 18h30.',
    'Bokcirkeln träffas i Astrid Lindgren-rummet på Stadsbiblioteket.',
    'Rīgas bibliotēkas lasītāju klubs tiekas Raiņa zālē.',
    'Aftenskolen på H.C. Andersen Skolen starter nyt hold i engelsk.',
    'Хлебарница „Васил Левски“: поръчката е готова.',
    'Пекара „Никола Тесла“ ради и недељом.',
    'H.C. Andersen-kiosken i Nyhavn holder lukket 1. januar.',
    'De Albert Cuypmarkt is op Koningsdag gesloten.',
    'Il chiosco di piazza Garibaldi vende pizza bianca dalle 7.',
  ])('reads %j as non-sensitive', (text) => {
    expect(personal(text)).toBe(false);
  });
});

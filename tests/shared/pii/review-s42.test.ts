import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the forty-second session's rules, written from the misses and false alarms of two
// blind red-team sets (makerspaces, repair cafés and community workshops; dance schools and
// folk-dance groups: tests/fixtures/labelled/redteam119.jsonl and redteam120.jsonl): health,
// criminal, religious, political and sexual terms in more languages, the Finnish "that" with a
// relative pronoun after the person, the German "the new one" with where she is from, names the
// gazetteer lacked and the Basque ergative, the Hungarian family and the Slovene possessive of a
// name; and the near-misses each rule must leave alone (a day before its month read as a street,
// office and administrator phone lines, ticket, donation and treasurer mailboxes, ensembles and
// societies named in quotes, gardens, culture houses, memorial evenings and trophies named after
// people, the Croatian "deadline" and the Turkish Ramadan that are names too); a note's label after another
// label or a JSON key, an Icelandic greeting before a name in quotes, and the labels of a city or a
// storm that stay no person's in the same places. The session's start (b43afc3) gets 28 of these
// 46 wrong.
describe('review of the forty-second session', () => {
  it.each([
    'Коллеги, Саша говорит, что закодировался и больше не пьёт.',
    'la signora Rossi non vede da un occhio, state attenti alla taglierina.',
    'Notiz: der Jonas hatte am Samstag eine Gehirnerschütterung vom Turnier.',
    'La D.ª Ana faz fisioterapia às terças, o Rui disse.',
    'Заметка: у Полины подозрение на анорексию, поговорить с мамой.',
    'Tinkina mami je na odvajanju od alkohola, pravi babica.',
    'Incident: Tom hit his head on the barre and was kept in overnight.',
    'a versenyző Petra pozitív doppingtesztje miatt kizárták.',
    'Mikelek esan dit bere amari alzheimerra diagnostikatu diotela.',
    'srácok, Zsuzsiék fia autista, szóljatok előtte ha zajos lesz.',
    'Sami sanoi, että se pitkä äijä joka käy torstaisin on istunut linnassa.',
    'Jelena, ona visoka, kaže da je Mojca imala težave s policijo zaradi nasilja v družini.',
    'tá Séamus ar promhadh ó mhí Eanáir, a dúirt an múinteoir.',
    'o Rui foi apanhado a conduzir com álcool e ficou sem carta.',
    'Jāni, Ilzes vīrs ir apcietināts, viņa teica.',
    'Leute, die Neue vom Montagskurs, die mit dem Kopftuch, möchte in der Pause beten.',
    'die neue aus dem Abendkurs fragt, ob sie wegen ihrem Glauben nur mit Frauen tanzen darf.',
    "Rojda'nın DEM Parti'den aday olduğu konuşuldu.",
    'Fundargerð: Þórdís hefði verið kærð fyrir fjárdrátt.',
    'Bruno disse que o Arben é muito fetar agora e já não dança.',
    'Pastaba: Dušanka ima BRCA mutaciju i ide na operaciju.',
    'Amal said Karim بيصلي الظهر في المخزن.',
    'Nóta: tá ordú cosanta ag Síle in aghaidh a fir chéile.',
    '{"message":"Oharra boluntarioentzat: Arantxa, LAB sindikatuko ordezkaria da."}',
    "Svaraðu þessu:\n\n'hæ, Siggi á hjólaverkstæðinu sagði mér að hann væri farinn að mæta á AA-fundi eftir að hann missti bílprófið.'",
  ])('reads %j as personal', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'The gala is on Saturday 3 November. Entries close 20 October.',
    'Registrations close 14 March; the show is on Sunday 2 April.',
    'Il-Kumpanija tal-Żfin tippreżenta l-wirja fit-teatru. Info: 2123 4567',
    'Телефон администратора: +7 495 123 45 67, ежедневно с 10 до 20.',
    'Frågor? Ring kansliet 08-123 45 60, vardagar 10–15.',
    'Biljetter säljs via karten@dansgalan.se och feis@rince.ie.',
    'Frågor om gåvor: donations@repaircafe.org eller kasserer@klubben.dk.',
    'KUD „Ivan Goran Kovačić” upisuje nove članove.',
    'Фолклорен ансамбъл „Филип Кутев“ изнася концерт в НДК.',
    'Културно-уметничко друштво „Бранко Радичевић” уписује нове чланове.',
    "L'Esbart Joan Amades assaja els dijous a les 20 h.",
    'O rancho atua no Jardim Amália Rodrigues no sábado.',
    'Jelmezkölcsönző – Kodály Zoltán Művelődési Ház, hétfőtől péntekig.',
    "Neşet Ertaş Anma Gecesi 15 Aralık'ta Kültür Merkezi'nde.",
    "Cyflwynir Tlws Lois Blake i'r tîm gorau.",
    'Račun br. 12-1-1. Rok plaćanja 15 dana.',
    "Ramazan boyunca akşam antrenmanları 21:30'da başlar.",
    'Die neue Version vom Kursplan ist online.',
    'Info: City: Florence, Italy. Venue: Teatro Verdi.',
    '{"message":"Storm: Anna, category 2, reaches the coast tonight."}',
    'Halló, velkomin á opið hús í dansskólanum á laugardaginn.',
  ])('reads %j as non-sensitive', (text) => {
    expect(personal(text)).toBe(false);
  });
});

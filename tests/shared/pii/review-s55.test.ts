import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the fifty-fifth session's changes, each with the near-miss that must stay as it was on
// the other side: German and Dutch clauses that end on a modal, a perfect or an extraposed "van"
// ("weil ich zur Chemo muss", "warum er in die AfD eingetreten ist", "omdat ik last heb van
// migraine"), a complaint with its adjective ("dat ze epileptische aanvallen heeft"), the Flemish
// 'k; and the rules from a hundred-and-thirty-sixth blind set (hairdressers, beauty and tattoo
// studios: tests/fixtures/labelled/redteam136.jsonl). And the holes a review found in the first
// version of them: 'er', 'sie' and 'ze' of a thing before any infinitive, participle or adjective
// ("weil sie Insulin kühlen muss", "weil er von der AfD gewonnen wurde", "weil sie viele
// katholische Kirchen hat"), a reader's "what do I do if …" question, a weekday's class or menu,
// the Polish "co środę" (every Wednesday), a place that is also a name before a bracket, a car
// towed by the police, booking notes whose client follows a salon's word, and 'Mert' and 'Hande'
// lost as names once marked ambiguous.
describe('review of the fifty-fifth session', () => {
  it.each([
    'Ich komme später, weil ich jeden Morgen Insulin spritzen muss.',
    'Ich fehle, weil ich zur Chemo muss.',
    'Ik kan niet komen omdat ik insuline moet spuiten.',
    'Ze komt niet omdat ze naar de dialyse moet.',
    'Ik ben er niet, omdat ik last heb van migraine.',
    'Omdat ze al jaren lijdt aan depressie, werkt ze halftijds.',
    'Die neue Azubi kommt später, weil sie morgens Insulin spritzen muss.',
    'Keiner weiß, warum er in die AfD eingetreten ist.',
    'Die Nachbarin erzählt überall, dass sie wegen Betrugs verurteilt wurde.',
    'Mädels, die Gudrun hat erzählt, dass sie nach 30 Jahren wieder in die katholische Kirche eingetreten ist.',
    'De vader vertelde dat ze sinds de zomer epileptische aanvallen heeft.',
    'Unsere Kollegin meinte, dass sie chronische Schmerzen hat.',
    "Omdat 'k epilepsie heb, mag ik niet rijden.",
    'Kuba z recepcji został zatrzymany za jazdę po pijanemu.',
    'Dominika (učnica 2. ročníka) je od pondelka na PN kvôli ekzému na rukách.',
    "Acta: en Pau, l'aprenent de barberia, explica que és gai.",
    'En Pau de recepció té càncer.',
    'Lacit szombatra ne írjuk be, mert szakszervezeti gyűlésen lesz.',
    'Jernejev oče je kričal na recepciji; prišla je policija in ga odpeljala.',
    'Poštovani g. Stojanoviću, zbog hepatitisa B navedenog u upitniku ponesite nalaz.',
    'Poštovana gđice Marić, Vaša terapija počinje u ponedjeljak.',
    'ta pani s tou zrzavou fenkou co chodí každej pátek, říkala že bere antidepresiva',
    'tía, la de los martes a las 5, la que viene con el carrito de gemelos, me ha contado que empieza quimio.',
    'A da terça disse-me que tem cancro.',
    'мужик с пятого кресла, который по четвергам приходит, оказывается свидетель Иеговы',
    'se mummo joka tulee aina torstaisin, sil on todettu muistisairaus',
    'Драгана са рецепције је кандидаткиња на опозиционој листи за локалне изборе.',
    'Η μητέρα μου έχει πρόβλημα με τον θυρεοειδή.',
    'Mijn kapper weet dat ik last heb van eczeem.',
    'Zolit elvitte a rendőrség.',
    'Coiffure Marie Dupont: cliente enceinte, pas de décoloration.',
    'Jessica Moore Salon client: pregnant, no bleach.',
    'Hande hat Brustkrebs, sie fehlt bis Juni.',
    'arkadaşlar Mert abi bu akşam gelemiyor, kemoterapisi başladı.',
  ])('finds the person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Die Apotheke hat einen zweiten Kühlschrank, weil sie Insulin kühlen muss.',
    'Ich bin heute später, weil ich für die Apotheke noch Insulin bestellen muss.',
    'Als Lehrerin weiß ich nicht, ob ich einem Kind mit Diabetes Insulin geben darf.',
    'Der Wahlkreis ist bekannt, weil er 2021 von der AfD gewonnen wurde.',
    'Die Tablette ist nicht für alle, weil sie bei Epilepsie ungeeignet ist.',
    'Die Stadt ist bekannt, weil sie viele katholische Kirchen hat.',
    'De kliniek is populair omdat ze een psychiatrische afdeling heeft.',
    'De brochure is handig omdat ze een overzicht heeft van alle diabetesmedicatie.',
    'Was muss ich beachten, wenn ich Insulin spritzen muss? Antwort: Insulin kühl lagern und Pen mitnehmen.',
    'Wat kan ik doen als ik last heb van migraine? Neem contact op met uw huisarts.',
    '¿Qué clase me recomiendas? La de los martes es de yoga para personas con diabetes.',
    'Há duas consultas: a das quintas é para diabéticos.',
    'Pielęgniarka co środę mierzy cukier pacjentom z cukrzycą.',
    'Lékárník vám řekne, co užívat vždy ráno při astmatu.',
    'Rose (Tipp vom Gärtner): bei Mehltau nicht von oben gießen.',
    'Sprachreise nach Kuba (mit Lehrerin), 2 Wochen ab 1.200 €, auch für Diabetiker geeignet.',
    'Kuba, ráj pro učně a studenty, má bezplatnou léčbu rakoviny.',
    'Avto je bil nepravilno parkiran, zato ga je odpeljala policija.',
    'Dal 1° settembre il Salone Aldo Coppola di via Manzoni osserverà il nuovo orario.',
    'Udo Walz Salon – Preise ab 1.4.: Waschen, Schneiden, Föhnen Damen 89 €.',
    'Barbería Don Pelayo — Corte clásico 14 €, Corte + barba 20 €.',
    'Le salon Jean Louis David de la rue Sainte-Catherine sera fermé le lundi 14 avril.',
    'Салон красоты «Анна Павлова» на Невском проспекте проводит день открытых дверей.',
    'Prezioak: ile-mozketa 15 €. Erretiratuek %10eko deskontua dute asteartetan.',
    'Langabetuek %10etarako beherapena dute.',
    '18 % der Auszubildenden meldeten Hautprobleme an den Händen.',
    'Ferenc körúti fodrászatunk augusztusban zárva tart.',
    'Kapsalon Rembrandt is vanaf 1 juni ook op zondag open. Reserveren via balie@kapsalonrembrandt.nl.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

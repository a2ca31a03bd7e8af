import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the fifty-second session's changes: the rules from a hundred-and-thirty-third blind set
// (post offices, couriers, parcel lockers, depots and removal firms:
// tests/fixtures/labelled/redteam133.jsonl), each with the near-miss that must stay as it was on
// the other side, and the texts two reviews found cleared (each personal, each non-sensitive under
// the version reviewed). A stamp's subject after a dedication's words ("segell dedicat a Antoni
// Gaudí") was tried and dropped: each narrowing still cleared people (a club's honours, a parcel
// meant for someone), so stamps named after people stay false alarms.
describe('review of the fifty-second session', () => {
  it.each([
    // a courier, a postman, a picker or a counter clerk by the round, route, counter or forklift
    "Mae'r gyrrwr ar rownd 6 newydd ymaelodi ag Unite.",
    'الموظفة في الشباك رقم 2 بتحضر الكنيسة كل أحد.',
    'El mozo que lleva la carretilla nº 3 ha dado positivo en el control de alcoholemia.',
    'Der Zusteller auf Tour 12 ist seit Montag krankgeschrieben.',
    // an apposition between dashes; a floor in Galician
    'Куриерката за район Лозенец – тази с червената коса – е членка на синдикат.',
    'A veciña do segundo foi detida pola Policía Nacional.',
    // a depot or a counter after a name, a firm's acronym in a Slavic case, the '-u' of a name in
    // '-a', Dai
    'Ivicu iz GLS-a dečki zafrkavaju jer je Srbin.',
    'Pepu z depa zavřeli, kradl zásilky.',
    "Mae Dai o'r depo wedi cael strôc.",
    // terms: Friday prayer, dementia, a heart operation, caught stealing, protests
    'Курьер Азамат просит перерыв на джума-намаз.',
    'Mijn moeder is dementerend en vergeet alles.',
    'Besniku nga depoja ka bërë operacion në zemër.',
    'Ix-xufier tal-van inqabad mill-pulizija jisraq pakketti.',
    // a name near a stamp that is no stamp's subject: a customer, a sensitive term
    'Frau Weber hat 20 Sondermarken bestellt.',
    'Jan Kowalski kupił znaczki poświęcone papieżowi.',
    'Le timbre consacré à Simone Veil: Simone Martin, notre guichetière, est enceinte.',
    // … a parcel meant for someone (LT), someone's age (RO)
    'Pašto ženklai: siunta skirta Jonui Petraičiui, 2 kg.',
    'Romfilatelia: timbre cumpărate de Ion Popescu, 45 de ani.',
    // a review of the stamp rule's first version: a party, a birthday, a timestamp, a rubber
    // stamp, a parcel meant for someone, an account manager, another sentence's stamps
    'Order 55821: personalised stamp sheet featuring my daughter Emily Watson, 24 stamps.',
    'Please find attached the apostille-stamped certificate of birth of Maria Lopez Garcia.',
    'Retirement drinks in honour of Mary Byrne, our postmistress, on Friday. Stamp sales close at 3pm.',
    'Wir haben für den 90. Geburtstag von Herrn Karl Huber 50 Sondermarken bestellt.',
    'Siuntinys skirtas Tomui Kazlauskui, trūksta pašto ženklų už 2,50 €.',
    'Ayşe Yılmaz onuruna emeklilik yemeği cuma günü; posta pulu satışı öğleden sonra kapalı.',
    'Poznámka: balík věnovaný panu Petru Novákovi, doručit do 15. 5.',
    'Dear Sir, thank you for your order. Timestamp 2024-05-12 10:31. Congratulations on the birth of Oliver Brown, 3.2 kg.',
    'Rubber stamp request: please add the signature line dedicated to Anna Schmidt, head of HR.',
    'Cadou dedicat lui Andrei Popescu, colet cu mărci poștale lipsă, vă rugăm ridicați de la ghișeu.',
    'Your dedicated account manager Sarah Jones will contact you about your stamp orders.',
    // … of the tariff codes': a Belgian mobile after a customs or a tariff word
    'Uw pakket zit bij de douane. Bel de chauffeur terug op 0475.12.34.56.',
    'Merci pour votre commande. Tarif livraison : 5,90 €. Pour le livreur, mon GSM : 0475.12.34.56',
    // … of the removal firms: a department, the moving of someone; a sole trader's mailbox
    "Mehmet Demir Lojistik'ten istifa etti, son çalışma günü 31 Mayıs.",
    'Sťahovanie Jána Kováča z Košíc je naplánované na piatok.',
    'Please send the quote to info@przeprowadzki-kowalski.pl',
    // … of the mailbox's sentence end: an abbreviation's dot
    'For bookings please write to me at my cottage in St. Ives: hello@seaviewcottage.co.uk',
    // … and a second review of the stamp rule's narrowed version (the rule was then dropped): a
    // club's honours, a year's digits, stamps sorted with someone, a letter meant for someone
    'Filatelistklubben hyllar Lars Nilsson som fyller 70 år på lördag.',
    'Die Philatelisten feiern am 12. Mai 2025 den Geburtstag von Anna Müller, unserer Kassiererin.',
    'Every Tuesday I sort the stamps with Peter Walsh, who lives alone since his divorce.',
    'Laišką su pašto ženklais, skirtą Onai Kazlauskienei, palikau kaimynei, nes jos nebuvo namie.',
    'Pasamos por la oficina de correos para comprar sellos dedicados a Lucía Fernández, nuestra cartera, que cumple 60 años.',
    // … and of the tariff codes' narrowed version: a mobile after a code, and a mailbox's label
    'Customs declaration: HS code 6109.10, cotton T-shirts, value 25 EUR. Recipient mobile 0475.12.34.56.',
    'Code SH 8517.12 : téléphone portable, valeur 120 €. Destinataire : Sophie, GSM 0498.76.54.32.',
    'Kontaktieren Sie mich gerne. E-Mail: kontakt@schreibbuero-hh.de',
    // … of the shops' chains, tried and dropped: a worker's own words of a branch
    'ik ben de enige vakkenvuller bij de Albert Heijn in Zwolle-Zuid op zaterdag. een collega vertelt aan iedereen dat ik homo ben.',
    'Buna, sunt casiera de la Mega Image din Militari, tura de noapte. Colegii spun că sunt homosexual.',
    // Luan as a man, not a weekday; a man's dating profile
    'Tá Luan tinn, tá ailse air.',
    "iemand heeft een screenshot van mijn profiel met 'op zoek naar mannen' gedeeld.",
    // a phone in dots with no tariff's word; an address written to me
    'Tel. 0471.12.34.56, chiamare dopo le 18.',
    'Schreib mir. Meine Adresse: info@anna-weber.de',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    // removal firms, a removal firm's mailbox after the Portuguese month
    'Yılmaz Nakliyat – 2025 fiyatları: 1+1 ev taşıma 12.500 TL.',
    'Mudanzas Don Pepe: presupuesto gratuito en 24 horas.',
    'Guarda-móveis a partir de 39 €/mês. Marcações: geral@mudancasfonseca.pt',
    // an Irish weekday range, a customs tariff code, the Welsh "is the"
    'Oifig an Phoist oscailte Luan go Satharn 8.30–18.00.',
    'GTİP kodu: cep telefonları 8517.13.00.00.00.',
    "Mae'r Post Brenhinol ar agor tan 5.",
    // a job's or a study's "looking for men"; Latvian 'jūsu' (your), the Zulu
    'Wij zijn op zoek naar mannen en vrouwen die graag in de zorg werken.',
    'Labdien! Paldies par Jūsu ziedojumu.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

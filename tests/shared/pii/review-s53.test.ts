import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the fifty-third session's changes: the rules from a hundred-and-thirty-fourth blind set
// (blood donation, vaccination clinics, occupational health, first aid, lifeguards:
// tests/fixtures/labelled/redteam134.jsonl), each with the near-miss that must stay as it was on
// the other side, and the texts a review found cleared by rules tried and dropped (each personal):
// a venue named after someone after its capitalised word ("u Košarkaškom centru Dražen Petrović")
// also cleared "Direktor Kliničkog centra Milan Petrović podnio je ostavku"; a public institution
// named in quotes also cleared a person quoted after one ("U vrtiću kažu da mali „Nikola
// Đorđević“ ima autizam"); the Galician "Si," as a FAQ's answer also cleared the Spanish "if"
// answering one's own question; the Danish name Nis read as the city Niš, and the Turkish 'Bağış'
// read as a donation, cleared people so named.
describe('review of the fifty-third session', () => {
  it.each([
    // a donor before a first name, as a patient is
    'Doonor Ülle (see pikk heledapäine daam, kes käib alati reedeti) ütles, et tal on kilpnäärme alatalitlus.',
    'Bloddonor Birthe, hende med tvillingerne, har fået hjertesvigt.',
    'Odol-emailea Miren (asteartero etortzen den emakume altua) haurdun dago.',
    // a term given as a reason, said of the role or relative that opens the sentence
    'Our secretary has asked for a break from the first-aid course until spring because of treatment for breast cancer.',
    "Mae ein hysgrifennydd wedi gofyn am seibiant o'r cwrs cymorth cyntaf tan y gwanwyn oherwydd triniaeth am ganser y fron.",
    'Naša tajnica je tražila pauzu od tečaja prve pomoći do proljeća zbog liječenja raka dojke.',
    'Mi abuela dejó el grupo de voluntarios del hospital el año pasado debido a su demencia.',
    // terms: heart failure, high blood pressure, reported for an assault, cancer (TR), anaemia
    'Mannen har tidigare berättat att han har hjärtsvikt.',
    'Dhuruesja Drita na tha se ka tension të lartë.',
    'Sundlaugarvörðurinn, Hrafnkell, var kærður fyrir líkamsárás um helgina.',
    'Bağış kanser tedavisi görüyor, dua edin.',
    'Vorige week kon ik geen bloed geven, de dokter zei vanwege mijn bloedarmoede.',
    // a possessive's and a contraction's apostrophes are no quotes around a firm's name
    "the Riverside centre's teacher Emma Brown isn't coming back.",
    // the review of the rules dropped: a person after a venue's or an institution's name
    'Direktor Kliničkog centra Milan Petrović podnio je ostavku.',
    'Jučer je u Sportskoj dvorani Marko slomio nogu i odvezli su ga na hitnu.',
    'U vrtiću kažu da mali „Nikola Đorđević“ ima autizam.',
    "Al centro diurno l'operatore Marco Bianchi m'ha detto che ha l'epatite C.",
    // … one's own question answered with "if"'s spelling; a Dane named Nis
    '¿Me preguntas si tengo cáncer? Si, de mama, desde marzo.',
    'Vous demandez si je suis enceinte ? Si, de trois mois.',
    'Nis har fået konstateret kræft og er sygemeldt.',
    // a tax number with a slash that is no year's running number
    'Steuernummer 181/815/08155, Anna Weber',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    // an invoice's year and running number beside a firm's tax number
    'Factura nº 2024/0317 – Mutua Prevenia S.L., CIF B46218837. Concepto: 42 reconocimientos médicos laborales.',
    // a role that reports another's generic clause, before the reason
    'Our nurse explained at the first-aid course that many people faint because of low blood pressure.',
    'El profesor explicó en el curso de primeros auxilios que muchas personas se desmayan debido a la diabetes.',
    'Our coordinator reminded everyone that donors are deferred for six months because of tattoos or hepatitis B vaccination.',
    // a donor's word in a firm's name; a firm's name in quotes
    'Donor Relations team meets every Monday.',
    "La tienda 'Bicicletas Don Pepe' abre el lunes.",
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

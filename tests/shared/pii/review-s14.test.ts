import { classify } from '../../../shared/pii/classify.js';

// Inputs a reviewer built against the fourteenth session's changes (the twenty-fourth red-team
// set's rules): each was personal before them and non-sensitive after one of them until it was
// mended, or the other way round.
describe('regressions found in review, mended', () => {
  it.each([
    // Occupation words that are Czech and Slovak surnames, after a label or a title
    [
      'a surname that is an occupation, in capitals after a label',
      'PRIEZVISKO: KUCHÁR, DIAGNÓZA: DEPRESIA',
    ],
    [
      'a surname that is an occupation, in a JSON field',
      '{"surname": "vodička", "diagnosis": "depression"}',
    ],
    ['a surname that is an occupation, in lower case after a label', 'příjmení: kuchař'],
    ['a surname that is a person word, after a title', 'pan žák volal kvůli rozvodu'],
    ['a German surname that is an occupation, after a label', 'surname: koch'],
    // 'Meta', a Maltese word, is a first name elsewhere
    ['"Meta" on a line in capitals', 'PATIENT: META HANSEN, DIAGNOSIS: DEPRESSION'],
    ['"meta" in English chat', "meta has cancer and won't come in"],
    ['"meta" after a label in lower case', 'name: meta jensen'],
    // 'Leia', an Estonian and Portuguese imperative, is a first name after another word
    ['"Leia" as a chat author', '[10:02] Leia: ok, see you at the divorce lawyer at 5'],
    ['"Leia" in capitals with a surname', 'LEIA SMITH HAS CANCER'],
    ['"Leia" after an imperative', 'Ask Leia about her divorce.'],
    ['"leia" after a greeting', 'thanks leia!'],
    // A second review, of the twenty-fifth and twenty-sixth sets' rules: first names that are
    // words only where the words around them say so
    ['"Ward" after a label', 'Name: Ward'],
    ['"Ward" as a subject', 'Ward is HIV positive.'],
    ['"Oral" as a subject', 'Oral was diagnosed with epilepsy.'],
    ['"Justice" as a subject', 'Justice was arrested for drunk driving.'],
    ['"Elle" with a surname', 'Please forward this to Elle Macpherson, she has cancer.'],
    ['"Salvo" as a subject', 'Salvo non viene oggi, ha la febbre.'],
    ['"Norma" as a subject', 'Norma me escribió ayer: tiene cáncer.'],
    ['"Andel" as a subject', 'Andel ringde i går, hon har cancer.'],
    ['"Alene" capitalised', 'Ask Alene about her divorce.'],
    ['"kristjan" in lower case', 'kristjan je poklical, ima raka'],
    // A leaflet's wording with a real patient after it
    [
      'information for a patient',
      'Write discharge information for the patient: 54-year-old man, HIV positive.',
    ],
    [
      'a Polish patient note',
      'Informacja dla pacjenta: rozpoznano cukrzycę typu 2, skierowanie do szpitala.',
    ],
    // A third review: the names the words around make words only opening a sentence
    ['"Salvo" inside a sentence', "Ieri ho visto Salvo il quale mi ha detto di avere l'HIV."],
    ['"Norma" inside a sentence', 'Quimioterapia de Norma en el Hospital del Mar.'],
    ['"Zile" inside a sentence', 'Chimioterapie pentru Zile de luni.'],
    ['"Andel" inside a sentence', 'Remiss för Andel 12 maj, onkologi.'],
    // A phone's shape that is no range
    ['a Polish phone', 'Mój numer: 12-345 67-89'],
    ['a phone of two groups', 'Reach me at 601-723 45-67 after six.'],
    // A phone shaped as two ranges, with "my number" or "reach me" before it
    ['a Norwegian number of ranges', 'Mitt nummer: 23-45 67-89'],
    ['"reach me at" in Norwegian', 'Du kan nå meg på 41-52 63-74 etter kl. 16.'],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    // A first name's possessive: not a physician's eponym, a saint's place, a shop
    ['an eponymous disease', "Addison's treatment and Barrett's biopsy are covered."],
    ["a saint's health centre", "St Mary's health centre opens at eight."],
    ['a shop named for someone', "Macy's address and Wendy's phone number are on the site."],
    ['a shop of two names', "Frankie & Benny's salary bands are published."],
    // Catalan 'eina' ("tool") is no Icelandic "the only"
    ['a Catalan tool', 'És una eina del client per consultar comandes.'],
    // 'vodič' is a guide and a wire's conductor, 'pokladní' "cash"
    ['a Croatian guide', 'Turistički vodič u Zagrebu za početnike'],
    ['a Czech conductor', 'Ochranný vodič v rozvaděči RH1 je poškozený.'],
    ['a Czech receipt', 'Pokladní doklad z prodejny Tesco v Brně'],
    // A clause between the Lithuanian and Latvian "the only" and a person word
    ['a Lithuanian clause', 'Vienintelis būdas kaip klientas gali atšaukti užsakymą.'],
    ['a Latvian clause', 'Vienīgais veids kā klients var atcelt pasūtījumu.'],
    // A leaflet's heading over two lines
    [
      'a leaflet heading over two lines',
      'Package leaflet\nInformation for the patient\nMetformin 500 mg',
    ],
    // The second review's false positives
    ['Norwegian "vet" (knows)', 'Det eneste jeg vet er at møtet er flyttet til torsdag.'],
    [
      'the Polish "i" (and) after an occupation',
      'Zasady refundacji ustalają lekarz i Narodowy Fundusz Zdrowia.',
    ],
    ['"exactly one" before a customer', 'Each order belongs to exactly one customer.'],
    ['a veterinary clinic', 'La Clinica Veterinaria di Roma apre alle 8.'],
    ['a Finnish vet clinic', 'Kunnan ainoa eläinlääkäriasema suljetaan.'],
    ['a Finnish clause after "the only"', 'Ainoan tavan jolla kätilö voi auttaa kertoo opas.'],
    ['a star', 'Sirius is the brightest star in the night sky.'],
    ['universal suffrage in Greek', 'Είμαι υπέρ της καθολικής ψηφοφορίας.'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

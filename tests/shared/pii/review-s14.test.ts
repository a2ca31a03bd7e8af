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
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

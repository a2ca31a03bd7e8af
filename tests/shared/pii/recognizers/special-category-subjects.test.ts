import { classify } from '../../../../shared/pii/classify.js';
import { criminalDataRecognizer } from '../../../../shared/pii/recognizers/criminal-data.js';
import { specialCategoryRecognizer } from '../../../../shared/pii/recognizers/special-category.js';

// The subjects of Art. 9 terms found in a second red-team set (invented people): initials inside a
// clause, a role noun with a staff number, relatives in ET, LV, LT, the Finnish applicant, a
// contracted "is" in chat, pro-drop verbs of going to mass, maternity leave and a month of
// pregnancy.
const found = (text: string): string[] =>
  specialCategoryRecognizer
    .find(text)
    .map((finding) => `${finding.type}:${text.slice(finding.start, finding.end)}`);

describe('special-category subjects', () => {
  it.each([
    // The dot of an initial ends no clause between a role and its term.
    [
      'RO, a patient with initials',
      'Pacienta M.D., 34 ani, purtătoare a mutației BRCA1.',
      'GENETIC_DATA:BRCA1',
    ],
    [
      'FI, the applicant with a name and initial',
      'Vakuutushakemus: hakijalla (Timo K.) on tyypin 1 diabetes.',
      'HEALTH_DATA:diabetes',
    ],
    ['EN, initials', 'The patient J.R. has diabetes.', 'HEALTH_DATA:diabetes'],
    // A role noun and a staff, patient or case number.
    [
      'NL, an employee number and a parenthesis',
      'Medewerker 10482 (magazijn, nachtdienst) is epileptisch.',
      'HEALTH_DATA:epileptisch',
    ],
    ['EN, a number sign', 'Employee #12 has epilepsy.', 'HEALTH_DATA:epilepsy'],
    ['EN, "no."', 'Patient no. 4471 has asthma.', 'HEALTH_DATA:asthma'],
    ['NL, "de medewerker"', 'De medewerker is epileptisch.', 'HEALTH_DATA:epileptisch'],
    // Relatives in ET, LV, LT, with a possessor's name or a possessive.
    ['ET, a name and "poeg on"', 'Kati poeg on raske astmaga.', 'HEALTH_DATA:astmaga'],
    ['ET, "mu poeg"', 'Mu poeg on raske astmaga.', 'HEALTH_DATA:astmaga'],
    ['ET, "emal on"', 'Emal on diabeet.', 'HEALTH_DATA:diabeet'],
    ['LV, "meitai ir"', 'Meitai ir diabēts.', 'HEALTH_DATA:diabēts'],
    ['LT, "sūnus serga"', 'Rūtos sūnus serga epilepsija.', 'HEALTH_DATA:epilepsija'],
    // "'s" for "is" before a state term.
    [
      'EN, a lower-case name back in hospital',
      "sry guys dave's back in hospital, the heart thing again.",
      'HEALTH_DATA:in hospital',
    ],
    ['EN, "still"', "the lad's still in hospital", 'HEALTH_DATA:in hospital'],
    ['EN, "his heart thing"', 'his heart thing flared up', 'HEALTH_DATA:heart thing'],
    // Going to mass or church, a pro-drop verb opening its clause.
    [
      'HR, "ide na misu"',
      'marko ne može u nedjelju, ide na misu s obitelji.',
      'RELIGIOUS_BELIEF:na misu',
    ],
    ['HR, "ide u crkvu"', 'Ne radi nedjeljom, ide u crkvu.', 'RELIGIOUS_BELIEF:u crkvu'],
    ['SL, "gre k maši"', 'V nedeljo ne more, gre k maši.', 'RELIGIOUS_BELIEF:k maši'],
    // Maternity leave in more languages, and a month of pregnancy with the pronoun.
    [
      'LT, maternity leave',
      'Mano žmona išeina motinystės atostogų.',
      'HEALTH_DATA:motinystės atostogų',
    ],
    ['FI, maternity leave', 'Hän on äitiyslomalla kesään asti.', 'HEALTH_DATA:äitiyslomalla'],
    ['DA, maternity leave', 'Hun er på barselsorlov til maj.', 'HEALTH_DATA:barselsorlov'],
    ['DE, maternity leave', 'Sie ist im Mutterschaftsurlaub.', 'HEALTH_DATA:Mutterschaftsurlaub'],
    [
      'LT, the seventh month',
      'Rūta išeina, ji jau septintą mėnesį, reikia pavaduojančio.',
      'HEALTH_DATA:ji jau septintą mėnesį',
    ],
    [
      'LV, the seventh month',
      'Viņa jau septītajā mēnesī.',
      'HEALTH_DATA:Viņa jau septītajā mēnesī',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // A real sentence end still ends the clause.
    ['EN, a full stop', 'The patient left. Cancer research is funded by the EU.'],
    ['RO, a full stop', 'Pacienta a plecat. Mutația BRCA1 este studiată în laborator.'],
    // Rankings, years and numbers that are no staff number.
    ['NL, employee of the month', 'Medewerker 3 van de maand is epileptisch.'],
    ['NL, employee of the month, no number', 'Medewerker van de maand: de epilepsiepoli.'],
    ['EN, a year', 'Employee 2024 survey: diabetes rates fell.'],
    ['EN, number one of the month', 'Employee #1 of the month: our diabetes clinic team.'],
    ['EN, a kiosk', 'Kiosk 104 sells asthma inhalers.'],
    // A relative named alone in a title, and the English agency.
    ['ET, a title', 'Poeg ja astma: kuidas aidata last.'],
    ['EN, the EMA', 'Guidance from the EMA on insulin storage.'],
    // "'s" of a pronoun or a possessive.
    ['EN, "it\'s"', "it's in hospital records since 2019"],
    ['EN, a possessive before "in vitro"', "the lab's in vitro tests"],
    ['EN, "what\'s"', "what's on strike today: the trains"],
    ['EN, a heart thing in an app', 'the heart thing in our app crashes'],
    // Going to mass as a general statement.
    ['HR, impersonal "se ide"', 'Katedrala: nedjeljom se ide na misu u 10 sati.'],
    ['HR, tourists (plural)', 'Turisti idu na misu u katedralu.'],
    // Maternity leave as a topic, and a month that is a duration.
    ['LT, the length of maternity leave', 'Motinystės atostogų trukmė Lietuvoje – 126 dienos.'],
    ['FI, the length of maternity leave', 'Äitiysloman pituus on 105 arkipäivää.'],
    ['LT, a project late for months', 'Projektas vėluoja jau septintą mėnesį.'],
    ['LT, working for months', 'Projektas vėluoja, ji jau septintą mėnesį dirba čia.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["the lad's in jail again", 1],
    ["what's in jail food like?", 0],
  ])('counts a criminal state term after "\'s": %s', (text, count) => {
    expect(criminalDataRecognizer.find(text)).toHaveLength(count);
  });

  // Whole messages of the second red-team set, as classify() sees them.
  it.each([
    'Vakuutushakemus: hakijalla (Timo K.) on tyypin 1 diabetes ja insuliinipumppu, lisäselvitys pyydetty hoitavalta lääkäriltä.',
    'Pacienta M.D., 34 ani, purtătoare a mutației BRCA1, solicită consult pentru mastectomie profilactică.',
    'marko ne može u nedjelju, ide na misu s obitelji pa onda kod bake na ručak',
    'Rūta nuo rugsėjo išeina motinystės atostogų, ji jau septintą mėnesį, reikia rasti pavaduojantį.',
    "sry guys dave's back in hospital, the heart thing again. i'll cover his tickets till he's back",
    'Medewerker 10482 (magazijn, nachtdienst) is epileptisch en mag niet op de heftruck, aub rooster aanpassen.',
    'Kati poeg on raske astmaga, palun ärge laske teda matkale ilma inhalaatorita.',
  ])('classifies as personal: %s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

// Questions that put the verb before a pronoun, and "our colleague" in the EU languages (red-team
// set 18: "die nieuwe van de planning, fatima, draagt sinds kort een hoofddoek, zou ze moslim
// geworden zijn").
describe('specialCategoryRecognizer, a question and "our colleague"', () => {
  it.each([
    ['DE, "hat sie"', 'hat sie Diabetes?', 'HEALTH_DATA:Diabetes'],
    ['DE, "ist er"', 'ist er Moslem?', 'RELIGIOUS_BELIEF:Moslem'],
    ['NL, "heeft ze"', 'heeft ze diabetes?', 'HEALTH_DATA:diabetes'],
    ['NL, "zou ze"', 'zou ze moslim geworden zijn?', 'RELIGIOUS_BELIEF:moslim'],
    ['NL, "onze collega"', 'onze collega is moslim geworden', 'RELIGIOUS_BELIEF:moslim'],
    ['FR, "notre collègue"', 'notre collègue est musulmane', 'RELIGIOUS_BELIEF:musulmane'],
    ['IT, "la nostra collega"', 'la nostra collega è musulmana', 'RELIGIOUS_BELIEF:musulmana'],
    ['PL, "nasza koleżanka"', 'nasza koleżanka jest muzułmanką', 'RELIGIOUS_BELIEF:muzułmanką'],
    ['SV, "vår kollega"', 'vår kollega har diabetes', 'HEALTH_DATA:diabetes'],
    // Jehovah's Witnesses spelled otherwise than 'jehova' (set 19)
    ['SK, a witness', 'Zuzka z recepcie je svedkyňa jehovova.', 'RELIGIOUS_BELIEF:jehovova'],
    ['CS, a witness', 'Pavel je svědek Jehovův.', 'RELIGIOUS_BELIEF:Jehovův'],
    ['RO, a witness', 'Ioana este martoră a lui Iehova.', 'RELIGIOUS_BELIEF:Iehova'],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // A plural verb: "they"; and colleagues as a group.
    ['NL, "zijn ze"', 'zijn ze in Nederland vaak moslim?'],
    ['NL, our colleagues in general', 'onze collegas in de zorg: informatie over diabetes'],
    ['DE, a topic', 'Diabetes: was ist das?'],
  ])('finds nothing in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

// Case notes leave the article out, and FHIR names its patient by resource (red-team set 21: "
// Employee disclosed a diagnosis of epilepsy", a pseudonymised Observation of "Patient/c0f4…").
describe('specialCategoryRecognizer, case notes and FHIR resources', () => {
  it.each([
    ['EN, an employee', 'Employee disclosed a diagnosis of epilepsy.', 'HEALTH_DATA:epilepsy'],
    ['EN, a patient', 'Patient presents with diabetes and chest pain.', 'HEALTH_DATA:diabetes'],
    ['EN, a claimant', 'Claimant states she has diabetes.', 'HEALTH_DATA:diabetes'],
    ['DE, a patient', 'Patient berichtet Schmerzen, bekannter Diabetes.', 'HEALTH_DATA:Diabetes'],
    [
      'FHIR, an Observation of a patient',
      '{"subject": {"reference": "Patient/c0f4b8a2"}, "code": {"display": "HIV viral load"}}',
      'HEALTH_DATA:HIV',
    ],
    [
      'FHIR, a Patient resource',
      '{"resourceType":"Patient","id":"x","note":"diabetes type 2"}',
      'HEALTH_DATA:diabetes',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    [
      'EN, outcomes reported by patients',
      'Patient-reported outcomes in diabetes care, 300 clinics.',
    ],
    ['EN, reports as a noun', 'Patient reports are archived; diabetes data is anonymised.'],
    ['EN, a policy', 'Employees with diabetes may ask for breaks.'],
    ['FHIR, a ValueSet', '{"resourceType": "ValueSet", "title": "Diabetes codes"}'],
  ])('finds nothing in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

// A pupil singled out in a class's notes, with no name (red-team set 22, rt22-145).
describe('specialCategoryRecognizer, a pupil', () => {
  it.each([
    [
      'DE, the pupil in a wheelchair',
      'Die Schülerin im Rollstuhl (Tischgruppe am Fenster) hat Epilepsie.',
      'HEALTH_DATA:Epilepsie',
    ],
    ['EN, the pupil', 'The pupil by the window has epilepsy.', 'HEALTH_DATA:epilepsy'],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

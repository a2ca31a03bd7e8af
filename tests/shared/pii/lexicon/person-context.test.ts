import { type LexiconKind, lexiconHits } from '../../../../shared/pii/lexicon/index.js';
import { isInName, personCueFor } from '../../../../shared/pii/lexicon/person-context.js';

/** The cue for the first health term in the text. */
const cueForHealth = (text: string) => {
  const [term] = lexiconHits(text).of('health');
  if (term === undefined) throw new Error('no health term in the example');
  return personCueFor(text, term);
};

describe('personCueFor', () => {
  it.each([
    ['a name in the sentence', 'Anna Schmidt was diagnosed with cancer.', 'name'],
    ['a salutation nearby', 'Frau K. hat Diabetes.', 'name'],
    ['a first-person predicate', 'I have type 2 diabetes.', 'self'],
    ['a first-person copula', 'Ik ben zwanger.', 'self'],
    ['a possessive', 'My recent asthma attack scared me.', 'self'],
    ['a tight possessive with a kin word', 'Mi hijo tiene autismo.', 'self'],
    ['a third-person predicate', 'Sie leidet an Migräne.', 'other'],
    ['a role with its determiner', 'The patient has diabetes.', 'role'],
    ['a customer singled out', 'The customer is on dialysis and needs a later slot.', 'role'],
    [
      'DE, a customer singled out',
      'Die Kundin hat Diabetes und fragt nach zuckerfreien Produkten.',
      'role',
    ],
    ['a first-person cue right after the term', 'Diabetes, which I have had since 2010.', 'self'],
  ])('finds %s', (_case, text, cue) => {
    expect(cueForHealth(text)).toBe(cue);
  });

  it.each([
    // A relative reaches as far as a role: the whole clause is said of them.
    ['NL, a relative six words before', 'Mijn moeder heeft MS en zit in een rolstoel.', 'self'],
    [
      'ES, a relative across a comma',
      'Mi abuela ya no sale de casa porque tiene alzhéimer.',
      'self',
    ],
    // Prepositions that are everyday words in another language do not make a topic.
    ['DE "zur"', 'Ich habe morgen früh einen Termin zur Chemo.', 'self'],
    ['ES "su" (his)', 'Mi padre controla su diabetes con dieta.', 'self'],
    ['PT "o" (the)', 'A minha mãe começou o tratamento de quimioterapia.', 'self'],
    // Subject pronouns that stand for one person, and singular verbs without one.
    ['EN "she"', 'She mentioned at lunch that her asthma got worse.', 'other'],
    ['SV "hon"', 'Hon går på dialys tre gånger i veckan.', 'other'],
    ['FR "il fait"', 'Il fait une dépression depuis son licenciement.', 'other'],
    ['IT "è ricoverato"', 'È ricoverato da ieri per un infarto.', 'other'],
    ['PL "jest w ciąży"', 'Jest w ciąży i idzie na zwolnienie.', 'other'],
    ['NL "ik slik"', 'Ik slik al jaren antidepressiva.', 'self'],
    ['IT "sono in malattia"', 'Sono in malattia da due settimane.', 'self'],
    // In-laws, friends and Polish relatives without "my".
    [
      'DE, a mother-in-law',
      'Meine Schwiegermutter ist seit dem Frühjahr an Parkinson erkrankt.',
      'self',
    ],
    ['FR, a sister-in-law', 'Ma belle-sœur a un cancer du sein.', 'self'],
    ['ES, a best friend', 'Mi mejor amigo tiene diabetes.', 'self'],
    ['SV, an uncle', 'Min farbror har cancer.', 'self'],
    ['PL, a wife without "my"', 'Żona od lat choruje na cukrzycę.', 'role'],
  ])('finds %s', (_case, text, cue) => {
    expect(cueForHealth(text)).toBe(cue);
  });

  it.each([
    ['a topic', 'Diabetes is a chronic disease.'],
    ['a question about a topic', 'I have a question about diabetes prevention.'],
    ['an essay about a topic', 'My essay on depression in teenagers is due.'],
    ['a generic "his or her"', 'Each patient with diabetes should check his or her feet.'],
    ['the formal German "Ihre"', 'Schützen Sie Ihre Gesundheit: Diabetes-Vorsorge ab 35.'],
    ['a cue in another clause', 'I went home. Diabetes research is well funded.'],
    ['Italian "su" (about)', 'Convegno su diabete e obesità.'],
    ['a name in another paragraph', 'Anna Schmidt\n\nDiabetes is a chronic disease.'],
    ['"he or she"', 'If he or she has diabetes, the school must be told.'],
    ['a talk on a topic, in German', 'Ich habe morgen einen Vortrag über Krebs.'],
  ])('finds no cue for %s', (_case, text) => {
    expect(cueForHealth(text)).toBeUndefined();
  });

  // Mail clients and terminals wrap plain text by putting a line break where a space was.
  it.each([
    ['EN, a line wrapped inside the clause', 'Our tenant says she is on\nchemotherapy.', 'role'],
    ['EN, a Windows line break', 'Our tenant says she is on\r\nchemotherapy.', 'role'],
    ['DE, wrapped before the term', 'Bei mir wurde eine\nAngststörung festgestellt.', 'self'],
    ['NL, wrapped twice', 'Ik heb sinds vorig\njaar een\nburn-out.', 'self'],
  ])('finds a cue across a wrapped line: %s', (_case, text, cue) => {
    expect(cueForHealth(text)).toBe(cue);
  });

  it.each([
    ['a blank line between', 'I wrote the notes\n\nDiabetes is a chronic disease.'],
    ['a list item after the cue', 'My notes:\n  - diabetes prevention'],
    ['a sentence ended before the break', 'I went home.\nDiabetes research is well funded.'],
  ])('finds no cue across a hard line break: %s', (_case, text) => {
    expect(cueForHealth(text)).toBeUndefined();
  });

  // A third person after the term: a subject pronoun opening a clause of reason ("during Ramadan
  // cos he's fasting": the reason is given for the person the sentence is about), an object
  // pronoun right after it ("arrested him"). Not a pronoun after the term otherwise.
  it.each([
    ['EN, "cos he\'s"', "Late shifts during Ramadan are hard cos he's fasting.", 'religion'],
    ['EN, "because she"', 'No late shifts during Ramadan because she is fasting.', 'religion'],
    ['EN, "since she"', 'No night shifts during chemo since she gets tired.', 'health'],
    ['NL, "omdat hij"', 'Geen late diensten tijdens de ramadan omdat hij vast.', 'religion'],
    ['SV, "eftersom hon"', 'Inga kvällspass under ramadan eftersom hon fastar.', 'religion'],
    ['EN, "him" after', 'The police arrested him on Friday.', 'criminal'],
    ['FI, "hänet" before', 'Hänet leikattiin eilen.', 'health'],
  ])('finds a third person after the term or in an object pronoun: %s', (_case, text, kind) => {
    const [term] = lexiconHits(text).of(kind as LexiconKind);
    if (term === undefined) throw new Error('no term in the example');
    expect(personCueFor(text, term)).toBe('other');
  });

  it.each([
    ['a topic', 'Ramadan starts on Monday, the canteen hours change.', 'religion'],
    [
      'a reason with no person',
      'The canteen closes early during Ramadan because it is short-staffed.',
      'religion',
    ],
    ['a pronoun that reports', 'Diabetes is on the rise, she said.', 'health'],
    ['a pronoun after "and"', 'We discussed diabetes and she presented the slides.', 'health'],
    ['"him" with a topic word', 'We asked him about the diabetes study.', 'health'],
  ])('finds no third person for %s', (_case, text, kind) => {
    const [term] = lexiconHits(text).of(kind as LexiconKind);
    if (term === undefined) throw new Error('no term in the example');
    expect(personCueFor(text, term)).toBeUndefined();
  });

  it('knows a term that is part of a name', () => {
    const text = 'Christian Weber leads the project.';
    const [term] = lexiconHits(text).of('religion');

    expect(term).toBeDefined();
    expect(isInName(text, term as { start: number; end: number })).toBe(true);
  });
});

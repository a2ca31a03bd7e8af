import { foldText } from './fold.js';

// A share of a group as the subject of a third-person cue: "un lavoratore su tre è iscritto a un
// sindacato", "one in three workers has", "jeder dritte Beschäftigte ist", "uno de cada tres
// trabajadores está", "co trzeci pracownik jest", "il 30% dei lavoratori è". A statistic, not an
// individual. Matched on folded text (no diacritics, lower case).
const NUMBER =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|zwei|drei|vier|funf|zehn' +
  '|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|diez|due|tre|quattro|cinque|dieci|cento' +
  '|twee|drie|vijf|tien|honderd|dwoch|trzech|czterech|pieciu|dziesieciu|stu|dois|duas|quatro' +
  '|dez|cem|tva|fyra|fem|tio|hundra|to|fire|ti)';
// A percentage counts as a share of something: "il 30% dei lavoratori", not "lavora al 50%".
const OF = '(?:of|dei|degli|delle|della|di|der|des|de|del|van|av|af|z|ze|do|da|das|dos|du)';
const SHARES = [
  // EN, IT, FR, ES, PT, NL: "one in three", "uno su tre", "un salarié sur dix", "uno de cada tres"
  `(?:one|1) (?:in|out of) ${NUMBER}`,
  `(?:un|uno|una|1)(?: [\\p{L}'-]+){0,2} su ${NUMBER}`,
  `(?:un|une|1)(?: [\\p{L}'-]+){0,2} sur ${NUMBER}`,
  `(?:de|em) cada ${NUMBER}`,
  `(?:een|1) op (?:de )?${NUMBER}`,
  // "every third", "jeder dritte", "co trzeci", "var tredje", "hver tredje"
  '(?:every|each) (?:second|third|fourth|fifth|tenth)',
  'jede[rsnm]? (?:zweite|dritte|vierte|funfte|zehnte)',
  'co (?:drug|trzec|czwart|piat|dziesiat)\\p{L}*',
  'var (?:annan|tredje|fjarde|femte|tionde)',
  'hver (?:anden|annen|tredje|fjerde|femte|tiende)',
  // Half, most, the majority
  '(?:half|most|many|a third|a quarter|two thirds|(?:a|the) (?:majority|minority)) of',
  '(?:la meta|la maggioranza|la maggior parte|la moitie|la majorite|la plupart|la mitad)',
  '(?:la mayoria|la mayor parte|metade|maioria|de helft|de meerderheid|die halfte)',
  '(?:die mehrheit|die meisten|halften|majoriteten|flertalet|polowa|wiekszosc|halvdelen)',
  '(?:halvparten|flertallet)',
  // Percentages
  `\\d+(?:[.,]\\d+)? ?% ${OF}`,
  `(?:percent|per cent|prozent|pour cent|por ciento|per cento|por cento|procent|procentu) ${OF}`,
];
// The share opens the clause (after at most two words: "circa", "Il", "En España"), and at most
// four words (the group: "workers", "dei lavoratori italiani") stand between it and the cue.
const COUNTED_SUBJECT = new RegExp(
  `^[ \\t]*(?:[^ \\t]+[ \\t]+){0,2}(?:${SHARES.join('|')})(?![\\p{L}\\p{N}])(?:[ \\t]+[^ \\t]+){0,4}[ \\t]*$`,
  'u',
);
const REACH = 80;
// A clause ends at a sentence, clause or list break ('52,5%' is none: one before a space is), and
// a coordinating conjunction ("è al 52,5% e circa un lavoratore su tre", "works 50% and is").
const CLAUSE_BREAK =
  /[.!?;:,](?=\s)|[\n()]|(?<![\p{L}\p{N}])(?:and|or|but|e|ed|ma|und|oder|aber|et|ou|mais|y|pero|en|maar|och|men|eller|i|oraz|ale|og|ja)(?![\p{L}\p{N}])/gu;

/** Whether the cue at `cueStart` has a share of a group as its subject, in its own clause. */
export const isCountedSubject = (text: string, cueStart: number): boolean => {
  const before = foldText(text.slice(Math.max(0, cueStart - REACH), cueStart));
  let from = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) from = match.index + match[0].length;
  const clause = before.slice(from);
  return clause.trim() !== '' && COUNTED_SUBJECT.test(clause);
};

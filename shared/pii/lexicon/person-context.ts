import { EDGE_ALNUM } from '../letters.js';
import { onlySoftBreaks, type Span } from '../spans.js';
import { RELATIVE_CLAUSE, RELATIVE_REACH } from './clauses.js';
import { COMMON_WORDS } from './common-words.js';
import { foldText } from './fold.js';
import { type LexiconHit, type LexiconHits, type LexiconKind, lexiconHits } from './index.js';
import { inExample, isPlaceholderDigits } from './made-up.js';
import { isAmbiguousName, isFirstName } from './names.js';
import { byEnd, spansWithin } from './near.js';
import { findPersonNames } from './person-names.js';
import { isCountedSubject } from './statistic-subject.js';
import { lineAt, withoutElidedArticle } from './tokens.js';

/** Who a sensitive term is said of: a named person, the writer, a third person, or a role. */
export type PersonCue = 'name' | 'self' | 'other' | 'role';

type PronounKind =
  | 'self'
  | 'other'
  | 'selfCopula'
  | 'otherCopula'
  | 'possessive'
  | 'tight'
  | 'kin'
  | 'role'
  | 'selfLead'
  | 'otherLead'
  | 'selfSono'
  | 'otherObject';

// How many words, and characters, may stand between a cue and the term it applies to.
const REACH: Readonly<Record<PronounKind, { words: number; chars: number }>> = {
  self: { words: 5, chars: 40 },
  other: { words: 5, chars: 40 },
  selfCopula: { words: 4, chars: 34 },
  otherCopula: { words: 4, chars: 34 },
  possessive: { words: 3, chars: 28 },
  tight: { words: 0, chars: 1 },
  // "Mi abuela va a misa todos los domingos, es muy católica": a relative is the subject of the
  // whole clause, as a role is, however long ("moja kći je dobila otkaz dva dana nakon što je šefu
  // rekla da je trudna": the eightieth red-team set); past LINE_WORDS on one line only.
  kin: { words: 12, chars: 100 },
  role: { words: 12, chars: 100 },
  // Pro-drop verbs ("Padece esclerosis múltiple"): the verb opens the clause (leadsClause), and a
  // third person's term follows closely, as the subject might be a thing ("Fue descubierta en 1921
  // la insulina").
  selfLead: { words: 5, chars: 40 },
  otherLead: { words: 2, chars: 25 },
  selfSono: { words: 1, chars: 12 },
  otherObject: { words: 5, chars: 40 },
};
const PRONOUN_KINDS = Object.keys(REACH).filter((kind) => kind !== 'kin') as PronounKind[];
// A first-person cue may also follow the term: "diabetes, which I have", "religion is my ...".
const AFTER_KINDS: readonly PronounKind[] = ['self', 'possessive'];
const AFTER_REACH = { words: 3, chars: 25 };
// A gap of more words than this stays on one line and holds no blank to fill (not a blank form's
// "Patient: [label]   Weight __ kg … Allergies: ____").
const LINE_WORDS = 8;
const FORM_GAP = /\n|__|…|\.\.\./;
const CUE_OF: Readonly<Record<PronounKind, PersonCue>> = {
  self: 'self',
  other: 'other',
  selfCopula: 'self',
  otherCopula: 'other',
  possessive: 'self',
  tight: 'self',
  kin: 'self',
  role: 'role',
  selfLead: 'self',
  otherLead: 'other',
  selfSono: 'self',
  otherObject: 'other',
};
// An object pronoun right after the term: "the police arrested him", "polisen grep honom".
const OBJECT_GAP = /^[ \t]{1,2}$/;
// A subject pronoun after the term opening a clause of reason: "can't do the late shifts during
// Ramadan cos he's fasting", "no night shifts during chemo since she". The reason is given for
// the person the first clause is about. Folded, at the end of the gap between term and pronoun.
const REASON_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:because|cos|coz|cuz|'cause|since|omdat|want|eftersom|fordi|koska|porque|perche|poiche|siccome|pois|bo|poniewaz|car|parce qu'|puisqu')[ \t]*$/u;
const AFTER_REASON_KINDS: readonly PronounKind[] = ['other', 'otherCopula'];
// Cues of a third person, which a statistic may have as its subject ("un lavoratore su tre è
// iscritto"): see statistic-subject.ts.
const COUNTABLE_KINDS: readonly PronounKind[] = ['other', 'otherCopula', 'otherLead', 'role'];
const NAME_WINDOW = 150;
// A sentence or clause ends at these, and at a line break other than a soft one (where a mail
// client or terminal wrapped a line: "she is on\nchemotherapy" is one clause).
const CLAUSE_BREAK = /[.!?;]/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const WORDS = /\S+/g;
const FORMAL_YOU = /^I(?:hr|hre|hren|hrem|hrer)$/;
const SENTENCE_END = /[.!?:\n]\s*$|^\s*$/;

// Words that make the term a topic rather than a fact about the person: "I have a question about
// diabetes", "mein Artikel über Religion". Not the prepositions that are everyday words in another
// language or sense: German 'zu' ("zu einer Haftstrafe verurteilt", "zur Dialyse"), 'o' (the
// Portuguese article, Spanish "or"), 'su' (Spanish "his"); the nouns beside them stay.
const TOPIC_WORDS = new Set(
  ['about', 'regarding', 'concerning', 're', 'article', 'essay', 'report', 'paper', 'question']
    .concat(['questions', 'book', 'course', 'über', 'bezüglich', 'betreffend'])
    .concat(['thema', 'artikel', 'aufsatz', 'frage', 'fragen', 'bericht', 'buch', 'kurs', 'sur'])
    .concat(['concernant', 'propos', 'question', 'rapport', 'livre', 'cours', 'sobre', 'acerca'])
    .concat(['artículo', 'pregunta', 'informe', 'libro', 'curso', 'sul', 'sulla', 'sui'])
    .concat(['riguardo', 'circa', 'articolo', 'domanda', 'corso', 'over', 'betreffende', 'vraag'])
    .concat(['boek', 'cursus', 'temat', 'artykuł', 'pytanie', 'książka', 'kurs', 'artigo'])
    .concat(['pergunta', 'relatório', 'om', 'angående', 'fråga', 'uppsats', 'rapport', 'bok'])
    // FI, HR, RU, UK an article, a book (a review of the twenty-seventh session: "Jouduin
    // lukemaan artikkelin masennuksen yleisyydestä")
    .concat(['artikkeli', 'artikkelin', 'kirja', 'kirjan', 'članak', 'članke', 'knjigu'])
    .concat(['knjiga', 'статья', 'статью', 'статьи', 'стаття', 'статтю', 'книга', 'книгу'])
    .concat(['film', 'filmu', 'documentary', 'dokumentarac', 'dokumentarni'])
    .map(foldText),
);

// Initials: a capital letter alone before its dot ("Pacienta M.D., 34 ani", "hakijalla (Timo K.)
// on"), which ends no sentence.
const INITIAL = new RegExp(String.raw`(?<![${EDGE_ALNUM}])\p{Lu}\.`, 'gu');

/** Whether a gap holds the end of a sentence or clause, other than the dot of an initial. */
const breaksClause = (gap: string): boolean =>
  CLAUSE_BREAK.test(gap) && (!gap.includes('.') || CLAUSE_BREAK.test(gap.replace(INITIAL, '')));

const COMMA = 44;

const gapFits = (
  text: string,
  from: number,
  to: number,
  reach: { words: number; chars: number },
  topical = true,
): boolean => {
  if (to <= from) return true;
  if (to - from <= reach.chars) {
    const gap = text.slice(from, to);
    if (breaksClause(gap) || !onlySoftBreaks(text, from, to)) return false;
    const words = gap.match(WORDS) ?? [];
    if (words.length <= reach.words && (words.length <= LINE_WORDS || !FORM_GAP.test(gap))) {
      return !topical || !words.some((word) => TOPIC_WORDS.has(foldText(word)));
    }
  }
  if (to - from > reach.chars + RELATIVE_REACH || text.charCodeAt(from) !== COMMA) return false;
  const clause = RELATIVE_CLAUSE.exec(text.slice(from, to));
  return clause !== null && gapFits(text, from + clause[0].length, to, reach, topical);
};

// "That" opening a reported or a subordinate clause, in the languages both of its readers below
// share (REPORTED_CLAUSE, SUBJECT_OPENING); each adds its own.
const THAT_WORDS = "that|dass|daß|que|qu'|qu’|che|dat|att|że|že|kad|ότι|что|що|hogy|че";

// A term given as a reason, a few words after a word of reason, is said of the subject of its
// clause however far back a role or a relative opens it ("Our secretary has asked for a break
// from the first-aid course until spring because of treatment for breast cancer", "Mae ein
// hysgrifennydd wedi gofyn am seibiant o'r cwrs cymorth cyntaf tan y gwanwyn oherwydd triniaeth
// am ganser y fron": a hundred-and-thirty-fourth set). The words before the reason are not the
// term's topic ('course' is what she takes a break from); those after it are read as ever ("because
// of a question about cancer"). Prepositions only, no postposition, none that is also an everyday
// word ('por', 'door', 'przez', 'ob').
const REASON_WORDS = [
  ...['because of', 'due to', 'owing to', 'on account of', 'wegen', 'aufgrund', 'auf grund'],
  ...['à cause de', "à cause d'", 'en raison de', "en raison d'", 'pour cause de', 'a causa di'],
  ...["a causa dell'", 'a causa del', 'a causa della', 'per via di', 'per via del', 'a causa de'],
  ...['debido a', 'por causa de', 'por culpa de', 'per culpa de', 'por mor de', 'vanwege'],
  ...['wegens', 'z powodu', 'på grund av', 'på grund af', 'på grunn av', 'grunnet'],
  ...['oherwydd', 'mar gheall ar', 'de bharr', 'minħabba', 'kvůli', 'kvôli', 'zaradi', 'zbog'],
  ...['због', 'из-за', 'через', 'din cauza', 'din pricina', 'λόγω', 'εξαιτίας', 'заради'],
  ...['poradi', 'vegna'],
].join('|');
const REASON_BEFORE_TERM = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${REASON_WORDS})[ \\t]+(?:[^\\s.!?;:]+[ \\t]+){0,3}$`,
  'iu',
);
// … but not across a reported clause, whose subject is another's ("Our nurse explained at the
// first-aid course that many people faint because of low blood pressure": the set's review)
const REPORTED_CLAUSE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${THAT_WORDS}|ch'|että|kako|gur|fod|kui|jog|da je|da su|da ima|da se|да је|да су)(?![\\p{L}\\p{N}])`,
  'iu',
);
const REASON_LOOKBACK = 70;
const REASON_KINDS: readonly PronounKind[] = ['role', 'kin'];
const REASON_REACH = { words: 24, chars: 200 };

/** Where the word of reason a term follows starts, or -1. */
const reasonStart = (text: string, term: Span): number => {
  const from = Math.max(0, term.start - REASON_LOOKBACK);
  const match = REASON_BEFORE_TERM.exec(text.slice(from, term.start));
  return match === null ? -1 : from + match.index + match[0].indexOf(match[1] as string);
};

/** "Ihre Diagnose" mid-sentence is the formal "your": a message to a reader, not about one. */
const isFormalYou = (text: string, hit: LexiconHit): boolean =>
  FORMAL_YOU.test(text.slice(hit.start, hit.end)) &&
  !SENTENCE_END.test(text.slice(Math.max(0, hit.start - 3), hit.start));

// Words that may stand before a pro-drop verb in its clause: conjunctions, adverbs of time and
// the like ("Y desde hace años padece", "Od lat choruje", "Da due anni soffre", "Hab seit Jahren"
// in informal German), not a subject
// ("La mitad de la población padece", "Chi soffre", "Wiele osób choruje"), nor 'se'/'si'
// ("Se toma con agua") or 'si' as "if" ("Si padece diabetes, consulte a su médico").
const LEAD_WORDS = new Set(
  ['y', 'e', 'pero', 'tambien', 'ya', 'ahora', 'hoy', 'aun', 'todavia', 'ademas', 'desde', 'hace']
    .concat(['anos', 'meses', 'semanas', 'dias', 'entonces', 'luego', 'despues', 'actualmente'])
    .concat(['siempre', 'no', 'incluso', 'que', 'dos', 'tres', 'cuatro', 'cinco', 'varios', 'ayer'])
    .concat(['desafortunadamente', 'lamentablemente', 'me', 'ma', 'anche', 'gia', 'ora', 'oggi'])
    .concat(['ancora', 'inoltre', 'da', 'dal', 'dalla', 'anni', 'mesi', 'settimane', 'giorni'])
    .concat(['poi', 'sempre', 'purtroppo', 'ormai', 'adesso', 'attualmente', 'ieri', 'che', 'non'])
    .concat(['due', 'tre', 'quattro', 'cinque', 'dieci', 'mi', 'mas', 'tambem', 'ja', 'agora'])
    .concat(['hoje', 'ainda', 'ha', 'anos', 'depois', 'infelizmente', 'nao', 'dois', 'duas'])
    .concat(['tres', 'ontem', 'i', 'a', 'ale', 'tez', 'takze', 'juz', 'teraz', 'dzis', 'dzisiaj'])
    .concat(['obecnie', 'nadal', 'wciaz', 'od', 'lat', 'roku', 'miesiecy', 'tygodni', 'dni'])
    .concat(['niestety', 'ostatnio', 'wczoraj', 'ze', 'nie', 'dwoch', 'trzech', 'kilku', 'lata'])
    .concat(['jeszcze', 'zawsze', 'και', 'ηδη', 'τωρα', 'επισησ', 'si', 'dar', 'acum', 'deja'])
    .concat(['inca', 'ali', 'vec', 'sada', 'godina', 'let', 'tudi', 'se', 'uz', 'ted', 'nyni'])
    .concat(['take', 'taky', 'tiez', 'jeste', 'rokov', 'vcera', 'vcer', 'dnes', 'nedavno'])
    .concat(['und', 'seit', 'jahren', 'auch', 'schon', 'jetzt', 'heute', 'leider', 'gestern'])
    .concat(['noch', 'inzwischen', 'mittlerweile', 'zwei', 'drei', 'monaten', 'wochen'])
    // Told by someone: "me ha dicho que tiene VIH" (a sixty-ninth set), "mi ha detto che ha"
    .concat(['dicho', 'dijo', 'contado', 'conto', 'detto', 'disse', 'raccontato'])
    // … and in the seventy-first to seventy-fourth sets ("mi je rekel da ima raka"; CLAUSE_OPENERS
    // below); a clause of reason ("porque tiene"); "al final es diabética"
    .concat(['je', 'rekel', 'rekla', 'rekao', 'kaze', 'pravi', 'porque', 'perche', 'al', 'final'])
    .concat(['ми', 'је'])
    // A relative with no possessive as the subject, as chats write it in CS, SK, SL, HR, SR ("hči
    // ima anoreksijo", "mama ima dijabetes", "dcera má cukrovku": a seventy-fifth set); not 'žena',
    // also "a woman" ("žena ima pravo na …")
    .concat(['mama', 'mamka', 'maminka', 'tata', 'tato', 'tati', 'otac', 'majka', 'sin', 'syn'])
    .concat(['hci', 'hcerka', 'kci', 'kcerka', 'cerka', 'dcera', 'dcerka', 'brat', 'bratr'])
    .concat(['sestra', 'muz', 'manzel', 'manzelka', 'suprug', 'supruga', 'deda', 'dedo', 'baka'])
    .concat(['babicka', 'svekar', 'svekrva', 'tast', 'tasta', 'tchan', 'tchyne', 'fant', 'punca']),
);
// 'se' and 'si' are "and", "already", "also" in some languages but impersonal or "if" in ES, IT,
// PT: right before the verb they are no lead ("Se toma con agua", "Si padece diabetes").
const NOT_RIGHT_BEFORE = new Set(['se', 'si']);
// Words after which a pro-drop verb opens a clause of its own (leadsClause): 'that' and 'because'
// in HR, SR, BS, SL, and chat's 'q' for 'que' ("q al final es diabética"); not 'que', which opens
// impersonal clauses too ("Se estima que padece diabetes el 10 %").
const CLAUSE_OPENERS = new Set(['da', 'jer', 'ker', 'да', 'јер', 'q']);
const LEAD_BREAK = /[.!?;:\n,¿¡(«"“]/;
const LEAD_YEAR = /^(?:19|20)\d\d$/;
const LEAD_REACH = 60;
const LEAD_WORD_COUNT = 5;
// A verb followed by 'się', 'se', 'si' is impersonal ("Stosuje się insulinę": "insulin is used"),
// by 'to' a demonstrative ("Był to pierwszy lek": "it was the first drug").
// The Croatian, Serbian and Bosnian 'ima' is also "there is" before a quantity ("da ima više
// slučajeva tuberkuloze": a review).
const IMPERSONAL_AFTER =
  /^[ \t]+(?:się|sie|se|si|to|više|mnogo|puno|manje|nekoliko|dosta|oko|sve više)(?![\p{L}\p{N}])/iu;
// A first-person verb that is also a noun is the noun before 'de', 'di', 'do' ("Uso de insulina",
// "Voto di fiducia"): the verb takes its object directly ("Uso silla de ruedas").
const NOUN_AFTER = /^[ \t]+(?:de|del|dei|della|delle|degli|di|da|do|dos|das|du)(?![\p{L}\p{N}])/iu;

/** Whether a pro-drop verb opens its clause: only a few lead words stand between. */
const leadsClause = (text: string, cue: Cue): boolean => {
  const after = text.slice(cue.end, cue.end + 8);
  if (IMPERSONAL_AFTER.test(after) || (cue.kind === 'selfLead' && NOUN_AFTER.test(after))) {
    return false;
  }
  const from = Math.max(0, cue.start - LEAD_REACH);
  const before = text.slice(from, cue.start);
  let clause = before;
  // Whether the clause's start is in sight: a break, or the text's start
  let bounded = from === 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (LEAD_BREAK.test(before.charAt(i))) {
      clause = before.slice(i + 1);
      bounded = true;
      break;
    }
  }
  const all = clause.match(WORDS) ?? [];
  // A clause after 'that' or 'because' in HR, SR, BS, SL ("lekar kaže da ima anemiju", "na
  // bolovanju je jer ima rak"): its subject is left out, whoever said it
  const opener = all.findLastIndex((word) => CLAUSE_OPENERS.has(foldText(word)));
  if (opener < 0 && !bounded) return false;
  const words = opener < 0 ? all : all.slice(opener + 1);
  if (words.length > LEAD_WORD_COUNT) return false;
  const last = words.at(-1);
  if (last !== undefined && NOT_RIGHT_BEFORE.has(foldText(last))) return false;
  return words.every((word) => LEAD_WORDS.has(foldText(word)) || LEAD_YEAR.test(word));
};

// Italian 'sono' ("I am", "they are") before a singular word: 'diabetico', 'depressa', 'incinta'.
const SINGULAR_END = /[oa]$/;

/** Whether an Italian 'sono' is "I am": the term after it is singular, with no article between. */
const isSingularSono = (text: string, cue: Span, term: Span): boolean =>
  SINGULAR_END.test(text.slice(term.start, term.end).toLowerCase()) &&
  !/\b(?:il|la|lo|l'|un|una|i|gli|le)\s/i.test(text.slice(cue.end, term.start));

interface Cue extends Span {
  readonly kind: PronounKind;
}

/** What one text offers as person cues, sorted by end, computed once per text. */
interface Context {
  readonly names: readonly Span[];
  readonly cues: readonly Cue[];
}

const KIN_GAP = /^[ \t]{1,2}$/;
const MI_JE = /^[ \t](?:mi[ \t]je|ми[ \t]је)(?![\p{L}])/u;

/**
 * "mi primo", "mon fils", "min granne": a possessive and a kin word make a first-person cue; so
 * does a possessive after the kin word, as Greek puts it ("η θεια μου": a seventieth red-team
 * set). Not a 'tight' word after it: the Italian and Croatian 'mi' there is "to me" ("La zia mi
 * ha detto che lo screening…", "Sestra mi je poslala članak": a review).
 */
const kinCues = (text: string, hits: LexiconHits): Cue[] => {
  const kin = hits.of('kin');
  return [
    ...[...hits.of('tight'), ...hits.of('possessive')].flatMap((tight) =>
      spansWithin(kin, tight.end, tight.end + 3)
        .filter((word) => word.start > tight.end && KIN_GAP.test(text.slice(tight.end, word.start)))
        .map((word): Cue => ({ kind: 'kin', start: tight.start, end: word.end })),
    ),
    ...hits.of('possessive').flatMap((mine) =>
      spansWithin(kin, mine.start - 3, mine.start)
        .filter((word) => word.end < mine.start && KIN_GAP.test(text.slice(word.end, mine.start)))
        .map((word): Cue => ({ kind: 'kin', start: word.start, end: mine.end })),
    ),
    // Croatian, Serbian and Bosnian "my … is" ("Mama mi je dijabetičarka", "Brat mi je u
    // zatvoru": a seventieth set and a review), a possessive's short reach after it ("Brat mi je
    // kupio knjigu o povijesti zatvora" tells nothing of him); not 'mi je' alone ("Drago mi je
    // da je rak izlječiv": "I am glad that").
    ...kin.flatMap((word): Cue[] => {
      const match = MI_JE.exec(text.slice(word.end, word.end + 8));
      return match === null
        ? []
        : [{ kind: 'possessive', start: word.start, end: word.end + match[0].length }];
    }),
  ];
};

// A role noun with a staff, patient or case number after it is one person, the number a
// pseudonym: "Medewerker 10482 (magazijn) is epileptisch", "patient #12 has", "employee no. 4471".
// Three digits at least, or one after a number sign or a word for number ('č.', 'αρ.', 'br.',
// 'št.', 'número', '№'), with a part after a slash or a hyphen ("Patient 310/2022"), or a hash
// or UUID ("Patient 3f9a2c1b"); not a year ("employee 2024 survey"), nor a
// ranking ("Medewerker 3 van de maand", "employee #1 of the month").
// Also a staff code of capitals and digits ("Mitarbeiterin P-10293", "employee EMP-4471"), and a
// patient's bed ("Patient in bed 12", "Patientin im Bett 4", "le patient du lit 7", "paciente de la
// cama 3", "il paziente del letto 5", "pacjent z łóżka 8", "patiënt in bed 2", "patienten i säng 6").
// "Medewerker 10482", "employee no. 12", "driver ID 0318", "Mitarbeiter-ID: 0318".
// After a word for 'with' a word for number in the case it takes ("Al trabajador con n.º 8158",
// "De medewerker met personeelsnummer 137", "Pracownikowi o numerze 253973", "Zaposleniku s brojem
// 00620", "Στον ασθενή με αρ. 922", "Töötaja numbriga 3648"); not the English 'with no' ("the
// employee with no 2 …").
const WITH_NUMBER = String.raw`(?:(?:con|met|med|with|mit|avec|com(?:[ \t]o)?|s|с|cu|με|ar|o|z)[ \t]+)?(?:n\.?[°º]|n\.º|nr\.?|nro\.?|nru\.?|no\.|nummer|number|numero|número|numéro|numerze|numerem|číslem|číslom|brojem|številko|номер|αρ\.|numbriga|marca|personeelsnummer|personalnummer)`;
const NUMBERED = new RegExp(
  String.raw`^[ \t]?(?:(?:#|№|-?n[or]\.?:?|n[°º]|n\.º?|nummer|number|num\.?|numero|número|numéro|numer|číslo|č\.|αρ\.|br\.|ref\.|uimh\.|št\.|nro\.?|nru\.?|-?id\.?:?|${WITH_NUMBER})[ \t]?\d{1,8}(?:[/-]\d{2,4})?|\d{3,8}(?:[/-]\d{2,4})?|[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}|(?=[a-f]*\d)(?=\d*[a-f])[\da-f]{8,40})(?![${EDGE_ALNUM}]|[.,/-][${EDGE_ALNUM}])`,
  'iu',
);
// In lower case (speech to text, a text so typed) with its hyphen only: "mitarbeiterin p-10293".
// With a check letter or in groups too: "Uczeń C359R", "Élève GE-80-570".
const STAFF_CODE = new RegExp(
  String.raw`^:?[ \t]#?(?:\p{Lu}{1,3}-?|\p{Ll}{1,3}-)(?:\d{3,8}|\d{2,4}(?:-\d{2,6}){1,2})\p{Lu}?(?![${EDGE_ALNUM}]|[.,/-][${EDGE_ALNUM}])`,
  'u',
);
const BED = new RegExp(
  String.raw`^[ \t](?:(?:in|im|au|du|de|dans le|en|en la|de la|nel|del|z|w|na|no|do|i)[ \t]+)?(?:bed|bett|lit|cama|letto|łóżka|łóżku|łóżko|leito|säng|sängen|seng|sengen)[ \t]?(?:#|n[or]\.?[ \t]?)?\d{1,3}(?![${EDGE_ALNUM}]|[.,]\d)`,
  'iu',
);
// A year, unless a part of three or four digits that is no year follows it: a case's or a file's
// number ("Donor 2023/0498", "Cliente 2020-848"; not "employee 2024/25 survey", "2024-2025").
const YEAR = /^[ \t]?(?:19|20)\d\d(?!\d|[/-](?!(?:19|20)\d\d(?!\d))\d{3,4}(?!\d))/;
// Role nouns that are also things' names ("printer driver 4711", "conductor 240"): a person's
// number only after a marker ("driver ID 0318", "driver no. 12").
const MARKED_ONLY = new Set(['driver', 'conductor']);
const BARE_NUMBER = /^[ \t]?\d/;
// A child process in a log ("child 4471 exited"), not a child in care ("Child 90393, 14 sick days").
const PROCESS_AFTER =
  /^[ \t]+(?:exit|exited|exits|exiting|died|terminated|killed|reaped|spawned|forked|signal|started|said)/i;
const PROCESS_NOUNS = new Set(['child']);
const MORE_GROUPS = /^[ \t]\d/;
const RANKING = /^[ \t]+(?:of the|van de|des|du|del|della|der|do|da)[ \t]+/i;
// A ranking with the month first ("Månadens medarbetare nr 1", "Mēneša darbinieks nr. 1"), a
// figure per head ("cost per patient 4471 EUR", "Kosten pro Patient", "coût par patient"), a
// product named for a view of every customer ("Patient 360", "Employee 360 feedback"), a test's
// made-up account ("Loadtest User 0042", "demo user 4471"), software's members and candidates
// ("etcd member 8e9e05c5…", "Release candidate 4471"): no one.
const BEFORE_NOUN =
  /(?:^|[^\p{L}])(?:månadens|månedens|mēneša|mėnesio|kuu|kuukauden|per|pro|je|par|por|ανά|на|test|loadtest|demo|dummy|synthetic|fake|sample|mock|release|etcd|cluster|raft|replica|monitoring|seed|virtual)[ \t:_-]+$/iu;
const CURRENCY_AFTER =
  /^(?:[ \t]?(?:eur|euro|euros|€|usd|\$|£|gbp|chf|zł|pln|kč|czk|ft|huf|kr|sek|dkk|nok|lei|ron|лв|bgn|lekë|lek|din|дин|грн|₴|₺|tl|isk|points|punkte|pts)(?![\p{L}])|,-)/iu;
const PRODUCT_NUMBER = /^[ \t]?36[05](?!\d)/;
const BEFORE_REACH = 12;
// A UUID after a marker fits ('Patient ID 3fa85f64-5717-4562-b3fc-2c963f66afa6').
const NUMBER_REACH = 52;

// A role noun keying a JSON object whose id is a number or a code: '{"client": {"id": "3381", …}}',
// '"employee":{"id":"JF-11-222"}' (three digits at least: not an API example's '"id": 1').
const NESTED_ID =
  /^["'][ \t]*:[ \t]*\{[ \t\r\n]*["'](?:id|no|nr|number|code|ref|uid|mrn)["'][ \t]*:[ \t]*["']?(?=(?:[\w-]*\d){3})[\w-]{3,40}["',}\s]/iu;
const NESTED_REACH = 72;

/** "Medewerker 10482", "Employee E-04471": a role noun and its number, one person's pseudonym. */
export const numberedRoles = (text: string): Span[] => {
  const hits = lexiconHits(text);
  const numberedOnly = hits.of('numberedRole');
  const standalone = numberedRoleCues(text, hits).filter(
    (cue) => !(numberedOnly.some((noun) => noun.start === cue.start) && isCount(text, cue)),
  );
  return [...standalone, ...nestedRoleCues(text, hits), ...caseMinors(text, hits)];
};

// A count in a report, a dashboard or a price list rather than one person's number: a numberedRole
// noun after a word of counting or reporting ("Anzahl Teilnehmer 120", "Aktive Nutzer 15000",
// "Lizenzen: Benutzer 250"), or its number before a percentage or another count ("Spender 230,
// davon Erstspender 41", "Bewohner 850, Fläche 12 km²"). It stays a cue for a special category
// or a crime near it ("Inmate 4471, 54 y, HIV positive"), as a role is, but is no finding alone.
const COUNT_BEFORE =
  /(?:^|[^\p{L}])(?:antagning|\p{L}*statisti\p{L}*|anzahl|antal|aantal|number of|nombre de|número de|numero di|liczba|počet|lukumäärä|total|gesamt|insgesamt|aktive|aktiva|aktivní|active|actifs|activos|attivi|registered|enrolled|new|neue|neu|kpis?|profile?|report\p{L}*|summary|belegung|bilan|resumen|evaluatie|tilasto|lizenzen|licen[cs]es|jahresbeitrag|pricing|prices|preise?)[ \t:]/iu;
const COUNT_AFTER =
  /^(?:[ \t]*%|[ \t]*[,;][ \t]*(?:(?:davon|hiervon|varav|heraf|hvorav|dont|of which|whereof|di cui|de los cuales|waarvan|z czego|z toho|ebből|joista|din care|от които|od toga|od tega|iš jų|no tiem|neist)[ \t]+)?\p{L}+[ \t]+\d)/iu;
// A row of a table of words and counts ("Quote⇥64 %", "Angemeldet⇥310", "Dauer⇥38 min"), as the
// lines around a noun and its count alone on a line are.
const COUNT_ROW = /^[ \t]*\p{L}[^:\n]*?[ \t]\d[\d .,]*(?:[ \t]?(?:%|€|[\p{L}²]{1,4}\.?))?[ \t]*$/u;
const COUNT_REACH = 40;

const lineOf = (text: string, at: number): string => {
  const line = lineAt(text, at);
  return text.slice(line.start, line.end);
};

const isCount = (text: string, cue: Cue): boolean => {
  const { start: lineStart, end: lineEnd } = lineAt(text, cue.start);
  // A row of a table of two columns, the noun and its count ("Teilnehmer⇥245"), alone on its line
  // between rows of the same shape
  if (
    text.slice(lineStart, cue.start).trim() === '' &&
    text.slice(cue.end, lineEnd).trim() === ''
  ) {
    const previous = lineStart > 0 ? lineOf(text, Math.max(0, lineStart - 2)) : '';
    const next = lineEnd < text.length ? lineOf(text, lineEnd + 1) : '';
    if (COUNT_ROW.test(previous) || COUNT_ROW.test(next)) return true;
  }
  const before = text.slice(Math.max(lineStart, cue.start - COUNT_REACH), cue.start);
  return COUNT_BEFORE.test(before) || COUNT_AFTER.test(text.slice(cue.end, cue.end + COUNT_REACH));
};

/** '{"client": {"id": "3381"': a role noun keying an object with an id, as a role cue over both. */
const nestedRoleCues = (text: string, hits: LexiconHits): Cue[] =>
  [...hits.of('roleNoun'), ...hits.of('numberedRole')].flatMap((noun): Cue[] => {
    if (text.charCodeAt(noun.end) !== 34 && text.charCodeAt(noun.end) !== 39) return [];
    const match = NESTED_ID.exec(text.slice(noun.end, noun.end + NESTED_REACH));
    if (match === null) return [];
    return [{ kind: 'role', start: noun.start, end: noun.end + match[0].length - 1 }];
  });

// A role noun and a capital letter for the person, as case notes and reports pseudonymise ("Tenant
// Z has a previous conviction", "Paziente A ha detto di essere gay", "Proband A, 84-jährig"): a
// cue for a special category or a crime near it, no finding on its own ("Tenant A exceeded its
// quota", a teaching case's "Patient A").
const LETTERED = /^[ \t]\p{Lu}(?=[ \t]*[,:;)]|[ \t]+[\p{Ll}\d])/u;

const letteredRoleCues = (text: string, hits: LexiconHits): Cue[] =>
  [...hits.of('roleNoun'), ...hits.of('numberedRole')].flatMap((noun): Cue[] => {
    const match = LETTERED.exec(text.slice(noun.end, noun.end + 4));
    // Not a made-up case's ("Tapaus (keksitty): Työntekijä A kertoo …")
    if (match === null || inExample(text, noun)) return [];
    return [{ kind: 'role', start: noun.start, end: noun.end + match[0].length }];
  });

// The nouns of the numberedRole list (not the role nouns that name someone before a name too)
// are also words of logs, specs, statistics and price lists: there the number is one person's only
// as a pseudonym would be written, three digits at least ("User #1 sends a message to User #2" is
// a spec's) after a space (a table's "Teilnehmer⇥245" is a count), and no placeholder ("user
// 12345 not found", '0000'). Not an account of a system or a container ("runs as user 1001", "USER
// 1000", 'user 65534' is nobody), a resistance thermometer ("Pt 100", "Pt 1000"), or a process
// ("child 12345 started", "[pool www] child 23456 said into stderr").
const MIN_CODE_DIGITS = 3;
// … or two after a word for number ("el socio número 27 ha sido expulsado", "Mitglied Nr. 27": a
// hundred-and-twenty-ninth set's cooperative), which a spec's "User #2" does not write.
const WORD_MARKED =
  /^[ \t]?(?:número|numero|numéro|nummer|number|numer|nr\.?|n\.º|n[°º])[ \t]?\d/iu;
const USER_NOUNS = new Set(
  ['user', 'benutzer', 'nutzer', 'utilisateur', 'usuario', 'utente', 'gebruiker', 'uzytkownik']
    .concat(['utilizador', 'anvandare', 'bruger', 'bruker', 'kayttaja', 'uzivatel'])
    .concat(['pouzivatel', 'felhasznalo', 'utilizator', 'χρηστησ', 'korisnik', 'uporabnik'])
    .concat(['потребител', 'naudotojas', 'vartotojas', 'lietotajs', 'kasutaja']),
);
const SYSTEM_ACCOUNTS = new Set(['0', '1', '101', '999', '1000', '1001', '65532', '65534']);
const SYSTEM_WORDS =
  /(?:^|[^\p{L}])(?:root|rootina|rootként|uid|gid|chown|sudo|nobody)(?![\p{L}])|--user|^USER /imu;
const AS_BEFORE =
  /(?:^|[^\p{L}])(?:as|als|como|come|comme|som|jako|ako|ca|kot|kao|ως|като|kaip|kā)[ \t]+$/iu;
const THERMOMETER = /^[ \t]?(?:100|500|1000)(?!\d)/;
const PROCESS_LINE =
  /(?:^|[^\p{L}])(?:pool|pid|worker|process|processing|stderr|spawn|fork|forked|prefork|reaping|supervisor|master|idle|busy|job)(?![\p{L}])/iu;
// A cluster's member ("etcd: local member 8e9e05c5 is now leader", a genetic algorithm's), a
// device's minor number ("major 8 … minor 128"), a famous prisoner's number (Les Misérables'
// 24601), a fixture's or a simulation's users.
const MEMBER_LINE =
  /(?:^|[^\p{L}])(?:etcd|raft|quorum|leader|cluster|generation|fitness)(?![\p{L}])/iu;
const MINOR_LINE = /(?:^|[^\p{L}])major(?![\p{L}])/iu;
const FICTION_NUMBERS = new Set(['24601']);
const MADE_UP_LINE =
  /(?:^|[^\p{L}])(?:fixtures?|seed|simulated|synthetic|sample|example|dummy|mock)(?![\p{L}])/iu;
const NUMBER_DIGITS = /\d/g;

/** Whether a numberedRole noun's number is one of the above, no one's pseudonym. */
const notAPseudonym = (
  text: string,
  noun: Span,
  code: string,
  rest: string,
  word: string,
): boolean => {
  if (code.startsWith('\t')) return true;
  const digits = code.match(NUMBER_DIGITS)?.join('') ?? '';
  if (isPlaceholderDigits(digits)) return true;
  if (digits.length < MIN_CODE_DIGITS && !(digits.length === 2 && WORD_MARKED.test(code))) {
    return true;
  }
  const folded = foldText(word);
  if (folded === 'pt' && THERMOMETER.test(code)) return true;
  if (FICTION_NUMBERS.has(digits)) return true;
  const { start: lineStart, end: lineEnd } = lineAt(text, noun.start);
  const line = text.slice(lineStart, lineEnd);
  if (MADE_UP_LINE.test(line)) return true;
  if (folded === 'member' && MEMBER_LINE.test(line)) return true;
  if (folded === 'minor' && MINOR_LINE.test(line)) return true;
  if (USER_NOUNS.has(folded)) {
    if (SYSTEM_ACCOUNTS.has(digits) || SYSTEM_WORDS.test(line)) return true;
    if (AS_BEFORE.test(text.slice(Math.max(0, noun.start - 8), noun.start))) return true;
  }
  return PROCESS_NOUNS.has(folded) && (PROCESS_AFTER.test(rest) || PROCESS_LINE.test(line));
};

// A case's or a file's number: three digits at least, with a part after a slash or hyphen, or a
// court's register ('6 F 500/23'), after a word for number or not.
const CASE_NUMBER =
  /^[ \t]*(?:n[r°º]?\.?º?|no\.?|№|č\.|br\.|αρ\.|nru|uimh\.|sz\.)?[ \t]*(?:\d{1,2}[ \t]F[ \t])?(?=(?:\d\D?){3})\d{1,6}(?:[/-]\d{2,4})?(?![\p{L}\p{N}])/u;
const CASE_SUBJECT_REACH = 120;
// A year is no file's number ("Dossier 2024 : les mineurs isolés").
const YEAR_ALONE = /^[ \t]*(?:19|20)\d\d(?![\d/-])/;
// The minor a file is about ("concerne un mineur placé en foyer", "betrifft einen
// Minderjährigen", "dotyczy małoletniego"): folded stems, inflected forms included.
const MINOR_STEM =
  /(?<![\p{L}])(?:minor|mineur|minderjahrig|minderjarig|menor|minore|maloletn|nieletn|minderarig|mindrearig|alaikai|nezletil|kiskoru|ανηλικ|maloljetn|mladoletn|непълнолетн|nepilnamet|nepilngadig|alaealis|minuri|mionaoiseach|child)/u;

/** "Akte 720687": a case's or a file's word and its number, as a role cue over both. */
const caseCues = (text: string, hits: LexiconHits): Cue[] =>
  hits.of('caseFile').flatMap((word): Cue[] => {
    const after = text.slice(word.end, word.end + 24);
    const match = CASE_NUMBER.exec(after);
    return match === null || YEAR_ALONE.test(after)
      ? []
      : [{ kind: 'role', start: word.start, end: word.end + match[0].length }];
  });

/** "Le dossier n° 2021/0670 concerne un mineur": a file about a minor, its word and number. */
const caseMinors = (text: string, hits: LexiconHits): Span[] =>
  caseCues(text, hits).filter((cue) => {
    const after = text.slice(cue.end, cue.end + CASE_SUBJECT_REACH);
    const sentence = after.split(/[\n.;!?](?:[ \t]|$)/u)[0] ?? '';
    return MINOR_STEM.test(foldText(sentence));
  });

// Hungarian puts the number first, as an adjective: "A 9915 törzsszámú dolgozót", "A 00576
// azonosítójú fogvatartott", "A 465. sz. tanuló", "A 8408-es számú betegnél" (the noun inflected).
const HUNGARIAN_NUMBERED =
  /(?<![\p{L}\p{N}.,])\d{3,8}(?:-(?:as|es|ös|os|ás|és|a|e))?\.?[ \t]+(?:sz\.|számú|azonosítójú|azonosító számú|törzsszámú|sorszámú|nyilvántartási számú)[ \t]+(?:beteg|dolgozó|tanuló|fogvatartott|résztvevő|kérelmező|ügyfel|ügyfél|munkavállaló|páciens|bérlő|lakó|gyanúsított|vádlott|elítélt|hallgató|alkalmazott)(?!ség)\p{L}*/giu;
const hungarianNumberedCues = (text: string): Cue[] =>
  text.includes('szám') || text.includes('azonosító') || text.includes(' sz.')
    ? [...text.matchAll(HUNGARIAN_NUMBERED)].map(
        (match): Cue => ({ kind: 'role', start: match.index, end: match.index + match[0].length }),
      )
    : [];

/** "Medewerker 10482": a role noun and a number, as a role cue over both. */
const numberedRoleCues = (text: string, hits: LexiconHits): Cue[] => [
  ...hungarianNumberedCues(text),
  ...roleNumberCues(text, hits),
];

const roleNumberCues = (text: string, hits: LexiconHits): Cue[] => {
  const numberedOnly = hits.of('numberedRole');
  return [...hits.of('roleNoun'), ...numberedOnly].flatMap((noun): Cue[] => {
    const after = text.slice(noun.end, noun.end + NUMBER_REACH);
    const match = NUMBERED.exec(after) ?? STAFF_CODE.exec(after) ?? BED.exec(after);
    if (match === null || YEAR.test(after)) return [];
    const word = text.slice(noun.start, noun.end);
    if (BARE_NUMBER.test(after) && MARKED_ONLY.has(foldText(word))) return [];
    const rest = after.slice(match[0].length);
    // 'PT' in capitals is Portugal's code ("NIF PT 500 019 720", "CPE: PT 0002 0000 8412"), also
    // where a text in capitals is read in lower case (shouted.ts): not before a number that goes on
    // in groups. 'Pt'/'pt' is a patient ("Pt 8775: CD4 320").
    if (word === 'PT' || (word.toLowerCase() === 'pt' && MORE_GROUPS.test(rest))) return [];
    if (RANKING.test(rest) || CURRENCY_AFTER.test(rest) || PRODUCT_NUMBER.test(after)) return [];
    if (BEFORE_NOUN.test(text.slice(Math.max(0, noun.start - BEFORE_REACH), noun.start))) return [];
    if (numberedOnly.includes(noun) && notAPseudonym(text, noun, match[0], rest, word)) return [];
    return [{ kind: 'role', start: noun.start, end: noun.end + match[0].length }];
  });
};

// "Our" or "my" before an occupation ("unsere Sportlehrerin", "notre infirmière"), after it as
// the Nordic languages, Bulgarian and Greek put it ("lektoren vår", "учителят ни"), or the
// workplace after it called ours ("učiteľka etiky z nášho gymnázia", "the nurse at our clinic": a
// fifty-fifth red-team set): one of the writer's people, a role cue as "our caretaker" is.
// "Our" before an occupation, and a word for "new" between ("onze nieuwe stagiair", "Unser
// neuer Kassierer", "наш новий волонтер", "mūsu jaunā tiesnese": the eightieth and
// eighty-second red-team sets); or "the new" alone, one person just hired ("The new intern told
// us", "Новата стажантка", "Jaunā grāmatvede", "nová recepční", "Eis nei Stagiairë"), also after
// "that" ("že nový vedoucí oddílu", "Η καινούρια ψυχολόγος": the eighty-fifth set).
const NEW_WORDS =
  'new|neue|neuer|neues|καινούρια|καινούριος|καινούργια|καινούργιος|nouveau|nouvel|nouvelle|nuevo|nueva|nuovo|nuova|nieuwe|nowy|nowa|novo|nova|novi|nový|nová|nova|nye|nya|uusi|uus|naujas|nauja|naujoji|naujasis|jaunais|jaunā|новий|нова|новый|новая|новата|новият|новия|нови|νέος|νέα|yeni|nei|noul|noua|nou|nýi|nýja|az új|új';
// … with no article before it, in the languages that have none, at a clause's start
const NEW_BARE =
  'nowy|nowa|nový|nová|novi|naujas|nauja|naujoji|naujasis|jaunais|jaunā|новий|нова|новый|новая|новата|новият|новия|нови|uusi|uus|yeni|nei|nýi|nýja';
const OUR_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:our|my|unser|unsere|unserer|unseres|unserem|unseren|mein|meine|notre|mon|ma|nuestro|nuestra|mi|il nostro|la nostra|il mio|la mia|onze|ons|mijn|nasz|nasza|naszego|naszej|naszym|mój|moja|o nosso|a nossa|o meu|a minha|vår|vårt|vores|min|mitt|meie|minu|mūsų|mano|mūsu|mans|mana|naš|naša|náš|naše|můj|môj|наш|наша|нашей|нашего|нашему|нашу|нашим|нашої|нашого|нашата|нашият|нашия|мій|моя|мой|eisen|eis|eise|bizim|gure(?:[ \\t]{1,2}\\p{L}+ko)?)[ \\t]{1,2}(?:(?:${NEW_WORDS})[ \\t]{1,2}|\\p{Ll}{3,}[ \\t]{1,2})?|(?:the|der|die|le|la|el|il|de|het|den|o|η|ο)[ \\t]{1,2}(?:${NEW_WORDS})[ \\t]{1,2}|(?:(?<![\\p{L}][ \\t]{0,2})|(?<=(?:^|[^\\p{L}])(?:že|że|ze|da|що|что|ότι|că|hogy|kad|jer|kai)[ \\t]))(?:${NEW_BARE})[ \\t]{1,2})$`,
  'iu',
);
// "Our" after it (NO, SV, DA, BG, EL, SQ: "ndihmëstrajneri ynë"), or "new" (CY, GA, EU, AR: "y
// prentis newydd")
const OUR_AFTER =
  /^[ \t]{1,2}(?:vår|vårt|vores|min|mitt|ни|ми|μας|μου|ynë|jonë|okkar|tagħna|il-ġdid|il-ġdida|newydd|nua|berria|الجديد|الجديدة)(?![\p{L}])/iu;
// … also after a Cyrillic preposition ("консьерж в нашем доме", "двірник з нашого будинку",
// "чистачката на нашия етаж"), or with "our" after the place, as the Nordic languages put it
// ("vaktmesteren i borettslaget vårt": the eighty-eighth set)
const AT_OURS =
  /^(?:[ \t]{1,2}\p{Ll}+)?[ \t]{1,2}(?:(?:z|ze|zo|from|at|in|of|bei|an|aus|de|du|della|del|di|da|do|van|bij|w|we|v|ve|u|na|i|på|från|fra|hos|ved|в|во|у|з|із|с|со|из|от|на|при)[ \t]{1,2}(?:our|unserer|unserem|unseres|notre|nos|nuestro|nuestra|nostro|nostra|onze|ons|naszej|naszego|naszym|nosso|nossa|vår|vårt|vores|nášho|naší|našeho|našem|našej|našom|našoj|нашата|нашия|нашей|нашем|нашої|нашому|нашого|нашего|нашій|meie|mūsų|mūsu)|(?:i|på|hos|ved|fra|från)[ \t]{1,2}\p{Ll}+[ \t]{1,2}(?:vår|vårt|vores))(?![\p{L}])/iu;
// … or "of our" with no preposition: a Slavic genitive ("brankár nášho dorastu", "trener naszej
// drużyny") or a Greek one ("ο φροντιστής της ομάδας μας": the eighty-second set)
// … or an Albanian one ("portieri i pallatit tonë": the eighty-eighth set)
const OF_OURS =
  /^[ \t]{1,2}(?:nášho|našeho|naszego|naszej|našega|našeg|нашего|нашей|нашої|нашого|нашата|нашия|(?:της|του|των)[ \t]{1,2}\p{L}+[ \t]{1,2}μας|(?:i|e|të|së)[ \t]{1,2}\p{L}+[ \t]{1,2}(?:tonë|tone|ynë|jonë))(?![\p{L}])/iu;
const OUR_REACH = 40;
const OUR_BEFORE_REACH = 28;
// Not a number's unit ("a 10 min nurse consultation"), and a clinician or a cleric, whose own work
// is health or religion ("Our pharmacist can advise on diabetes", "Unser Pfarrer lädt zum
// Gottesdienst": a reviewer's findings), only as the subject of a state ("Notre infirmière est
// enceinte").
const STATE_AFTER =
  /^[ \t]{1,2}(?:is|was|has|had|est|était|a|ist|war|hat|es|está|estaba|tiene|è|era|ha|heeft|jest|była|był|ma|je|bila|bil|má|är|var|har|er|on|oli|ir|bija|yra|buvo|е|є|был|была|είναι|ήταν)(?![\p{L}])/iu;
const STATE_REACH = 12;
const UNIT_BEFORE = /\d[ \t]*(?:min|mi|ma|my)[ \t]{1,2}$/iu;
const CARE_OR_CLERGY =
  /^(?:læg|lege|laakari|pharmac|apothek|farmac|nurse|pfarr|pastor|priest|pretre|cure|imam|rabbi|vicar|chaplain|seelsorg|minister|doctor|doktor|arzt|arzte|medecin|medic|lekar|lekarz|lakar|laakar|sjukskot|sykepleier|sygeplejer|krankenschw|pfleger|infirm|enfermer|infermier|verpleeg|pielegniar|zdravotn|ksiadz|proboszcz|kaplan|therap|terap|psych|dentist|zahnarzt|hebamme|midwife|sage-femme|matrone|врач|лікар|медсестр|священ|свещен)/u;

const ourOccupationCues = (text: string, hits: LexiconHits): Cue[] =>
  hits.of('occupation').flatMap((hit): Cue[] => {
    const before = text.slice(Math.max(0, hit.start - OUR_BEFORE_REACH), hit.start);
    const after = text.slice(hit.end, hit.end + OUR_REACH);
    const ours =
      OUR_BEFORE.test(before) ||
      OUR_AFTER.test(after) ||
      AT_OURS.test(after) ||
      OF_OURS.test(after);
    if (!ours || UNIT_BEFORE.test(before)) return [];
    if (
      CARE_OR_CLERGY.test(foldText(text.slice(hit.start, hit.end))) &&
      !STATE_AFTER.test(text.slice(hit.end, hit.end + STATE_REACH))
    ) {
      return [];
    }
    return [{ kind: 'role', start: hit.start, end: hit.end }];
  });

// A relative of one holder of a post, the post in the genitive right after the kin word or before
// it ("vëllai i myezinit", "mab organydd y capel", "máthair an bhuachalla altóra nua", "the new
// verger's partner", "zakristijono Kęstučio brolis", "Faðir eins fermingarbarnsins": blind set 122
// of the forty-third session, faith communities): one person singled out, the subject of the
// clause as a relative is. At most two words between, none a clause's break.
const KIN_ROLE_KINDS: readonly LexiconKind[] = ['occupation', 'personNoun', 'roleNoun'];
const KIN_ROLE_GAP =
  /^(?:[ \t]{1,2}|[’']s[ \t]{1,2}|[ \t]{1,2}[^\s,.;:!?()]{1,12}[ \t]{1,2}){1,2}$/u;
const KIN_ROLE_REACH = 28;
const kinOfRoleCues = (text: string, hits: LexiconHits): Cue[] => {
  const kin = hits.of('kin');
  if (kin.length === 0) return [];
  return KIN_ROLE_KINDS.flatMap((kind) =>
    hits.of(kind).flatMap((role): Cue[] => {
      const after = spansWithin(kin, role.end, role.end + KIN_ROLE_REACH).find(
        (word) => word.start >= role.end && KIN_ROLE_GAP.test(text.slice(role.end, word.start)),
      );
      if (after !== undefined) return [{ kind: 'role', start: role.start, end: after.end }];
      const before = spansWithin(kin, role.start - KIN_ROLE_REACH, role.start).find(
        (word) => word.end <= role.start && KIN_ROLE_GAP.test(text.slice(word.end, role.start)),
      );
      return before === undefined ? [] : [{ kind: 'role', start: before.start, end: role.end }];
    }),
  );
};

// An occupation told by its team: an age group's code or word, a team's word ("the U15 assistant
// coach", "az U17-es csapat edzője", "jaunių komandos vadovas", "kierownik drużyny seniorów",
// "el delegat de l'aleví A", "помощник-треньора на отбора до 15 години": the eighty-second
// red-team set). A club's team has one coach, one manager, one goalkeeper: a role cue as "our
// coach" is. Not a bare 'senior' or 'junior' before it, which grade a job ("a senior nurse").
// A shift likewise ("le cariste de l'équipe de nuit", "o técnico de manutenção do turno B",
// "зварювальника нічної зміни", "die Lotsin … in der Nachtschicht": the eightieth, fifty-second
// and sixty-second sets), also in Maltese, Albanian and Arabic ("Il-gwardjan tax-shift tal-lejl",
// "Pastruesja e turnit të natës", "حارس البوابة الليلي": the ninetieth set).
const AGE_CODE = String.raw`(?:[UuOo]-?\d{1,2}|[PFpf]\d{2}|[JM]O\d{1,2}|[A-G]-(?:Jugend|Junioren|jeugd))(?:-(?:\p{L}+|\d))?`;
const TEAM_WORDS =
  'team|squad|side|mannschaft|équipe|equipe|equipo|equip|squadra|elftal|drużyny|drużyna|equipa|laget|lag|holdet|hold|joukkueen|joukkue|võistkonna|komandos|komandas|komanda|momčadi|momčad|ekipe|ekipa|tým|týmu|družstva|družstvo|csapat|csapatának|ομάδας|ομάδα|отбора|отбор|команды|команди|команда|takımı|takım|echipei|echipa|tîm|foirne|foireann|talde|taldeko|ekipit|ekipi|liðs|lið|فريق';
const AGE_WORDS =
  'juniors|cadet|juniorów|juniorek|juniori|juniorů|juniorov|juniorit|junioren|youth|under[ -]?\\d{1,2}s?|jugend|jeunes|cadets|cadetes|cadete|cadetti|juvenil|juveniles|jubenil|alevín|alevin|aleví|infantil|infantiles|benjamín|benjamí|minis|młodzików|młodziczek|trampkarzy|orlików|żaków|seniorów|seniorek|seniors|seniori|seniorů|seniorske|seniorskog|seniorske momčadi|jaunių|jaunučių|jaunimo|kadetů|kadetov|kadeti|dorostu|dorastu|dorostenců|dorastencov|allievi|giovanissimi|esordienti|pulcini|primavera|reserves|jeugd|ungdom|ungdoms|gençler|minikler|yıldızlar|ifjúsági|serdülő|nuorten|noorte|jaunatnes|tineret|juniorilor|cadeților|νέων|εφήβων|παίδων|младежи|юноши|юношей|юниоров|юніорів|кадетів|кадетите|الناشئين|ناشئين|الشباب|до[ \\t]\\d{1,2}[ \\t](?:години|лет|років|godina|let|lat)';
const SHIFT_WORDS =
  'night shift|night-shift|early shift|late shift|day shift|morning shift|evening shift|weekend shift|nachtschicht|frühschicht|spätschicht|tagschicht|nachtdienst|équipe de nuit|équipe du matin|équipe du soir|poste de nuit|turno de noche|turno de mañana|turno de tarde|turno di notte|turno notturno|turno del mattino|turno del pomeriggio|turno da noite|turno da manhã|turno da tarde|turno noturno|nachtploeg|ochtendploeg|middagploeg|vroege dienst|late dienst|nocnej zmiany|nocnej zmianie|zmiany nocnej|porannej zmiany|popołudniowej zmiany|noční směny|noční směně|ranní směny|odpolední směny|nočnej zmeny|nočnej zmene|rannej zmeny|nattskiftet|nattskiftets|nattskift|natvagten|nattevakt|nattevakten|seal oíche|torn de nit|éjszakás műszak|cursa de seară|dagvagten|yövuoron|yövuorossa|aamuvuoron|iltavuoron|naktinės pamainos|nakts maiņas|öise vahetuse|öövahetuse|noćne smjene|noćne smene|nočne izmene|ноћне смене|turei de noapte|tura de noapte|schimbului de noapte|éjszakai műszak|нощната смяна|нощна смяна|ночной смены|ночную смену|нічної зміни|нічну зміну|νυχτερινής βάρδιας|βραδινής βάρδιας|gece vardiyası|gece vardiyasındaki|gece vardiyasının|sabah vardiyası|sabah vardiyasındaki|akşam vardiyası|akşam vardiyasındaki|ochtenddienst|avonddienst|morgonskiftet|morgonpasset|kvällsskiftet|kvällspasset|morgenvagten|aftenvagten|morgenvakten|kveldsvakten|hommikuvahetuse|õhtuvahetuse|rīta maiņas|vakara maiņas|rytinės pamainos|vakarinės pamainos|jutranje izmene|popoldanske izmene|jutarnje smjene|popodnevne smjene|jutarnje smene|popodnevne smene|јутарње смене|поподневне смене|ранкової зміни|вечірньої зміни|утренней смены|вечерней смены|torn de matí|torn de tarda|turnit të mëngjesit|turnit të pasdites|turnit të mbrëmjes|goizeko txandako|arratsaldeko txandako|gaueko txandako|reggeli műszak|délutáni műszak|esti műszak|tura de dimineață|turei de dimineață|schimbului de dimineață|πρωινής βάρδιας|απογευματινής βάρδιας|утринната смяна|утринна смяна|seal na maidine|shifft y bore|الوردية الصباحية|الوردية المسائية|shift tal-lejl|turnit të natës|turni i natës|ndërrimit të natës|الليلي|الليلية|المناوبة الليلية|الوردية الليلية|(?:turno|shift|schicht|équipe|ploeg|zmiany|směny|smeny|smjene|vardiya|βάρδιας)[ \\t][A-D1-4]';
// Tried once, backwards from the window's end (a lookbehind at a sticky position), not at each
// place in the window: a test ten times cheaper.
const UNIT_BEFORE_RE = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}])(?:${AGE_CODE}(?:[ \\t]{1,2}(?:${TEAM_WORDS}))?|(?:${AGE_WORDS})[ \\t]{1,2}(?:${TEAM_WORDS})(?:[ \\t]{1,2}\\p{L}+)?|(?:${TEAM_WORDS})[ \\t]{1,2}(?:${AGE_WORDS})|(?:${SHIFT_WORDS})(?:'s)?)[ \\t-]{1,2})`,
  'iuy',
);
const UNIT_AFTER_RE = new RegExp(
  `^(?:[ \\t]{1,2}(?:\\p{Ll}+|[\\u0621-\\u064a]+)){0,2}?[ \\t]{1,2}(?:(?:of|for|at|in|der|des|de|del|dels|della|dello|degli|dei|du|van|från|för|fra|af|na|на|у|w|z|ze|iz|для|ta|tal-|of the|do|da|dos|das|no|nos|nas|al|nel|nella|im|am|vom|zur|zum|på|i|της|του|от|из|з|od)[ \\t]{1,2})?(?:(?:the|la|le|l'|el|les|het|de|die|den|das|il|lo|gli|o|a|os|as)[ \\t]?)?(?:(?:${TEAM_WORDS})[ \\t]{1,2})?(?:${AGE_CODE}|${AGE_WORDS}|${SHIFT_WORDS})(?![\\p{L}\\p{N}])`,
  'iu',
);
const UNIT_REACH = 48;

const teamOccupationCues = (text: string, hits: LexiconHits): Cue[] =>
  hits.of('occupation').flatMap((hit): Cue[] => {
    const before = text.slice(Math.max(0, hit.start - UNIT_REACH), hit.start);
    const after = text.slice(hit.end, hit.end + UNIT_REACH);
    UNIT_BEFORE_RE.lastIndex = before.length;
    return UNIT_BEFORE_RE.test(before) || UNIT_AFTER_RE.test(after)
      ? [{ kind: 'role', start: hit.start, end: hit.end }]
      : [];
  });

// An occupation told by its weekday: the teacher of a day's class or group ("le prof de
// conversation du mardi soir", "Преподавателката по немски от съботната група", "asteazken
// arratsaldeko taldeko irakaslea", "Tiwtor y dosbarth nos Fercher", "D'Proff vum
// Samschdesmoiescours": the ninety-third set), as a shift tells a worker. A weekday in the
// occupation's clause (no sentence's end between), written whole or opening a word. Not a
// clinician or a cleric, whose day is their surgery's or service's hours ("our nurse sees
// diabetic patients on Mondays").
const WEEKDAYS = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag'],
  ...['dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lunes'],
  ...['martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lunedì', 'martedì'],
  ...['mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'segunda-feira', 'terça-feira'],
  ...['quarta-feira', 'quinta-feira', 'sexta-feira', 'dilluns', 'dimarts', 'dimecres'],
  ...['dijous', 'divendres', 'dissabte', 'diumenge', 'maandag', 'dinsdag', 'woensdag'],
  ...['donderdag', 'vrijdag', 'zaterdag', 'zondag', 'måndag', 'tisdag', 'onsdag', 'torsdag'],
  ...['fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag', 'mánudag'],
  ...['þriðjudag', 'miðvikudag', 'fimmtudag', 'föstudag', 'laugardag', 'sunnudag'],
  ...['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  ...['esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'laupäev', 'pühapäev', 'pirmdien'],
  ...['otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien', 'pirmadien'],
  ...['antradien', 'trečiadien', 'ketvirtadien', 'penktadien', 'šeštadien', 'sekmadien'],
  ...['poniedział', 'wtork', 'wtorek', 'środ', 'czwart', 'piątk', 'piątek', 'sobot', 'niedziel'],
  ...['pondělí', 'úterý', 'úterní', 'středa', 'středeční', 'čtvrtek', 'čtvrteční', 'pátek'],
  ...['páteční', 'sobotní', 'neděl', 'pondelok', 'utorok', 'utorkov', 'štvrtok', 'piatok'],
  ...['nedeľ', 'ponedeljek', 'torek', 'četrtek', 'petek', 'nedelj', 'ponedjelj', 'ponedelj'],
  ...['utorak', 'utork', 'srijed', 'četvrt', 'petak', 'petk', 'subot', 'hétfő', 'kedd'],
  ...['szerd', 'csütörtök', 'péntek', 'szombat', 'vasárnap', 'marți', 'miercuri', 'vineri'],
  ...['sâmbăt', 'duminic', 'понеделни', 'вторни', 'четвъртъ', 'петъч', 'събот', 'неделн'],
  ...['понедельни', 'четверг', 'пятниц', 'суббот', 'воскресень', 'понеділ', 'вівтор'],
  ...['четвер', "п'ятниц", 'пʼятниц', 'субот', 'неділ', 'δευτέρα', 'τρίτη', 'τετάρτη'],
  ...['πέμπτη', 'παρασκευή', 'σάββατο', 'σαββάτου', 'κυριακή', 'pazartesi', 'çarşamba'],
  ...['perşembe', 'cumartesi', 'hënë', 'e martë', 'të martës', 'së martës', 'mërkurë'],
  ...['e enjte', 'të enjtes', 'së enjtes', 'e premte', 'të premtes', 'së premtes', 'shtunë'],
  ...['e diel', 'të dielën', 'së dielës', 'astelehen', 'astearte', 'asteazken', 'ostegun', 'sibt'],
  ...['ostiral', 'larunbat', 'igande', 'luain', 'máirt', 'céadaoin', 'déardaoin', 'satharn'],
  ...['tsathairn', 'dydd llun', 'nos lun', 'mawrth', 'mercher', 'fercher', 'dydd iau'],
  ...['nos iau', 'gwener', 'sadwrn', 'dydd sul', 'nos sul', 'tlieta', 'erbgħa', 'ħamis'],
  ...['méindeg', 'dënschdeg', 'mëttwoch', 'donneschdeg', 'freideg', 'samschdeg', 'sonndeg'],
  ...['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'السبت', 'الأحد'],
  // Turkish Tuesday and Friday, Sunday with its 'gün' ('pazar' is also a market); Serbian in
  // Cyrillic; Luxembourgish in compounds ("Samschdesgrupp"): the ninety-seventh set
  ...['salı', 'cuma', 'pazar gün', 'понедељ', 'уторак', 'уторк', 'четвртак', 'четвртк'],
  ...['петак', 'петк', 'недељ', 'samschdes', 'sonndes', 'méindes', 'freides'],
  // … and in the adjectives a review of them wrote (SK 'štvrtkovej', SL 'četrtkove'), Romanian 'joi'
  ...['štvrtkov', 'četrtkov', 'pondelkov', 'piatkov', 'sobotn', 'nedeljsk', 'joi'],
];
// "If", without the words that are also others ('se' is also reflexive, 'ja' "and", 'om' "about")
const RULE_IF =
  /(?:^|[^\p{L}\p{N}])(?:if|wenn|falls|si|hvis|ifall|dersom|indien|dacă|daca|když|pokud|jeśli|jeżeli|jesli|jezeli|jos|kui|jei|jeigu|ako|če|αν|ако|если|якщо|eğer|إذا|jekk|ef)(?![\p{L}\p{N}])/iu;
// Looked up by a word's first two letters, each stem tried where a word starts (a pattern of
// three hundred alternatives cost the first call its compile time and every occupation a scan).
const WEEKDAY_STEMS = new Map<string, string[]>();
for (const stem of WEEKDAYS) {
  const key = stem.slice(0, 2);
  const stems = WEEKDAY_STEMS.get(key);
  if (stems === undefined) WEEKDAY_STEMS.set(key, [stem]);
  else stems.push(stem);
}
const WORD_START = /(?<![\p{L}\p{N}])\p{L}/gu;
const hasWeekday = (window: string): boolean => {
  const lower = window.toLowerCase();
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(lower); m !== null; m = WORD_START.exec(lower)) {
    const stems = WEEKDAY_STEMS.get(lower.slice(m.index, m.index + 2));
    if (stems?.some((stem) => lower.startsWith(stem, m.index)) === true) return true;
  }
  return false;
};
const WEEKDAY_REACH = 64;
const CLAUSE_ENDS = /[.!?;\n]\s/gu;
/** The text after the last sentence's end in `window`, or all of it. */
const afterLastClauseEnd = (window: string): string => {
  let from = 0;
  CLAUSE_ENDS.lastIndex = 0;
  for (let m = CLAUSE_ENDS.exec(window); m !== null; m = CLAUSE_ENDS.exec(window)) {
    from = m.index + 1;
  }
  return window.slice(from);
};

/** Whether a rule's "if" opens the clause the word at `start` stands in. */
const inRuleClause = (text: string, start: number): boolean =>
  RULE_IF.test(afterLastClauseEnd(text.slice(Math.max(0, start - WEEKDAY_REACH), start)));

// One told by the weekday they come, a noun left out ("la de los martes a las 5, la que viene con
// el carrito de gemelos, me ha contado que empieza quimio": a hundred-and-thirty-sixth set; "a
// das terças", "quella del giovedì", "la dels dimarts", "celui du jeudi"): the article, "of the",
// a weekday, maybe an hour and a relative clause set off by commas, then a verb of telling ("me
// ha contado", "disse-me", "mi ha detto", "diu que"). Not a class or a menu named so ("La de los
// martes es de yoga para personas con diabetes").
const WEEKDAY_ONE = [
  String.raw`(?:el|la)[ \t]+de[ \t]+los[ \t]+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)`,
  String.raw`(?:el|la)[ \t]+del[ \t]+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)`,
  String.raw`(?:o|a)[ \t]+d[ao]s?[ \t]+(?:segundas?|ter[cç]as?|quartas?|quintas?|sextas?|s[aá]bados?|domingos?)`,
  String.raw`quell[oa][ \t]+del[ \t]+(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato)`,
  String.raw`(?:el|la)[ \t]+dels?[ \t]+(?:dilluns|dimarts|dimecres|dijous|divendres|dissabtes?|diumenges?)`,
  String.raw`(?:celui|celle)[ \t]+du[ \t]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`,
].join('|');
const ONE_OF_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${WEEKDAY_ONE})(?![\p{L}\p{M}])(?:[ \t]+(?:a|às|alle|à)[ \t]+(?:las[ \t]+|les[ \t]+)?\d{1,2}(?:[:.h]\d{2})?)?(?:,[ \t]+(?:el|la|o|a|quello|quella|celui|celle)[ \t]+(?:que|che|qui)[ \t][^,.;!?\n]{1,60},)?(?=[ \t,]+(?:(?:me|nos|te|mi|ci|m['’]|em|m['’]a|nous)[ \t]*)?(?:ha[ \t]+|han[ \t]+|a[ \t]+|va[ \t]+|hat[ \t]+)?(?:contado|contó|dicho|dijo|comentado|comentó|disse|contou|detto|raccontato|dit|explicat|explica|diu|explicou|racont[ée]|told|said)(?![\p{L}\p{M}]))`,
  'giu',
);
const oneOfWeekdayCues = (text: string): Cue[] =>
  [...text.matchAll(ONE_OF_WEEKDAY)].map((match): Cue => {
    const start = match.index ?? 0;
    return { kind: 'role', start, end: start + match[0].length };
  });

const weekdayOccupationCues = (text: string, hits: LexiconHits): Cue[] =>
  hits.of('occupation').flatMap((hit): Cue[] => {
    const before = afterLastClauseEnd(
      text.slice(Math.max(0, hit.start - WEEKDAY_REACH), hit.start),
    );
    let after = text.slice(hit.end, hit.end + WEEKDAY_REACH);
    const firstEnd = after.search(CLAUSE_ENDS);
    if (firstEnd >= 0) after = after.slice(0, firstEnd);
    if (!hasWeekday(before) && !hasWeekday(after)) return [];
    // Not any one of them, in a rule's "if" ("Kui vabatahtlik on usklik ja soovib pühapäeval
    // vaba päeva": if a volunteer …)
    if (RULE_IF.test(before)) return [];
    if (CARE_OR_CLERGY.test(foldText(text.slice(hit.start, hit.end)))) return [];
    return [{ kind: 'role', start: hit.start, end: hit.end }];
  });

// One holder of an office or a post, or one relative, as a sentence's subject ("Η μητέρα της
// καινούργιας ασκούμενης μας είπε", "tašča živi pri nas od kapi", "ema on nüüd hooldekodus":
// relatives added in the forty-third session): the occupation or the kin word opening its sentence,
// a definite article before it or none, or after "that" and the article ("Kassereren har vært
// sykmeldt med utbrenthet", "The treasurer has been on sick leave with burnout", "Rideinstruktøren
// som begynte i august har meldt seg inn i Fellesforbundet", "La directora comunica que el trompa
// solista ha pedido una excedencia por … quimioterapia": the hundred-and-fourth to -sixth sets):
// a club's treasurer, a band's horn player is one person, as "our treasurer" is. Not after "a"
// or "every" (anyone who holds it), nor in a rule's clause ("If the treasurer is ill"), nor a
// clinician or a cleric, whose work is health or religion ("The doctor treats diabetes").
// … also after the Icelandic, Bulgarian, Estonian, Maltese and Luxembourgish "that", and after
// "against" ("tilkynnt að gjaldkeri félagsins hefði verið dæmdur", "уведомен, че треньорът …",
// "dass gegen den Jugendwart ein Ermittlungsverfahren …": blind set 116)
const SUBJECT_OPENING = new RegExp(
  `(?:^|[.!?:;\\n]|(?:^|[^\\p{L}])(?:${THAT_WORDS}|at|da|că|að|et|li|datt|gegen|against|contre|contra|contro|tegen))[ \\t\\p{Pi}\\p{Ps}"'*-]{0,3}(?:(?:the|der|die|das|le|la|l'|l’|el|il|lo|de|het|den|o|η|ο|y|yr)[ \\t]{1,2})?$`,
  'iu',
);
const OCCUPATION_SUBJECT_REACH = 24;
// … nor one a rule or a guide speaks of: a modal or a negation right after it ("Klient może w
// każdej chwili zażądać", "Ο καθηγητής δεν κάνει διάγνωση"), the Basque 'bat' ("a", "Boluntario
// batek diabetesa badu"), a letter or a number that names a case ("Työntekijä A kertoo"), nor a
// heading in capitals ("INT. KÖK – KVÄLL", a kitchen in a screenplay): a review of the labelled
// rows this rule would have turned
const GENERIC_AFTER = new RegExp(
  `^(?:[ \\t]{1,2}(?:[\\p{Lu}\\p{N}](?![\\p{L}\\p{N}])|(?:[\\p{L}\\p{M}]+[ \\t]{1,2}){0,3}?(?:${[
    ...['may', 'can', 'must', 'shall', 'should', 'might', 'kann', 'darf', 'muss', 'soll', 'peut'],
    ...['doit', 'puede', 'debe', 'può', 'deve', 'pode', 'kan', 'mag', 'moet', 'får', 'skal', 'ska'],
    ...['bör', 'voi', 'saa', 'pitää', 'może', 'musi', 'powinien', 'powinna', 'může', 'musí'],
    ...['môže', 'может', 'должен', 'може', 'повинен', 'μπορεί', 'πρέπει', 'δεν', 'poate'],
    ...['trebuie', 'kell', 'gali', 'turi', 'bat', 'batek', 'not', 'nicht', 'niet', 'nie', 'må'],
    ...['ikke', 'inte', 'däerf', 'dierf', 'kënnen', 'mussen'],
  ].join('|')})))(?![\\p{L}\\p{N}])`,
  'u',
);
const CAPITALS_ONLY = /^[^\p{Ll}]+$/u;
// … nor one a heading names ("Medewerker van de maand: de epilepsiepoli"), nor the post a job
// advertisement offers ("Polizist bei der Bundespolizei (m/w/d) – jetzt bewerben, auch mit
// Diabetes", "Vacature: politieagent bij de Nationale Politie"): earlier reviews' near-misses
const HEADING_AFTER = /^[^.!?\n:]{0,24}:/u;
const JOB_ADVERT =
  /\([mwfhdxvkn][ \t]?\/[ \t]?[mwfhdxvkn](?:[ \t]?\/[ \t]?[mwfhdxvkn])?\)|(?<![\p{L}])(?:vacature|vacatures|stellenangebot|stellenanzeige|wir suchen|we are hiring|we're hiring|now hiring|vacancy|offre d'emploi|oferta de empleo|se busca|cercasi|ledig stilling|lediga tjänst|jobopslag|rekrutacja|nabór|álláshirdetés|työpaikka|avaa työpaikka)(?![\p{L}])/iu;
const CLOSING_AFTER = /^[ \t]+regards(?![\p{L}])/iu;
// Kin words that open sentences as other languages' words: the Italian "before" ('prima'), the
// English 'make', the Spanish "come" ('ven') and "net" ('neto', 'neta').
const KIN_TOLD_AFTER =
  /^[ \t]+(?:[\p{L}']+[ \t]+){0,2}?(?:detto|dicho|dit|gesagt|told|said|says|zei|gezegd|sagt|sa|sagde|sade|powiedział\p{L}*|řekl\p{L}*|povedal\p{L}*|rekla|rekao|mondta|spus|είπε|сказал\p{L}*|сказав|сказала|disse|dijo|ha detto)(?![\p{L}])/iu;
const KIN_TOLD_REACH = 32;
const KIN_ALSO_WORDS: ReadonlySet<string> = new Set([
  'prima',
  'primo',
  'make',
  'ven',
  'neto',
  'neta',
]);
const subjectOccupationCues = (text: string, hits: LexiconHits): Cue[] => {
  // Read once per text, and only when an occupation opens a sentence.
  let advert: boolean | undefined;
  return [...hits.of('occupation'), ...hits.of('kin')].flatMap((hit): Cue[] => {
    const before = text.slice(Math.max(0, hit.start - OCCUPATION_SUBJECT_REACH), hit.start);
    if (!SUBJECT_OPENING.test(before)) return [];
    // Not a kin word that opens sentences as another language's word ("Prima della diagnosi, i
    // sintomi …": the Italian "before", the Spanish cousin; "Make sure …", the Swedish husband;
    // the review of the forty-fourth session)
    if (hit.kind === 'kin' && KIN_ALSO_WORDS.has(foldText(text.slice(hit.start, hit.end)))) {
      return [];
    }
    // … nor a relative who only passes something on ("La zia mi ha detto che lo screening … è
    // gratuito": the source of a general fact, review-s27)
    if (hit.kind === 'kin' && KIN_TOLD_AFTER.test(text.slice(hit.end, hit.end + KIN_TOLD_REACH))) {
      return [];
    }
    // A letter's closing is no German child ("Kind regards,\nAccounts Receivable")
    if (CLOSING_AFTER.test(text.slice(hit.end, hit.end + OCCUPATION_SUBJECT_REACH))) return [];
    if (CAPITALS_ONLY.test(text.slice(hit.start, hit.end))) return [];
    const after = text.slice(hit.end, hit.end + OCCUPATION_SUBJECT_REACH);
    if (GENERIC_AFTER.test(after) || HEADING_AFTER.test(after)) return [];
    advert ??= JOB_ADVERT.test(text);
    if (advert || inRuleClause(text, hit.start)) return [];
    if (CARE_OR_CLERGY.test(foldText(text.slice(hit.start, hit.end)))) return [];
    return [{ kind: 'role', start: hit.start, end: hit.end }];
  });
};

// A client by the slot they book (blind set 114 of the thirty-eighth session: "Клиентка на 16:00
// по средам, рыжая учительница …", "il-klijenta ta' kull nhar ta' Ħamis", "Klientja e së
// shtunës në orën 10", "муштерија уторком у 17ч", "Клієнт з понеділка"): a client's word with a
// weekday or a clock time in the few words after it, or a weekday right before it ("the Tuesday
// client"), in its own sentence. One regular customer, as a habit tells one; a cue for a special
// category or a crime near it, no finding on its own.
const CLIENT_WORD =
  /^(?:client|klient|клиент|клієнт|муштериј|cliente|kund|kunde|asiaka|customer|klijent|ügyfél|vendég|müşteri)/iu;
const CLOCK_TIME =
  /(?<![\p{L}\p{N}])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[ \t]?(?:h|ч|val|óra|uhr|horas?))(?![\p{L}\p{N}])/u;
const SLOT_REACH = 40;
const SLOT_BEFORE_REACH = 24;
const CLIENT_KINDS: readonly LexiconKind[] = ['roleNoun', 'occupant', 'personNoun'];
const clientSlotCues = (text: string, hits: LexiconHits): Cue[] =>
  CLIENT_KINDS.flatMap((kind) =>
    hits.of(kind).flatMap((hit): Cue[] => {
      const word = text.slice(hit.start, hit.end).replace(/^(?:il-|l-|the |la |el |o |a )/iu, '');
      if (!CLIENT_WORD.test(word)) return [];
      const after = text.slice(hit.end, hit.end + SLOT_REACH);
      const stop = after.search(/[.!?;\n]/u);
      const clause = stop < 0 ? after : after.slice(0, stop);
      const before = afterLastClauseEnd(
        text.slice(Math.max(0, hit.start - SLOT_BEFORE_REACH), hit.start),
      );
      if (!CLOCK_TIME.test(clause) && !hasWeekday(clause) && !hasWeekday(before)) return [];
      if (inRuleClause(text, hit.start)) return [];
      return [{ kind: 'role', start: hit.start, end: hit.end }];
    }),
  );

// A person told by a habit in a relative clause ("Mannen som leier elsparkesykkel … hver morgen,
// er … dømt", "kvinnan som hyr lådcykeln varje tisdag … är med i Kommunal", "Der Kunde aus der
// Bergmannstraße, der immer mit dem Liegerad kommt, ist … querschnittsgelähmt", "the member who
// books the van … every Sunday for his church": the ninety-ninth set): a person's word, maybe a
// few words about where they live, a relative pronoun, and in its clause a weekday or a word of
// habit. The cue ends with the habit: the clause's subject is that person however long it runs.
const HABIT_PERSON_KINDS: readonly LexiconKind[] = [
  'occupation',
  'occupant',
  'personNoun',
  'roleNoun',
  'numberedRole',
  'other',
];
const RELATIVE_AFTER_PERSON = new RegExp(
  `(?:[ \\t]+[^\\s,.;:!?]{1,20}){0,7}?,?[ \\t]{1,2}(?:(?:quello|quella|dak|dik)[ \\t])?(?:${[
    ...['som', 'who', 'that', 'der', 'die', 'welcher', 'welche', 'qui', 'que', 'che', 'ktorá'],
    ...['ktorý', 'který', 'která', 'która', 'który', 'kura', 'kurš', 'kuris', 'kuri', 'care'],
    ...['ki', 'koji', 'koja', 'који', 'која', 'който', 'която', 'який', 'яка', 'который'],
    ...['которая', 'που', 'joka', 'aki', 'kes', "sy'n", 'sy’n', 'sydd', 'li', 'që', 'sem'],
    // Luxembourgish ("déi eeler Dame, déi all Mëttwoch op der Plaz C7 sëtzt": a
    // hundred-and-thirtieth set)
    ...['déi', 'deen'],
    // Arabic, Slovak and Ukrainian ("الشاب الذي يجلس دائماً", "chlapík …, čo chodí každé ráno": a
    // hundred-and-thirty-second set)
    ...['الذي', 'التي', 'čo', 'що'],
    // … and the spoken Czech and Polish 'co' before a verb in the present ("ta pani s tou
    // zrzavou fenkou co chodí každej pátek": a hundred-and-thirty-sixth set); not the Polish "co
    // środę" (every Wednesday) nor the Czech "what" before an infinitive ("co užívat")
    String.raw`co(?=[ \t]{1,2}\p{L}+(?:í|á|i|e)(?![\p{L}]))`,
  ].join('|')})(?![\\p{L}])([^.;!?\\n]{0,90})`,
  'iuy',
);
// Not the Turkish 'her' (every), the English "her": Turkish puts its relative clause before the noun.
const HABIT_WORD =
  /(?<![\p{L}])(?:tous les|toutes les|todos los|todas las|tutti i|tutte le|every|each|always|jeden|jede|immer|chaque|toujours|cada|siempre|ogni|sempre|elke|iedere|altijd|hver|hvert|varje|alltid|joka|aina|minden|mindig|fiecare|mereu|každ\p{L}*|katru|vienmēr|kiekvien\p{L}*|visada|svak\p{L}*|vsak\p{L}*|uvijek|всеки|винаги|кажд\p{L}*|всегда|щоранку|щодня|щотижня|кожн\p{L}*|завжди|κάθε|πάντα|kull|dejjem|gach|i gcónaí|bob|wastad|ohi|beti|alltaf|hvern|iga|alati|çdo|gjithmonë|zawsze|vždy|altid|دائما|دائماً|دوما|كل)(?![\p{L}])/iu;
const habitualPersonCues = (text: string, hits: LexiconHits): Cue[] =>
  HABIT_PERSON_KINDS.flatMap((kind) =>
    hits.of(kind).flatMap((hit): Cue[] => {
      RELATIVE_AFTER_PERSON.lastIndex = hit.end;
      const match = RELATIVE_AFTER_PERSON.exec(text);
      if (match === null) return [];
      const clause = match[1] as string;
      const habit = HABIT_WORD.exec(clause);
      if (habit === null && !hasWeekday(clause)) return [];
      if (inRuleClause(text, hit.start)) return [];
      return [{ kind: 'role', start: hit.start, end: hit.end + match[0].length }];
    }),
  );

// A person told by an apposition that describes them ("Fyren i hytte 6, han fra Kautokeino, er
// samisk", "Пазачът на къмпинга край Китен, онзи от Бургас с вълчата, е осъждан", "Kempingo
// prižiūrėtojas, tas barzdotas vyras iš Nidos, buvo nuteistas", "noćni blagajnik s odmorišta Krka,
// onaj koji je došao iz Bosne, učlanjen u sindikat": the lost sets on locksmiths, campsites, game
// clubs and petrol stations). A person's word, a few words of where they are, a comma, and a
// demonstrative that points at one person: a pronoun with a "from", a "with" or a relative pronoun
// right after it, or a determiner with another person's word ("ten starší pán z Ružomberka", "tā
// kundze, kas …"). The cue ends with the apposition, as a habit's does.
const APPOSITION_PERSON_KINDS: readonly LexiconKind[] = [
  'occupation',
  'occupant',
  'personNoun',
  'roleNoun',
];
const APPOSITION_DESCRIBER_KINDS: readonly LexiconKind[] = [
  'occupant',
  'personNoun',
  'roleNoun',
  'kin',
  'occupation',
];
// One person's pronoun (singular, not an article): "han fra", "онзи от", "celui de", "the one with"
const POINTING_PRONOUNS = [
  ...['the one', 'that one', 'han', 'hon', 'hun', 'ham', 'henne', 'онзи', 'онази', 'оня', 'тот'],
  ...['та, что', 'той', 'тієї', 'онај', 'она', 'onaj', 'ona', 'tisti', 'tista', 'celui', 'celle'],
  ...['quello', 'quella', 'aquel', 'aquella', 'aquell'],
  ...['dik', 'dak', 'yr un', 'ajo', 'ai', 'derjenige', 'diejenige', 'deen', 'déi', 'hij', 'zij'],
  ...['тази', 'този'],
  ...['εκείνος', 'εκείνη', 'αυτός', 'αυτή', 'ten', 'tá', 'tas', 'tā', 'tiste', 'tisti'],
];
const POINTING_LINKS = [
  ...['from', 'with', 'who', 'that', 'fra', 'från', 'med', 'som', 'z', 'ze', 'zo', 'iz', 'из'],
  ...['от', 'з', 'із', 'с', 'со', 'са', 'със', 'iš', 'su', 'no', 'ar', 'kas', 'kes', 'kurš'],
  ...['kura', 'kuris', 'kuri', 'nga', 'me', 'që', 'as', 'a bhfuil', 'a', 'sa', 's', 'що', 'что'],
  ...['който', 'която', 'koji', 'koja', 'који', 'која', 'ki', 'ktorý', 'ktorá', 'který', 'která'],
  ...[
    'du',
    'de',
    'da',
    'di',
    'del',
    'della',
    'dal',
    'que',
    'qui',
    'che',
    'minn',
    'li',
    'ma',
    "ma'",
  ],
  ...['o', 'gyda', 'â', "sy'n", 'sy’n', 'aus', 'von', 'mit', 'mat', 'vun', 'van', 'met', 'uit'],
  ...['die', 'der', 'με', 'από', 'που', 'amb', 'con', 'com', 'avec'],
];
// A determiner or a demonstrative before a person's word: "ten starší pán", "tas barzdotas vyras"
const POINTING_DETERMINERS = [
  ...['the', 'that', 'this', 'ten', 'ta', 'tas', 'tā', 'see', 'se', 'ajo', 'ai', 'онзи', 'онази'],
  ...['тот', 'та', 'той', 'онај', 'она', 'onaj', 'ona', 'tisti', 'tista', 'an', 'den', 'der'],
  ...['die', 'el', 'la', 'il', 'o', 'a', 'az', 'ο', 'η', 'εκείνος', 'εκείνη', 'aquel', 'aquella'],
  ...['aquell', 'quel', 'quello', 'quella', 'dee', 'déi', 'deen', 'yr', 'y', 'dak', 'dik', 'hin'],
  ...['hinn', 'sá', 'celui', 'celle', 'han', 'hon', 'hun'],
];
// … or a pronoun that is its own relative ("el que porta sempre la samarreta")
const POINTING_RELATIVES = ['el que', 'la que', 'o que', 'a que', 'the one who', 'the one that'];
const POINTING_START = new RegExp(
  `^(?:${POINTING_RELATIVES.join('|')})(?![\\p{L}])|^(?:${POINTING_PRONOUNS.join('|')})(?:[ \\t]+[^\\s,.;:!?]{1,20}){0,2}?[ \\t]+(?:${POINTING_LINKS.join('|')})(?![\\p{L}])`,
  'iu',
);
const DETERMINER_START = new RegExp(`^(?:${POINTING_DETERMINERS.join('|')})(?![\\p{L}])`, 'iu');
// The person's word, up to fourteen words of where they are, a comma, the apposition and its comma;
// or the apposition between dashes ("Куриерката за район Лозенец – тази с червената коса, която
// кара синия скутер – е членка на синдикат": a hundred-and-thirty-third set)
const APPOSITION_AFTER_PERSON =
  /(?:[ \t]+[^\s,.;:!?]{1,24}){0,14}?(?:,[ \t]{1,2}([^.;!?\n,]{2,80}),|[ \t][–—][ \t]{1,2}([^.;!?\n–—]{2,80})[ \t][–—])/uy;
const APPOSITION_REACH = 40;
const appositionCues = (text: string, hits: LexiconHits): Cue[] =>
  APPOSITION_PERSON_KINDS.flatMap((kind) =>
    hits.of(kind).flatMap((hit): Cue[] => {
      APPOSITION_AFTER_PERSON.lastIndex = hit.end;
      const match = APPOSITION_AFTER_PERSON.exec(text);
      if (match === null) return [];
      const apposition = (match[1] ?? match[2]) as string;
      const end = hit.end + match[0].length;
      const from = end - (match[1] === undefined ? 2 : 1) - apposition.length;
      const to = from + Math.min(APPOSITION_REACH, apposition.length);
      const described =
        POINTING_START.test(apposition) ||
        (DETERMINER_START.test(apposition) &&
          APPOSITION_DESCRIBER_KINDS.some((describer) =>
            spansWithin(hits.of(describer), from, to).some(
              (word) => word.start >= from && word.end <= to,
            ),
          ));
      return described ? [{ kind: 'role', start: hit.start, end }] : [];
    }),
  );

// A person pointed at in chat: a demonstrative, a person's word (a guy, a girl, a lady, a client)
// and right after it a "from", a "with" or a relative pronoun that says which one ("tá pani z
// Petržalky, čo k nám chodí", "онзи батко с брадата от стол 2, дето идва", "onaj momak sa
// Voždovca što je bio", "tā meitene no Ogres, kura nāca", "see mees, kes eile tuli", "dik
// it-tfajla minn Ħal Qormi li ġiet": blind set 115 of the forty-first session, tattoo studios).
// One person the writer and the reader both know, a role cue as "our client" is. Not an article
// ("the woman with breast cancer" may be anyone), and not the demonstratives that are other words
// too ('se' is "if", 'este' "is"). The cue ends after the word or two of where they are from.
const POINTED_KINDS = APPOSITION_DESCRIBER_KINDS;
const DEMONSTRATIVES = [
  ...['that', 'this', 'dieser', 'diese', 'diesen', 'jener', 'jene', 'ce', 'cet', 'cette', 'ese'],
  ...['esa', 'aquel', 'aquella', 'aquell', 'aquest', 'aquesta', 'quel', 'quella', 'quello'],
  ...['questo', 'questa', 'esse', 'essa', 'aquele', 'aquela', 'deze', 'ten', 'ta', 'tá', 'tamten'],
  ...['tamta', 'tamtá', 'tenhle', 'tahle', 'tisti', 'tista', 'tist', 'onaj', 'ona', 'taj', 'онај'],
  ...['она', 'тај', 'онзи', 'онази', 'оня', 'тоя', 'тази', 'този', 'той', 'та', 'тот', 'тая'],
  ...['цей', 'ця', 'этот', 'эта', 'tas', 'tā', 'see', 'too', 'tuo', 'dak', 'dik', 'dan', 'din'],
  ...['ai', 'ajo', 'ky', 'kjo', 'şu', 'az a', 'ez a', 'εκείνος', 'εκείνη', 'acel', 'acea'],
];
const DEMONSTRATIVE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${DEMONSTRATIVES.join('|')})[ \\t]{1,2}(?:\\p{L}{3,}[ \\t]{1,2})?(?:(?:i[lstnrdxżċz]|l)-)?$`,
  'iu',
);
const POINTED_LINKS = [
  ...['from', 'with', 'who', 'z', 'ze', 'zo', 'iz', 'из', 'от', 'з', 'із', 'с', 'со', 'са', 'sa'],
  ...['със', 'iš', 'no', 'kas', 'kes', 'kurš', 'kura', 'kuri', 'kuris', 'nga', 'që', 'minn', 'li'],
  ...['dik li', 'aus', 'von', 'mit', 'der', 'die', 'de', 'du', 'qui', 'que', 'da', 'di', 'che'],
  ...['con', 'con la', 'con il', 'amb', 'com', 'avec', 'met', 'uit', 'van', 'dat', 'fra'],
  ...['från', 'med', 'som', 'co', 'čo', 'što', 'kaj', 'k', 'ki', 'koji', 'koja', 'který', 'která'],
  ...['ktorý', 'ktorá', 'który', 'która', 'дето', 'който', 'която', 'що', 'який', 'яка', 'что'],
  ...['который', 'которая', 'από', 'με', 'που', 'aki', 'akinek', 'care', 'cu', 'din', 'joka'],
];
const POINTED_AFTER = new RegExp(
  `^(?:[ \\t]{1,2}\\p{Lu}[\\p{L}\\p{M}]+)?,?[ \\t]{1,2}(?:${POINTED_LINKS.join('|')})(?![\\p{L}\\p{M}])([^,.;!?\\n]{0,24})`,
  'u',
);
const POINTED_REACH = 28;
// … or an article and "new" after the word, as Romance languages put it: one person just come ("la
// chica nueva de recepción es lesbiana", set 115), as "the new intern" is (OUR_BEFORE)
const POINTED_ARTICLE = /(?<![\p{L}\p{M}])(?:la|el|il|lo|le|o|a)[ \t]{1,2}$/iu;
const NEW_AFTER =
  /^[ \t]{1,2}(?:nueva|nuevo|nouvelle|nouveau|nuova|nuovo|nova|novo|noua|nou)(?![\p{L}\p{M}])/iu;
// … or a person's pronoun pointing at one with a "with" or a "from" ("er det ham med det røde
// skæg fra holdet Quizling, der blev anholdt": set 116); the cue takes in two words after it.
const POINTING_PRONOUN_LINK =
  /(?<![\p{L}\p{M}])(?:ham|han|hun|hon|henne|онзи|онази|оня|онај|onaj|celui|celle|quello|quella|aquel|aquella|derjenige|diejenige|εκείνος|εκείνη|dik|dak|ajo)[ \t]{1,2}(?:med|fra|från|mit|aus|avec|de|con|from|with|с|от|из|iz|sa|s|z|me|nga|minn|με|από)(?:[ \t]{1,2}[^\s,.;!?]+){0,2}/giu;
// … and the German "the new one", a person as a noun, with where she or he is from after it ("die
// Neue vom Donnerstagskurs, die mit dem Kopftuch", "die neue aus dem Freitagskurs": blind sets 119
// and 120 of the forty-second session); not "die neue Version vom …", whose noun follows.
const NEW_ONE =
  /(?<![\p{L}\p{M}])(?:die|der|den|dem)[ \t]{1,2}(?:Neue|neue|Neuen|neuen)(?=[ \t]{1,2}(?:aus|vom|von|im|in|bei|mit)[ \t]{1,2}(?:de[mnr][ \t]{1,2})?\p{L})/gu;
const NEW_ONE_NOUN_AFTER =
  /^[ \t]{1,2}(?:aus|vom|von|im|in|bei|mit)[ \t]{1,2}(?:de[mnr][ \t]{1,2})?\p{Lu}/u;
const newOneCues = (text: string): Cue[] =>
  [...text.matchAll(NEW_ONE)].flatMap((match): Cue[] => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // "die neue aus dem Kurs": the place after it is a noun, capitalised, or the cue is not one
    if (!NEW_ONE_NOUN_AFTER.test(text.slice(end, end + 24))) return [];
    if (inRuleClause(text, start)) return [];
    return [{ kind: 'role', start, end }];
  });
const pointingPronounCues = (text: string): Cue[] =>
  [...text.matchAll(POINTING_PRONOUN_LINK)].flatMap((match): Cue[] => {
    const start = match.index ?? 0;
    if (inRuleClause(text, start)) return [];
    return [{ kind: 'role', start, end: start + match[0].length }];
  });
// … or the Finnish "that" ('se', also an "if" in Romance languages, so only with a Finnish
// relative pronoun after: "se pitkä äijä joka tulee aina tiistaisin": blind set 119)
const FINNISH_DEMONSTRATIVE_BEFORE =
  /(?<![\p{L}\p{M}])(?:se|sen|sitä|siitä)[ \t]{1,2}(?:\p{L}{3,}[ \t]{1,2})?$/iu;
const FINNISH_RELATIVE_AFTER =
  /^,?[ \t]{1,2}(?:joka|jolla|jonka|jota|jolle|josta|jolta)(?![\p{L}\p{M}])/u;
const pointedPersonCues = (text: string, hits: LexiconHits): Cue[] =>
  POINTED_KINDS.flatMap((kind) =>
    hits.of(kind).flatMap((hit): Cue[] => {
      const before = text.slice(Math.max(0, hit.start - POINTED_REACH), hit.start);
      if (POINTED_ARTICLE.test(before)) {
        const fresh = NEW_AFTER.exec(text.slice(hit.end, hit.end + 12));
        if (fresh !== null && !inRuleClause(text, hit.start)) {
          return [{ kind: 'role', start: hit.start, end: hit.end + fresh[0].length }];
        }
      }
      if (
        FINNISH_DEMONSTRATIVE_BEFORE.test(before) &&
        FINNISH_RELATIVE_AFTER.test(text.slice(hit.end, hit.end + 12)) &&
        !inRuleClause(text, hit.start)
      ) {
        return [{ kind: 'role', start: hit.start, end: hit.end }];
      }
      if (!DEMONSTRATIVE_BEFORE.test(before)) return [];
      const after = POINTED_AFTER.exec(text.slice(hit.end, hit.end + 64));
      if (after === null) return [];
      // The cue takes in the link and a word or two after it: where they are from, what they wear.
      const tail = after[1] as string;
      const words = tail.match(/^(?:[ \t]*[^\s,.;!?]+){0,2}/u)?.[0] ?? '';
      const end = hit.end + after[0].length - tail.length + words.length;
      if (inRuleClause(text, hit.start)) return [];
      return [{ kind: 'role', start: hit.start, end }];
    }),
  );

// A frequently asked question in the first person, answered right after it ("Can I get a tattoo
// if I'm diabetic? Many people with well-controlled diabetes…", "Posso fare la ricostruzione se ho
// la psoriasi? Dipende: …", "Puis-je me faire épiler si je suis enceinte ? Oui, …": a
// seventy-fifth red-team set): its "I" is any reader's. Only a question with a word for "if" in
// it, ended by '?', whose next sentence opens with an answer's word; a first person's cue only.
const FIRST_PERSON_KINDS: ReadonlySet<PronounKind> = new Set([
  'self',
  'selfCopula',
  'selfLead',
  'selfSono',
  'possessive',
  'tight',
]);
const IF_WORDS = [
  ...['if', 'wenn', 'falls', 'si', 'se', 'hvis', 'om', 'ifall', 'dersom', 'als', 'indien'],
  ...['dacă', 'daca', 'když', 'kdyz', 'ak', 'jeśli', 'jesli', 'jeżeli', 'jezeli', 'ha', 'jos'],
  ...['kui', 'jei', 'ako', 'če', 'αν', 'ако', 'если', 'якщо', 'eğer', 'إذا', 'ef', 'os', 'má'],
  ...['ja', 'pokud', 'jekk', 'jeigu', 'wann'],
].join('|');
const IF_WORD = `(?<![\\p{L}\\p{N}])(?:${IF_WORDS})(?![\\p{L}\\p{N}])`;
const IF_IN_QUESTION = new RegExp(IF_WORD, 'iu');
// … but not a question that is only its "if" clause, or a question someone was asked, which the
// writer answers of themselves ("¿Que si tengo VIH? Sí, desde 2019", "Me preguntas si tengo
// cáncer? Sí, de mama", "You ask if I have HIV? Yes": the review of session 53). What stands
// before the "if" (folded): the Spanish, Portuguese, Catalan or Galician 'que' alone, or a verb of
// asking, with or without "me". Not an "and" ("¿Y si tengo diabetes? Depende." is any reader's).
// Verbs of asking said to the writer: second persons, participles ('you asked', 'gefragt',
// 'chiesto'), and forms that are the same in every person ('fragar', 'spør'); the French
// 'demande' of "tu me demandes" and "je me demande". Not 'pregunta' (also "question"), nor a
// bare 'ask' ("should I ask if" is a reader's question).
const ASK_WORDS = [
  ...['you ask', 'you asked', 'you are asking', "you're asking", 'you ask me', 'you asked me'],
  ...['preguntas', 'preguntais', 'preguntaste', 'preguntasme', 'preguntado', 'perguntas'],
  ...['perguntaste', 'perguntado', 'demandes', 'demandez', 'demande', 'chiedi', 'chiedete'],
  ...['chiesto', 'domandi', 'fragst', 'gefragt', 'vraagt', 'gevraagd', 'pytasz', 'pytacie'],
  // (folded: the Greek final 'ς' is 'σ')
  ...['fragar', 'sporger', 'spor', 'intrebi', 'ρωτασ', 'ρωτατε', 'ρωτησεσ'],
].join('|');
const ECHOED_IF = new RegExp(
  `^[\\s\\p{P}]*que[ \\t]{1,2}$|(?<![\\p{L}\\p{N}])(?:${ASK_WORDS})(?:(?:[ \\t]{1,2}|-)(?:me|mich|mij|mi|mnie|mig|meg))?[ \\t]*$`,
  'u',
);
const IF_AT = new RegExp(IF_WORD, 'giu');
/** Whether the "if" last before the cue (at `cue` in the question) follows only an echo's words. */
const isEchoedQuestion = (question: string, cue: number): boolean => {
  const ifs = [...question.slice(0, cue).matchAll(IF_AT)];
  const at = ifs.at(-1)?.index;
  return at !== undefined && ECHOED_IF.test(foldText(question.slice(0, at).toLowerCase()));
};
const ANSWER_WORDS = [
  ...['yes', 'no', 'it depends', 'depends', 'generally', 'usually', 'in most cases', 'many'],
  ...['sì', 'dipende', 'in genere', 'generalmente', 'di solito', 'molti', 'oui', 'non'],
  ...['cela dépend', 'ça dépend', 'en général', 'généralement', 'ja', 'nein', 'nee', 'nej'],
  ...['nei', 'kommt darauf an', 'in der regel', 'meistens', 'grundsätzlich', 'viele', 'sí'],
  ...['depende', 'por lo general', 'normalmente', 'muchos', 'sim', 'não', 'em geral', 'muitos'],
  ...['tak', 'nie', 'zasadniczo', 'zazwyczaj', 'zwykle', 'to zależy', 'ano', 'ne', 'zpravidla'],
  ...['obvykle', 'záleží', 'áno', 'spravidla', 'da', 'nu', 'depinde', 'de obicei', 'în general'],
  ...['igen', 'nem', 'általában', 'attól függ', 'kyllä', 'ei', 'yleensä', 'riippuu', 'jah'],
  ...['tavaliselt', 'oleneb', 'taip', 'paprastai', 'priklauso', 'jā', 'nē', 'parasti', 'да'],
  ...['не', 'обикновено', 'зависи', 'ναι', 'όχι', 'συνήθως', 'εξαρτάται', 'evet', 'hayır'],
  ...['genellikle', 'نعم', 'لا', 'bai', 'ez', 'normalean', 'ie', 'na', 'fel arfer', 'iva', 'le'],
  ...['po', 'jo', 'zakonisht', 'нет', 'обычно', 'зависит', 'так', 'ні', 'зазвичай', 'já'],
  ...['залежить', 'залежно', 'braitheann', 'daugeliu atvejų', 'dažniausiai'],
  ...['mange', 'många', 'monet', 'meestal', 'doorgaans', 'normalt', 'som regel', 'typisk'],
].join('|');
const ANSWER_START = new RegExp(
  `^\\s*(?:[\\p{L}]{1,9}[.:]\\s*)?(?:${ANSWER_WORDS})(?![\\p{L}\\p{N}])`,
  'iu',
);
const QUESTION_REACH = 200;
const ANSWER_REACH = 40;
const SENTENCE_BREAK = /[.!?\n؟]/;
// A question mark: also the Arabic one, and the Greek one (';' after a Greek letter)
const QUESTION_MARK = /[?؟]|(?<=[\u0370-\u03ff\u1f00-\u1fff])[;\u037e]/u;
const MAY_ASK = /[?؟;\u037e]/;
// A heading's reach: the first line's start
const FAQ_REACH = 100;

// A page of frequently asked questions, by its heading at the start ("Allergens FAQ. Q: If my
// child has a severe nut allergy…? A: No.", "Häufig gestellte Fragen", "Česta pitanja", "Ohiko
// galderak": the eighty-seventh to ninetieth sets): each question is any reader's, answered or
// not by a word for "yes" or "no", with or without an "if". The heading within the first four
// words and ended by a stop, a colon, a dash or the line's end; not a heading's word further in
// ("I have diabetes: is that in your FAQ?").
const FAQ_HEADINGS = [
  ...['faq', 'faqs', 'frequently asked questions', 'häufig gestellte fragen', 'häufige fragen'],
  ...['questions fréquentes', 'foire aux questions', 'preguntas frecuentes', 'domande frequenti'],
  ...['perguntas frequentes', 'veelgestelde vragen', 'najczęstsze pytania'],
  ...['często zadawane pytania', 'vanliga frågor', 'ofte stillede spørgsmål'],
  ...['ofte stilte spørsmål', 'usein kysytyt', 'korduma kippuvad küsimused'],
  ...['dažnai užduodami klausimai', 'biežāk uzdotie jautājumi', 'často kladené otázky'],
  ...['často kladené dotazy', 'gyakori kérdések', 'întrebări frecvente'],
  ...['често задавани въпроси', 'česta pitanja', 'pogosta vprašanja', 'честа питања'],
  ...['συχνές ερωτήσεις', 'часто задаваемые вопросы', 'поширені запитання'],
  ...['sıkça sorulan sorular', 'pyetje të shpeshta', 'cwestiynau cyffredin'],
  ...['ceisteanna coitianta', 'ohiko galderak', 'preguntes freqüents', 'algengar spurningar'],
  ...['heefeg froen', 'mistoqsijiet frekwenti', 'الأسئلة الشائعة'],
].join('|');
const FAQ_HEADING = new RegExp(
  `^[\\s\\p{P}\\p{S}]{0,4}(?:[\\p{L}\\p{N}]+[ \\t]{1,2}|[\\p{L}\\p{N}]+[ \\t]?[–—-][ \\t]?){0,3}(?:${FAQ_HEADINGS})(?:[ \\t]{1,2}[\\p{L}\\p{N}]+)?[ \\t]*(?:[.:!\\n–—-]|$)`,
  'u',
);

const inAnsweredQuestion = (
  text: string,
  cue: Span,
  firstPerson: readonly LexiconHit[],
  faq = false,
): boolean => {
  // Read within reach only: a whole text's search per cue would make classify quadratic
  const mark = text.slice(cue.end, cue.end + QUESTION_REACH + 1).search(QUESTION_MARK);
  if (mark < 0) return false;
  const end = cue.end + mark;
  if (SENTENCE_BREAK.test(text.slice(cue.end, end))) return false;
  // The question: from its sentence's start (within reach) to its mark
  const opening = text
    .slice(Math.max(0, cue.start - QUESTION_REACH), cue.start)
    .split(SENTENCE_BREAK);
  const lead = opening.at(-1) ?? '';
  const question = `${lead}${text.slice(cue.start, end)}`;
  if (
    !faq &&
    (!IF_IN_QUESTION.test(question) ||
      isEchoedQuestion(question, lead.length) ||
      !ANSWER_START.test(text.slice(end + 1, end + 1 + ANSWER_REACH)))
  ) {
    return false;
  }
  // Not when the "answer" goes on in the first person ("Yes, I found out yesterday, I'm about 8
  // weeks!": the asker's own story)
  const next = text.slice(end + 1, end + 1 + QUESTION_REACH).search(SENTENCE_BREAK);
  const answerEnd = end + 1 + (next < 0 ? QUESTION_REACH : next);
  return !spansWithin(firstPerson, end + 1, answerEnd).some(
    (hit) => hit.start > end && hit.end <= answerEnd,
  );
};

// A German, Dutch or Luxembourgish subordinate clause puts its verb last: "weil ich HIV habe",
// "dass ich Depressionen habe", "omdat ik diabetes heb", "datt ech Diabetes hunn", and of a
// third person "weil er Diabetes hat", "da sie schwanger ist", "dat ze zwanger is" (a probe of
// session 54: none was found, while "ich habe HIV" was). The subject pronoun, up to eight words
// with no stop between them, then a singular verb of the pronoun's language that ends the clause
// (a Dutch participle may follow it: "dat ik borstkanker heb gehad"). The cue is the verb and
// the word before it, so a term there is said of the person ("weil sie Krebs hat"), not one a
// participle or an adjective stands after ("die Klinik, weil sie auf Krebs spezialisiert ist"); a
// first person's verb may also follow its term by a few words, as 'I have' may (AFTER_KINDS).
// Pronouns as written: 'ER' is an emergency room. A singular verb only: 'sie' and 'ze' with
// 'sind' and 'zijn' are "they" or the formal "you"; the Dutch 'er' ("there") is no pronoun. Not
// "he or she" ("wenn er oder sie Krebs hat"), nor a topic's "über"/"over" ("was ich über
// Diabetes gelernt habe"). Session 55: the word before the verb may be a complaint with its
// adjective in '-isch', '-lijk', '-iek' or '-ig' ("dat ze epileptische aanvallen heeft", "dass sie
// chronische Schmerzen hat"), not any noun ("weil sie viele katholische Kirchen hat" is a town's);
// the clause may end on a modal after an infinitive of taking or having ("weil ich Insulin
// spritzen muss", "omdat ze insuline moet spuiten"), not any ("weil ich für die Apotheke Insulin
// bestellen muss"), or on 'muss' or 'moet' alone ("weil er zur Chemo muss"); a German perfect on a
// participle of joining, falling ill or being arrested ("warum er in die AfD eingetreten ist");
// Dutch may put "van" or "aan" after the verb ("omdat ik last heb van migraine").
const VERB_FINAL_END = String.raw`['’]?(?:[ \t]{1,2}ge\p{Ll}+)?(?=[ \t]*(?:[,.;:!?)…"“”«»\n–—-]|$|(?:und|oder|aber|en|maar|of|an|mee)(?![${EDGE_ALNUM}])))`;
const VERB_FINAL_WORD = String.raw`[^\s.,;:!?…"“”„«»()]+`;
const COMPLAINTS = [
  ...['Anfälle', 'Anfällen', 'Schmerzen', 'Beschwerden', 'Probleme', 'Störungen', 'Störung'],
  ...['Erkrankung', 'Krankheit', 'Leiden', 'aanvallen', 'aanval', 'pijn', 'pijnen', 'klachten'],
  ...['problemen', 'stoornis', 'stoornissen', 'ziekte', 'aandoening'],
].join('|');
const ADJECTIVE = String.raw`\p{Ll}+(?:isch|lijk|iek|ig)e[nrs]?[ \t]{1,2}`;
const COMPLAINT_OR_WORD = `${ADJECTIVE}(?:${COMPLAINTS})|${VERB_FINAL_WORD}`;
const verbFinal = (
  pronouns: string,
  verbs: string,
  end = VERB_FINAL_END,
  last = COMPLAINT_OR_WORD,
): RegExp =>
  new RegExp(
    String.raw`(?<![${EDGE_ALNUM}])(?<pronoun>${pronouns})(?:[ \t]{1,2}${VERB_FINAL_WORD}){0,7}?[ \t]{1,2}(?<last>${last})[ \t]{1,2}(?:${verbs})${end}`,
    'gdu',
  );
// 'k is the Flemish and spoken Dutch "I" ("omdat 'k kanker heb")
const DUTCH_I = "[Ii]k|['’]k";
// Modals after an infinitive of taking, having, going or a treatment's start, stop or delay, or
// 'muss' and 'moet' alone after no infinitive ("weil ich für die Apotheke Insulin bestellen muss"
// is not said of the speaker's health)
const GERMAN_MODAL = String.raw`(?:spritzen|nehmen|einnehmen|schlucken|machen|bekommen|kriegen|haben|tragen|gehen|bleiben|liegen|anfangen|beginnen|abbrechen|verschieben|unterbrechen)[ \t]{1,2}(?:muss|musste|müsse|müsste|darf|durfte|kann|konnte|soll|sollte)|(?<!\p{Ll}(?:en|rn|ln)[ \t]{1,2})(?:muss|musste|müsse|müsste)`;
const DUTCH_MODAL = String.raw`(?:moet|moest|mag|mocht|kan|kon)[ \t]{1,2}(?:spuiten|nemen|innemen|slikken|krijgen|hebben|gebruiken|doen|gaan|blijven|liggen)|(?<!\p{Ll}en[ \t]{1,2})(?:moet|moest)`;
// Reported speech puts a third person's verb in the subjunctive ("sie sagte, dass er Krebs habe",
// "dass sie schwanger sei", "dass er Insulin spritzen müsse": the modal's above)
const GERMAN_REPORTED = 'habe|hätte|sei|wäre|leide|nehme|bekomme|werde';
const LUXEMBOURGISH_MODAL = String.raw`(?<!\p{Ll}(?:en|e)[ \t]{1,2})muss`;
// A German perfect or passive that ends on its auxiliary after a participle of joining, falling
// ill, a test or an arrest ("warum er in die AfD eingetreten ist", "dass sie wegen Betrugs
// verurteilt wurde"), not any ("weil er 2021 von der AfD gewonnen wurde" is a constituency's)
const GERMAN_PERFECT = String.raw`(?:eingetreten|beigetreten|ausgetreten|übergetreten|konvertiert|erkrankt|verurteilt|verhaftet|festgenommen|getestet|diagnostiziert|eingeliefert|operiert)[ \t]{1,2}(?:ist|hat|war|hatte|wurde|worden[ \t]{1,2}ist)`;
// Dutch may put "van" or "aan" after the verb: "last hebben van" (to suffer from: "omdat ik last
// heb van migraine", not "omdat ze een overzicht heeft van …") and "lijden aan"; the term follows
const DUTCH_EXTRAPOSED = String.raw`(?=[ \t]{1,2}(?:van|aan)[ \t])`;
const SUFFERS_I = String.raw`(?<=[ \t]last[ \t]{1,2})(?:heb|had)|lijd|leed`;
const SUFFERS_OTHER = String.raw`(?<=[ \t]last[ \t]{1,2})(?:heeft|had)|lijdt|leed`;
const VERB_FINAL: readonly (readonly [RegExp, PronounKind])[] = [
  [
    verbFinal(
      '[Ii]ch',
      `habe|hab|hatte|bin|war|leide|litt|nehme|nahm|bekomme|bekam|wurde|${GERMAN_MODAL}`,
    ),
    'self',
  ],
  [
    verbFinal(
      DUTCH_I,
      `heb|had|ben|was|lijd|leed|neem|krijg|kreeg|gebruik|slik|werd|${DUTCH_MODAL}`,
    ),
    'self',
  ],
  [verbFinal(DUTCH_I, SUFFERS_I, DUTCH_EXTRAPOSED), 'self'],
  [verbFinal('[Ee]ch', `hunn|hat|sinn|war|huelen|krut|${LUXEMBOURGISH_MODAL}`), 'self'],
  [
    verbFinal(
      '[Ee]r|[Ss]ie',
      `hat|hatte|ist|war|leidet|litt|nimmt|nahm|bekommt|bekam|wurde|${GERMAN_REPORTED}|${GERMAN_MODAL}`,
    ),
    'other',
  ],
  // … joining what an adjective says ("dass sie wieder in die katholische Kirche eingetreten ist")
  [
    verbFinal(
      '[Ee]r|[Ss]ie',
      GERMAN_PERFECT,
      VERB_FINAL_END,
      `${ADJECTIVE}${VERB_FINAL_WORD}|${VERB_FINAL_WORD}`,
    ),
    'other',
  ],
  [
    verbFinal(
      '[Hh]ij|[Zz]e|[Zz]ij',
      `heeft|had|is|was|lijdt|leed|neemt|krijgt|kreeg|slikt|werd|${DUTCH_MODAL}`,
    ),
    'other',
  ],
  [verbFinal('[Hh]ij|[Zz]e|[Zz]ij', SUFFERS_OTHER, DUTCH_EXTRAPOSED), 'other'],
  [verbFinal('[Hh]ien|[Ss]i|[Hh]att', 'huet|hat|ass|war|krut'), 'other'],
];
const TOPIC_WORD = /(?<![\p{L}\p{M}])(?:über|ueber|over|iwwer)(?![\p{L}\p{M}])/iu;
// Nor a reader's question that asks what they may do in a case ("Kann ich meinen
// Carsharing-Vertrag kündigen, wenn ich länger krank bin?", a probe of the thirty-fifth session;
// "Mag ik sporten als ik epilepsie heb?"), as "Can I cancel … if I fall ill?" is any reader's: a
// question opened by a modal verb and the same pronoun, maybe after "what" or "how" ("Was muss
// ich beachten, wenn ich Insulin spritzen muss?", "Wat kan ik doen als ik last heb van
// migraine?", "Was mache ich, wenn …": a review of session 55), the clause ended by its question
// mark.
const MODAL_QUESTION_START =
  /(?:^|[.!?\n]\s*)(?:(?:was|wie|wann|wo|wat|hoe|wanneer|waar)[ \t]+)?(?:kann|darf|muss|soll|sollte|könnte|kan|mag|moet|dierf|däerf|mache|tue|doe)[ \t]+(?:ich|ik|ech)(?![\p{L}\p{M}])[^.!?\n]*$/iu;
const QUESTION_AFTER = /^[^.!\n]{0,80}\?/u;
const PRONOUN_PAIR_BEFORE = /(?:oder|of|od\.|\/)[ \t]*$/u;
const PRONOUN_PAIR_AFTER = /^[ \t]*(?:oder|of|\/)[ \t]/u;
const verbFinalCues = (text: string): Cue[] =>
  VERB_FINAL.flatMap(([pattern, kind]) =>
    [...text.matchAll(pattern)].flatMap((match): Cue[] => {
      const start = match.index ?? 0;
      const pronounEnd = match.indices?.groups?.pronoun?.[1] ?? start;
      const end = start + match[0].length;
      if (
        TOPIC_WORD.test(match[0]) ||
        (kind === 'self' &&
          MODAL_QUESTION_START.test(text.slice(Math.max(0, start - 120), end)) &&
          QUESTION_AFTER.test(text.slice(end, end + 81))) ||
        PRONOUN_PAIR_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
        PRONOUN_PAIR_AFTER.test(text.slice(pronounEnd, pronounEnd + 6))
      ) {
        return [];
      }
      const last = match.indices?.groups?.last?.[0] ?? start;
      return [{ kind, start: last, end }];
    }),
  );

/**
 * Pronoun and role cues that count: not inside "his or her" (nor starting there: 'she has' in "he
 * or she has"), not the formal German "Ihre", not a first person in an answered question.
 */
const pronounCues = (text: string, hits: LexiconHits): Cue[] => {
  const generic = hits.of('generic');
  // A first person that says "I" or "my" (not 'sono', also "they are"): only a text
  // with a question asks for them (inAnsweredQuestion)
  const asks = MAY_ASK.test(text);
  const firstPerson = asks
    ? byEnd([...hits.of('self'), ...hits.of('selfCopula'), ...hits.of('possessive')])
    : [];
  const faq = asks && FAQ_HEADING.test(text.slice(0, FAQ_REACH).toLowerCase());
  const cues = PRONOUN_KINDS.flatMap((kind) =>
    hits
      .of(kind as LexiconKind)
      .filter(
        (hit) =>
          !spansWithin(generic, hit.start, hit.end).some(
            (span) => span.start <= hit.start && hit.start < span.end,
          ) &&
          !isFormalYou(text, hit) &&
          !(
            asks &&
            FIRST_PERSON_KINDS.has(kind) &&
            inAnsweredQuestion(text, hit, firstPerson, faq)
          ),
      )
      .map((hit): Cue => ({ kind, start: hit.start, end: hit.end })),
  );
  return byEnd([
    ...cues,
    ...verbFinalCues(text).filter(
      (cue) =>
        !(
          asks &&
          FIRST_PERSON_KINDS.has(cue.kind) &&
          inAnsweredQuestion(text, cue, firstPerson, faq)
        ),
    ),
    // A reader's own relative in a page of questions ("Q: If my child …?")
    ...kinCues(text, hits).filter(
      (cue) => !(faq && inAnsweredQuestion(text, cue, firstPerson, faq)),
    ),
    ...numberedRoleCues(text, hits),
    ...letteredRoleCues(text, hits),
    ...caseCues(text, hits),
    ...ourOccupationCues(text, hits),
    ...kinOfRoleCues(text, hits),
    ...teamOccupationCues(text, hits),
    ...weekdayOccupationCues(text, hits),
    ...oneOfWeekdayCues(text),
    ...habitualPersonCues(text, hits),
    ...appositionCues(text, hits),
    ...subjectOccupationCues(text, hits),
    ...clientSlotCues(text, hits),
    ...pointedPersonCues(text, hits),
    ...pointingPronounCues(text),
    ...newOneCues(text),
  ]);
};

let cachedText: string | undefined;
let cachedContext: Context | undefined;

const contextOf = (text: string): Context => {
  if (text !== cachedText || cachedContext === undefined) {
    const hits = lexiconHits(text);
    cachedContext = {
      names: byEnd([...findPersonNames(text), ...hits.of('salutation')]),
      cues: pronounCues(text, hits),
    };
    cachedText = text;
  }
  return cachedContext;
};

const LONGEST_REACH = Math.max(...Object.values(REACH).map((reach) => reach.chars));

/** The conditions of the pro-drop and 'sono' cues; every other cue fits. */
// Cues that are other words in another language once folded, told apart by what stands next to
// them: the Spanish 'han' ("they have") is a perfect before a participle ("los pacientes han
// recibido quimioterapia"), where the Nordic 'han' ("he") is followed by its verb; the Croatian
// 'imam' ("I have") takes no article, the imam of a mosque does ("the imam leads the prayers").
const SPANISH_PARTICIPLE =
  /^[ \t]{1,2}(?:\p{L}+[ai]d[oa]s?|dicho|hecho|visto|puesto|muerto|vuelto|escrito|abierto|roto|cubierto|sido)(?![\p{L}\p{N}])/u;
const ARTICLE_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:the|an|der|den|dem|des|ein|einen|einem|le|l'|l’|un|el|il|lo|de|het|een|o|a)[ \t]{1,2}$/iu;
// … nor one in a list ("a chaplain, imam, rabbi or other faith leader": a seventy-seventh set).
const LIST_AFTER =
  /^(?:[ \t]*,|[ \t]+(?:or|and|und|oder|ou|et|of|der|des|du|della|van)(?![\p{L}\p{N}]))/iu;
const PARTICIPLE_REACH = 24;

const fitsKind = (text: string, cue: Cue, term: Span): boolean => {
  switch (cue.kind) {
    case 'selfLead':
    case 'otherLead':
      return leadsClause(text, cue);
    case 'selfSono':
      return cue.end <= term.start && isSingularSono(text, cue, term);
    case 'other':
      return !(
        cue.end - cue.start === 3 &&
        foldText(text.slice(cue.start, cue.end)) === 'han' &&
        SPANISH_PARTICIPLE.test(text.slice(cue.end, cue.end + PARTICIPLE_REACH))
      );
    case 'self':
      return !(
        cue.end - cue.start === 4 &&
        foldText(text.slice(cue.start, cue.end)) === 'imam' &&
        (ARTICLE_BEFORE.test(text.slice(Math.max(0, cue.start - 8), cue.start)) ||
          LIST_AFTER.test(text.slice(cue.end, cue.end + 10)))
      );
    default:
      return true;
  }
};

/** A cue after the term: a first person, an object pronoun, a subject giving a reason. */
const afterFits = (text: string, term: Span, cue: Cue): boolean => {
  if (AFTER_KINDS.includes(cue.kind)) return gapFits(text, term.end, cue.start, AFTER_REACH);
  if (cue.kind === 'otherObject') return OBJECT_GAP.test(text.slice(term.end, cue.start));
  return (
    AFTER_REASON_KINDS.includes(cue.kind) &&
    gapFits(text, term.end, cue.start, AFTER_REACH) &&
    REASON_BEFORE.test(foldText(text.slice(term.end, cue.start)))
  );
};

/** A role or a relative opening the clause of a term given as a reason (REASON_WORDS). */
const reasonFits = (text: string, term: Span, cue: Cue, reason: number): boolean =>
  reason >= cue.end &&
  REASON_KINDS.includes(cue.kind) &&
  gapFits(text, cue.end, reason, REASON_REACH, false) &&
  !REPORTED_CLAUSE.test(text.slice(cue.end, reason)) &&
  gapFits(text, reason, term.start, REACH[cue.kind]);

const pronounNear = (text: string, term: Span, cues: readonly Cue[]): PersonCue | undefined => {
  const reason = reasonStart(text, term);
  const near = spansWithin(
    cues,
    (reason < 0
      ? term.start - LONGEST_REACH
      : Math.min(term.start - LONGEST_REACH, reason - REASON_REACH.chars)) - RELATIVE_REACH,
    term.end + AFTER_REACH.chars,
  );
  for (const cue of near) {
    if (!fitsKind(text, cue, term)) continue;
    const overlaps = cue.start < term.end && term.start < cue.end;
    const before =
      cue.end <= term.start &&
      (gapFits(text, cue.end, term.start, REACH[cue.kind]) || reasonFits(text, term, cue, reason));
    if (overlaps || before) {
      // "Un lavoratore su tre è iscritto", "One in three workers has": a share of a group.
      if (COUNTABLE_KINDS.includes(cue.kind) && isCountedSubject(text, cue.start)) continue;
      return CUE_OF[cue.kind];
    }
    if (cue.start >= term.end && afterFits(text, term, cue)) return CUE_OF[cue.kind];
  }
  return undefined;
};

const nameNear = (text: string, term: Span, names: readonly Span[]): boolean =>
  spansWithin(names, term.start - NAME_WINDOW, term.end + NAME_WINDOW).some((name) => {
    const from = Math.min(name.end, term.end);
    const to = Math.max(name.start, term.start);
    return !PARAGRAPH_BREAK.test(text.slice(from, to));
  });

/** A term that is itself part of a name ('Christian' in "Christian Weber") is no finding. */
export const isInName = (text: string, term: Span): boolean =>
  spansWithin(findPersonNames(text), term.start, term.end).some(
    (name) => name.start < term.end && term.start < name.end,
  );

// "dave's back in hospital", "the lad's in jail", "Niamh's off sick": a word and "'s" ("is")
// right before a term of where or how a person is. Not a pronoun or pointer ("it's", "what's",
// "everyone's"), and only these terms: "the lab's in vitro tests" is a possessive.
const CONTRACTED_SUBJECT = new RegExp(
  String.raw`(?<![${EDGE_ALNUM}'’])(\p{L}+)['’]s(?:[ \t]+(?:back|still|now|already|again|currently|also))?[ \t]+$`,
  'u',
);
const NOT_A_SUBJECT = new Set(
  ['it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'why', 'let', 'this']
    .concat(['everyone', 'everybody', 'nobody', 'noone', 'someone', 'somebody', 'anyone'])
    .concat(['anybody', 'one', 'which', 'he', 'she', 'everything', 'something', 'nothing']),
);
const STATE_TERM =
  /^(?:in (?:hospital|prison|jail|the union|a union)|off sick|on (?:the spectrum|strike|probation|parole))$/i;

/** Whether a state term follows a word and its "'s": someone is in hospital, in jail. */
const isContractedSubject = (text: string, term: Span): boolean => {
  if (!STATE_TERM.test(text.slice(term.start, term.end))) return false;
  const match = CONTRACTED_SUBJECT.exec(text.slice(Math.max(0, term.start - 40), term.start));
  return match !== null && !NOT_A_SUBJECT.has((match[1] as string).toLowerCase());
};

// A first name alone as the subject of the term's clause, with a few words of qualifier between:
// "Elin i 2B har diabetes", "ο Νίκος από το λογιστήριο κάνει χημειοθεραπείες". The name finder
// wants a surname or a cue; here the term is the cue. A known first name (not one that is also
// an everyday word or a place, nor one called before a comma) in the clause before the term,
// within SUBJECT_WORDS words, and not joined to it by a preposition alone ("Toma de
// medicamentos", a heading). A name the gazetteer lacks counts only opening its clause before
// 'on' and a predicate of pregnancy, ET and FI ("Kati on rase"): 'on' is English too ("Focus on
// pregnancy"), and other verbs of being follow countries and pronouns ("Sverige är medlem i
// unionen", "Quien es diabético").
const SUBJECT_REACH = 64;
const SUBJECT_WORDS = 7;
const SUBJECT_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const SUBJECT_BREAK = /[.!?;:\n]/;
const JOINING = new Set(
  [
    'de',
    'di',
    'da',
    'do',
    'du',
    'des',
    'del',
    'della',
    'of',
    'von',
    'van',
    'for',
    'z',
    'ze',
  ].concat(['la', 'al', 'a', 'en', 'in', 'i', 'w', 've', 'v', 'na', 'per', 'para', 'pour', 'fur']),
);
const PREDICATES_AFTER_ON = new Set(['rase', 'raskaana']);
const POSSESSIVE_S = /['’]s$/;
const EPONYM_HEAD =
  /^(?:disease|syndrome|palsy|lymphoma|sarcoma|disorder|sign|law|ataxia|chorea)\b/i;
const EPONYM_REACH = 12;
// Physicians whose names a disease, a sign or an operation carries, and that are first names too
// ("Addison's treatment and Barrett's biopsy are covered").
const EPONYMS: ReadonlySet<string> = new Set([
  ...['addison', 'barrett', 'bell', 'wilson', 'graves', 'turner', 'morton', 'bright', 'paget'],
  ...['cushing', 'hashimoto', 'raynaud', 'tourette', 'asperger', 'hodgkin', 'huntington'],
]);

// A party after a vote verb is specific enough to take any capitalised word after a comma as its
// subject, a name the gazetteer lacks ("Între noi, Cristi de la vânzări votează cu AUR"); not
// one opening a sentence, where every word has a capital ("Everyone votes for Labour").
const LOOSE_WORDS = 5;

// A first name opening a line of a list, before a colon, labels what follows on the line ("- Anna:
// pregnant, due May", "Tom: knee surgery"): an absence log, a roster. A line's first word only,
// perhaps after a bullet, and a known first name that is not also a word.
const NAME_LABEL = /(?:^|\n)[ \t]*(?:[-*•–·][ \t]*)?(\p{Lu}\p{Ll}+)[ \t]*$/u;
const isNameLabel = (before: string): boolean => {
  const name = NAME_LABEL.exec(before.slice(-SUBJECT_REACH))?.[1];
  if (name === undefined) return false;
  const folded = foldText(name);
  return isFirstName(folded) && !isAmbiguousName(folded) && !COMMON_WORDS.has(folded);
};

/** Where the last clause break (SUBJECT_BREAK) in `before` stands, or -1. */
const lastClauseBreak = (before: string): number => {
  for (let i = before.length - 1; i >= 0; i--) {
    if (SUBJECT_BREAK.test(before.charAt(i))) return i;
  }
  return -1;
};

/**
 * Whether a first name is the subject of the term's clause, a qualifier between; with loose, also
 * a capitalised word after a comma.
 */
export const isNameSubject = (text: string, term: Span, loose = false): boolean => {
  const from = Math.max(0, term.start - SUBJECT_REACH);
  const before = text.slice(from, term.start);
  const cut = lastClauseBreak(before);
  if (cut >= 0 && before.charAt(cut) === ':' && isNameLabel(before.slice(0, cut))) return true;
  // With no break in reach, the clause opens at the text's start, or after the first word cut in
  // half by the reach.
  const opens = cut >= 0 || from === 0;
  const start = cut >= 0 ? cut + 1 : from === 0 ? 0 : before.search(/\s/) + 1;
  const clause = before.slice(start);
  const words = clause.match(SUBJECT_WORD);
  if (words === null) return false;
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const written = words[i] as string;
    at = clause.indexOf(written, at) + written.length;
    // A first name's possessive ("Piotr's fingerprint", "Anna's genetic test"), not a disease named
    // after someone ("Addison's disease").
    const possessive = POSSESSIVE_S.test(written);
    // … or the name after the Catalan and Italian elided article ("l'Arnau té", "l'Anna ha": blind
    // set 103 of the thirty-seventh session), also capitalised before a Catalan verb, and after
    // the Luxembourgish 'D'' ("L'Anna té diabetis", "D'Marie ass schwanger": withoutElidedArticle)
    const word = possessive
      ? written.slice(0, -2)
      : withoutElidedArticle(written, clause.slice(at));
    if (
      possessive &&
      (EPONYM_HEAD.test(text.slice(term.start, term.start + EPONYM_REACH)) ||
        EPONYMS.has(foldText(word)))
    ) {
      continue;
    }
    if (i < words.length - SUBJECT_WORDS || !NAME_SHAPE.test(word)) continue;
    // A name before a comma is called, not spoken of: "Anna, can you", "Olá, o meu"; not after the
    // Catalan personal article or an article ("En Jordi, l'aprenent, s'ha afiliat a CCOO": blind
    // set 115)
    if (clause.charAt(at) === ',' && !(i > 0 && APPOSITION_ARTICLE.test(words[i - 1] as string))) {
      continue;
    }
    const folded = foldText(word);
    if (COMMON_WORDS.has(folded) || isAmbiguousName(folded)) continue;
    if (isFirstName(folded)) {
      if (i === words.length - 2 && JOINING.has(foldText(words[i + 1] as string))) continue;
      return true;
    }
    if (
      loose &&
      i >= words.length - LOOSE_WORDS &&
      /,[ \t]*$/.test(clause.slice(0, at - word.length))
    ) {
      return true;
    }
    if (opens && i === 0 && words.length === 2 && words[1] === 'on') {
      if (PREDICATES_AFTER_ON.has(foldText(text.slice(term.start, term.end)))) return true;
    }
  }
  return false;
};

// A first name opening its sentence, after a greeting and its comma or an article at most ("Jungs,
// der Ulli fällt … bis Ostern aus, Bandscheiben-OP", "Čaute, Janko nepríde v nedeľu na ligu, je na
// protialkoholickom liečení", "ragazzi il Gigi stasera non viene a burraco, ha avuto un'altra
// crisi epilettica": blind set 116 of the forty-first session, club chats). Chat leaves out the
// next clause's subject, which is still that person: more words than SUBJECT_WORDS, within its
// sentence only. Not a name called before a comma, nor one that is also a word or ambiguous, nor
// one opening the sentence with nothing before it ('Prema', "towards", opens Croatian statistics).
const OPENING_REACH = 120;
const OPENING_WORDS = 14;
const OPENING_LEAD = 3;
// … nor after an article, which opens an apposition, not a call ("el Jordi, el del grup de català
// B2, … és militant de la CUP": blind set 117)
const APPOSITION_ARTICLE = /^(?:En|Na|en|na|el|la|il|lo|der|die|o)$/u;
const NAME_ARTICLES: ReadonlySet<string> = new Set(
  ['der', 'die', 'il', 'la', 'el', 'lo', 'en', 'na', 'o', 'a'].concat(['de', 'ho', 'hun', 'han']),
);
const GREETING_END = /,[ \t]*$/u;
const isOpeningNameSubject = (text: string, term: Span): boolean => {
  const from = Math.max(0, term.start - OPENING_REACH);
  const before = text.slice(from, term.start);
  const cut = lastClauseBreak(before);
  // No break in reach and text before it: the sentence opens out of reach.
  if (cut < 0 && from > 0) return false;
  const clause = before.slice(cut + 1);
  const words = [...clause.matchAll(SUBJECT_WORD)];
  if (words.length < 2 || words.length > OPENING_WORDS) return false;
  for (let i = 0; i < Math.min(OPENING_LEAD, words.length - 1); i++) {
    const match = words[i] as RegExpMatchArray;
    const written = match[0];
    const index = match.index ?? 0;
    const word = withoutElidedArticle(written, clause.slice(index + written.length));
    if (!NAME_SHAPE.test(word)) continue;
    const folded = foldText(word);
    if (!isFirstName(folded) || isAmbiguousName(folded) || COMMON_WORDS.has(folded)) continue;
    const previousWord = i > 0 ? (words[i - 1] as RegExpMatchArray)[0] : '';
    if (clause.charAt(index + written.length) === ',' && !APPOSITION_ARTICLE.test(previousWord)) {
      return false;
    }
    // A lone first name: with a surname after it, the name finder has judged it (a historical
    // figure's "Jón Hreggviðsson (1650–1729) … var dæmdur" is no one spoken of).
    const next = words[i + 1] as RegExpMatchArray;
    if (NAME_SHAPE.test(next[0])) return false;
    if (i === 0) return false;
    const lead = clause.slice(0, index);
    const previous = foldText((words[i - 1] as RegExpMatchArray)[0]);
    return GREETING_END.test(lead) || NAME_ARTICLES.has(previous);
  }
  return false;
};

/** Who a term is said of: a name nearby, or a pronoun, possessive or role cue in its clause. */
export const personCueFor = (
  text: string,
  term: Span,
  foundNamesOnly = false,
): PersonCue | undefined => {
  const context = contextOf(text);
  if (nameNear(text, term, context.names)) return 'name';
  const pronoun = pronounNear(text, term, context.cues);
  // Where a place's word stands before the term, a capitalised word of the place's name is no
  // subject: only names the name finder keeps count (business-context.ts)
  if (foundNamesOnly) return pronoun;
  return (
    pronoun ??
    (isContractedSubject(text, term)
      ? 'other'
      : isNameSubject(text, term) || isOpeningNameSubject(text, term)
        ? 'name'
        : undefined)
  );
};

/**
 * Terms that are other words too, in another language or sense, told apart by the words next to
 * them (the lexicon matches folded text, so 'preso' is both the Portuguese "jailed" and the
 * Italian "taken"). Keyed by the folded text the automaton matched (a prefix term's prefix); a
 * match whose whole word fits `notWord`, or whose text before it fits `notAfter`, or after it
 * `notBefore`, is no term there; with `onlyAfter`, it is one only after that. Tested on the text
 * as written, case-insensitive unless `inLowerCase` (then only a match written in lower case is
 * ruled out).
 */
export interface TermGuard {
  /** The whole word (a prefix entry's match widened) is another word. */
  readonly notWord?: Test;
  readonly notAfter?: Test;
  readonly notBefore?: Test;
  readonly onlyAfter?: Test;
  readonly inLowerCase?: boolean;
}

/** A pattern's test, compiled on first use: most texts meet no guarded term. */
interface Test {
  test(text: string): boolean;
}

// From its source, not a literal: each Unicode class costs tens of microseconds of a cold start
// to parse and to create, for patterns few texts ask.
const lazy = (source: string, flags = 'iu'): Test => {
  let pattern: RegExp | undefined;
  return {
    test: (text) => {
      pattern ??= new RegExp(source, flags);
      return pattern.test(text);
    },
  };
};

/** How far before and after a match its guard reads. */
export const GUARD_REACH = 40;

const before = (words: string): Test => lazy(String.raw`(?:^|[^\p{L}\p{N}])(?:${words})[ \t]+$`);
const after = (words: string): Test => lazy(String.raw`^[ \t]+(?:${words})(?![\p{L}\p{N}])`);

// Italian auxiliaries and articles before the participle 'preso'/'presa' ("ho preso il treno",
// "è stato preso", "una presa multipla"), with one word between at most ("ho già preso").
const ITALIAN_PERFECT = String.raw`(?:^|[^\p{L}\p{N}])(?:ho|hai|ha|abbiamo|avete|hanno|aver|avere|avendo|avevo|aveva|avrei|avrebbe|avr[òo]|stato|stata|stati|state|essere)(?:[ \t]+\p{L}+)?[ \t]+$`;
const PRESO: TermGuard = { notAfter: lazy(ITALIAN_PERFECT) };
const PRESA: TermGuard = {
  notAfter: lazy(
    String.raw`${ITALIAN_PERFECT}|(?:^|[^\p{L}\p{N}])(?:la|una|di|della|alla|dalla|sulla|in|le|sotto|gran|buona|doppia|nuova)[ \t]+$`,
  ),
};
// English "agnostic about", "cloud-agnostic", "vendor agnostic": no belief.
const AGNOSTIC: TermGuard = {
  notBefore: after(
    'about|to|towards?|of|on|regarding|as to|with regard|approach|solution|platform|design|way|layer|api|tool|tooling|code|stack',
  ),
  notAfter: lazy(
    String.raw`(?:[-‐]|(?:^|[^\p{L}])(?:vendor|platform|cloud|language|framework|device|database|tool|model|provider|hardware|format|protocol|channel|data)[ \t]+)$`,
  ),
};
// A key's, a certificate's, a browser's fingerprint; a laptop's fingerprint reader.
const FINGERPRINT: TermGuard = {
  notAfter: lazy(
    String.raw`(?:^|[^\p{L}])(?:key|keys|host|ssh|gpg|pgp|certificate|cert|tls|ssl|x\.?509|browser|device|canvas|file|hash|sha-?\d*|md5|public|server|code|audio|digital|document|content|image|build|schema|jwk|api)['’]?s?[ \t-]+$`,
  ),
  notBefore: after(
    'of (?:the|a|its|this|that) (?:key|certificate|cert|file|server|host|build)|hash|reader|readers|sensor|sensors|scanner|scanners|module|modules|field|mismatch|verification failed',
  ),
};

// Drinking again, but milk, water or juice ("O meu filho voltou a beber leite", a baby from the
// bottle): no relapse.
const DRINKING_AGAIN: TermGuard = {
  notBefore: after(
    'leite|água|agua|leche|zumo|sumo|suco|café|cafe|chá|té|te|milk|water|juice|coffee|tea|refrigerante|refresco|do biberão|del biberón|from (?:a|the) bottle|by (?:himself|herself)|on (?:his|her) own|sozinho|sozinha|solo|sola',
  ),
};

// French and Portuguese 'convertit', 'converti' with an object: files and money converted.
const CONVERTED: TermGuard = {
  notBefore: after(
    'les|le|la|l|des|un|une|en|ses|mes|nos|vos|leur|leurs|ce|cette|automatiquement|chaque|tout|tous|o|a|os|as|um|uma|meu|minha|meus|minhas|para|seu|sua',
  ),
};

export const TERM_GUARDS: ReadonlyMap<string, TermGuard> = new Map<string, TermGuard>([
  ['preso', PRESO],
  ['presa', PRESA],
  // The Scandinavian abortion after its verb or article ("hon har gjort abort", "jeg tok
  // abort", "en abort"); in English, to abort a build.
  [
    'abort',
    {
      onlyAfter: before(
        'en|ett|et|gjort|gjorde|göra|gøre|gjøre|gjorte|tok|ta|tage|tog|fått|fået|fick|fik|fikk|foretaget|foretatt|utfört|utført|om|efter|etter|spontan|medicinsk|medisinsk|provocerad|provosert|sen|tidig',
      ),
    },
  ],
  ['agnostic', AGNOSTIC],
  ['voltou a beber', DRINKING_AGAIN],
  ['bebi de novo', DRINKING_AGAIN],
  ['ha vuelto a beber', DRINKING_AGAIN],
  ['volvio a beber', DRINKING_AGAIN],
  ['drinking again', DRINKING_AGAIN],
  ['converti', CONVERTED],
  ['convertit', CONVERTED],
  // "doing time tracking", "time trials": no prison sentence.
  [
    'doing time',
    { notBefore: after('tracking|trials?|management|sheets?|zones?|series|estimates?|off') },
  ],
  // Portuguese 'depressa' ("quickly"), not the Italian "depressed": "fala muito depressa".
  [
    'depressa',
    {
      notAfter: before(
        'muito|tão|mais|fala|falou|come|comeu|anda|corre|vai|vem|passa|cresce|escreve|sai|volta|bem',
      ),
      notBefore: after('demais|como|e'),
    },
  ],
  // German 'doof' ("silly"), not the Dutch "deaf": "ist manchmal doof".
  [
    'doof',
    {
      notAfter: before(
        'ist|bist|sind|seid|war|waren|echt|total|voll|ganz|richtig|einfach|manchmal|ziemlich|so|finde|findest|findet',
      ),
    },
  ],
  // Spanish "un internado" (a boarding school), not the hospitalised.
  ['internado', { notAfter: before('un|el|al|del|este|ese|aquel|su|mi') }],
  // Polish 'trudna' ("difficult"): "praca jest trudna", "trudna sytuacja"; the Croatian and
  // Slovene pregnancy stays ("je trudna").
  [
    'trudna',
    {
      notAfter: before(
        'jest|była|bardzo|to|taka|tak|dość|niezwykle|wyjątkowo|naprawdę|najbardziej|mniej',
      ),
      notBefore: after('sytuacja|decyzja|praca|sprawa|droga|rozmowa|sztuka|młodzież|do|jest|była'),
    },
  ],
  // Dutch 'staakt' ("stops") with an object: "staakt het roken".
  ['staakt', { notBefore: after('het|de|zijn|haar|hun|alle|elke') }],
  // Danish 'bidt' ("bitten"): "blev bidt af en flåt"; the Dutch 'bidt' ("prays") stays.
  ['bidt', { notAfter: before('blev|blevet|er|var|bliver'), notBefore: after('af') }],
  ['protestan', { notWord: lazy('^protestand') }],
  // Estonian 'vaist' ("instinct"), not the Lithuanian 'vaistai' (drugs).
  ['vaist', { notWord: lazy('^vaist$') }],
  // Romanian 'țigan' is often typed without its comma ('tiganca'): not the Swedish 'tigande'
  // (silence).
  ['tigan', { notWord: lazy('^tigand') }],
  ['agnost', AGNOSTIC],
  // A package leaflet's heading, "Information for the patient", in the EU's wording, after the
  // leaflet's own name (on its line or the one before): the patient in general ("Ulotka dołączona do opakowania: informacja dla
  // pacjenta – Paracetamol 500 mg"); not "Informacja dla pacjenta: rozpoznano cukrzycę…"
  ['pacjenta', { notAfter: before('opakowania:?\\s*informacja dla') }],
  ['il paziente', { notAfter: before('illustrativo:?\\s*informazioni per') }],
  ['the patient', { notAfter: before('leaflet:?\\s*information for') }],
  ['el paciente', { notAfter: before('prospecto:?\\s*informaci[óo]n para') }],
  ['fingerprint', FINGERPRINT],
  // French "on rase la haie", "il se rase"; Romanian "rase de câini" (breeds): no Estonian
  // pregnancy.
  [
    'rase',
    {
      notAfter: before('se|me|te|nous|vous|il|elle|je|tu|ils|elles'),
      notBefore: after('la|le|les|l|un|une|des|du|au|aux|sa|son|ses|ma|mon|mes|de|si|și|sunt'),
    },
  ],
  // Romanian "în incinta fabricii" (on the premises).
  ['incinta', { notAfter: before('în|in') }],
  // "in unison" in lower case; UNISON, the union, in capitals.
  ['unison', { notAfter: before('in'), inLowerCase: true }],
  // French "syndicat de copropriété" (owners' association), "syndicat d'initiative" (tourist
  // office).
  [
    'syndicat',
    { notBefore: after("de copropriété|des copropriétaires|d['’]initiative|mixte|intercommunal") },
  ],
  // Swedish 'sida' (page, side): "en sida", "min sida", "sida vid sida", "sida 3".
  [
    'sida',
    {
      notAfter: before(
        'en|ena|andra|min|din|sin|vår|er|varje|på|åt|från|nästa|första|sista|egen|ny|denna|samma|hans|hennes|deras|webb',
      ),
      notBefore: lazy(String.raw`^[ \t]+(?:vid|om|\d)`),
    },
  ],
  // Swedish 'lek' (play): "en lek", "fri lek", "lek och …".
  [
    'lek',
    { notAfter: before('en|ett|fri|rolig|barnens|barns|ren'), notBefore: after('och|med|i|på') },
  ],
  // Portuguese 'chora' ("cries"), not the Polish "sick": "ela chora", "chora muito".
  [
    'chora',
    {
      notAfter: before('ela|ele|não|nao|que|se|você|voce|bebé|bebê|criança|sempre'),
      notBefore: after('muito|sempre|tanto|quando|porque|por|de|e|baixinho'),
    },
  ],
  // Swedish 'rak', 'raka' (straight): "en rak rygg", "raka vägen", "raka motsatsen".
  [
    'rak',
    {
      notAfter: before('en|ett|helt|så|ganska|mycket|och|är'),
      notBefore: after('rygg|linje|väg|kurs|hållning|och|som'),
    },
  ],
  [
    'raka',
    {
      notAfter: before('den|det|de|helt|så|att|och'),
      notBefore: after('vägen|spåret|motsatsen|svar|rör|linjer|led|och|håret|sig|mig|dig'),
    },
  ],
  // The German 'ihr' (her) in lower case: 'Ihr' is the formal "your" ("Wenn Ihr Kind hohes Fieber
  // hat": a review of the twenty-ninth session)
  ['ihr', { notWord: lazy('^(?:Ihr|IHR)$', 'u') }],
  // The Nordic 'henne' (her), not the Polish 'hennę' (henna: "zrobić hennę brwi", a
  // seventy-fifth set)
  ['henne', { notWord: lazy('^hennę$') }],
  // The Croatian 'sam' (I am) in lower case, not the name 'Sam' nor AWS SAM.
  ['sam', { notWord: lazy('^(?:Sam|SAM)$', 'u') }],
  // DWI (driving while intoxicated) in capitals only: 'dwi' and 'Dwi' are the Welsh "I am" ("Nodyn:
  // dwi'n defnyddio cadair olwyn", a sixty-third red-team set).
  ['dwi', { notWord: lazy('^(?:dwi|Dwi)$', 'u') }],
  // A dating profile's "looking for men" (NL: "mijn profiel met 'op zoek naar mannen'"), not a job's
  // or a study's ("Wij zijn op zoek naar mannen en vrouwen", "zijn we op zoek naar mannen tussen 40
  // en 60 jaar"): only in quotes or after a profile's or an ad's word.
  [
    'op zoek naar mannen',
    { onlyAfter: lazy(String.raw`(?:['‘"„“]|(?:profiel|profiel met|advertentie|bio)[ \t:]+)$`) },
  ],
  // Polish 'tory' (railway tracks): "tory kolejowe", "przez tory".
  [
    'tory',
    {
      notAfter: before('na|przez|po|wzdłuż|nad|pod|w|z|nowe|stare'),
      notBefore: after('kolejowe|tramwajowe|wyścigowe'),
    },
  ],
]);

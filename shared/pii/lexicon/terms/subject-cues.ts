// More words of person-cues.ts kinds (same notation: folded, '*' continues a word), kept apart so
// that the subject cues of Art. 9/10 terms and the name cues can change independently; the lexicon
// adds each list to the person-cues list of the same kind.
export const SUBJECT_CUES = {
  /** Relatives after a possessive ("mu poeg", "mans dēls"): ET, LV, and LT forms beside those. */
  kin: [
    // ET
    ...['poeg', 'poja', 'tütar', 'tütre', 'ema', 'isa', 'mees', 'naine', 'vend', 'venna', 'õde'],
    ...['vanaema', 'vanaisa', 'abikaasa', 'sõber', 'sõbranna', 'naaber', 'elukaaslane'],
    // LV
    ...['dēls', 'dēlam', 'meita', 'meitai', 'māte', 'mamma', 'tēvs', 'tētis', 'brālis', 'māsa'],
    ...['vīrs', 'vīram', 'sieva', 'sievai', 'vecmāmiņa', 'vectēvs', 'draugs', 'draudzene'],
    ...['kaimiņš', 'kaimiņiene'],
    // LT
    ...['sūnui', 'dukrai', 'močiutė', 'senelis', 'draugas', 'draugė', 'kaimynas', 'kaimynė'],
  ],
  /**
   * One individual by role. ET, LV, LT have no article: a relative named with a verb of being,
   * having or falling ill is one person ("Kati poeg on raske astmaga", "Rūtos sūnus serga"), as a
   * Polish 'żona' is alone; not the word alone (a topic in a title: "Poeg ja astma"), nor 'ema
   * on', 'isa on' (English "the EMA on insulin storage", "the ISA on"), nor 'dēls' alone (it
   * folds to the Catalan 'dels'). FI: the applicant ('hakijalla' "the applicant has").
   */
  role: [
    // ET
    ...['poeg on', 'poeg põeb', 'poeg sai', 'tütar on', 'tütar põeb', 'tütar sai'],
    ...['ema põeb', 'isa põeb', 'mees on', 'mees põeb'],
    ...['mees sai', 'naine on', 'naine põeb', 'naine sai', 'vend on', 'vend põeb', 'vend sai'],
    ...['õde on', 'õde põeb', 'õde sai', 'vanaema on', 'vanaema põeb', 'vanaema sai'],
    ...['vanaisa on', 'vanaisa põeb', 'vanaisa sai', 'abikaasa on', 'abikaasa põeb'],
    ...['abikaasa sai', 'pojal on', 'tütrel on', 'emal on', 'isal on', 'mehel on', 'naisel on'],
    ...['vennal on', 'õel on', 'vanaemal on', 'vanaisal on', 'abikaasal on'],
    // LV
    ...['dēls ir', 'dēls slimo', 'dēls saslima', 'meita ir', 'meita slimo', 'meita saslima'],
    ...['māte ir', 'māte slimo', 'māte saslima', 'tēvs ir', 'tēvs slimo', 'tēvs saslima'],
    ...['vīrs ir', 'vīrs slimo', 'vīrs saslima', 'sieva ir', 'sieva slimo', 'sieva saslima'],
    ...['brālis ir', 'brālis slimo', 'brālis saslima', 'māsa ir', 'māsa slimo', 'māsa saslima'],
    ...['vecmāmiņa ir', 'vecmāmiņa slimo', 'vecmāmiņa saslima', 'vectēvs ir', 'vectēvs slimo'],
    ...['vectēvs saslima', 'dēlam ir', 'meitai ir', 'mātei ir', 'tēvam ir', 'vīram ir'],
    ...['sievai ir', 'brālim ir', 'māsai ir', 'vecmāmiņai ir', 'vectēvam ir'],
    // LT
    ...['sūnus serga', 'sūnus sirgo', 'sūnus susirgo', 'sūnus yra', 'sūnus turi'],
    ...['dukra serga', 'dukra sirgo', 'dukra susirgo', 'dukra yra', 'dukra turi'],
    ...['duktė serga', 'duktė sirgo', 'duktė susirgo', 'duktė yra', 'duktė turi'],
    ...['žmona serga', 'žmona sirgo', 'žmona susirgo', 'žmona yra', 'žmona turi'],
    ...['vyras serga', 'vyras sirgo', 'vyras susirgo', 'vyras yra', 'vyras turi', 'mama serga'],
    ...['mama sirgo', 'mama susirgo', 'mama yra', 'mama turi', 'tėvas serga', 'tėvas sirgo'],
    ...['tėvas susirgo', 'tėvas yra', 'tėvas turi', 'brolis serga', 'brolis sirgo'],
    ...['brolis susirgo', 'brolis yra', 'brolis turi', 'sesuo serga', 'sesuo sirgo'],
    ...['sesuo susirgo', 'sesuo yra', 'sesuo turi', 'močiutė serga', 'močiutė sirgo'],
    ...['močiutė susirgo', 'močiutė yra', 'močiutė turi', 'senelis serga', 'senelis sirgo'],
    ...['senelis susirgo', 'senelis yra', 'senelis turi'],
    // FI
    ...['hakija', 'hakijalla', 'hakijan', 'hakijalle', 'hakijaa', 'hakijalta'],
    // BG: the (female) candidate, the colleague: "кандидатката ... е от турски произход"
    ...['кандидатката', 'колежката', 'колегата'],
    // NL: "de medewerker is epileptisch"
    ...['de medewerker', 'de medewerkster', 'deze medewerker', 'deze medewerkster'],
  ],
  /**
   * Pro-drop verbs of movement with a third person's destination: HR, SR, SL "ide na misu", "ide
   * u crkvu", "gre k maši", "ide na kemoterapiju"; the term follows closely and the verb opens its
   * clause (person-context.ts).
   */
  otherLead: [...['ide na', 'ide u', 'ide k', 'odlazi na', 'odlazi u', 'gre k', 'gre v', 'gre na']],
} as const satisfies Record<string, readonly string[]>;

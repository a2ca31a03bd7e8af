/**
 * Everyday words of our languages that the name gazetteer also lists (faker's Turkish, Indian,
 * Nordic and other locales give first names such as 'name', 'line', 'valid', 'una', 'vid'). A
 * capital marks 'Vid' or 'Una' as a name; in lower case, or on a line in capitals, such a word is
 * never read as one. Folded (lower case, no diacritics). Surnames that are also trades or things
 * ('bakker', 'smith', 'costa') are not listed: after a cue or a first name they are names.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // English
  ...['name', 'names', 'line', 'valid', 'alone', 'has', 'else', 'nine', 'kin', 'post', 'trace'],
  ...['job', 'block', 'marks', 'care', 'mac', 'autumn', 'dies', 'cousin', 'server', 'ella'],
  ...['per', 'max', 'min', 'don', 'guy', 'dean', 'van', 'les', 'sun', 'moon', 'star', 'summer'],
  ...['winter', 'spring', 'june', 'july', 'may', 'august', 'april', 'march', 'sept', 'oct'],
  ...['rich', 'long', 'rose', 'case', 'gates', 'cash', 'link', 'file', 'data', 'user', 'admin'],
  ...['test', 'code', 'note', 'list', 'item', 'order', 'total', 'value', 'type', 'key', 'token'],
  ...['status', 'state', 'city', 'town', 'home', 'via', 'pro', 'con', 'top', 'new', 'old'],
  ...['end', 'art', 'law', 'sky', 'amber', 'hope', 'joy', 'honey', 'sunny', 'happy', 'lucky'],
  ...['major', 'rock', 'penny', 'silver', 'steel', 'iron', 'glass', 'wall', 'bank', 'church'],
  ...['street', 'park', 'drive', 'road', 'bridge', 'ford', 'port', 'haven', 'mill', 'north'],
  ...['south', 'west', 'east', 'dale', 'vale', 'stream', 'brook', 'lake', 'pool', 'well'],
  // German
  ...['mir', 'dir', 'hans', 'kunst', 'kunt', 'leide', 'berg', 'klein', 'gross', 'neu', 'alt'],
  ...['frei', 'sommer', 'herbst', 'mai', 'juli', 'juni', 'fromm', 'kurz', 'wahl', 'bach', 'see'],
  // French
  ...['sante', 'fois', 'mer', 'jour', 'soleil', 'aime', 'belle', 'beau', 'noir', 'petit'],
  ...['grand', 'juin', 'juillet', 'aout', 'avril', 'mars'],
  // Italian
  ...['mio', 'mia', 'una', 'uno', 'tre', 'primo', 'secondo', 'terzo', 'quarto', 'alta', 'alto'],
  ...['anni', 'nelle', 'guida', 'sabato', 'sala', 'sara', 'carta', 'colonna', 'aprile'],
  // Sunday ('ogni prima domenica del mese': a hundred-and-twenty-eighth set)
  ...['domenica'],
  ...['maggio', 'ott', 'fratello', 'sorella', 'durante', 'bella', 'bello', 'fiore', 'porta'],
  ...['rosa', 'sole', 'luna', 'stella', 'italia', 'santo', 'santi', 'amore', 'speranza', 'fede'],
  ...['vita', 'mille', 'iva', 'ben', 'bene', 'tomo', 'mari', 'vive', 'liga', 'tal'],
  // Spanish and Portuguese
  ...['cada', 'esta', 'como', 'pena', 'julio', 'agosto', 'mayo', 'abril', 'marzo', 'rico'],
  ...['campo', 'campos', 'casa', 'casas', 'sol', 'mar', 'cielo', 'paz', 'luz', 'bom', 'boa'],
  ...['nova', 'novo', 'feliz', 'alegria', 'ima', 'vila', 'sem', 'domingo'],
  // Dutch
  ...['onder', 'jaren', 'meer', 'bos', 'vos', 'zwart', 'wit', 'groot', 'mei'],
  // Polish and other Slavic languages
  ...['maj', 'marzec', 'kwiecien', 'ruch', 'majka', 'kot', 'lis', 'ryba', 'zima', 'lato'],
  ...['wiosna', 'jesien', 'dobry', 'mila', 'vera', 'nada'],
  // 'wiem' ("I know"), after "to ja" in "to ja wiem"
  ...['wiem'],
  // Swedish, Danish, Norwegian
  ...['fran', 'nya', 'hennes', 'vid', 'vilka', 'fraga', 'dag', 'sjo', 'bo', 'bor', 'ask', 'til'],
  // 'som' ("who", "as"), after a comma in "min son, som bor i Malmö"
  ...['som'],
  // Hungarian: 'aki' ("who", a Japanese first name), after a comma in "a jelölt, aki …"
  ...['aki'],
  // Turkish and Indian names that are words elsewhere
  ...['keren', 'asma', 'iban', 'can', 'dev', 'dharma', 'karma', 'yoga', 'guru', 'maya', 'veda'],
  ...['ram'],
  // Slovak 'toto' (this), opening a sentence
  ...['toto'],
]);

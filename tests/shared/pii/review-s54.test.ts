import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the fifty-fourth session's changes, each with the near-miss that must stay as it was on
// the other side: a first person in a German, Dutch or Luxembourgish clause that puts its verb last
// ("weil ich HIV habe": none was found); a question someone was asked, answered by the writer of
// themselves ("¿Que si tengo VIH? Sí, desde 2019": read as a FAQ's question before); Galician
// and Ukrainian words that were missing; and the rules from a hundred-and-thirty-fifth blind set
// (waste collection, street cleaning, fuel stations, car washes:
// tests/fixtures/labelled/redteam135.jsonl). And the holes a review found in the first version of
// them: the Dutch 'er' ("there") and 'sie' for a clinic read as a person before a participle, "he
// or she", a reflexive 'se' read as an echo's "if", real addresses lost for an abbreviation or
// the Italian 'in', people lost after words read as a street's ('utcai', 'úti', 'mahallesi'), and
// words that say something else ('глухой' "remote", 'siedzi za' "sits behind").
describe('review of the fifty-fourth session', () => {
  it.each([
    // a first person whose verb ends the clause
    'Ich darf nicht spenden, weil ich HIV habe.',
    'Meine Ärztin meint, dass ich Depressionen habe.',
    'Da ich Epilepsie habe, darf ich nicht fahren.',
    'Omdat ik diabetes heb, mag ik niet doneren.',
    'Ik vertelde niemand dat ik borstkanker heb gehad.',
    'Well ech Diabetes hunn, kann ech net spenden.',
    'Ob ich Diabetes habe? Ja, seit 2018.',
    'Ich melde mich ab, weil ich positiv auf HIV getestet wurde.',
    'Ich komme später, weil ich seit meiner Kindheit an einer schweren Depression leide.',
    "Ich komme nicht, weil ich Krebs hab'.",
    'Ich weiß nicht, ob sie schwanger ist.',
    'Hatt kënnt net, well hatt schwanger ass.',
    'Hij komt niet omdat hij kanker heeft.',
    // a question put to the writer, answered of themselves
    '¿Que si tengo VIH? Sí, desde 2019, y nunca me han rechazado en el trabajo.',
    '¿Me preguntas si tengo cáncer? Sí.',
    'You ask if I have HIV? Yes, since 2019.',
    'Tu me demandes si j’ai le diabète ? Oui, depuis 2015.',
    'Mi chiedi se ho il diabete? Sì, da dieci anni.',
    'Preguntasme se teño cancro? Si, de mama.',
    'Perguntas-me se tenho cancro? Sim, da mama.',
    "Mi hai chiesto se ho l'HIV? Sì, dal 2019.",
    'Με ρωτάς αν έχω καρκίνο; Ναι, του μαστού.',
    // Ukrainian and Russian conditions
    'У вівторок не прийду, бо в мене діабет.',
    'Дівчата, Оксанку вчора забрала швидка, у неї був викидень.',
    'Моя сестра лечится, у неё онкология.',
    // the set's offences, conditions and people pointed at
    'Słyszałaś, że Mietka z myjni zwolnili, bo siedział za kradzież?',
    'Girdėjot, Vytuko iš plovyklos brolis sėdi už narkotikus.',
    'Sabes que ao Suso do camión do lixo o detiveron por roubar gasóleo?',
    'Бате Митко от бензиностанцията го хванаха пиян с колата.',
    'The lad on the cardboard skip with the neck tattoo got done for burglary last year.',
    'la signora del civico 22 è stata multata per la seconda volta.',
    'Athugasemd: Sigurlaug getur ekki tekið næturvaktir lengur vegna flogaveiki.',
    // a street's name that runs on through one word in lower case
    'Vivo in via Roma vecchia 12, Milano.',
    'Il signore di Via XX settembre n. 41 ha il diabete.',
    'Mi trovi in Via Santa Maria in Trastevere n. 5, citofono 3.',
    'Mieszkam przy ul. Stefana kard. Wyszyńskiego 5a m. 3.',
    'Abito in Via Porta a mare 5, Pisa.',
    // people after words that a street's name may end with
    'Szabó Éva utcai ruhában jött be a próbára.',
    'Kovács Anna úti okmányát a portán hagyta.',
    'Ayşe Yılmaz mahallesinde herkes tarafından tanınır.',
  ])('finds a person in: %s', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    // any reader's question, answered in general
    'Darf ich Blut spenden, wenn ich Diabetes habe? Ja, wenn er gut eingestellt ist.',
    'Mag ik bloed geven als ik diabetes heb? Ja, als het goed geregeld is.',
    '¿Puedo donar sangre si tengo VIH? No. Las personas con VIH no pueden donar.',
    'Can I donate if I have diabetes? Yes, if it is well controlled.',
    '¿Y si tengo diabetes? Depende del tipo y del tratamiento.',
    // a reader's question opened by a modal verb, whose clause puts its verb last
    'Mag ik sporten als ik epilepsie heb?',
    'Darf ich Sport treiben, wenn ich Asthma habe? Bewegung ist grundsätzlich erlaubt.',
    // a topic, not the writer's own
    'Was ich über Diabetes gelernt habe: viel Bewegung hilft.',
    // the Dutch 'er' ("there"), a thing's 'sie' or 'ze' before a participle, "he or she"
    'Dat komt doordat er nog geen medicijn tegen alzheimer is.',
    'Bel 112 als er iemand een epileptische aanval heeft.',
    'Die Klinik ist beliebt, weil sie auf Krebs spezialisiert ist.',
    'De kliniek is populair omdat ze in kanker gespecialiseerd is.',
    'Was können Angehörige tun, wenn er oder sie Krebs hat? Zuhören ist das Wichtigste.',
    'Wat kunnen naasten doen als hij of zij kanker heeft? Luisteren is het belangrijkste.',
    'Ask the ER staff where the psychiatric ward is.',
    'Det er svært for diabetikere at undvære is.',
    'Wyniki ze szpitala psychiatrycznego przysłano nam.',
    // a reflexive 'se' before the "if", a reader asking, a question's word
    '¿Qué se puede comer si tengo diabetes? Generalmente se recomienda una dieta rica en fibra.',
    'Should I ask if I have to stop taking insulin before surgery? Yes, always ask your surgeon.',
    'Pregunta, si tengo diabetes ¿puedo donar sangre? Sí, siempre que esté controlada.',
    // words that say something else
    'Я живу в глухой деревне под Вологдой.',
    'Я працюю адміністратором в онкологічному центрі.',
    'Я журналист и пишу о раке груди у молодых женщин.',
    'Kasjerka siedzi za szybą, płatność tylko kartą.',
    'Mám problém s automatmi na parkovisku, nevydávajú lístky.',
    // a sentence going on after a street named after a person
    "L'isola ecologica di via Alessandro Manzoni resterà chiusa lunedì 2 giugno.",
    'El jueves se baldeará la calle Federico García Lorca entre los números 2 y 60.',
    // a receipt's tax number for a final consumer
    'Fatura FS 2024/1187 – Posto Prio Leiria. Cliente: Consumidor final, NIF 999999990.',
  ])('finds no one in: %s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

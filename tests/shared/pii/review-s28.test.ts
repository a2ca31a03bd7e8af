import { isPersonal as personal } from './helpers.js';

// The twenty-eighth session: what the seventy-first (gyms and sports clubs), seventy-second
// (charities and food banks), seventy-third (universities and clinical research) and
// seventy-fourth (energy and telecom customer service) red-team sets missed or flagged, what the
// twenty-seventh session's review left wrong, and what a reviewer who had not seen the code wrote
// against the new rules.

describe('personal payloads found since', () => {
  it.each([
    // A pronoun stressed before its verb; the placeholder's name before it counts as no one
    'Im Beispiel steht Max Mustermann – ich selbst habe aber tatsächlich Diabetes Typ 1.',
    'Ich persönlich habe seit Jahren Depressionen.',
    'I myself have had cancer twice.',
    'Ich selbst bin Muslimin.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });
});

describe('non-sensitive payloads no longer flagged', () => {
  it.each([
    // Danish 'en' and 'et' ('one') before two years read as a dictated number
    'Le chiffre d’affaires a progressé en 2023 et 2024 de 4 %.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// A review of the session's rules (325 sentences written blind against them): the personal ones
// the session's code finds and its base did not (half of them).
describe('personal sentences of the review found since', () => {
  it.each([
    "My mum's been anaemic for years and the GP just doubled her iron tablets.",
    'Annem anemi tedavisi görüyor, bu yüzden toplantıya gelemeyecek.',
    'my mums on oxygen 24/7 now, can we move the visit to the ground floor room?',
    'Mon père est en fauteuil depuis son accident de moto en 2019.',
    'Moja babka je slabozraká, tak jej každý večer čítam noviny.',
    'Синът ѝ е с туберкулоза и от седмица е в болницата в Габрово.',
    'Он перенёс инсульт в прошлом месяце и до сих пор плохо говорит.',
    'У моей жены рассеянный склероз, поэтому мы редко выходим из дома.',
    'У моего сына эпилепсия, учительница знает, что делать при приступе.',
    'Він отримав контузію під Бахмутом і тепер погано чує на ліве вухо.',
    'Mi pareja y yo estamos en tratamiento de fertilidad, por eso pido los viernes libres.',
    'Njen sin je zavisnik, već treći put ide na lečenje.',
    'Baka mi je slijepa na jedno oko nakon operacije.',
    'Rekla je da boluje od tuberkuloze, zato nije dolazila na posao.',
    'Doktor je sestri rekao da ima heroina u krvi, još se nije oporavila.',
    'Mano tėvui nustatyta tuberkuliozė, visa šeima turi pasitikrinti.',
    'Mans brālis ir atkarīgs no alkohola jau desmit gadus.',
    'Mun sisko on ollut masentunut koko talven eikä käy töissä.',
    'Mu ema elab nüüd hooldekodus Tartus, külastan teda pühapäeviti.',
    'Mae fy nhad yn ddiabetig ers deng mlynedd.',
    'Mae gan fy nghefnder sgitsoffrenia ac mae e yn yr ysbyty.',
    'Mae fy nghariad yn ddiabetig, felly dim pwdin iddi hi.',
    'A la meva àvia li va agafar una angina de pit mentre cuinava.',
    'Aitak minbizia du eta datorren astean hasiko da kimioterapiarekin.',
    'Mamma mín er með gigt og á erfitt með stiga.',
    'Pabbi minn er nýkominn úr meðferð og líður vel.',
    "Missieri għandu glawkoma u m'għadux jista' jsuq.",
    'Hie wier am Prisong fir zwee Joer, dat huet säi Brudder mir gesot.',
    'Djali im pësoi frakturë në dorë gjatë ndeshjes.',
    'Vajza ime është myslimane dhe nuk ha mish derri.',
    'Babam geçen hafta kalp krizi geçirdi, yoğun bakımda.',
    'Kuzenim Alevi, her perşembe cemevine gidiyor.',
    'أخي أصيب بارتجاج في المخ أثناء مباراة كرة القدم.',
    'زميلتي ريم محجبة وتفضل ألا تظهر في صور الفريق.',
    'Mijn collega Harjit draagt een tulband en vraagt of dat onder de helm past.',
    'A minha filha partiu o pulso no recreio e vai ficar engessada um mês.',
    'Мой сосед Пётр — адвентист, по субботам он не работает.',
    'Ο πατέρας μου είναι μέλος του σωματείου εδώ και είκοσι χρόνια.',
    'Elle est sortie de prison il y a deux ans, personne au bureau ne le sait.',
    'Nire anaia espetxean dago Martuteneko auziagatik.',
    'Im vëlla u arrestua për ryshfet në doganë.',
    'A párom ellen büntetőeljárás indult, ezért kérek szabadságot a tárgyalásra.',
    'Fratele meu a fost prins cu marijuana la graniță cu Ungaria.',
    'Ich selbst habe Anämie und kann deshalb nicht Blut spenden.',
    "I myself have sickle cell trait, so I'd rather not do the altitude trip.",
    'Boluntarioak esan dit minbizia duela eta ez dela gehiago etorriko.',
    'Oğlum ACL ameliyatı oldu, iki ay futbol yok.',
    "Dywedodd ei fam ei fod e'n ddiabetig ers blynyddoedd.",
    'Mun isä on hooldekodussa Virossa, käyn siellä kerran kuussa.',
    'Ajo është myslimane praktikuese dhe falet pesë herë në ditë.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(true);
  });
});

// Stadiums, institutes, universities, clubs and centres named after someone (the sets' rows).
describe('places named after people', () => {
  it.each([
    'Clubul Sportiv „Ion Creangă” organizează selecții pentru copiii născuți în 2014–2016,\npe 15 septembrie, ora 17:00, la Sala Polivalentă. Nu este necesară programare.',
    'A Puskás Ferenc Stadion melletti edzőpályák a hétvégén zárva tartanak,\naz amatőr bajnokság fordulóit egy héttel elhalasztják.',
    "Ali Sami Yen Spor Kompleksi'ndeki amatör lig maçları hafta sonu seyircisiz oynanacak.\nFikstür federasyonun sitesinde.",
    'Sveučilište Josipa Jurja Strossmayera u Osijeku – raspored ispitnih rokova: Anatomija 12.6. i 26.6., Histologija 14.6. Prijave putem Studomata do 48 sati prije roka.',
    'A Szent-Györgyi Albert Klinikai Központ új kutatólaboratóriumot adott át. A laborban évente mintegy 300 vizsgálatot végeznek majd.',
    'Niels Bohr Institutet søger studentermedhjælpere til laboratoriet. Ansøgning sendes via universitetets jobportal senest 1. marts.',
    'Львівський національний медичний університет імені Данила Галицького відкрив новий симуляційний центр для студентів.',
    "Canolfan Hamdden Owain Glyndŵr: bydd y pwll nofio ar gau ddydd Llun ar gyfer gwaith cynnal a chadw.\nMae'r gampfa ar agor fel arfer.",
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

// Words the session's first rules took too broadly, and others like them: 'jeho' ("its"),
// 'hija' ("it is"), 'mam Rollstull', 'ima' ("there is"), "upon his arrest" in a law, 'kad yra'
// ("that there is"), 'se është' ("that … has"), a conditional report, 'que' opening an impersonal
// clause, the Turkish 'ama' ("but"), the Danish 'fra' ("from"), a fiscal year's 'FY'.
describe('generic sentences the new cues leave alone', () => {
  it.each([
    'Heroin a jeho účinky na mozek popisuje nová brožura ministerstva.',
    'Il-borża hija tqila wisq għat-tfal tal-ewwel sena.',
    "De Buttek ass mam Rollstull accessibel iwwer d'Säitendier.",
    'Nije istina da ima više slučajeva tuberkuloze nego prošle godine.',
    'ينص القانون على حق كل شخص في الاتصال بمحام فور اعتقاله.',
    'Tyrimai rodo, kad yra ryšys tarp tuberkuliozės ir skurdo.',
    'Statistika parodė, kad serga tuberkulioze daugiausia vyresni vyrai.',
    'Studimi tregon se është rritur numri i rasteve me frakturë tek fëmijët.',
    'Ha a munkavállalót feljelentették, a munkáltató nem bocsáthatja el automatikusan.',
    'Id-dijabete hija marda kronika.',
    'Se estima que padece diabetes el 10 % de la población adulta.',
    'Ankete göre gençlerin çoğu ama özellikle kızlar spor salonuna gitmiyor.',
    'Vi kører fra Aarhus kl. 8 og er fremme kl. 11.',
    'FY 2024 cancer screening programme: 12 000 invitations sent.',
  ])('%s', (text) => {
    expect(personal(text)).toBe(false);
  });
});

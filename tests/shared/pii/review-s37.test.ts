import { classify } from '../../../shared/pii/classify.js';

const personal = (text: string): boolean => classify(text).classification === 'personal';

// Probes of the thirty-seventh session's rules, written from the misses and false alarms of four
// blind red-team sets (volunteer fire brigades and rescue, riding stables, tradespeople, amateur
// theatre and music: tests/fixtures/labelled/redteam103.jsonl to redteam106.jsonl): a holder of a
// post as a sentence's subject, a surname with the initials after it, names the gazetteer lacked,
// the elided articles; and the near-misses each rule must leave alone.
describe('review of the thirty-seventh session', () => {
  it.each([
    "l'Arnau té càncer i no vindrà a l'assaig.",
    'The lady at No. 14 is partially sighted and uses a white cane.',
    'Kassereren har vært sykmeldt med utbrenthet siden januar.',
    'The treasurer has been on sick leave with burnout since January.',
    'La directora comunica que el trompa solista ha pedido una excedencia por quimioterapia.',
    'Решили: исключить из студии Воронцову Т. за появление в нетрезвом виде.',
    'Слушали: о проступке добровольца Кириллова А. Н., задержанного полицией 12 мая.',
    "Слухали: заяву пана Гнатюка про вихід з хору у зв'язку з переходом до греко-католицької церкви.",
    'Gudden Dag, ech sinn d’Carole Weber, ech si mat menger Mamm am Hospice.',
    'Kamerad Dietmar Krömer ist aus der katholischen Kirche ausgetreten.',
    "Nermin Hanım'ın oğlu geçen ay gözaltına alınmış.",
    'Баба Радојка из стана 11 не види на једно око.',
    'Bjarke fra værkstedet har fået konstateret sukkersyge.',
    'Ивайло от оркестъра е в болница с инфаркт.',
    'онај ронилац из Новог Сада је активиста опозиције',
    'Скаргу на ветеринара Петренка, якого притягнули до кримінальної відповідальності, розглянули.',
    '1. Maja Kowalska – nieobecna, zwolnienie lekarskie po operacji.',
    'Anna Weber starb am 3. März 2024 im Klinikum; die Familie bittet um Ruhe.',
  ])('reads %j as personal', (text) => {
    expect(personal(text)).toBe(true);
  });

  it.each([
    'Els Mossos han detingut 12 persones a Berga.',
    'Сала „Никола Тесла“ прима 250 гостију, сала „Вук Караџић“ 80.',
    'Брод „Никола Тесла“ полази са пристаништа сваког дана у 12:00.',
    'ФК „Никола Тесла” уписује децу рођену 2015–2018.',
    'Никола Тесла преминуо је 7. јануара 1943. у хотелу „Њујоркер“ у Њујорку.',
    "Arama kurtarma ekibimiz 1 Eylül Pazar günü saat 11:00'de tatbikat yapacaktır.",
    'Şubemiz 29 Ekim Cumhuriyet Bayramı nedeniyle kapalıdır.',
    'Klient może w każdej chwili zażądać wglądu w swoje dane o zdrowiu.',
    'If the treasurer is ill, the deputy treasurer signs the cheques.',
    'Boluntario batek diabetesa badu, txandan atsedenaldia izateko eskubidea du.',
    'Ο καθηγητής δεν κάνει διάγνωση άγχους· παραπέμπει στον ψυχολόγο του σχολείου.',
    'The doctor treats diabetes and asthma at the Tuesday clinic.',
    'SCEN 14. INT. KÖK – KVÄLL. Insulinpennorna ligger bakom müslipaketet.',
    'Banco Santander S.A. financia el programa de salud mental de la comarca.',
    'Tickets for the spring concert: boxoffice@example-choir.org.uk',
  ])('reads %j as non-sensitive', (text) => {
    expect(personal(text)).toBe(false);
  });
});

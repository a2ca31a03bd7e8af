import { introducedNameRecognizer } from '../../../../shared/pii/recognizers/introduced-name.js';

// Names the gazetteer cannot hold (red-team set 23: statements of people who fled, in their own
// language and script): after "my name is", and after a title, a role or a label in a script
// without capitals.
const found = (text: string): string[] =>
  introducedNameRecognizer
    .find(text)
    .map((finding) => `${finding.detail}:${text.slice(finding.start, finding.end)}`);

describe('introducedNameRecognizer', () => {
  it.each([
    ['Urdu', 'میرا نام طاہر احمد بھٹی ہے', 'introduced:طاہر احمد بھٹی'],
    ['Persian', 'نام من مهسا ثابتی است', 'introduced:مهسا ثابتی'],
    ['Pashto', 'زما نوم محمد نبي صافي دی', 'introduced:محمد نبي صافي'],
    ['Hebrew', 'שמי עומר חדד, בן 27', 'introduced:עומר חדד'],
    ['Tigrinya', 'ስመይ ኣዜብ ገብረሚካኤል እዩ።', 'introduced:ኣዜብ ገብረሚካኤል'],
    ['Tamil', 'என் பெயர் செல்வராஜா தர்மலிங்கம்.', 'introduced:செல்வராஜா தர்மலிங்கம்'],
    ['Nepali', 'मेरो नाम राम बहादुर गुरुङ हो।', 'introduced:राम बहादुर गुरुङ'],
    ['Chinese, no blank', '我叫王伟，来自武汉。', 'introduced:王伟'],
    ['Albanian', 'Quhem Erion Dervishi, jam 24 vjeç.', 'introduced:Erion Dervishi'],
    [
      'Azerbaijani',
      'Mənim adım Elvin Rauf oğlu Məmmədovdur',
      'introduced:Elvin Rauf oğlu Məmmədovdur',
    ],
    ['a salutation before Arabic', 'Frau فاطمة hat Diabetes', 'cued-script:فاطمة'],
    ['a name label before Arabic', 'Name: محمد', 'cued-script:محمد'],
    ['the pupil in Swedish', 'Eleven سارة i klass 4B', 'cued-script:سارة'],
    [
      'a label before a script with no name list',
      'Pupil: ਗੁਰਸ਼ਰਨ ਸਿੰਘ, 2nd class',
      'cued-script:ਗੁਰਸ਼ਰਨ ਸਿੰਘ',
    ],
    // "I am" before a first name of faker's Arabic, Persian, Armenian… lists
    ['Arabic "I am"', 'أنا محمود الحسن. آسف جداً', 'introduced:محمود الحسن'],
    ['Persian "I am … am"', 'من پیام هستم، ۲۹ ساله', 'introduced:پیام'],
    ['Armenian "I am"', 'Ես Անահիտ Սարգսյանն եմ', 'introduced:Անահիտ Սարգսյանն'],
  ])('finds the name in %s', (_case, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['a blank to fill in', 'My name is ___'],
    ['"my name is" in Urdu before digits', 'میرا نام: 123'],
    ['a role before an Arabic greeting after a verb', 'Kunde schrieb: مرحبا'],
    ['a Latin-script word after a title', 'Herr Müller'],
    ['Arabic "I am" before no name', 'أنا صائم وعندي مرض السكري'],
    ['Arabic "who" before a two-letter word', 'وأسمعت كلماتي من به صممُ'],
    ['Persian "I" before a name without "am"', 'من محمود را دیدم'],
    // A review of the first version: a cue before any word of another script, an everyday word
    // that faker lists as a name, a verb after the Chinese cue
    ['milliseconds before Arabic', 'زمن الاستجابة 20 ms فقط'],
    ['a glossary line', 'student طالب'],
    ['a glossary line in Bengali', 'student ছাত্র'],
    ['a product label', 'Name: زيت الأرغان المغربي'],
    ['Arabic "I am happy"', 'مرحبا يا أصدقاء، أنا سعيد جدا بلقائكم'],
    ['Hebrew "I am happy"', 'שלום לכולם, אני שמחה שהגעתם'],
    ['Chinese "I told him"', '我叫他明天早点来'],
    ['Chinese "I called a cab"', '下雨了，我叫了一辆出租车回家。'],
    ['Arabic "more conducive"', 'إن الشفافية أدعى إلى ثقة المواطنين'],
  ])('finds none in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

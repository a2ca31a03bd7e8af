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
    ['Urdu', 'میرا نام طاہر احمد بھٹی ہے', 'introduced:طاہر احمد بھٹی ہے'],
    ['Persian', 'نام من مهسا ثابتی است', 'introduced:مهسا ثابتی است'],
    ['Pashto', 'زما نوم محمد نبي صافي دی', 'introduced:محمد نبي صافي دی'],
    ['Hebrew', 'שמי עומר חדד, בן 27', 'introduced:עומר חדד'],
    ['Tigrinya', 'ስመይ ኣዜብ ገብረሚካኤል እዩ።', 'introduced:ኣዜብ ገብረሚካኤል እዩ'],
    ['Tamil', 'என் பெயர் செல்வராஜா தர்மலிங்கம்.', 'introduced:செல்வராஜா தர்மலிங்கம்'],
    ['Nepali', 'मेरो नाम राम बहादुर गुरुङ हो।', 'introduced:राम बहादुर गुरुङ हो'],
    ['Chinese, no blank', '我叫王伟，来自武汉。', 'introduced:王伟'],
    ['Albanian', 'Quhem Erion Dervishi, jam 24 vjeç.', 'introduced:Erion Dervishi'],
    [
      'Azerbaijani',
      'Mənim adım Elvin Rauf oğlu Məmmədovdur',
      'introduced:Elvin Rauf oğlu Məmmədovdur',
    ],
    ['a salutation before Arabic', 'Frau فاطمة hat Diabetes', 'cued-script:فاطمة'],
    ['a name label before Arabic', 'Name: محمد', 'cued-script:محمد'],
    ['a salutation before Chinese', 'Herr 王伟 kommt morgen', 'cued-script:王伟'],
    ['the pupil in Swedish', 'Eleven سارة i klass 4B', 'cued-script:سارة'],
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
  ])('finds none in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

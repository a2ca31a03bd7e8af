import { classify } from '../../../shared/pii/classify.js';

// Inputs a reviewer built against the seventh session's changes, each personal before them and
// non-sensitive after one of them until it was mended: they stay personal.
const PARAGRAPH =
  'we talked about the roadmap and the next steps for the project, nothing else to add here, see you next week and thanks again for the notes ';

describe('regressions found in review, mended', () => {
  it.each([
    [
      'a short paragraph with a capital in a text in lower case',
      `${PARAGRAPH}\n\nbtw anna kowalska from HR is pregnant\n\n${PARAGRAPH}`,
    ],
    ['a subject line over a body in lower case', `Subject: call with jan kowalski\n\n${PARAGRAPH}`],
    // Words after a greeting that are no name once folded: not when they fold into a name
    ['a name that a greeting word folds into', 'Hej Kara, kan du ringa mig?'],
    ['a surname a group word folds into', 'Sehr geehrte Frau Burger, danke.'],
    ['a surname that is also a group word', 'Gentile Sig. Vicini, grazie.'],
    // Small capitals in prose in lower case read capitalised
    ['a name in small capitals after a verb', 'can you ask ᴍᴀʀɪᴇ about it'],
    ['a name in small capitals after a command', 'call ᴀɴɴᴀ'],
    // A surname that an occupation word would have been
    ['a surname in lower case that is a German occupation', 'anna leiter hat angerufen'],
    // British postcodes in lower case, found in the normalised view
    ['a postcode area of two letters', 'send it to 22\u00a0hawthorn rd rhyl ll18 3tw'],
    ['a postcode area of one letter', 'my address: 4 bold st, liverpool\u00a0l1 8jq'],
    // A name that a Luxembourgish word is written like, without its accent
    ['a first name opening a sentence', 'Wei kommt morgen nicht.'],
  ])('keeps %s personal', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

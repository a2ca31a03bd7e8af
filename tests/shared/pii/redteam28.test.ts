import { classify } from '../../../shared/pii/classify.js';

// The twenty-eighth red-team set's two misses that were not debatable, cut down: a person singled
// out as the only one of an occupation, with a word hyphenated between ("the only night-shift
// driver") or as a Croatian or Slovene female driver ('vozačica', 'voznica').
describe('people singled out as the only driver', () => {
  it.each([
    'The operator involved is the only night-shift driver who uses a below-knee prosthesis.',
    'Jedina vozačica viličara u smjeni B javila je voditelju da je trudna.',
    'Jedina voznica v izmeni B je noseča.',
  ])('%s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    'The only night-shift bus route runs every 30 minutes.',
    'Jedina vozačka dozvola koju prihvaćamo je EU kategorija B.',
  ])('not: %s', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

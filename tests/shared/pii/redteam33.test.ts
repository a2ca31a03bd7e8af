import { classify } from '../../../shared/pii/classify.js';

// The thirty-third red-team set (research, genomics and biometrics) missed six personal payloads
// blind; three are found now, each by what its language writes: a Lithuanian name in the
// instrumental or genitive ('su Dariumi Jankausku', 'Dariaus Jankausko'), Finnish "I do have
// (diagnosed)" with the clitic '-kin', and Galician "born on" ('nado o').
describe('the thirty-third red-team set', () => {
  it.each([
    'kalbėjausi su Dariumi Jankausku, kuris gydėsi nuo alkoholizmo',
    'Dariaus Jankausko byla',
    'Minulla onkin diagnosoitu masennus viime syksynä.',
    'Suxeito 02-015, iniciais X.M.R., nado o 14/02/1949, veciño de Ons',
    'Unë kam diabet tip 2.',
  ])('finds: %s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    'el nado o la natación 12/03/2024',
    'Het protocol noemt Alzheimer en Parkinson als uitsluitingscriteria.',
  ])('leaves alone: %s', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

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

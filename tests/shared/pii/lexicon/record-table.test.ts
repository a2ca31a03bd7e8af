import { classify } from '../../../../shared/pii/classify.js';
import { lexiconHits } from '../../../../shared/pii/lexicon/index.js';
import { recordTableHeads } from '../../../../shared/pii/lexicon/record-table.js';

const heads = (text: string): string[] =>
  recordTableHeads(text, lexiconHits(text).of('health')).map((head) =>
    text.slice(head.start, head.end),
  );

// One row per person with a health column: health data about each, named or pseudonymised.
describe('recordTableHeads', () => {
  it.each([
    [
      'NO, a pseudonymised cohort',
      'lopenr;fodselsar;kjonn;kommune;diagnose\nP-004417;1961;M;Frøya;F10.2',
      'diagnose',
    ],
    ['EN, a patient id', 'patient_id,birth_year,sex,diagnosis\nP-1,1961,M,F32.1', 'diagnosis'],
    [
      'DE, tabs and a case number',
      'Fallnummer\tGeburtsjahr\tDiagnose\n4471\t1958\tI21.0',
      'Diagnose',
    ],
    ['a markdown table', '| pseudonym | medication |\n|---|---|\n| a81f | lithium |', 'medication'],
    [
      'FR, a birth date',
      'date de naissance;diagnostic\n1980-03-12;diabète de type 2',
      'diagnostic',
    ],
  ])('finds %s', (_case, text, head) => {
    expect(heads(text)).toEqual([head]);
  });

  it.each([
    ['counts per diagnosis', 'diagnosis;count\nE11;234\nF32.1;120'],
    ['age bands and counts', 'age_band;sex;diagnosis;n\n60-69;M;E11;34'],
    ['no column naming a person', 'sex;diagnosis\nM;E11'],
    ['a header with no row under it', 'patient_id;diagnosis\n'],
    ['an empty health cell', 'patient_id;diagnosis\nP-1;'],
    ['the term in prose, not a cell', 'patient_id and diagnosis are columns\nof the export'],
  ])('finds none in %s', (_case, text) => {
    expect(heads(text)).toEqual([]);
  });

  it('makes the payload personal', () => {
    const result = classify('Summarise:\npatient_id;birth_year;diagnosis\nP-1;1961;F10.2');
    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.detail)).toContain('record-table');
  });
});

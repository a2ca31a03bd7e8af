import { join } from 'node:path';
import {
  type AccuracyCase,
  invalidIdentifiers,
  neutralCases,
  place,
  recallCases,
  validIdentifiers,
} from '../../bench/accuracy/cases.js';
import { CORPORA_DIR, loadCorpora } from '../../bench/accuracy/corpora.js';
import { flaggedBy, foundBy, measure, rate } from '../../bench/accuracy/measure.js';
import { hardWrap } from '../../bench/accuracy/perturbations.js';
import { FLAG_CEILING, RECALL_FLOOR } from '../../bench/accuracy/report.js';
import { LABEL_KINDS, LABELLED, LANGUAGES, POSITIONS } from '../../bench/accuracy/templates.js';
import { classify } from '../../shared/pii/classify.js';

// The public-corpus floors of issue 3, on every case `npm run bench:accuracy` measures (no
// sampling). Accuracy is deterministic, so these are plain assertions; speed is benchmarked.
const corpora = loadCorpora(join(process.cwd(), CORPORA_DIR));

const sample = (cases: readonly AccuracyCase[]) =>
  cases.slice(0, 20).map((item) => `${item.type} ${JSON.stringify(item.text)}`);

describe('accuracy on the public corpus', () => {
  it('builds cases from both corpora', () => {
    const sources = new Set(validIdentifiers(corpora).map((identifier) => identifier.source));

    expect(validIdentifiers(corpora).length).toBeGreaterThan(800);
    expect(invalidIdentifiers(corpora).length).toBeGreaterThan(400);
    expect([...sources].sort()).toEqual(['presidio', 'stdnum']);
  });

  it(`finds at least ${RECALL_FLOOR}% of the valid identifiers in labelled sentences`, () => {
    const result = measure(recallCases(corpora), foundBy(classify));
    const recall = rate(result.overall);

    expect(recall >= RECALL_FLOOR ? [] : sample(result.missed)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    for (const [language, tally] of result.byLanguage) {
      expect({ language, recall: rate(tally) >= RECALL_FLOOR }).toEqual({ language, recall: true });
    }
  });

  it(`flags at most ${FLAG_CEILING}% of the invalid look-alikes in neutral sentences`, () => {
    const cases = neutralCases(corpora);
    const result = measure(cases, flaggedBy(classify));
    const flagged = () => cases.filter((item) => classify(item.text).classification === 'personal');

    expect(rate(result.overall) <= FLAG_CEILING ? [] : sample(flagged())).toEqual([]);
    expect(rate(result.overall)).toBeLessThanOrEqual(FLAG_CEILING);
  });

  // As a mail client sends them: lines wrapped where a space was (the offsets stay the same), so
  // identifiers written in groups break across lines next to their labels.
  it.each([40, 25])(
    `finds at least ${RECALL_FLOOR}%% of them wrapped at %i columns, and flags at most ${FLAG_CEILING}%% of the look-alikes`,
    (width) => {
      const wrap = (cases: readonly AccuracyCase[]) =>
        cases.map((item) => ({ ...item, text: hardWrap(item.text, width) }));
      const found = measure(wrap(recallCases(corpora)), foundBy(classify));
      const flagged = measure(wrap(neutralCases(corpora)), flaggedBy(classify));

      expect(rate(found.overall) >= RECALL_FLOOR ? [] : sample(found.missed)).toEqual([]);
      expect(rate(flagged.overall)).toBeLessThanOrEqual(FLAG_CEILING);
    },
  );

  it('credits no finding to the sentences themselves: nothing is found where the value goes', () => {
    const filler = { source: 'stdnum', type: 'none', value: 'Test', label: 'tax' } as const;
    const found = foundBy(classify);
    const credited = LANGUAGES.flatMap((language) =>
      POSITIONS.flatMap((position) =>
        LABEL_KINDS.map((label) =>
          place({ ...filler, label }, language, position, LABELLED[language][position]),
        ),
      ),
    ).filter(found);

    expect(credited.map((item) => item.text)).toEqual([]);
  });
});

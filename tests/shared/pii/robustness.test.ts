import {
  falsePositiveRate,
  measureLabelled,
  readLabelledCorpus,
  recall,
} from '../../../bench/accuracy/labelled.js';
import { PERTURBATIONS, perturbed } from '../../../bench/accuracy/perturbations.js';
import { classify } from '../../../shared/pii/classify.js';

// The labelled corpus and the held-out set, rewritten as payloads arrive (serialised into JSON,
// decomposed, mis-decoded, shouted, in lower case, in markup, quoted, logged, encoded): the same
// floors as for the texts as written.
const corpus = [
  ...readLabelledCorpus(),
  ...readLabelledCorpus('tests/fixtures/labelled/holdout.jsonl'),
];
const isPersonal = (text: string): boolean => classify(text).classification === 'personal';

describe('accuracy on the labelled payloads, rewritten as they arrive', () => {
  it.each(PERTURBATIONS.map((perturbation) => [perturbation.name, perturbation] as const))(
    '%s: finds at least 99%% of the personal payloads, flags at most 5%% of the others',
    (_name, perturbation) => {
      const figures = measureLabelled(perturbed(corpus, perturbation), isPersonal);
      if (figures.missed.length > 0) console.log(`${perturbation.name} missed:`, figures.missed);

      expect(recall(figures.overall)).toBeGreaterThanOrEqual(99);
      expect(falsePositiveRate(figures.overall)).toBeLessThanOrEqual(5);
    },
  );
});

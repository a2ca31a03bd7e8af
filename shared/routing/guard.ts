import { PersonalDataRefusedError } from '../errors.js';
import type { ClassificationResult, Route } from '../types.js';

/**
 * Defence in depth for the global route: the caller's classification must say non-sensitive AND
 * the text, classified again here, must too. Anything else is refused before a byte is sent.
 */
export const assertMayUseRoute = (
  route: Route,
  claimed: unknown,
  text: string,
  classify: (text: string) => ClassificationResult,
): void => {
  if (route !== 'global') return;
  if (claimed !== 'non-sensitive') {
    throw new PersonalDataRefusedError(
      `the global route refuses a payload classified ${typeof claimed === 'string' ? claimed : 'unknown'}`,
    );
  }
  let again: ClassificationResult;
  try {
    again = classify(text);
  } catch {
    throw new PersonalDataRefusedError('the global route could not re-classify the payload');
  }
  if (again.classification !== 'non-sensitive') {
    throw new PersonalDataRefusedError(
      `the global route re-classified the payload as ${again.classification} (${[...new Set(again.findings.map((f) => f.type))].join(', ')})`,
    );
  }
};

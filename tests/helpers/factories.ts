import { lambdaContext } from '../../local/lambda-context';
import { createLogger } from '../../shared/adapters/logger';
import type { ClassificationResult } from '../../shared/types';

export const silentLogger = () => createLogger('test', { logLevel: 'SILENT' });

export const context = (name = 'test-function') => lambdaContext(name, 'eu-central-1');

/** A fake classifier: personal when the text contains the marker word. */
export const markerClassifier =
  (marker = 'PERSONAL') =>
  (text: string): ClassificationResult => ({
    classification: text.includes(marker) ? 'personal' : 'non-sensitive',
    findings: text.includes(marker)
      ? [
          {
            type: 'EMAIL_ADDRESS',
            category: 'contact',
            start: text.indexOf(marker),
            end: text.indexOf(marker) + marker.length,
            score: 1,
            recognizer: 'fake',
          },
        ]
      : [],
    policyVersion: 'test-policy',
  });

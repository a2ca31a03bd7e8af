import type { SQSEvent, SQSRecord } from 'aws-lambda';
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

/** One SQS record as Lambda receives it; SentTimestamp is fixed so redeliveries carry identical input. */
export const sqsRecord = (messageId: string, body: string): SQSRecord => ({
  messageId,
  receiptHandle: `handle-${messageId}`,
  body,
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '1764331200000',
    SenderId: 'AIDAEXAMPLE',
    ApproximateFirstReceiveTimestamp: '1764331200100',
  },
  messageAttributes: {},
  md5OfBody: 'x',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:eu-central-1:123456789012:cris-router-dev-payloads',
  awsRegion: 'eu-central-1',
});

export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

import type { ClassificationResult } from '../types.js';
import { decide, type PolicyOptions, policyFor } from './policy.js';
import { classifierError, findAll } from './registry.js';

export type ClassifyOptions = PolicyOptions;

const failed = (policyVersion: string, error: unknown): ClassificationResult => ({
  classification: 'personal',
  findings: [classifierError('classify', error)],
  policyVersion,
});

/**
 * Classifies a payload as personal or non-sensitive. Never throws: a non-string input or any
 * failure yields 'personal' with a CLASSIFIER_ERROR finding. Findings carry offsets, never values.
 */
export const classify = (text: string, options: ClassifyOptions = {}): ClassificationResult => {
  const policy = policyFor(options);
  if (typeof text !== 'string') return failed(policy.version, new TypeError());
  try {
    const findings = findAll(text);
    return { classification: decide(findings, policy), findings, policyVersion: policy.version };
  } catch (error) {
    return failed(policy.version, error);
  }
};

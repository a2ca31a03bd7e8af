import { createHash } from 'node:crypto';

const MAX_NAME_LENGTH = 80;

/**
 * A Step Functions execution name derived only from the delivery id, so a redelivered message
 * maps to the same name and StartExecution refuses a second run. At most 80 characters of
 * [A-Za-z0-9-_]; longer or unusual ids are hashed rather than truncated, so they cannot collide.
 */
export const executionName = (prefix: string, deliveryId: string): string => {
  const name = `${prefix}-${deliveryId}`;
  if (name.length <= MAX_NAME_LENGTH && /^[A-Za-z0-9_-]+$/.test(name)) return name;
  const digest = createHash('sha256').update(deliveryId).digest('hex').slice(0, 64);
  return `${prefix}-${digest}`.slice(0, MAX_NAME_LENGTH);
};

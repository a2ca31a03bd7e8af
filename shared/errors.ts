/**
 * Every error the project throws. `name` is set explicitly on each class because
 * Step Functions `Retry`/`Catch` match on it (statemachines/router.asl.json).
 * `retryable` says what the caller does next; messages never carry payload text.
 */
export type ErrorDisposition = 'retry' | 'do-not-retry' | 'never-send';

export abstract class AppError extends Error {
  abstract override readonly name: string;
  abstract readonly disposition: ErrorDisposition;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  get retryable(): boolean {
    return this.disposition === 'retry';
  }
}

/** Configuration is wrong: fails the cold start, never the first event. */
export class ConfigError extends AppError {
  override readonly name = 'ConfigError';
  readonly disposition = 'do-not-retry';
}

export type InvalidPayloadReason =
  | 'invalid-json'
  | 'not-an-object'
  | 'missing-text'
  | 'text-not-string'
  | 'empty-text'
  | 'text-too-large'
  | 'binary-content'
  | 'invalid-field';

/** The payload cannot be read: it is rejected and audited, never sent anywhere. */
export class InvalidPayloadError extends AppError {
  override readonly name = 'InvalidPayloadError';
  readonly disposition = 'never-send';
  constructor(
    readonly reason: InvalidPayloadReason,
    message: string,
  ) {
    super(message);
  }
}

/** The classifier itself failed: the payload is treated as personal (fail closed). */
export class ClassificationError extends AppError {
  override readonly name = 'ClassificationError';
  readonly disposition = 'do-not-retry';
}

/** A personal (or unclassified) payload reached the global invoker: refused, whatever its input said. */
export class PersonalDataRefusedError extends AppError {
  override readonly name = 'PersonalDataRefusedError';
  readonly disposition = 'never-send';
}

/** The requested model is not in the allow-list, or has no profile for this route. */
export class UnknownModelError extends AppError {
  override readonly name = 'UnknownModelError';
  readonly disposition = 'do-not-retry';
}

/** This deployment's source region may not call the configured profile. */
export class RegionPolicyError extends AppError {
  override readonly name = 'RegionPolicyError';
  readonly disposition = 'do-not-retry';
}

/** Bedrock throttled the call (ThrottlingException): retried with backoff. */
export class ModelThrottledError extends AppError {
  override readonly name = 'ModelThrottledError';
  readonly disposition = 'retry';
}

/** ModelNotReadyException: retried with backoff. */
export class ModelNotReadyError extends AppError {
  override readonly name = 'ModelNotReadyError';
  readonly disposition = 'retry';
}

/** ServiceUnavailableException or InternalServerException: retried with backoff. */
export class ModelUnavailableError extends AppError {
  override readonly name = 'ModelUnavailableError';
  readonly disposition = 'retry';
}

/** ModelTimeoutException or a client-side timeout: retried with backoff. */
export class ModelTimeoutError extends AppError {
  override readonly name = 'ModelTimeoutError';
  readonly disposition = 'retry';
}

/** ValidationException, ServiceQuotaExceededException, ResourceNotFoundException, ModelErrorException: not retried. */
export class ModelRequestError extends AppError {
  override readonly name = 'ModelRequestError';
  readonly disposition = 'do-not-retry';
  constructor(
    readonly awsErrorName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** AccessDeniedException: IAM or model access is wrong; not retried. */
export class ModelAccessDeniedError extends AppError {
  override readonly name = 'ModelAccessDeniedError';
  readonly disposition = 'do-not-retry';
}

/** The audit store could not be written: retried (the put is conditional, so no duplicate). */
export class AuditWriteError extends AppError {
  override readonly name = 'AuditWriteError';
  readonly disposition = 'retry';
}

/** StartExecution failed for a reason other than a duplicate name: the message is retried by SQS. */
export class ExecutionStartError extends AppError {
  override readonly name = 'ExecutionStartError';
  readonly disposition = 'retry';
}

/** Narrows an unknown thrown value to one of ours. */
export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** The name to record for any thrown value, without its message (which may quote input). */
export const errorName = (error: unknown): string =>
  error instanceof Error ? error.name : typeof error === 'string' ? 'Error' : 'UnknownError';

import { AppError } from '../shared/errors.js';

/** A mistake in how the CLI was called: printed as one line, exit code 2, no stack trace. */
export class CliUsageError extends AppError {
  override readonly name = 'CliUsageError';
  readonly disposition = 'do-not-retry';
}

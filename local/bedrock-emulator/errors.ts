/** The error types Bedrock Runtime's Converse returns, with the HTTP status it sends for each. */
export const BEDROCK_ERRORS = {
  ValidationException: {
    status: 400,
    message: 'The input fails to satisfy the constraints specified by Amazon Bedrock.',
  },
  ServiceQuotaExceededException: {
    status: 400,
    message: 'Your request exceeds the service quota for your account.',
  },
  AccessDeniedException: {
    status: 403,
    message: "You don't have access to the model with the specified model ID.",
  },
  ResourceNotFoundException: { status: 404, message: 'The specified resource was not found.' },
  ModelTimeoutException: {
    status: 408,
    message: 'Model has timed out in processing the request. Try your request again.',
  },
  ModelErrorException: { status: 424, message: 'The model returned an error.' },
  ThrottlingException: {
    status: 429,
    message: 'Too many requests, please wait before trying again.',
  },
  ModelNotReadyException: {
    status: 429,
    message: 'The model is not ready to serve inference requests. Try your request again.',
  },
  InternalServerException: {
    status: 500,
    message: 'The server encountered an internal error while processing the request.',
  },
  ServiceUnavailableException: {
    status: 503,
    message: 'The service is unavailable. Try your request again.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type BedrockErrorType = keyof typeof BEDROCK_ERRORS;

/** Every error type, for tables in tests and fault injection. */
export const BEDROCK_ERROR_TYPES = Object.keys(BEDROCK_ERRORS) as BedrockErrorType[];

/** An error the emulator answers with; the message never quotes the request body. */
export interface EmulatedError {
  readonly errorType: BedrockErrorType;
  readonly message: string;
}

export const emulatedError = (errorType: BedrockErrorType, message?: string): EmulatedError => ({
  errorType,
  message: message ?? BEDROCK_ERRORS[errorType].message,
});

import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

/** Fake static credentials: the emulator reads only the region from the SigV4 scope. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * A client for the local emulator on the SDK's default HTTP/2 handler (the emulator serves h2c).
 * SigV4 only, so a developer's AWS_BEARER_TOKEN_BEDROCK is never sent; one attempt, as in prod.
 */
export const localBedrockClient = (endpoint: string, region: string): BedrockRuntimeClient =>
  new BedrockRuntimeClient({
    endpoint,
    region,
    credentials: LOCAL_CREDENTIALS,
    authSchemePreference: ['sigv4'],
    maxAttempts: 1,
  });

import { type EmulatedError, emulatedError } from './errors.js';

/** The parts of a Converse request the emulator reads, once validated. */
export interface ConverseInput {
  readonly texts: readonly string[];
  readonly messageCount: number;
  readonly maxTokens: number;
  readonly requestId?: string;
}

/** The Converse response body, as Bedrock sends it. */
export interface ConverseOutput {
  readonly output: { readonly message: { role: 'assistant'; content: { text: string }[] } };
  readonly stopReason: 'end_turn' | 'max_tokens';
  readonly usage: { inputTokens: number; outputTokens: number; totalTokens: number };
  readonly metrics: { latencyMs: number };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (message: string): EmulatedError => emulatedError('ValidationException', message);

const MALFORMED = 'Malformed input request, please reformat your input and try again.';

/** Tokens approximated as one per four characters, as the emulator's only tokenizer. */
export const approximateTokens = (text: string): number => Math.ceil(text.length / 4);

const textsOf = (blocks: unknown): string[] =>
  Array.isArray(blocks)
    ? blocks.flatMap((block) =>
        isObject(block) && typeof block.text === 'string' ? [block.text] : [],
      )
    : [];

const validateMessages = (messages: unknown): EmulatedError | undefined => {
  if (!Array.isArray(messages) || messages.length === 0) {
    return invalid(
      "1 validation error detected: Value at 'messages' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  }
  const wellFormed = messages.every(
    (m) => isObject(m) && (m.role === 'user' || m.role === 'assistant') && Array.isArray(m.content),
  );
  if (!wellFormed) return invalid(MALFORMED);
  if (!isObject(messages[0]) || messages[0].role !== 'user') {
    return invalid(
      'A conversation must start with a user message. Try again with a conversation that starts with a user message.',
    );
  }
  return undefined;
};

/** Stricter than Bedrock on one point: maxTokens is required, since quota is reserved from it. */
const validateInferenceConfig = (config: unknown): EmulatedError | undefined => {
  const maxTokens = isObject(config) ? config.maxTokens : undefined;
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1) {
    return invalid(
      "1 validation error detected: Value at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must be an integer greater than or equal to 1",
    );
  }
  const temperature = isObject(config) ? config.temperature : undefined;
  if (
    temperature !== undefined &&
    (typeof temperature !== 'number' || temperature < 0 || temperature > 1)
  ) {
    return invalid(
      "1 validation error detected: Value at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value between 0 and 1",
    );
  }
  return undefined;
};

/** Validates a raw body like Bedrock does; the messages name fields, never their content. */
export const parseConverseBody = (raw: string): ConverseInput | EmulatedError => {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return invalid(MALFORMED);
  }
  if (!isObject(body)) return invalid(MALFORMED);
  const error = validateMessages(body.messages) ?? validateInferenceConfig(body.inferenceConfig);
  if (error) return error;
  const messages = body.messages as Json[];
  const config = body.inferenceConfig as Json;
  const requestId = isObject(body.requestMetadata) ? body.requestMetadata.requestId : undefined;
  return {
    texts: [...textsOf(body.system), ...messages.flatMap((m) => textsOf(m.content))],
    messageCount: messages.length,
    maxTokens: config.maxTokens as number,
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
};

/** FNV-1a, 32 bits: makes the answer depend on the input without quoting it. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/** A deterministic answer that summarises the input by counts and a digest, never by its words. */
export const converseReply = (
  input: ConverseInput,
  identifier: string,
  latencyMs: number,
): ConverseOutput => {
  const all = input.texts.join('\n');
  const words = all.split(/\s+/).filter(Boolean).length;
  const full = `Processed ${words} words in ${input.messageCount} message(s) via ${identifier} [digest ${fnv1a(all)}].`;
  const truncated = approximateTokens(full) > input.maxTokens;
  const text = truncated ? full.slice(0, input.maxTokens * 4) : full;
  const inputTokens = approximateTokens(all);
  const outputTokens = approximateTokens(text);
  return {
    output: { message: { role: 'assistant', content: [{ text }] } },
    stopReason: truncated ? 'max_tokens' : 'end_turn',
    usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
    metrics: { latencyMs },
  };
};

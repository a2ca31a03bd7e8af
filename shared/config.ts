import { ConfigError } from './errors.js';
import type { Route } from './types.js';
import { compact } from './util/compact.js';

/** The default model: Amazon Nova 2 Lite, reachable only through a profile. */
export const DEFAULT_MODEL_ID = 'amazon.nova-2-lite-v1:0';
export const DEFAULT_REGION = 'eu-central-1';

type Env = Readonly<Record<string, string | undefined>>;

export interface ClassifyConfig {
  readonly maxTextBytes: number;
  /** Global processing is an explicit opt-in: without GLOBAL_PROCESSING=enabled everything goes EU. */
  readonly globalAllowed: boolean;
  /** Strict mode also counts business identifiers (company VAT ids) as personal. */
  readonly strict: boolean;
  /** The deployment's model, for requests that name none: a model with no global profile stays EU. */
  readonly defaultModelId: string;
}

export interface InvokeConfig {
  readonly route: Route;
  readonly sourceRegion: string;
  readonly modelId: string;
  /** Models a request may pick with its `model` field; the configured model is always allowed. */
  readonly allowedModels: readonly string[];
  readonly maxTokens: number;
  readonly temperature?: number;
  readonly systemPrompt?: string;
  readonly timeoutMs: number;
  readonly bedrockEndpoint?: string;
}

export interface AuditConfig {
  readonly tableName: string;
  readonly defaultModelId: string;
  readonly sourceRegion: string;
  readonly ttlDays: number;
  readonly dynamoEndpoint?: string;
}

export interface IngestConfig {
  readonly stateMachineArn: string;
  readonly sourceRegion: string;
  readonly stepFunctionsEndpoint?: string;
}

/** Collects every problem before throwing, so one cold start reports all of them. */
class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  required(key: string): string {
    const value = this.env[key]?.trim();
    if (!value) {
      this.problems.push(`${key} is missing`);
      return '';
    }
    return value;
  }

  optional(key: string): string | undefined {
    const value = this.env[key]?.trim();
    return value ? value : undefined;
  }

  integer(key: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${key} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }

  number(key: string, min: number, max: number): number | undefined {
    const raw = this.optional(key);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      this.problems.push(`${key} must be a number from ${min} to ${max}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    const raw = fallback === undefined ? this.required(key) : (this.optional(key) ?? fallback);
    if (raw && !allowed.includes(raw as T)) {
      this.problems.push(`${key} must be one of ${allowed.join(', ')}`);
    }
    return raw as T;
  }

  region(): string {
    return this.optional('AWS_REGION') ?? this.optional('AWS_DEFAULT_REGION') ?? DEFAULT_REGION;
  }

  done<T extends object>(what: string, config: T): Readonly<T> {
    if (this.problems.length > 0) {
      throw new ConfigError(`invalid ${what} configuration: ${this.problems.join('; ')}`);
    }
    return Object.freeze(config);
  }
}

export const loadClassifyConfig = (env: Env): ClassifyConfig => {
  const r = new EnvReader(env);
  return r.done('classify', {
    maxTextBytes: r.integer('MAX_TEXT_BYTES', 131_072, 1, 200_000),
    globalAllowed: r.oneOf('GLOBAL_PROCESSING', ['enabled', 'disabled'], 'disabled') === 'enabled',
    strict: r.oneOf('CLASSIFIER_MODE', ['default', 'strict'], 'default') === 'strict',
    defaultModelId: r.optional('MODEL_ID') ?? DEFAULT_MODEL_ID,
  });
};

export const loadInvokeConfig = (env: Env): InvokeConfig => {
  const r = new EnvReader(env);
  const modelId = r.optional('MODEL_ID') ?? DEFAULT_MODEL_ID;
  const extraModels = (r.optional('ALLOWED_MODELS') ?? '').split(',').map((m) => m.trim());
  return r.done(
    'invoke',
    compact({
      route: r.oneOf<Route>('ROUTE', ['eu', 'global']),
      sourceRegion: r.region(),
      modelId,
      allowedModels: [...new Set([modelId, ...extraModels.filter(Boolean)])],
      maxTokens: r.integer('MAX_TOKENS', 512, 1, 65_536),
      temperature: r.number('TEMPERATURE', 0, 1),
      systemPrompt: r.optional('SYSTEM_PROMPT'),
      timeoutMs: r.integer('BEDROCK_TIMEOUT_MS', 60_000, 100, 900_000),
      bedrockEndpoint: r.optional('BEDROCK_ENDPOINT'),
    }),
  );
};

export const loadAuditConfig = (env: Env): AuditConfig => {
  const r = new EnvReader(env);
  return r.done(
    'audit',
    compact({
      tableName: r.required('AUDIT_TABLE'),
      defaultModelId: r.optional('MODEL_ID') ?? DEFAULT_MODEL_ID,
      sourceRegion: r.region(),
      ttlDays: r.integer('AUDIT_TTL_DAYS', 400, 1, 3650),
      dynamoEndpoint: r.optional('DYNAMODB_ENDPOINT'),
    }),
  );
};

export const loadIngestConfig = (env: Env): IngestConfig => {
  const r = new EnvReader(env);
  return r.done(
    'ingest',
    compact({
      stateMachineArn: r.required('STATE_MACHINE_ARN'),
      sourceRegion: r.region(),
      stepFunctionsEndpoint: r.optional('STEPFUNCTIONS_ENDPOINT'),
    }),
  );
};

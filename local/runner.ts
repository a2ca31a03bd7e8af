import './polyfills.js';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { ExecutionError, StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { makeAuditHandler } from '../functions/audit/make-handler.js';
import { makeClassifyHandler } from '../functions/classify/make-handler.js';
import { makeIngestHandler } from '../functions/ingest/make-handler.js';
import { checkInvokeConfig, makeInvokeHandler } from '../functions/invoke/make-handler.js';
import { type AuditReader, dynamoAuditStore } from '../shared/adapters/audit-store.js';
import type { ExecutionStarter } from '../shared/adapters/execution-starter.js';
import { createLogger } from '../shared/adapters/logger.js';
import { bedrockModelInvoker } from '../shared/adapters/model-invoker.js';
import type { AuditRecord, AuditSummary } from '../shared/audit/record.js';
import {
  DEFAULT_REGION,
  loadAuditConfig,
  loadClassifyConfig,
  loadIngestConfig,
  loadInvokeConfig,
} from '../shared/config.js';
import { classify } from '../shared/pii/classify.js';
import definition from '../statemachines/router.asl.json' with { type: 'json' };
import { type BedrockEmulator, startBedrockEmulator } from './bedrock-emulator.js';
import { localBedrockClient } from './clients.js';
import { ensureAuditTable, type LocalDynamo, startLocalDynamo } from './dynamo.js';
import { lambdaContext } from './lambda-context.js';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

export interface LocalStackOptions {
  /** The source region the functions run in (SigV4 scope towards the emulator). */
  readonly region?: string;
  /** Keep the audit table on disk here (LevelDB); in memory when absent. */
  readonly dataDir?: string;
  /** 'emulator' (default) or 'aws': real Bedrock with the machine's credentials. */
  readonly bedrock?: 'emulator' | 'aws';
  readonly seed?: number;
  /** Global processing is opt-in in production; the local stack opts in unless told otherwise. */
  readonly globalProcessing?: boolean;
  readonly modelId?: string;
  readonly maxTokens?: number;
  readonly logLevel?: LogLevel;
  /** Milliseconds between local retries (AWS waits per the ASL's backoff; locally we do not). */
  readonly retryDelayMs?: number;
  readonly tableName?: string;
  /** Fixed ports for dynalite and the emulator (random when absent), for `cris-router serve`. */
  readonly ports?: { readonly dynamo?: number; readonly bedrock?: number };
  /** Extra environment for the functions' configuration (e.g. CLASSIFIER_MODE, ALLOWED_MODELS). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface ExecutionReport {
  readonly executionName: string;
  readonly status: 'SUCCEEDED' | 'FAILED';
  readonly output?: AuditSummary;
  readonly error?: string;
  readonly audit?: AuditRecord;
}

/** Runs executions on the local state machine; a name already used is a duplicate and is not run again. */
export interface LocalExecutionStarter extends ExecutionStarter {
  readonly executions: ReadonlyMap<string, Promise<ExecutionReport>>;
  settled(): Promise<ExecutionReport[]>;
}

export interface LocalStack {
  readonly region: string;
  readonly tableName: string;
  readonly dynamo: LocalDynamo;
  readonly emulator: BedrockEmulator | undefined;
  readonly audit: AuditReader;
  readonly starter: LocalExecutionStarter;
  readonly ingest: ReturnType<typeof makeIngestHandler>;
  /** The Task handlers by state name, to call one directly as Step Functions would. */
  readonly tasks: Readonly<Record<TaskState, (input: unknown) => Promise<unknown>>>;
  /** Runs one execution of the real ASL to its end, as StartExecution + DescribeExecution would. */
  execute(input: unknown, name?: string): Promise<ExecutionReport>;
  close(): Promise<void>;
}

type TaskState = 'Classify' | 'InvokeEu' | 'InvokeGlobal' | 'Audit';

const TASK_FUNCTIONS: Readonly<Record<TaskState, string>> = {
  Classify: 'cris-router-local-classify',
  InvokeEu: 'cris-router-local-invokeEu',
  InvokeGlobal: 'cris-router-local-invokeGlobal',
  Audit: 'cris-router-local-audit',
} as const;

export const LOCAL_AUDIT_TABLE = 'cris-router-local-audit';

/**
 * Binds the ASL's `${XFunctionArn}` placeholders to local function ARNs, as CloudFormation's
 * DefinitionSubstitutions do on deploy; the Task handlers are then mapped by state name.
 */
export const bindTaskResources = (asl: typeof definition, region: string): StateMachineDefinition =>
  JSON.parse(
    JSON.stringify(asl).replace(
      /\$\{(\w+)FunctionArn\}/g,
      (_match, fn: string) =>
        `arn:aws:lambda:${region}:000000000000:function:cris-router-local-${fn.charAt(0).toLowerCase()}${fn.slice(1)}`,
    ),
  ) as StateMachineDefinition;

let executionCounter = 0;
const newExecutionName = () => `local-${Date.now()}-${++executionCounter}`;

/** Starts dynalite, the Bedrock emulator and the real handlers, wired to the real ASL file. */
export const startLocalStack = async (options: LocalStackOptions = {}): Promise<LocalStack> => {
  const region = options.region ?? DEFAULT_REGION;
  const tableName = options.tableName ?? LOCAL_AUDIT_TABLE;
  const dynamo = await startLocalDynamo({
    region,
    ...(options.dataDir ? { path: options.dataDir } : {}),
    ...(options.ports?.dynamo ? { port: options.ports.dynamo } : {}),
  });
  let emulator: BedrockEmulator | undefined;
  try {
    await ensureAuditTable(dynamo.client, tableName);
    emulator =
      options.bedrock === 'aws'
        ? undefined
        : await startBedrockEmulator({
            seed: options.seed ?? 1,
            ...(options.ports?.bedrock ? { port: options.ports.bedrock } : {}),
          });
    return wireStack(options, { region, tableName, dynamo, emulator });
  } catch (error) {
    await emulator?.close();
    await dynamo.close();
    throw error;
  }
};

interface Infrastructure {
  readonly region: string;
  readonly tableName: string;
  readonly dynamo: LocalDynamo;
  readonly emulator: BedrockEmulator | undefined;
}

const wireStack = (options: LocalStackOptions, infra: Infrastructure): LocalStack => {
  const { region, tableName, dynamo, emulator } = infra;
  const logLevel = options.logLevel ?? 'SILENT';
  const bedrockClient = emulator
    ? localBedrockClient(emulator.endpoint, region)
    : new BedrockRuntimeClient({ region, maxAttempts: 1 });

  const env = {
    AWS_REGION: region,
    AUDIT_TABLE: tableName,
    GLOBAL_PROCESSING: options.globalProcessing === false ? 'disabled' : 'enabled',
    ...(options.modelId ? { MODEL_ID: options.modelId } : {}),
    ...(options.maxTokens ? { MAX_TOKENS: String(options.maxTokens) } : {}),
    STATE_MACHINE_ARN: `arn:aws:states:${region}:000000000000:stateMachine:cris-router-local-router`,
    ...options.env,
  };
  const invokeHandler = (route: 'eu' | 'global') => {
    const config = loadInvokeConfig({ ...env, ROUTE: route });
    checkInvokeConfig(config);
    return makeInvokeHandler({
      config,
      invoker: bedrockModelInvoker(bedrockClient, { timeoutMs: config.timeoutMs }),
      logger: createLogger(`cris-router-invoke-${route}`, { logLevel }),
      classify,
    });
  };
  const auditStore = dynamoAuditStore(dynamo.documentClient, tableName);
  const handlers = {
    Classify: makeClassifyHandler({
      config: loadClassifyConfig(env),
      logger: createLogger('cris-router-classify', { logLevel }),
      classify,
    }),
    InvokeEu: invokeHandler('eu'),
    InvokeGlobal: invokeHandler('global'),
    Audit: makeAuditHandler({
      config: loadAuditConfig(env),
      store: auditStore,
      logger: createLogger('cris-router-audit', { logLevel }),
      classify,
    }),
  };
  loadIngestConfig(env);

  const stateMachine = new StateMachine(bindTaskResources(definition, region), {
    validationOptions: { checkArn: false },
  });
  const asTask =
    (state: keyof typeof handlers) =>
    (input: unknown): Promise<never> =>
      (handlers[state] as unknown as (event: unknown, context: unknown) => Promise<never>)(
        input,
        lambdaContext(TASK_FUNCTIONS[state], region),
      );
  const tasks = {
    Classify: asTask('Classify'),
    InvokeEu: asTask('InvokeEu'),
    InvokeGlobal: asTask('InvokeGlobal'),
    Audit: asTask('Audit'),
  };
  const retryDelay = options.retryDelayMs ?? 10;
  const retryIntervalOverrides = Object.fromEntries(
    Object.keys(tasks).map((state) => [state, retryDelay]),
  );

  const execute = async (input: unknown, name = newExecutionName()): Promise<ExecutionReport> => {
    const execution = stateMachine.run(input as never, {
      context: {
        Execution: { Name: name, StartTime: new Date().toISOString(), Input: input as never },
      },
      overrides: {
        taskResourceLocalHandlers: tasks,
        retryIntervalOverrides,
      },
    });
    try {
      const output = (await execution.result) as unknown as AuditSummary;
      const audit = await auditStore.get(name);
      return { executionName: name, status: 'SUCCEEDED', output, ...(audit ? { audit } : {}) };
    } catch (error) {
      if (!(error instanceof ExecutionError)) throw error;
      const audit = await auditStore.get(name);
      const cause = (error as { cause?: { name?: string } }).cause;
      return {
        executionName: name,
        status: 'FAILED',
        error: cause?.name ?? error.name,
        ...(audit ? { audit } : {}),
      };
    }
  };

  const executions = new Map<string, Promise<ExecutionReport>>();
  const starter: LocalExecutionStarter = {
    executions,
    async start(name, input) {
      if (executions.has(name)) return 'duplicate';
      executions.set(name, execute(input, name));
      return 'started';
    },
    settled: () => Promise.all(executions.values()),
  };
  const ingest = makeIngestHandler({
    starter,
    logger: createLogger('cris-router-ingest', { logLevel }),
  });

  return {
    region,
    tableName,
    dynamo,
    emulator,
    audit: auditStore,
    starter,
    ingest,
    tasks,
    execute,
    close: async () => {
      await Promise.allSettled(executions.values());
      bedrockClient.destroy();
      await emulator?.close();
      await dynamo.close();
    },
  };
};

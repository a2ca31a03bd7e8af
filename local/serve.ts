import { type LocalStack, type LocalStackOptions, startLocalStack } from './runner.js';
import { type StepFunctionsApi, startStepFunctionsApi } from './stepfunctions-api.js';

/** Default ports of `cris-router serve`; serverless.yml's `local` stage points at the same ones. */
export const SERVE_PORTS = { bedrock: 8710, dynamo: 8711, stepFunctions: 8712 } as const;

export interface LocalServices {
  readonly stack: LocalStack;
  readonly stepFunctions: StepFunctionsApi;
  readonly stateMachineArn: string;
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * The local stand-ins as long-running endpoints (Bedrock emulator, dynalite, a Step Functions API
 * running the real ASL), so `serverless invoke local --stage local` can call them from another process.
 */
export const startLocalServices = async (
  options: LocalStackOptions & { basePort?: number } = {},
): Promise<LocalServices> => {
  const base = options.basePort;
  const ports = base
    ? { bedrock: base, dynamo: base + 1, stepFunctions: base + 2 }
    : { bedrock: 0, dynamo: 0, stepFunctions: 0 };
  const stack = await startLocalStack({
    ...options,
    ports: { bedrock: ports.bedrock, dynamo: ports.dynamo },
  });
  const stateMachineArn = `arn:aws:states:${stack.region}:000000000000:stateMachine:cris-router-local-router`;
  let stepFunctions: StepFunctionsApi;
  try {
    stepFunctions = await startStepFunctionsApi(stateMachineArn, stack.execute, {
      port: ports.stepFunctions,
    });
  } catch (error) {
    await stack.close();
    throw error;
  }
  return {
    stack,
    stepFunctions,
    stateMachineArn,
    env: {
      BEDROCK_ENDPOINT: stack.emulator?.endpoint ?? '',
      DYNAMODB_ENDPOINT: stack.dynamo.endpoint,
      STEPFUNCTIONS_ENDPOINT: stepFunctions.endpoint,
      STATE_MACHINE_ARN: stateMachineArn,
      AUDIT_TABLE: stack.tableName,
    },
    close: async () => {
      await stepFunctions.close();
      await stack.close();
    },
  };
};

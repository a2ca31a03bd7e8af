import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import * as errors from '../../shared/errors.js';

/** The router ASL, its binding to serverless.yml functions, and the error names it matches on. */
const ROOT = path.resolve(__dirname, '../..');
const ASL_PATH = path.join(ROOT, 'statemachines/router.asl.json');
const SERVERLESS_BIN = path.join(ROOT, 'node_modules/serverless/bin/serverless.js');

interface Retrier {
  readonly ErrorEquals: readonly string[];
}
interface State {
  readonly Type: string;
  Resource?: unknown;
  Next?: string;
  readonly TimeoutSeconds?: number;
  readonly Retry?: readonly Retrier[];
  readonly Catch?: readonly Retrier[];
  readonly Branches?: readonly Asl[];
  readonly ItemProcessor?: Asl;
  readonly Iterator?: Asl;
}
interface Asl {
  readonly StartAt: string;
  readonly States: Record<string, State>;
}
interface DefinitionModule {
  (): Asl;
  readonly FUNCTION_BINDINGS: Readonly<Record<string, string>>;
  readonly bindDefinition: (asl: Asl, bindings?: Readonly<Record<string, string>>) => Asl;
  readonly placeholderOf: (resource: unknown) => string | undefined;
}
type AslValidator = (
  definition: unknown,
  options?: { checkPaths?: boolean; checkArn?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

// CommonJS modules without type declarations: typed here by what the tests use.
const definitionModule = require('../../statemachines/definition.cjs') as DefinitionModule;
const aslValidator = require('asl-validator') as AslValidator;

const readAsl = (): Asl => JSON.parse(readFileSync(ASL_PATH, 'utf8'));

/** Every state, nested Parallel branches and Map processors included. */
const allStates = (asl: Asl): [string, State][] =>
  Object.entries(asl.States).flatMap(([name, state]) => [
    [name, state] as [string, State],
    ...(state.Branches ?? []).flatMap(allStates),
    ...[state.ItemProcessor ?? state.Iterator]
      .filter((p): p is Asl => p !== undefined)
      .flatMap(allStates),
  ]);
const stateOf = (asl: Asl, name: string): State => {
  const state = asl.States[name];
  if (!state) throw new Error(`no state ${name} in the ASL`);
  return state;
};
const tasks = (asl: Asl) => allStates(asl).filter(([, state]) => state.Type === 'Task');

describe('statemachines/router.asl.json', () => {
  it('is valid ASL', () => {
    const result = aslValidator(readAsl());
    expect(result.errorsText()).toBe('');
    expect(result.isValid).toBe(true);
  });

  const mutations: [string, (asl: Asl) => void][] = [
    [
      'a Next to a missing state',
      (asl) => Object.assign(stateOf(asl, 'Classify'), { Next: 'Nowhere' }),
    ],
    [
      'a Task without a Resource',
      (asl) => Reflect.deleteProperty(stateOf(asl, 'Audit'), 'Resource'),
    ],
    ['an unknown state type', (asl) => Object.assign(stateOf(asl, 'Done'), { Type: 'Teleport' })],
  ];
  it.each(mutations)('is rejected by the validator with %s', (_name, mutate) => {
    const asl = readAsl();
    mutate(asl);
    expect(aslValidator(asl).isValid).toBe(false);
  });

  it('names every Task Resource by a placeholder that definition.cjs binds', () => {
    const placeholders = tasks(readAsl()).map(([, state]) =>
      definitionModule.placeholderOf(state.Resource),
    );
    expect(placeholders.length).toBeGreaterThan(0);
    for (const placeholder of placeholders) {
      expect(Object.keys(definitionModule.FUNCTION_BINDINGS)).toContain(placeholder);
    }
  });

  it('matches only States.*, Lambda.* and error names that shared/errors.ts defines', () => {
    type ErrorClass = new (...args: string[]) => errors.AppError;
    const isAppErrorClass = (value: unknown): value is ErrorClass =>
      typeof value === 'function' && value.prototype instanceof errors.AppError;
    const appErrorNames = new Set(
      (Object.values(errors) as unknown[])
        .filter(isAppErrorClass)
        .map((ErrorClass) => new ErrorClass('reason', 'message').name),
    );
    expect(appErrorNames.size).toBeGreaterThan(5);
    const matched = allStates(readAsl()).flatMap(([, state]) =>
      [...(state.Retry ?? []), ...(state.Catch ?? [])].flatMap((r) => r.ErrorEquals),
    );
    expect(matched.length).toBeGreaterThan(0);
    for (const name of matched) {
      if (STATES_ERRORS.has(name) || LAMBDA_ERRORS.has(name)) continue;
      expect(appErrorNames).toContain(name);
    }
  });
});

/** Error names Step Functions itself raises, and those of the Lambda service integration. */
const STATES_ERRORS = new Set([
  'States.ALL',
  'States.BranchFailed',
  'States.DataLimitExceeded',
  'States.ExceedToleratedFailureThreshold',
  'States.HeartbeatTimeout',
  'States.IntrinsicFailure',
  'States.ItemReaderFailed',
  'States.NoChoiceMatched',
  'States.ParameterPathFailure',
  'States.Permissions',
  'States.QueryEvaluationError',
  'States.ResultPathMatchFailure',
  'States.ResultWriterFailed',
  'States.Runtime',
  'States.TaskFailed',
  'States.Timeout',
]);
const LAMBDA_ERRORS = new Set([
  'Lambda.AWSLambdaException',
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.SdkClientException',
  'Lambda.ServiceException',
  'Lambda.TooManyRequestsException',
  'Lambda.Unknown',
]);

describe('statemachines/definition.cjs', () => {
  it('binds every placeholder Task Resource to Fn::GetAtt [<function key>, Arn]', () => {
    const bound = definitionModule();
    for (const [name, state] of tasks(bound)) {
      const original = readAsl().States[name]?.Resource;
      const functionKey =
        definitionModule.FUNCTION_BINDINGS[String(definitionModule.placeholderOf(original))];
      expect(state.Resource).toEqual({ 'Fn::GetAtt': [functionKey, 'Arn'] });
    }
  });

  it('refuses a placeholder it does not know', () => {
    const asl = readAsl();
    stateOf(asl, 'Audit').Resource = `\${ArchiveFunctionArn}`;
    expect(() => definitionModule.bindDefinition(asl)).toThrow(/ArchiveFunctionArn/);
  });

  it('leaves the ASL file itself untouched', () => {
    const before = readFileSync(ASL_PATH, 'utf8');
    definitionModule();
    expect(readFileSync(ASL_PATH, 'utf8')).toBe(before);
  });
});

describe('serverless.yml, resolved offline', () => {
  interface ResolvedService {
    readonly provider: { readonly timeout?: number };
    readonly functions: Record<string, { readonly timeout?: number }>;
    readonly stepFunctions: {
      readonly stateMachines: { readonly router: { readonly definition: Asl } };
    };
  }
  let service: ResolvedService;

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [SERVERLESS_BIN, 'print', '--format', 'json'],
      {
        cwd: ROOT,
        env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
        timeout: 60_000,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    service = JSON.parse(stdout);
  }, 70_000);

  it('deploys the bound definition, every Task pointing at a function it declares', () => {
    const deployed = service.stepFunctions.stateMachines.router.definition;
    expect(deployed).toEqual(definitionModule());
    for (const [, state] of tasks(deployed)) {
      const [functionKey] = (state.Resource as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
      expect(Object.keys(service.functions)).toContain(functionKey);
    }
  });

  it('gives every Task function a Lambda timeout shorter than its state timeout', () => {
    const timeouts = tasks(service.stepFunctions.stateMachines.router.definition).map(
      ([name, state]) => {
        const [functionKey] = (state.Resource as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
        const lambda = service.functions[functionKey]?.timeout ?? service.provider.timeout ?? 6;
        return { name, lambdaShorter: lambda < (state.TimeoutSeconds ?? Number.POSITIVE_INFINITY) };
      },
    );
    expect(timeouts).toEqual(timeouts.map(({ name }) => ({ name, lambdaShorter: true })));
  });
});

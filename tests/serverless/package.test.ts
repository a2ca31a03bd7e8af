import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MODEL_CATALOG } from '../../shared/routing/catalog.js';
import { resolveProfile } from '../../shared/routing/profiles.js';
import { isEuMemberRegion } from '../../shared/routing/regions.js';
import { readZip } from './read-zip.js';

/**
 * `serverless package` once, offline, then checks what would be deployed: the CloudFormation
 * template, the resolved service (what `invoke local` sees) and the zipped bundles.
 */
const ROOT = path.resolve(__dirname, '../..');
const SERVERLESS_BIN = path.join(ROOT, 'node_modules/serverless/bin/serverless.js');
const PACKAGE_TIMEOUT_MS = 180_000;

interface Statement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: Record<string, Record<string, unknown>>;
}
interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}
type Resources = Record<string, CfnResource>;
// biome-ignore lint/suspicious/noExplicitAny: template JSON is untyped; the assertions check its shape.
type Json = any;
interface ServiceFunction {
  readonly name: string;
  readonly handler: string;
  readonly environment?: Record<string, unknown>;
}
interface ServerlessState {
  readonly service: {
    readonly provider: { readonly region: string; readonly environment?: Record<string, unknown> };
    readonly functions: Record<string, ServiceFunction>;
  };
}

let outDir = '';
// The child's temp folder: what serverless-esbuild stages there must be gone after the run.
let childTmp = '';
let resources: Resources = {};
let state: ServerlessState;

const run = promisify(execFile);

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'cris-router-package-'));
  childTmp = mkdtempSync(path.join(tmpdir(), 'cris-router-package-tmp-'));
  const env = {
    ...process.env,
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    TMPDIR: childTmp,
  };
  try {
    await run(process.execPath, [SERVERLESS_BIN, 'package', '--package', outDir], {
      cwd: ROOT,
      env,
      timeout: PACKAGE_TIMEOUT_MS,
      killSignal: 'SIGKILL',
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `serverless package failed:\n${String(stdout).slice(-3000)}\n${String(stderr).slice(-3000)}`,
    );
  }
  const template = JSON.parse(
    readFileSync(path.join(outDir, 'cloudformation-template-update-stack.json'), 'utf8'),
  );
  resources = template.Resources;
  state = JSON.parse(readFileSync(path.join(outDir, 'serverless-state.json'), 'utf8'));
}, PACKAGE_TIMEOUT_MS + 20_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  if (childTmp) rmSync(childTmp, { recursive: true, force: true });
});

const FUNCTIONS = {
  classify: 'ClassifyLambdaFunction',
  invokeEu: 'InvokeEuLambdaFunction',
  invokeGlobal: 'InvokeGlobalLambdaFunction',
  audit: 'AuditLambdaFunction',
  ingest: 'IngestLambdaFunction',
} as const;
type FunctionKey = keyof typeof FUNCTIONS;
const FUNCTION_KEYS = Object.keys(FUNCTIONS) as FunctionKey[];
const TASK_FUNCTIONS: readonly FunctionKey[] = ['classify', 'invokeEu', 'invokeGlobal', 'audit'];

const ACCOUNT = '123456789012';
const resource = (logicalId: string): CfnResource => {
  const found = resources[logicalId];
  if (!found) throw new Error(`${logicalId} is not in the template`);
  return found;
};
const props = (logicalId: string) => resource(logicalId).Properties as Json;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Fn::Sub strings with pseudo parameters resolved to a fixed account, so ARNs compare as text. */
const resolveSub = (value: unknown, region: string): unknown => {
  const pseudo: Record<string, string> = { AccountId: ACCOUNT, Partition: 'aws', Region: region };
  if (typeof value === 'object' && value !== null && 'Fn::Sub' in value) {
    const template = (value as { 'Fn::Sub': unknown })['Fn::Sub'];
    if (typeof template === 'string') {
      return template.replace(/\$\{AWS::(\w+)\}/g, (match, name: string) => pseudo[name] ?? match);
    }
  }
  if (Array.isArray(value)) return value.map((v) => resolveSub(v, region));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveSub(v, region)]));
  }
  return value;
};

const region = () => state.service.provider.region;
const roleIdOf = (key: FunctionKey): string => props(FUNCTIONS[key]).Role['Fn::GetAtt'][0];
const statementsOf = (roleId: string): Statement[] =>
  (props(roleId).Policies as { PolicyDocument: { Statement: Statement[] } }[])
    .flatMap((policy) => policy.PolicyDocument.Statement)
    .map((s) => resolveSub(s, region()) as Statement);
const roleStatements = (key: FunctionKey) => statementsOf(roleIdOf(key));
const withoutLogs = (statements: Statement[]) =>
  statements.filter((s) => !asList(s.Action).every((a) => a.startsWith('logs:')));
const envOf = (key: FunctionKey): Record<string, unknown> =>
  props(FUNCTIONS[key]).Environment.Variables;
const bedrockAllows = (key: FunctionKey) =>
  roleStatements(key).filter(
    (s) => s.Effect === 'Allow' && asList(s.Action).some((a) => a.startsWith('bedrock:')),
  );

const modelId = () => envOf('invokeEu').MODEL_ID as string;
const profileArn = (scope: 'eu' | 'global') =>
  `arn:aws:bedrock:${region()}:${ACCOUNT}:inference-profile/${scope}.${modelId()}`;

describe('serverless package (offline)', () => {
  it("leaves none of serverless-esbuild's zip staging folders in the temp folder", () => {
    const staged = readdirSync(childTmp).filter((entry) => /-\d+-\d+-[0-9a-f]{8}$/.test(entry));

    expect(staged).toEqual([]);
  });

  it('packages five Lambda functions on nodejs22.x / arm64 and no shared default role', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions.map(([id]) => id).sort()).toEqual(Object.values(FUNCTIONS).sort());
    for (const [, fn] of functions) {
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
    }
    expect(resources.IamRoleLambdaExecution).toBeUndefined();
  });

  it('gives every function its own role, assumable by Lambda only', () => {
    const roles = FUNCTION_KEYS.map(roleIdOf);
    expect(new Set(roles).size).toBe(FUNCTION_KEYS.length);
    for (const roleId of roles) {
      expect(resource(roleId).Type).toBe('AWS::IAM::Role');
      expect(props(roleId).AssumeRolePolicyDocument.Statement).toEqual([
        {
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ]);
    }
  });

  it.each(FUNCTION_KEYS)('lets %s write only to its own log group', (key) => {
    const name = props(FUNCTIONS[key]).FunctionName;
    const logs = roleStatements(key).filter((s) =>
      asList(s.Action).some((a) => a.startsWith('logs:')),
    );
    expect(logs).toEqual([
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `arn:aws:logs:${region()}:${ACCOUNT}:log-group:/aws/lambda/${name}:*`,
      },
    ]);
  });

  it('has no Allow statement in any role with a wildcard action or resource', () => {
    const allows = ofType('AWS::IAM::Role')
      .flatMap(([id]) => statementsOf(id))
      .filter((s) => s.Effect === 'Allow');
    expect(allows.length).toBeGreaterThan(0);
    for (const statement of allows) {
      for (const action of asList(statement.Action))
        expect(action).not.toMatch(/^(\*|[a-z0-9-]+:\*)$/);
      expect(asList(statement.Resource)).not.toContain('*');
    }
  });

  it('gives the classify role nothing but logs', () => {
    expect(withoutLogs(roleStatements('classify'))).toEqual([]);
  });

  describe('EU invoker', () => {
    it('may invoke the EU profile, and the model only in its destinations and only through it', () => {
      const destinations = MODEL_CATALOG[modelId()]?.profiles.eu?.destinationsBySource[region()];
      expect(destinations).toBeDefined();
      expect(destinations?.every(isEuMemberRegion)).toBe(true);
      expect(resolveProfile('eu', modelId(), region()).destinationRegions).toEqual(destinations);
      expect(bedrockAllows('invokeEu')).toEqual([
        expect.objectContaining({ Action: 'bedrock:InvokeModel', Resource: profileArn('eu') }),
        {
          Sid: expect.any(String),
          Effect: 'Allow',
          Action: 'bedrock:InvokeModel',
          Resource: destinations?.map((r) => `arn:aws:bedrock:${r}::foundation-model/${modelId()}`),
          Condition: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn('eu') } },
        },
      ]);
    });

    it('denies every Bedrock call that carries aws:RequestedRegion = unspecified (global routing)', () => {
      expect(roleStatements('invokeEu')).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 'bedrock:*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:RequestedRegion': 'unspecified' } },
        }),
      );
    });

    it('denies Bedrock outside EU member-state regions', () => {
      const deny = roleStatements('invokeEu').find((s) => s.Sid === 'DenyOutsideEuMemberStates');
      const allowed = deny?.Condition?.StringNotEquals?.['aws:RequestedRegion'] as string[];
      expect(deny).toMatchObject({ Effect: 'Deny', Action: 'bedrock:*', Resource: '*' });
      expect(allowed.length).toBeGreaterThan(0);
      expect(allowed.every(isEuMemberRegion)).toBe(true);
    });

    it('references no global profile or region-less model', () => {
      const policy = JSON.stringify(roleStatements('invokeEu'));
      expect(policy).not.toContain('global.');
      expect(policy).not.toContain('arn:aws:bedrock:::');
    });

    it('is configured for the EU route', () => {
      expect(envOf('invokeEu')).toMatchObject({ ROUTE: 'eu' });
    });
  });

  describe('global invoker', () => {
    it('may invoke the global profile from its source region and the model only through it', () => {
      const source = region();
      expect(MODEL_CATALOG[modelId()]?.profiles.global?.destinationsBySource[source]).toBeDefined();
      const viaProfile = { 'bedrock:InferenceProfileArn': profileArn('global') };
      expect(bedrockAllows('invokeGlobal')).toEqual([
        expect.objectContaining({
          Action: 'bedrock:InvokeModel',
          Resource: profileArn('global'),
          Condition: { StringEquals: { 'aws:RequestedRegion': source } },
        }),
        expect.objectContaining({
          Action: 'bedrock:InvokeModel',
          Resource: `arn:aws:bedrock:${source}::foundation-model/${modelId()}`,
          Condition: { StringEquals: { 'aws:RequestedRegion': source, ...viaProfile } },
        }),
        expect.objectContaining({
          Action: 'bedrock:InvokeModel',
          Resource: `arn:aws:bedrock:::foundation-model/${modelId()}`,
          Condition: { StringEquals: { 'aws:RequestedRegion': 'unspecified', ...viaProfile } },
        }),
      ]);
    });

    it('references no EU profile and is configured for the global route', () => {
      expect(JSON.stringify(roleStatements('invokeGlobal'))).not.toContain('inference-profile/eu.');
      expect(envOf('invokeGlobal')).toMatchObject({ ROUTE: 'global', MODEL_ID: modelId() });
    });
  });

  it('lets the audit function only put items into the audit table', () => {
    expect(withoutLogs(roleStatements('audit'))).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: { 'Fn::GetAtt': ['AuditTable', 'Arn'] },
      }),
    ]);
  });

  it('lets ingest only start router executions and consume its queue (failures to the DLQ)', () => {
    expect(withoutLogs(roleStatements('ingest'))).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'states:StartExecution',
        Resource: { Ref: 'RouterStateMachine' },
      }),
      expect.objectContaining({
        Effect: 'Allow',
        Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        Resource: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] },
      }),
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': ['IngestDeadLetterQueue', 'Arn'] },
      }),
    ]);
  });

  it('keeps the audit table: on-demand, keyed by requestId, PITR, KMS encryption, TTL on expiresAt', () => {
    const table = resource('AuditTable');
    expect(table).toMatchObject({
      Type: 'AWS::DynamoDB::Table',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'requestId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'requestId', KeyType: 'HASH' }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
    expect(envOf('audit').AUDIT_TABLE).toBe(table.Properties.TableName);
  });

  it('redrives the ingest queue to an encrypted DLQ and gives Lambda 6x its timeout to process', () => {
    const queue = props('IngestQueue');
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': ['IngestDeadLetterQueue', 'Arn'] },
      maxReceiveCount: 5,
    });
    expect(queue.SqsManagedSseEnabled).toBe(true);
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * props(FUNCTIONS.ingest).Timeout);
    expect(props('IngestDeadLetterQueue')).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  it('feeds ingest from the queue with partial batch responses and from the EventBridge rule', () => {
    const [mapping] = ofType('AWS::Lambda::EventSourceMapping').map(([, r]) => r.Properties);
    expect(mapping).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] },
      FunctionName: { 'Fn::GetAtt': [FUNCTIONS.ingest, 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const [rule] = ofType('AWS::Events::Rule').map(([, r]) => r.Properties as Json);
    expect(rule?.EventPattern).toEqual({
      source: ['cris-router.client'],
      'detail-type': ['cris-router.payload'],
    });
    expect(rule?.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [FUNCTIONS.ingest, 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['IngestDeadLetterQueue', 'Arn'] } },
      }),
    ]);
    expect(ofType('AWS::Events::EventBus').map(([, r]) => r.Properties.Name)).toEqual([
      rule?.EventBusName,
    ]);
  });

  describe('router state machine', () => {
    const definition = () =>
      props('RouterStateMachine').DefinitionString['Fn::Sub'] as [string, Record<string, unknown>];
    const lambdaArn = (key: FunctionKey) => ({ 'Fn::GetAtt': [FUNCTIONS[key], 'Arn'] });

    it('is a STANDARD machine whose Task Resources are exactly the four task functions', () => {
      const [body, bindings] = definition();
      expect(props('RouterStateMachine').StateMachineType).toBe('STANDARD');
      expect(Object.values(bindings)).toEqual(TASK_FUNCTIONS.map(lambdaArn));
      const asl = JSON.parse(body) as {
        States: Record<string, { Type: string; Resource?: string }>;
      };
      const taskResources = Object.values(asl.States)
        .filter((s) => s.Type === 'Task')
        .map((s) => s.Resource);
      expect(taskResources).toEqual(Object.keys(bindings).map((k) => `\${${k}}`));
    });

    it('has a role that may only invoke those four functions (and their versions)', () => {
      const roleId = props('RouterStateMachine').RoleArn['Fn::GetAtt'][0];
      const statements = statementsOf(roleId);
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatchObject({ Effect: 'Allow', Action: ['lambda:InvokeFunction'] });
      expect(statements[0]?.Resource).toEqual(
        TASK_FUNCTIONS.flatMap((key) => [
          lambdaArn(key),
          { 'Fn::Sub': [`\${functionArn}:*`, { functionArn: lambdaArn(key) }] },
        ]),
      );
    });

    it('is the machine ingest starts: the deployed STATE_MACHINE_ARN is a Ref to it', () => {
      expect(envOf('ingest').STATE_MACHINE_ARN).toEqual({ Ref: 'RouterStateMachine' });
    });
  });

  it('resolves every environment value to a plain string and points no deployed client elsewhere', () => {
    const { provider, functions } = state.service;
    for (const fn of [provider, ...Object.values(functions)]) {
      for (const value of Object.values(fn.environment ?? {})) expect(typeof value).toBe('string');
    }
    for (const [key, variable] of [
      ['invokeEu', 'BEDROCK_ENDPOINT'],
      ['invokeGlobal', 'BEDROCK_ENDPOINT'],
      ['audit', 'DYNAMODB_ENDPOINT'],
      ['ingest', 'STEPFUNCTIONS_ENDPOINT'],
    ] as const) {
      expect({ key, [variable]: envOf(key)[variable] }).toEqual({ key, [variable]: '' });
    }
    expect(functions.ingest?.environment?.STATE_MACHINE_ARN).toMatch(
      new RegExp(`^arn:aws:states:${region()}:\\d{12}:stateMachine:cris-router-dev-router$`),
    );
  });

  describe('bundles', () => {
    const bundleOf = (key: FunctionKey) => readZip(path.join(outDir, `${key}.zip`));
    const handlerFile = (key: FunctionKey) =>
      `${state.service.functions[key]?.handler.replace(/\.[^.]+$/, '')}.js`;

    it.each(FUNCTION_KEYS)('%s is an ESM bundle Lambda loads as a module', (key) => {
      const zip = bundleOf(key);
      expect(JSON.parse(String(zip.get('functions/package.json')))).toEqual({ type: 'module' });
      expect(String(zip.get(handlerFile(key)))).toMatch(/^import \{ createRequire/);
    });

    // One character outside ASCII makes V8 hold the whole bundle as two bytes a character, which
    // a cold start pays for in decoding and compiling (resources/esbuild-plugins.cjs).
    it.each(FUNCTION_KEYS)('%s is ASCII only', (key) => {
      const code = String(bundleOf(key).get(handlerFile(key)));
      const outside = code.search(/[\u0080-\uffff]/);
      expect(outside === -1 ? '' : code.slice(Math.max(0, outside - 40), outside + 10)).toBe('');
    });
  });
});

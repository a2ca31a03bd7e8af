import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_AUDIT_TABLE } from '../../local/runner.js';
import { SERVE_PORTS } from '../../local/serve.js';

/** `--stage local` must point every function at what `npx cris-router serve` starts. */
const ROOT = path.resolve(__dirname, '../..');
const SERVERLESS_BIN = path.join(ROOT, 'node_modules/serverless/bin/serverless.js');

type Environment = Record<string, string>;
let functions: Record<string, { readonly environment: Environment }> = {};

beforeAll(async () => {
  const { AWS_ACCOUNT_ID: _ignored, ...env } = process.env;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [SERVERLESS_BIN, 'print', '--stage', 'local', '--format', 'json'],
    {
      cwd: ROOT,
      env: { ...env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
      timeout: 60_000,
      killSignal: 'SIGKILL',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  functions = JSON.parse(stdout).functions;
}, 70_000);

const local = (port: number) => `http://127.0.0.1:${port}`;

it.each([
  ['invokeEu', { BEDROCK_ENDPOINT: local(SERVE_PORTS.bedrock) }],
  ['invokeGlobal', { BEDROCK_ENDPOINT: local(SERVE_PORTS.bedrock) }],
  ['audit', { DYNAMODB_ENDPOINT: local(SERVE_PORTS.dynamo), AUDIT_TABLE: LOCAL_AUDIT_TABLE }],
  [
    'ingest',
    {
      STEPFUNCTIONS_ENDPOINT: local(SERVE_PORTS.stepFunctions),
      STATE_MACHINE_ARN:
        'arn:aws:states:eu-central-1:000000000000:stateMachine:cris-router-local-router',
    },
  ],
])('points %s at the local services', (key, expected) => {
  expect(functions[key]?.environment).toMatchObject(expected);
});

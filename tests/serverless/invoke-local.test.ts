import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { type LocalServices, SERVE_PORTS, startLocalServices } from '../../local/serve';

const run = promisify(execFile);

// `serverless invoke local --stage local` for every function and trigger, against `cris-router serve`
// (started here in-process on its fixed ports), exactly as the README tells a user to do it.
const INVOCATIONS = [
  ['classify', 'classify', /"classification": "personal"/],
  ['invokeEu', 'invoke-eu', /"profileId": "eu\.amazon\.nova-2-lite-v1:0"/],
  ['invokeGlobal', 'invoke-global', /"profileId": "global\.amazon\.nova-2-lite-v1:0"/],
  ['audit', 'audit', /"outcome": "ok"/],
  ['ingest', 'ingest-sqs', /"batchItemFailures": \[\]/],
  ['ingest', 'ingest-eventbridge', /"status": "started"/],
] as const;

describe('serverless invoke local against the local services', () => {
  let services: LocalServices;

  beforeAll(async () => {
    services = await startLocalServices({ basePort: SERVE_PORTS.bedrock });
  });
  afterAll(async () => {
    await services.close();
    rmSync('.esbuild-invoke-local', { recursive: true, force: true });
  });

  it.each(INVOCATIONS)(
    'runs %s with examples/events/%s.json',
    async (fn, event, expected) => {
      const { stdout } = await run(
        'npx',
        [
          'serverless',
          'invoke',
          'local',
          '--stage',
          'local',
          '-f',
          fn,
          '--path',
          `examples/events/${event}.json`,
        ],
        {
          env: {
            ...process.env,
            SLS_TELEMETRY_DISABLED: '1',
            SLS_NOTIFICATIONS_MODE: 'off',
            AWS_ACCESS_KEY_ID: 'local',
            AWS_SECRET_ACCESS_KEY: 'local',
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            ESBUILD_WORK_FOLDER: '.esbuild-invoke-local',
          },
          timeout: 120_000,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      expect(stdout).toMatch(expected);
    },
    150_000,
  );

  it('ran the ingested payloads through the state machine into the audit table', async () => {
    for (let i = 0; i < 100 && (await services.stack.audit.list()).length < 3; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const records = await services.stack.audit.list();
    expect(records.map((r) => r.source).sort()).toEqual(
      expect.arrayContaining(['eventbridge', 'sqs']),
    );
  });
});

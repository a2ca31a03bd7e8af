import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureAuditTable, startLocalDynamo } from '../local/dynamo.js';
import {
  type ExecutionReport,
  LOCAL_AUDIT_TABLE,
  type LocalStack,
  startLocalStack,
} from '../local/runner.js';
import { SERVE_PORTS, startLocalServices } from '../local/serve.js';
import { dynamoAuditStore } from '../shared/adapters/audit-store.js';
import { DEFAULT_REGION } from '../shared/config.js';
import { isAppError } from '../shared/errors.js';
import { parseRequest } from '../shared/payload/parse-request.js';
import { classify } from '../shared/pii/classify.js';
import { CliUsageError } from './errors.js';
import { readInputs } from './inputs.js';
import { formatAuditRecord, formatHeader, formatRow, labelWidth, summarizeRun } from './report.js';

const USAGE = `cris-router: route AI payloads so personal data is only processed in the EU

Usage:
  cris-router run <file|dir|->      route text, JSON or JSONL through the local pipeline
  cris-router classify [file]       JSONL {id, text} in (stdin without a file), JSONL {id, classification, findings} out
  cris-router audit list            show the audit records of local runs
  cris-router serve                 keep the local stand-ins running for serverless invoke local --stage local

Options for run and audit:
  --data-dir DIR     where the local DynamoDB (dynalite) keeps its files (default .cris-router/dynamo)
  --in-memory        run: keep the audit table in memory only
  --bedrock MODE     run: emulator (default) or aws (real Bedrock, needs credentials)
  --region REGION    run: source region (default eu-central-1)
  --model ID         run: model id (default amazon.nova-2-lite-v1:0)
  --no-global        run: global processing off, everything goes EU
  --json             print JSON lines instead of a table
  --strict           classify: count business ids (company VAT) as personal
  --port N           serve: first of three ports (Bedrock, DynamoDB, Step Functions; default 8710)
  -h, --help         this text
`;

const DEFAULT_DATA_DIR = join('.cris-router', 'dynamo');

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly stdin: () => string;
}

const parse = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        bedrock: { type: 'string' },
        region: { type: 'string' },
        model: { type: 'string' },
        'no-global': { type: 'boolean' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message} (see cris-router --help)`);
  }
};

type Parsed = ReturnType<typeof parse>;

const runCommand = async (
  target: string | undefined,
  values: Parsed['values'],
  io: Io,
): Promise<number> => {
  if (!target)
    throw new CliUsageError(
      'run needs a file, a directory or - for stdin (see cris-router --help)',
    );
  const bedrock = values.bedrock ?? 'emulator';
  if (bedrock !== 'emulator' && bedrock !== 'aws')
    throw new CliUsageError(`--bedrock must be emulator or aws, not ${bedrock}`);
  const items = readInputs(target, io.stdin);
  const dataDir = values['in-memory'] ? undefined : resolve(values['data-dir'] ?? DEFAULT_DATA_DIR);
  const stack: LocalStack = await startLocalStack({
    bedrock,
    globalProcessing: !values['no-global'],
    ...(dataDir ? { dataDir } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values.model ? { modelId: values.model } : {}),
  });
  const reports: ExecutionReport[] = [];
  try {
    const width = labelWidth(items.map((item) => item.label));
    if (!values.json) io.out(formatHeader(width));
    for (const item of items) {
      const report = await stack.execute({ source: 'cli', payload: item.payload });
      reports.push(report);
      io.out(
        values.json
          ? JSON.stringify({ input: item.label, ...report })
          : formatRow(item.label, report, width),
      );
    }
  } finally {
    await stack.close();
  }
  const s = summarizeRun(reports);
  if (!values.json) {
    io.out('');
    io.out(
      `${s.total} payloads: ${s.personal} personal, ${s.nonSensitive} non-sensitive, ${s.total - s.personal - s.nonSensitive} unclassified; routed ${s.eu} EU, ${s.global} global; ${s.ok} ok, ${s.failed} failed, ${s.rejected} rejected.`,
    );
    io.out(
      dataDir
        ? `Audit records: DynamoDB table ${stack.tableName} (dynalite, files in ${dataDir}); list them with: npx cris-router audit list`
        : `Audit records: DynamoDB table ${stack.tableName} in memory (gone now; drop --in-memory to keep them).`,
    );
  }
  return s.ok === s.total ? 0 : 1;
};

const classifyCommand = (file: string | undefined, values: Parsed['values'], io: Io): number => {
  const content = file ? readInputsRaw(file) : io.stdin();
  let errors = 0;
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim().length === 0) return;
    try {
      const request = parseRequest(line, Number.MAX_SAFE_INTEGER);
      const { classification, findings, policyVersion } = classify(request.text, {
        strict: values.strict === true,
      });
      io.out(JSON.stringify({ id: request.id ?? null, classification, findings, policyVersion }));
    } catch (error) {
      errors += 1;
      const reason = isAppError(error) && 'reason' in error ? error.reason : undefined;
      io.out(
        JSON.stringify({
          line: index + 1,
          error: (error as Error).name,
          ...(reason ? { reason } : {}),
        }),
      );
    }
  });
  return errors === 0 ? 0 : 1;
};

const readInputsRaw = (file: string): string => {
  if (!existsSync(file)) throw new CliUsageError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
};

const auditCommand = async (
  sub: string | undefined,
  values: Parsed['values'],
  io: Io,
): Promise<number> => {
  if (sub !== 'list')
    throw new CliUsageError(
      `unknown audit command ${sub ?? '(none)'}; try: cris-router audit list`,
    );
  const dataDir = resolve(values['data-dir'] ?? DEFAULT_DATA_DIR);
  if (!existsSync(dataDir)) {
    throw new CliUsageError(
      `no local audit records in ${dataDir}; run "npx cris-router run <file>" first`,
    );
  }
  const dynamo = await startLocalDynamo({ path: dataDir, region: DEFAULT_REGION });
  try {
    await ensureAuditTable(dynamo.client, LOCAL_AUDIT_TABLE);
    const records = await dynamoAuditStore(dynamo.documentClient, LOCAL_AUDIT_TABLE).list();
    for (const record of records)
      io.out(values.json ? JSON.stringify(record) : formatAuditRecord(record));
    if (!values.json)
      io.out(`${records.length} audit records in ${LOCAL_AUDIT_TABLE} (${dataDir})`);
  } finally {
    await dynamo.close();
  }
  return 0;
};

const serveCommand = async (values: Parsed['values'], io: Io): Promise<number> => {
  const basePort = Number(values.port ?? SERVE_PORTS.bedrock);
  if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65_530) {
    throw new CliUsageError(`--port must be a port number from 1024 to 65530, not ${values.port}`);
  }
  const dataDir = values['in-memory'] ? undefined : resolve(values['data-dir'] ?? DEFAULT_DATA_DIR);
  const services = await startLocalServices({
    basePort,
    ...(dataDir ? { dataDir } : {}),
    globalProcessing: !values['no-global'],
  });
  io.out('cris-router local services are running (Ctrl-C to stop):');
  for (const [key, value] of Object.entries(services.env)) io.out(`  ${key}=${value}`);
  io.out(
    'Invoke a function against them: npx serverless invoke local --stage local -f ingest --path examples/events/ingest-sqs.json',
  );
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await services.close();
  return 0;
};

/** Runs the CLI; returns the exit code. User mistakes print one line, never a stack trace. */
export const main = async (argv: string[], io: Io): Promise<number> => {
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'run':
        return await runCommand(rest[0], values, io);
      case 'classify':
        return classifyCommand(rest[0], values, io);
      case 'audit':
        return await auditCommand(rest[0], values, io);
      case 'serve':
        return await serveCommand(values, io);
      default:
        throw new CliUsageError(`unknown command ${command} (see cris-router --help)`);
    }
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`cris-router: ${error.message}`);
      return 2;
    }
    io.err(`cris-router: ${(error as Error).name}: ${(error as Error).message}`);
    return 1;
  }
};

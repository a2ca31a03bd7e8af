import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExecutionReport } from './runner.js';

/** Runs one execution of the local state machine to its end. */
export type Execute = (input: unknown, name: string) => Promise<ExecutionReport>;

interface Execution {
  readonly arn: string;
  readonly input: string;
  readonly startDate: number;
  report?: ExecutionReport;
}

export interface StepFunctionsApi {
  readonly endpoint: string;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/x-amz-json-1.0';

const reply = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': JSON_TYPE, 'x-amzn-requestid': randomUUID() });
  res.end(JSON.stringify(body));
};

const fail = (res: ServerResponse, status: number, type: string, message: string) =>
  reply(res, status, { __type: type, message });

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const NAME = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * The part of the Step Functions API the ingest function uses (StartExecution, DescribeExecution),
 * speaking AWS JSON 1.0 to the real SFNClient, so `serverless invoke local -f ingest` runs end to end.
 * Like Standard workflows, StartExecution is idempotent on name + input and refuses a reused name.
 */
export const startStepFunctionsApi = async (
  stateMachineArn: string,
  execute: Execute,
  options: { host?: string; port?: number } = {},
): Promise<StepFunctionsApi> => {
  const executions = new Map<string, Execution>();
  const pending = new Set<Promise<void>>();
  const executionArn = (name: string) =>
    `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;

  const startExecution = (res: ServerResponse, body: Record<string, unknown>) => {
    const name = typeof body.name === 'string' ? body.name : randomUUID();
    const input = typeof body.input === 'string' ? body.input : '{}';
    if (body.stateMachineArn !== stateMachineArn) {
      return fail(
        res,
        400,
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${String(body.stateMachineArn)}'`,
      );
    }
    if (!NAME.test(name)) return fail(res, 400, 'InvalidName', `Invalid Name: '${name}'`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      return fail(res, 400, 'InvalidExecutionInput', 'Invalid State Machine Execution Input');
    }
    const existing = executions.get(name);
    if (existing) {
      if (existing.input !== input)
        return fail(
          res,
          400,
          'ExecutionAlreadyExists',
          `Execution Already Exists: '${existing.arn}'`,
        );
      return reply(res, 200, { executionArn: existing.arn, startDate: existing.startDate });
    }
    const execution: Execution = { arn: executionArn(name), input, startDate: Date.now() / 1000 };
    executions.set(name, execution);
    const running = execute(parsed, name).then((report) => {
      execution.report = report;
    });
    pending.add(running);
    void running.finally(() => pending.delete(running));
    return reply(res, 200, { executionArn: execution.arn, startDate: execution.startDate });
  };

  const describeExecution = (res: ServerResponse, body: Record<string, unknown>) => {
    const execution = [...executions.values()].find((e) => e.arn === body.executionArn);
    if (!execution)
      return fail(
        res,
        400,
        'ExecutionDoesNotExist',
        `Execution Does Not Exist: '${String(body.executionArn)}'`,
      );
    const { report } = execution;
    return reply(res, 200, {
      executionArn: execution.arn,
      stateMachineArn,
      name: execution.arn.split(':').pop(),
      status: report ? report.status : 'RUNNING',
      startDate: execution.startDate,
      ...(report?.output ? { output: JSON.stringify(report.output) } : {}),
      ...(report?.error ? { error: report.error } : {}),
    });
  };

  const server: Server = createServer((req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    readBody(req)
      .then((raw) => {
        const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
        if (target === 'AWSStepFunctions.StartExecution') return startExecution(res, body);
        if (target === 'AWSStepFunctions.DescribeExecution') return describeExecution(res, body);
        return fail(res, 400, 'UnknownOperationException', `operation ${target} is not emulated`);
      })
      .catch(() => fail(res, 400, 'SerializationException', 'request body is not JSON'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${options.host ?? '127.0.0.1'}:${port}`,
    /** Stops accepting calls, then lets running executions finish (they still write their audit record). */
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await Promise.allSettled(pending);
    },
  };
};

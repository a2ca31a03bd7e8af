import { type LocalStack, startLocalStack } from '../../local/runner';

// Identifiers planted in payloads must appear nowhere in what the system keeps: logs and audit records.
const PLANTED = {
  iban: 'FR14 2004 1010 0505 0001 3M02 606',
  email: 'jean.dupont@example.fr',
  card: '4111 1111 1111 1111',
  phone: '+33 6 12 34 56 78',
};
const variants = (value: string) => [value, value.replace(/\s/g, '')];

describe('no personal data in logs or audit records', () => {
  let stack: LocalStack;
  const captured: string[] = [];
  let restore: () => void;

  beforeAll(async () => {
    // Powertools writes INFO/DEBUG to stdout and WARN/ERROR to stderr: capture both.
    const streams = [process.stdout, process.stderr] as const;
    const writes = streams.map((stream) => stream.write.bind(stream));
    for (const stream of streams) {
      stream.write = ((chunk: string | Uint8Array) => {
        captured.push(String(chunk));
        return true;
      }) as typeof stream.write;
    }
    restore = () => {
      streams.forEach((stream, i) => {
        stream.write = writes[i] as typeof stream.write;
      });
    };
    stack = await startLocalStack({ logLevel: 'DEBUG' });
  });
  afterAll(async () => {
    restore();
    await stack.close();
  });

  it('logs and audits types, counts and hashes only', async () => {
    const text = `Bonjour, je suis client. IBAN ${PLANTED.iban}, carte ${PLANTED.card}, mail ${PLANTED.email}, tél ${PLANTED.phone}.`;
    stack.emulator?.injectFault({ errorType: 'ThrottlingException', times: 1 });
    const ok = await stack.execute({ id: 'leak-1', text });
    const rejected = await stack.execute({ payload: `{"text": "${PLANTED.email}` });
    expect(ok.audit?.outcome).toBe('ok');
    expect(rejected.audit?.outcome).toBe('rejected');

    const logs = captured.join('');
    expect(logs).toContain('"classification":"personal"');
    expect(logs).toContain('"errorName":"ModelThrottledError"');
    expect(logs).toContain('"reason":"invalid-json"');
    const audit = JSON.stringify(await stack.audit.list());
    for (const value of Object.values(PLANTED).flatMap(variants)) {
      expect(logs).not.toContain(value);
      expect(audit).not.toContain(value);
    }
  });
});

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
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      captured.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    restore = () => {
      process.stdout.write = write;
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
    const audit = JSON.stringify(await stack.audit.list());
    for (const value of Object.values(PLANTED).flatMap(variants)) {
      expect(logs).not.toContain(value);
      expect(audit).not.toContain(value);
    }
  });
});

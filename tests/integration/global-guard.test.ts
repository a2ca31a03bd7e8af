import { type LocalStack, startLocalStack } from '../../local/runner';
import { PersonalDataRefusedError } from '../../shared/errors';

const PERSONAL = 'Patient Jan Kowalski, PESEL 87032104881, Termin am Montag.';
const NEUTRAL = 'Draft a short agenda for a sprint planning meeting.';

describe('defence in depth on the local stack', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack();
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(() => stack.emulator?.reset());

  it.each([
    ['claiming non-sensitive', 'non-sensitive'],
    ['classified personal', 'personal'],
  ])(
    'the InvokeGlobal task refuses a personal payload %s and sends nothing',
    async (_what, classification) => {
      await expect(
        stack.tasks.InvokeGlobal({
          requestId: 'forged-1',
          classification,
          request: { text: PERSONAL },
        }),
      ).rejects.toBeInstanceOf(PersonalDataRefusedError);
      expect(stack.emulator?.calls).toHaveLength(0);
    },
  );

  it('serves a non-sensitive payload on the global task', async () => {
    await expect(
      stack.tasks.InvokeGlobal({
        requestId: 'ok-1',
        classification: 'non-sensitive',
        request: { text: NEUTRAL },
      }),
    ).resolves.toMatchObject({ route: 'global', profileId: 'global.amazon.nova-2-lite-v1:0' });
  });
});

describe('global processing switched off', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ globalProcessing: false });
  });
  afterAll(async () => {
    await stack.close();
  });

  it('sends non-sensitive work through the EU profile too', async () => {
    const report = await stack.execute({ text: NEUTRAL });
    expect(report.audit).toMatchObject({
      outcome: 'ok',
      classification: 'non-sensitive',
      route: 'eu',
      profileId: 'eu.amazon.nova-2-lite-v1:0',
    });
    expect(stack.emulator?.calls.every((call) => call.profileId.startsWith('eu.'))).toBe(true);
  });
});

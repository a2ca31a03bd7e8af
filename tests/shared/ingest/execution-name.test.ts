import { executionName } from '../../../shared/ingest/execution-name';

describe('executionName', () => {
  it('derives the same name from the same delivery id', () => {
    const id = '059f36b4-87a3-44ab-83d2-661975830a7d';
    expect(executionName('sqs', id)).toBe(`sqs-${id}`);
    expect(executionName('sqs', id)).toBe(executionName('sqs', id));
  });

  it.each([
    ['too long', 'a'.repeat(100)],
    ['characters Step Functions refuses', 'id with spaces/and:colons'],
  ])('hashes an id that is %s into a valid name', (_what, id) => {
    const name = executionName('eb', id);
    expect(name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(name).toBe(executionName('eb', id));
  });

  it('gives different ids different names', () => {
    expect(executionName('eb', 'a'.repeat(100))).not.toBe(
      executionName('eb', `${'a'.repeat(99)}b`),
    );
  });
});

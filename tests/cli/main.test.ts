import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main';

const run = async (argv: string[], stdin = '') => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: () => stdin,
  });
  return { code, out, err };
};

describe('cris-router CLI', () => {
  it('routes the example payloads through the local pipeline and summarises', async () => {
    const { code, out } = await run(['run', 'examples/payloads', '--in-memory']);
    expect(code).toBe(0);
    const rows = out.filter((line) => /^\S+\.json\s/.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(out.find((l) => l.startsWith('de-hr-email'))).toMatch(
      /personal\s+-> EU\s+eu\.amazon\.nova-2-lite-v1:0\s+ok/,
    );
    expect(out.find((l) => l.startsWith('recipe-risotto'))).toMatch(
      /non-sensitive\s+-> GLOBAL\s+global\./,
    );
    expect(out.join('\n')).toMatch(
      /15 payloads: 8 personal, 7 non-sensitive.*15 ok, 0 failed, 0 rejected/,
    );
  });

  it('rejects malformed JSONL lines through the pipeline, audits them, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cris-cli-'));
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, '{"text":"Explain TCP slow start."}\n{"text": nope\n');
    const { code, out } = await run(['run', file, '--in-memory', '--json']);
    expect(code).toBe(1);
    const reports = out.map((line) => JSON.parse(line));
    expect(reports.map((r) => r.audit.outcome)).toEqual(['ok', 'rejected']);
    expect(reports[1].audit.errorName).toBe('InvalidPayloadError');
  });

  it('reads JSONL from stdin for classify and writes one JSON line per input', async () => {
    const { code, out } = await run(
      ['classify'],
      '{"id":"a","text":"IBAN DE89 3704 0044 0532 0130 00"}\n{"id":"b","text":"the weather is fine"}\n',
    );
    expect(code).toBe(0);
    const lines = out.map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.classification])).toEqual([
      ['a', 'personal'],
      ['b', 'non-sensitive'],
    ]);
    expect(out.join('\n')).not.toContain('DE89');
  });

  it.each([
    [['run', '/no/such/file'], /no such file or directory/],
    [['frobnicate'], /unknown command frobnicate/],
    [['run', '-', '--bedrock', 'mars'], /--bedrock must be emulator or aws/],
    [['run', 'x', '--bogus'], /Unknown option '--bogus'/],
  ])('prints one clear line and exits 2 for %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toMatch(/\n\s+at /);
  });
});

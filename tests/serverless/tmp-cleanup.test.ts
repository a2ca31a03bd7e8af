import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** resources/serverless-tmp-cleanup.cjs, the local plugin serverless.yml lists. */
const { sweepStaging } = require('../../resources/serverless-tmp-cleanup.cjs') as {
  sweepStaging: (names: readonly string[], pid: number, dir?: string) => number;
};

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cris-router-sweep-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const stage = (name: string) => {
  mkdirSync(path.join(dir, name, 'functions', 'audit'), { recursive: true });
  writeFileSync(path.join(dir, name, 'functions', 'audit', 'handler.js'), 'export {};\n');
};

it("removes this process's staging folders of the service's functions, and nothing else", () => {
  const mine = ['audit-4242-1795923061047-40ba992e', 'classify-4242-1795923061050-0a1b2c3d'];
  const others = [
    'audit-4243-1795923061047-40ba992e', // another process
    'billing-4242-1795923061047-40ba992e', // another service's function
    'audit-4242-backup', // not a staging name
    'cris-router-package-abc123',
  ];
  for (const name of [...mine, ...others]) stage(name);

  expect(sweepStaging(['audit', 'classify', 'ingest'], 4242, dir)).toBe(2);
  expect(readdirSync(dir).sort()).toEqual([...others].sort());
});

import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Where and when a benchmark ran: figures mean little without it. */
export interface Environment {
  readonly date: string;
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly platform: string;
  /** One-minute load average when the run started: other work on the machine skews figures. */
  readonly load: number;
}

export const describeEnvironment = (): Environment => {
  const all = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpu: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    platform: `${process.platform}-${process.arch}`,
    load: loadavg()[0] ?? 0,
  };
};

type Collect = () => void;

/** Node's gc(), exposed at run time when the process was not started with --expose-gc. */
const exposeGc = (): Collect => {
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (exposed !== undefined) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Collect;
};

let collect: Collect | undefined;

/** A full garbage collection, so heap figures measure what is retained, not what is pending. */
export const collectGarbage = (): void => {
  collect ??= exposeGc();
  collect();
};

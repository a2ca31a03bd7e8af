import type { BedrockErrorType } from './errors.js';

/** Which calls a fault applies to: a model-identifier prefix, or a predicate on the identifier. */
export type FaultMatch = string | ((profileId: string) => boolean);

interface FaultScope {
  /** How many matching calls it affects (default 1; `Infinity` until cleared). */
  readonly times?: number;
  readonly match?: FaultMatch;
}

/** A fault: fail with `errorType`, or answer after `delayMs` (to trip client timeouts), or both. */
export type FaultSpec = FaultScope &
  (
    | { readonly errorType: BedrockErrorType; readonly delayMs?: number }
    | { readonly errorType?: undefined; readonly delayMs: number }
  );

interface PendingFault {
  readonly spec: FaultSpec;
  remaining: number;
}

const matches = (match: FaultMatch | undefined, profileId: string): boolean =>
  match === undefined ||
  (typeof match === 'string' ? profileId.startsWith(match) : match(profileId));

/** Faults in injection order; each call consumes at most one, the first that matches. */
export const faultQueue = () => {
  let pending: PendingFault[] = [];
  return {
    add: (spec: FaultSpec): void => {
      pending.push({ spec, remaining: spec.times ?? 1 });
    },
    take: (profileId: string): FaultSpec | undefined => {
      const fault = pending.find((f) => f.remaining > 0 && matches(f.spec.match, profileId));
      if (!fault) return undefined;
      fault.remaining -= 1;
      pending = pending.filter((f) => f.remaining > 0);
      return fault.spec;
    },
    clear: (): void => {
      pending = [];
    },
  };
};

// How long one spec file may run before the loop guard stops it (see loop-guard.ts).

/** Seconds a spec file may run: KATA_TIME_LIMIT, default 10. */
export function timeLimitSeconds(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.KATA_TIME_LIMIT);
  return Number.isFinite(value) && value > 0 ? value : 10;
}

/** The start of the guard's error message, which the runner looks for. */
export const LOOP_GUARD_MARK = 'did not finish within';

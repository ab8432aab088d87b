// How long one spec file may run before the loop guard stops it (spec/support/loop-guard.ts).
// The specs' side (vitest.config.ts, the setup file, the watchdog reporter). scripts/lib/time-limit.ts
// states the same rules for the scripts: the two folders are different module systems, and the
// config loader warns about importing across. Change both together.

/** Seconds a spec file may run: KATA_TIME_LIMIT, default 10. */
export function timeLimitSeconds(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.KATA_TIME_LIMIT);
  return Number.isFinite(value) && value > 0 ? value : 10;
}

/** The start of the guard's error message, which the runner looks for. */
export const LOOP_GUARD_MARK = 'did not finish within';

/** How long past the limit the watchdogs wait for the loop guard before they step in. */
export function graceMs(limitMs: number): number {
  return Math.max(2000, limitMs / 2);
}

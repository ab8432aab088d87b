// How long one spec file may run before the loop guard stops it (spec/support/loop-guard.ts).
// The scripts' side. spec/support/time-limit.ts states the same rules for vitest: the two folders are
// different module systems, and vite's config loader warns about importing across. Change both together.

/** Seconds a spec file may run: KATA_TIME_LIMIT, default 10. */
export function timeLimitSeconds(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.KATA_TIME_LIMIT);
  return Number.isFinite(value) && value > 0 ? value : 10;
}

/** The start of the guard's error message, which the runner looks for (in English; the Korean one below). */
export const LOOP_GUARD_MARK = 'did not finish within';
/** The start of the Korean one: "10초 안에 끝나지 않았습니다". */
export const LOOP_GUARD_MARK_KO = /\d+(?:\.\d+)?초 안에 끝나지 않았습니다/;

/** Whether a test's message is the loop guard's, in either language. */
export function isLoopGuardMessage(message: string): boolean {
  return message.includes(LOOP_GUARD_MARK) || LOOP_GUARD_MARK_KO.test(message);
}

/** A vitest process holding more than this when its spec file hung was filling the memory (spec/support/time-limit.ts: MEMORY_BYTES). */
export const HUNG_MEMORY_BYTES = 1.5 * 1024 ** 3;

/** How long past the limit the watchdogs wait for the loop guard before they step in. */
export function graceMs(limitMs: number): number {
  return Math.max(2000, limitMs / 2);
}

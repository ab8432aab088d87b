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

/** What the loop guard says when it stops the learner's code (in vitest, and in the grading sandbox). */
export function loopGuardMessage(limitMs: number, say: (en: string, ko: string) => string): string {
  return say(
    `${LOOP_GUARD_MARK} ${limitMs / 1000} s — an endless loop? Check that this loop's condition becomes false (or that it breaks) for every input.`,
    `${LOOP_GUARD_MARK} ${limitMs / 1000} s — 시간 안에 끝나지 않았습니다. 무한 루프일까요? 이 반복문의 조건이 어떤 입력에서든 결국 거짓이 되는지(또는 break 하는지) 확인하세요.`,
  );
}

// How long one spec file may run before the loop guard (loop-guard.ts) stops it, and what the guard says then.
// One module for vitest's config, the setup file, the watchdogs, the sandbox and the runner.
import { LOOP_GUARD_MARK } from './guard-mark.mjs';

export { isLoopGuardMessage, LOOP_GUARD_MARK } from './guard-mark.mjs';

/** Seconds a spec file may run: KATA_TIME_LIMIT, default 10. */
export function timeLimitSeconds(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.KATA_TIME_LIMIT);
  return Number.isFinite(value) && value > 0 ? value : 10;
}

/** Memory grown past this while the time ran out: the cause is memory, not time. */
export const MEMORY_BYTES = 1024 ** 3;
/** Fewer rounds than this in the whole time limit: the loops are slow, not (necessarily) endless. */
export const SLOW_ROUNDS = 100_000;

/** What the loop guard saw when it stopped the code: the rounds of the learner's loops and the memory grown since the file started. */
export interface GuardFacts {
  rounds: number;
  grownBytes: number;
}

/** How long past the limit the watchdogs wait for the loop guard before they step in. */
export function graceMs(limitMs: number): number {
  return Math.max(2000, limitMs / 2);
}

/**
 * What the loop guard says when it stops the learner's code (in vitest, and in the grading sandbox, which
 * knows no facts), in the learner's language from the first word: memory that grew, loops that ran few
 * rounds (slow, and likely to end), or a loop that goes on and on.
 */
export function loopGuardMessage(limitMs: number, say: (en: string, ko: string) => string, facts?: GuardFacts): string {
  const seconds = limitMs / 1000;
  const head = say(`${LOOP_GUARD_MARK} ${seconds} s`, `${seconds}초 안에 끝나지 않았습니다`);
  const rounds = facts ? facts.rounds.toLocaleString('en-US') : '';
  // Memory: a gigabyte more, or a quarter of one kept at over a megabyte a round (a large array each round).
  if (
    facts &&
    (facts.grownBytes > MEMORY_BYTES || (facts.grownBytes > MEMORY_BYTES / 4 && facts.grownBytes / Math.max(1, facts.rounds) > 1024 ** 2))
  ) {
    const gb = (facts.grownBytes / 1024 ** 3).toFixed(1);
    return say(
      `${head}: memory, not an endless loop — your code took ${gb} GB more memory while its loops ran ${rounds} rounds. A loop that keeps a new large array every round (push, concat, new Array, a copy) fills the memory whether it ends or not; keep only what the next round needs.`,
      `${head}: 무한 루프가 아니라 메모리 문제입니다 — 반복문이 ${rounds}번 도는 동안 코드가 메모리를 ${gb} GB 더 잡았습니다. 반복할 때마다 큰 배열을 새로 만들어 쌓는 반복문(push, concat, new Array, 복사)은 끝나든 안 끝나든 메모리를 채웁니다. 다음 반복에 필요한 것만 남기세요.`,
    );
  }
  if (facts && facts.rounds < SLOW_ROUNDS) {
    return say(
      `${head}: slow rather than endless — its loops ran only ${rounds} rounds in that time, so each round takes long. Look for work repeated inside a loop: a large array built, copied or sorted every round, or a loop inside a loop.`,
      `${head}: 끝없는 반복이라기보다 느린 반복입니다 — 그동안 반복문이 ${rounds}번밖에 돌지 않았으니 한 번 도는 데 오래 걸립니다. 반복문 안에서 되풀이되는 일을 찾아보세요: 매번 큰 배열을 만들거나 복사하거나 정렬하는 일, 또는 반복문 안의 반복문.`,
    );
  }
  const grown = facts && facts.grownBytes > MEMORY_BYTES / 8 ? (facts.grownBytes / 1024 ** 3).toFixed(2) : undefined;
  return say(
    `${head} — an endless loop?${facts ? ` Its loops ran ${rounds} rounds${grown ? ` and took ${grown} GB more memory` : ''}.` : ''} Check that this loop's condition becomes false (or that it breaks) for every input.`,
    `${head} — 무한 루프일까요?${facts ? ` 반복문이 ${rounds}번 돌았고${grown ? ` 메모리를 ${grown} GB 더 잡았습니다` : ' 아직 끝나지 않았습니다'}.` : ''} 이 반복문의 조건이 어떤 입력에서든 결국 거짓이 되는지(또는 break 하는지) 확인하세요.`,
  );
}

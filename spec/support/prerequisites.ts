// Later exercises build on the learner's own earlier ones (23 on softmax and oneHot, 24 on dense,
// the gradient of 23 and an optimizer …). When one of those is unfinished or wrong, the failure should
// say "finish 02 first", not blame the exercise at hand. A spec describes each earlier function it
// relies on as a Prerequisite (a known value it must give); support never imports the code under test,
// so the spec passes the calls in.
import { expect } from 'vitest';
import { josa, t } from './i18n';
import { currentExercise } from './mistakes';
import { show } from './nested';

export interface Prerequisite {
  /** The earlier exercise's number, e.g. '02'. */
  id: string;
  /** The function or class the learner wrote there, e.g. 'softmax'. */
  name: string;
  /** What is wrong with it, in a few words ('' when it gives its known value). May throw. */
  problem: () => string;
}

/** A prerequisite that must give `expected` (within `tol`) for the call described by `call`. */
export function knownValue(id: string, name: string, call: string, compute: () => unknown, expected: number | readonly number[], tol = 1e-9): Prerequisite {
  return {
    id,
    name,
    problem: () => {
      const received = compute();
      const ok =
        typeof expected === 'number'
          ? typeof received === 'number' && Math.abs(received - expected) <= tol
          : Array.isArray(received) && received.length === expected.length && expected.every((e, i) => Math.abs((received[i] as number) - e) <= tol);
      return ok ? '' : t(`${call} = ${show(received)}, not ${show(expected)}`, `${call} = ${show(received)} (${show(expected)}이어야 함)`);
    },
  };
}

/** What is wrong with the first unfinished prerequisite, or undefined when all give their known values. */
export function firstUnfinished(prerequisites: readonly Prerequisite[]): { prerequisite: Prerequisite; problem: string } | undefined {
  for (const prerequisite of prerequisites) {
    let problem: string;
    try {
      problem = prerequisite.problem();
    } catch (error) {
      problem = t(
        `${prerequisite.name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        `${josa(prerequisite.name, '이/가')} 오류를 던졌습니다: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
    if (problem) return { prerequisite, problem };
  }
  return undefined;
}

/**
 * Fail with "finish NN first" if one of `prerequisites` is not finished. `purpose` says who relies on
 * it, completed by "uses your <name> from exercise NN", e.g. { en: 'your trainSoftmaxClassifier', ko: … }.
 */
export function expectReady(prerequisites: readonly Prerequisite[], purpose: { en: string; ko: string }): void {
  const unfinished = firstUnfinished(prerequisites);
  if (!unfinished) return;
  const { prerequisite: p, problem } = unfinished;
  const here = currentExercise();
  expect.fail(t(
    `${purpose.en} uses your ${p.name} from exercise ${p.id}, which is not finished yet: ${problem}. Finish ${p.id} first (npm test -- ${p.id}), then come back to ${here}.`,
    `${purpose.ko} ${p.id}번 연습에서 직접 만든 ${josa(p.name, '을/를')} 쓰는데, 아직 완성되지 않았습니다: ${problem}. 먼저 ${josa(p.id, '을/를')} 끝내고(npm test -- ${p.id}) ${josa(here, '으로/로')} 돌아오세요.`,
  ));
}

/**
 * Run a test's `body`. If it fails, and the failure is not the stub of this very exercise saying
 * "not implemented" (`own` lists its function names), check `prerequisites` first: an unfinished one
 * is named instead; otherwise the original failure stands.
 */
export function blamingUnfinished(prerequisites: readonly Prerequisite[], purpose: { en: string; ko: string }, own: readonly string[], body: () => void): () => void {
  return () => {
    try {
      body();
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (own.some((name) => message.startsWith(`not implemented: ${name}`))) throw error;
      expectReady(prerequisites, purpose);
      throw error;
    }
  };
}

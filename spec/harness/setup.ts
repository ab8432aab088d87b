// Registered by vitest.config.ts for every spec file.
import fc from 'fast-check';
import { afterAll, beforeEach, expect, onTestFailed } from 'vitest';
import curriculum from '../../curriculum.json' with { type: 'json' };
import { josa, t } from '../support/i18n';
import { currentExercise } from '../support/mistakes';
import { inLearnerWords } from './vitest-words';
import { guardClock, loopGuardMessage, markStarted, sandboxClient, timeLimitSeconds } from '../../scripts/lib/for-specs';
import { toMatchArticle, toMatchValue, type ArticleOptions, type ValueOptions } from '../support/matchers';
import type { Nested } from '../support/nested';

expect.extend({ toMatchArticle, toMatchValue });

// Property tests: the same cases on every run (a learner's result must not flicker). When one fails,
// the learner sees the failing assertion itself — its message first (that is also the line progress and
// grade show), its code frame, then which generated input broke it — not fast-check's own report.
fc.configureGlobal({ seed: 20241005, reporter: reportProperty });

function reportProperty(out: fc.RunDetails<unknown>): void {
  if (!out.failed) return;
  const found = t(
    `(a property test: it failed for the generated input ${fc.stringify(out.counterexample)}, shrunk to the simplest such input, found at case ${out.numRuns})`,
    `(속성 기반 테스트: 자동으로 만든 입력 ${fc.stringify(out.counterexample)}에서 실패했습니다. 실패하는 입력 중 가장 단순한 것으로 줄인 값이며, ${out.numRuns}번째 경우에서 찾았습니다)`,
  );
  const error = out.errorInstance;
  if (error instanceof Error) {
    if (!error.message.startsWith('not implemented')) error.message = `${error.message}\n\n${found}`; // a stub: nothing to add
    throw error;
  }
  throw new Error(error !== null && error !== undefined ? `${String(error)}\n\n${found}` : t(
    `a property test did not finish: ${out.interrupted ? 'interrupted' : `${out.numSkips} generated inputs were skipped`}`,
    `속성 기반 테스트가 끝나지 않았습니다: ${out.interrupted ? '중단됨' : `만든 입력 ${out.numSkips}개를 건너뜀`}`,
  ));
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: a module augmentation repeats vitest's own declaration, `T = any`
  interface Matchers<T = any> {
    /** Round the received number(s) to the printed decimals and compare with the article's text. */
    toMatchArticle(printed: string | readonly string[], options: ArticleOptions): T;
    /** Compare a number, vector or matrix entry by entry (shape and finiteness first). */
    toMatchValue(expected: Nested, options: ValueOptions): T;
  }
}

// A check with the spec's own words, expect(ok, 'what went wrong').toBe(true), fails with vitest's words
// appended (": expected false to be true // Object.is equality") and a diff of true against false. The
// spec's words say it all: vitest's tail and that diff go, from every report (npm test, progress, grade).
const vitestTail = /: expected .+? to (?:be|equal|strictly equal|deeply equal|be undefined|be defined|be truthy|be falsy|contain)\b[^\n]*$/;
// An earlier exercise's stub reached from this one ("not implemented: sigmoid" while testing 09's forward)
// says which exercise to finish first, as the prerequisites of 12, 23 and 24 do.
const ownerOf = new Map(curriculum.exercises.flatMap((e) => e.exports.map((name) => [name, e.id.slice(0, 2)] as const)));
function earlierStub(message: string, here: string): string | undefined {
  const name = /^not implemented: ([\w$]+)/.exec(message)?.[1];
  const owner = name ? ownerOf.get(name) : undefined;
  if (!name || !owner || owner === here) return undefined;
  return t(
    `this test of ${here} reached ${name} from exercise ${owner}, which is still the unfinished stub. Finish ${owner} first (npm test -- ${owner}), then come back to ${here}.`,
    `${here}의 이 테스트가 ${owner}번 연습의 ${josa(name, '을/를')} 불렀는데, 아직 완성되지 않은 스텁입니다. 먼저 ${josa(owner, '을/를')} 끝내고(npm test -- ${owner}) ${josa(here, '으로/로')} 돌아오세요.`,
  );
}

beforeEach(() => {
  onTestFailed(({ task }) => {
    const here = currentExercise(task.file?.filepath ?? '');
    for (const error of task.result?.errors ?? []) {
      const e = error as { message?: string; diff?: string; expected?: unknown; actual?: unknown; showDiff?: boolean };
      const instead = e.message ? earlierStub(e.message, here) ?? inLearnerWords(e.message) : undefined;
      if (instead) {
        e.message = instead;
        continue;
      }
      // vitest appends its words to the end of the message: the first line, or the last of a multi-line one.
      const message = e.message ?? '';
      const first = message.split('\n')[0] ?? '';
      const tail = vitestTail.exec(first) ?? vitestTail.exec(message);
      if (!tail || tail.index < 20 || (e.expected !== 'true' && e.expected !== 'false' && e.expected !== 'undefined' && e.expected !== undefined)) continue;
      e.message = message.slice(0, tail.index) + message.slice(tail.index + tail[0].length);
      delete e.diff;
      delete e.expected;
      delete e.actual;
      e.showDiff = false;
    }
  });
});

// The loop guard's clock (see loop-guard.ts): it starts when this spec file starts, so an endless
// loop in the learner's code, even at import time, ends after the time limit with a clear error.
// What it says tells memory, slowness and an endless loop apart: the rounds its loops ran and the memory
// this worker gained since the file started (V8's heap and the buffers outside it) are in the message.
const limitMs = timeLimitSeconds() * 1000;
const deadline = performance.now() + limitMs;
const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const heldAtStart = held();
const guard = guardClock(
  () => deadline,
  (rounds) => new Error(loopGuardMessage(limitMs, t, { rounds, grownBytes: held() - heldAtStart })),
);
(globalThis as { __kataLoopGuard?: () => void }).__kataLoopGuard = guard;

// Tell a watchdog (scripts/lib/runner/runner.ts, watchdog.ts) which spec file has started, with a file on
// disk: a worker stuck in learner code cannot send messages, but this was written before it ran.
const startedDir = process.env.KATA_STARTED_DIR;
if (startedDir) markStarted(startedDir, expect.getState().testPath ?? 'unknown');

// Grading mode: this spec file's learner code runs in a child process of its own (scripts/lib/sandbox/),
// started on the first import and stopped when the file ends; every test starts a fresh table of the
// objects that cross between the two.
if (process.env.KATA_SANDBOX) {
  const sandbox = await sandboxClient();
  sandbox.beginFile(expect.getState().testPath ?? 'unknown');
  beforeEach(() => sandbox.newTest());
  afterAll(() => sandbox.endFile());
  // Each run of a property test is a test of its own, too (installed once per worker: this file runs
  // again for every spec file).
  const once = globalThis as { __kataPropertyRuns?: true };
  if (!once.__kataPropertyRuns) fc.installGlobalPlugin(fc.beforeEach(() => sandbox.newTest()));
  once.__kataPropertyRuns = true;
}

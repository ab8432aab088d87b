// @ts-check
// The loop guard's clock, for vitest's worker (spec/harness/setup.ts) and the grading child (child.mjs).
// It lives in the sandbox because the child may read nothing but its runtime folder, where it is copied.
// The clock is read every round at first and after any slow round (over 0.1 ms: a large array built every
// round, say), then less and less often while rounds stay fast, down to every 256th: a loop of few slow
// rounds is stopped on time, and a fast one pays next to nothing.

// Taken now, before any learner code runs: code that replaces them later cannot blind the guard.
const now = performance.now.bind(performance);
const captureStackTrace = Error.captureStackTrace;

/**
 * The function every loop of the learner's code calls first: it throws `late(rounds)` once `deadline()`
 * (a performance.now() time) has passed, with the stack starting in the learner's loop.
 * @param {() => number} deadline
 * @param {(rounds: number) => Error} late
 */
export function guardClock(deadline, late) {
  let rounds = 0;
  let stride = 0;
  let lastLook = now();
  return function guard() {
    if ((++rounds & stride) !== 0) return;
    const time = now();
    if (time > deadline()) {
      const error = late(rounds);
      captureStackTrace(error, guard);
      throw error;
    }
    stride = (time - lastLook) / (stride + 1) > 0.1 ? 0 : Math.min(0xff, stride * 2 + 1);
    lastLook = time;
  };
}

/** The facts the child's guard saw ride at the end of its message; the client (client/session.mjs) reads them off. */
const FACTS = /\n\[kata-guard (\d+) (-?\d+)\]$/;

/** `text` with the rounds counted and the bytes grown since the file started. */
export function withGuardFacts(/** @type {string} */ text, /** @type {number} */ rounds, /** @type {number} */ grownBytes) {
  return `${text}\n[kata-guard ${rounds} ${Math.round(grownBytes)}]`;
}

/**
 * The message without its facts, and the facts; undefined for any other message.
 * @param {string} message
 * @returns {{ text: string, facts: { rounds: number, grownBytes: number } } | undefined}
 */
export function readGuardFacts(message) {
  const match = FACTS.exec(message);
  return match ? { text: message.slice(0, match.index), facts: { rounds: Number(match[1]), grownBytes: Number(match[2]) } } : undefined;
}

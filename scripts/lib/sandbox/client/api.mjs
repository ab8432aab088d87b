// @ts-check
// What the spec side calls: the grader's end of the sandbox, in the spec worker (see index.mjs).
//
// In grading mode every `@kata/...` import of a spec is a small generated module that calls
// loadModule() here; what it gets back are stand-ins: calling one sends the call to the child process
// that holds the learner's code (through ../relay.mjs) and waits, synchronously, for the answer — so
// the spec files run unchanged. One child per spec file (beginFile / endFile, from
// spec/harness/setup.ts), a fresh table of mirrored objects per test (newTest). The time limit is the
// child's working time in the whole file (session.mjs); past it, or when the child dies (out of memory,
// a crash), the call fails with that reason — and later calls get a new child, except after a time-out.
import { running } from './link.mjs';
import { getRelay } from './relay.mjs';
import { Session } from './session.mjs';

/** A spec file starts (spec/harness/setup.ts): a new session; its child starts on the first import. */
export function beginFile(/** @type {string} */ file) {
  running.session?.close();
  running.session = new Session(file);
  getRelay(); // its first child starts while vitest loads the spec file
}

/** A test starts: a fresh table of mirrored objects on both sides. */
export function newTest() {
  const current = running.session;
  if (!current) return;
  current.epoch += 1;
  current.link?.peer.newEpoch(current.epoch);
}

/** The spec file has ended: stop its child. */
export function endFile() {
  running.session?.close();
  running.session = undefined;
}

/**
 * The exports `names` of the learner's module `m` (of tree `tree`), as the spec imports them. Throws
 * what importing the learner's module throws, as importing it would.
 */
export function loadModule(/** @type {string} */ tree, /** @type {string} */ m, /** @type {string[]} */ names) {
  running.session ??= new Session('unknown');
  const { names: got, values } = running.session.importModule(tree, m);
  return Object.fromEntries(names.map((n) => [n, got.includes(n) ? values[got.indexOf(n)] : undefined]));
}

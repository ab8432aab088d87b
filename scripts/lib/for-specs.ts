// What spec/ takes from the tooling — the one module under scripts/ that spec/ may import (verify's import
// rule): the learner's language and Korean particles, the time limit, its guard's clock and words, the start
// markers the watchdogs read, and (grading mode only, loaded when asked) the sandbox's client.
export { detectLang, type Lang } from './core/language.ts';
export { josa, particleFor } from './core/josa.ts';
export { graceMs, loopGuardMessage, timeLimitSeconds } from './core/time-limit.ts';
export { markStarted, startedFiles } from './core/markers.mjs';
export { guardClock } from './sandbox/guard-clock.mjs';

/** The sandbox's client (scripts/lib/sandbox/client/api.mjs), for the setup file in grading mode. */
export const sandboxClient = () => import('./sandbox/client/api.mjs');

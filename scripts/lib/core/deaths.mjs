// @ts-check
// How a test process died: of memory, killed, or crashed; and when a spec file hung, whether the memory
// was filling. One module for npm test (plain node), the runner and the sandbox's relay.

/** What V8 (and a worker thread) writes when a process runs out of memory. */
const OUT_OF_MEMORY =
  /Fatal JavaScript invalid|heap out of memory|Reached heap limit|invalid (?:table |array )?size|Allocation failed|Fatal process out of memory|FATAL ERROR: .*memory|ERR_WORKER_OUT_OF_MEMORY/i;

/** Whether a process's last words on stderr say it ran out of memory. @param {string} stderr */
export function diedOfMemory(stderr) {
  return OUT_OF_MEMORY.test(stderr);
}

/** @typedef {'oom' | 'killed' | 'crashed'} DeathCause */

/**
 * Why a vitest process died under a spec file: out of memory, killed (process.kill or process.exit in the
 * learner's code: SIGKILL, SIGTERM, or exit code 0 before the run ended), or otherwise crashed.
 * @param {{ stderr: string, signal: string | null, code: number | null }} death
 * @returns {DeathCause}
 */
export function deathCause({ stderr, signal, code }) {
  if (diedOfMemory(stderr)) return 'oom';
  return signal === 'SIGKILL' || signal === 'SIGTERM' || code === 0 ? 'killed' : 'crashed';
}

/** A vitest process holding more than this when a spec file hung was filling the memory. */
export const HUNG_MEMORY_BYTES = 1.5 * 1024 ** 3;

/**
 * Whether a spec file that hung was filling the memory (an allocating loop, endless or not) rather than
 * running out of time: the process holds more than HUNG_MEMORY_BYTES, or grew by a third of it since.
 * @param {number} rssBytes @param {number} grownBytes
 */
export function fillingMemory(rssBytes, grownBytes) {
  return rssBytes > HUNG_MEMORY_BYTES || grownBytes > HUNG_MEMORY_BYTES / 3;
}

/**
 * After the test process died with `running` spec files started and not ended: the culprit when one was
 * running (or, with none, the file that ran alone); when several were, none yet — they run again one at
 * a time, so the next crash names its culprit.
 * @template T @param {readonly T[]} running @param {T} [alone]
 * @returns {{ culprit?: T, suspects: T[] }}
 */
export function blameCrash(running, alone) {
  if (running.length > 1) return { suspects: [...running] };
  const culprit = running.length === 1 ? running[0] : alone;
  return culprit === undefined ? { suspects: [] } : { culprit, suspects: [] };
}

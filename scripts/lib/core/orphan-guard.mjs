// @ts-check
// A vitest run started by a maintainer script (scripts/lib/core/exec.ts: its own process group, and
// KATA_PARENT_PID) ends with its whole group when that script is gone, even killed outright (a CI
// timeout's SIGKILL): an orphaned mutant run would otherwise go on using the CPU for minutes.
export function endWithParent(/** @type {NodeJS.ProcessEnv} */ env = process.env) {
  const parent = Number(env.KATA_PARENT_PID);
  if (!Number.isInteger(parent) || parent <= 0) return;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.kill(0, 'SIGKILL'); // this process group: vitest, its workers' helpers, the sandbox children
    }
  }, 1000).unref();
}

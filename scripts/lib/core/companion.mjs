// @ts-check
// Held-out companions: while grading, an exercise's held-out spec (spec/held-out/NN-x.spec.ts) runs
// inside its public spec file (spec/NN-x.spec.ts), so both talk to ONE sandbox child — the learner's
// code for one exercise is started once, not twice. Exercises still never share a child.
//
// - gradingPlugin (index.mjs) appends to the public file a suite named COMPANION + the held-out file's
//   path whose body imports that file; its tests register there.
// - runner/child.mjs runs only the public file and reports the companion suite's tests as the held-out
//   file's own results (names without the companion suite), so nothing downstream sees a difference.
// The two share the file's time limit: it is the exercise's.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The name of the suite that carries a held-out file inside its public file. */
export const COMPANION = 'held-out companion: ';

/** Whether held-out files travel with their public files: grading mode, with held-out checks asked for. */
export function companionsOn(/** @type {NodeJS.ProcessEnv} */ env = process.env) {
  return env.KATA_GRADING === '1' && (env.KATA_HELD_OUT === '1' || Boolean(env.KATA_CLASS_DIR));
}

/** <dir>/spec/NN-x.spec.ts → <dir>/spec/held-out/NN-x.spec.ts when that file exists. */
export function companionOf(/** @type {string} */ specFile) {
  if (!/^\d\d-[\w-]+\.spec\.ts$/.test(basename(specFile)) || basename(dirname(specFile)) !== 'spec') return undefined;
  const heldOut = join(dirname(specFile), 'held-out', basename(specFile));
  return existsSync(heldOut) ? heldOut : undefined;
}

/** The code appended to a public spec file that has a companion. */
export function companionCode(/** @type {string} */ heldOut) {
  return [
    '',
    "import { describe as __kataCompanion } from 'vitest';",
    `__kataCompanion(${JSON.stringify(COMPANION + heldOut)}, async () => { await import(${JSON.stringify(heldOut)}); });`,
    '',
  ].join('\n');
}

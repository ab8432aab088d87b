import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { loopGuard } from './scripts/lib/core/loop-guard.ts';
import { timeLimitSeconds } from './scripts/lib/core/time-limit.ts';
import { recorder, watchdog } from './spec/harness/watchdog.ts';
import { companionsOn } from './scripts/lib/core/companion.mjs';
import { endWithParent } from './scripts/lib/core/orphan-guard.mjs';
import { gradingMode, gradingPlugin, sandboxFor } from './scripts/lib/sandbox/index.mjs';

// Which tree the specs test: exercises/ (the learner's), solutions/ with `--mode solutions`,
// or any folder of the same layout with KATA_TARGET=<path> (a student's clone, a broken copy).
export function kataTarget(mode: string | undefined, env = process.env): string {
  if (env.KATA_TARGET) return resolve(env.KATA_TARGET);
  return resolve(dirname(fileURLToPath(import.meta.url)), mode === 'solutions' ? 'solutions' : 'exercises');
}

// Grading mode (KATA_GRADING=1, set by npm run grade): the learner's code runs in a confined child
// process and the specs reach it through stand-ins (scripts/lib/sandbox/). Learner mode: directly.
/** <class>/s001/spec/…/x.spec.ts → s001 */
function studentOf(classDir: string, importer: string): string {
  return importer.slice(classDir.length + 1).split(/[\\/]/)[0]!;
}

// A class's regrade (KATA_CLASS_DIR, set by npm run grade -- --each): one tree and one copy of the
// specs per student, <class>/<student>/tree and <class>/<student>/spec, all in this one run.
endWithParent(); // a maintainer script's run ends with that script (orphan-guard.mjs)

/**
 * A class's spec files one student after another (each student's largest first, as vitest would): a
 * sandbox child may read one student's code only, so the child a worker starts in advance is for the
 * student of the file it just took, and is used only if the next file is that student's too.
 */
function studentByStudent(classDir: string) {
  return class extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      const order = [...new Set(sorted.map((f) => studentOf(classDir, f.moduleId)))].sort();
      return order.flatMap((s) => sorted.filter((f) => studentOf(classDir, f.moduleId) === s));
    }
  };
}

export default defineConfig(({ mode }) => {
  const target = kataTarget(mode);
  const classDir = gradingMode() ? process.env.KATA_CLASS_DIR || undefined : undefined;
  const students = classDir ? readdirSync(classDir).filter((d) => d !== 'node_modules') : [];
  const sandbox = !gradingMode()
    ? undefined
    : sandboxFor(classDir ? students.map((s) => ({ key: s, source: join(classDir, s, 'tree') })) : [{ key: 'main', source: target }]);
  return {
    plugins: sandbox
      ? [
          gradingPlugin(sandbox, classDir ? (importer: string) => studentOf(classDir, importer) : () => 'main', {
            companions: companionsOn(),
          }),
        ]
      : [loopGuard(target)],
    resolve: {
      alias: sandbox ? [] : [{ find: /^@kata\/(.*)$/, replacement: `${target}/$1` }],
    },
    // Grading writes nothing into the repository it grades from (vitest keeps a cache there otherwise).
    ...(sandbox ? { cacheDir: join(sandbox.root, 'vite') } : {}),
    test: {
      // The held-out checks (spec/held-out/, a teacher's) run only when asked: the grader asks for them.
      // While grading, each runs inside its public spec file (companion.mjs), not as a file of its own.
      include: classDir
        ? [`${classDir}/*/spec/*.spec.ts`]
        : ['spec/*.spec.ts', ...(process.env.KATA_HELD_OUT === '1' && !companionsOn() ? ['spec/held-out/*.spec.ts'] : [])],
      // `npm test` (scripts/test.mjs) adds a watchdog for what the loop guard cannot stop and a record
      // of every file's results that survives a crash; for its short summary, vitest's own output is off.
      ...(process.env.KATA_WATCHDOG_STATE
        ? {
            reporters: [
              ...(process.env.KATA_QUIET === '1' ? [] : ['default' as const]),
              watchdog(process.env.KATA_WATCHDOG_STATE),
              ...(process.env.KATA_RECORD ? [recorder(process.env.KATA_RECORD)] : []),
            ],
          }
        : {}),
      setupFiles: ['spec/harness/setup.ts'],
      ...(classDir ? { sequence: { sequencer: studentByStudent(classDir) } } : {}),
      // Measured on 2 cores (npm run bench): threads with 2 workers beat forks and 1 worker, and
      // sharing the module graph between spec files (isolate: false) saves a further third. The
      // exercises are pure functions and classes, so nothing leaks from one spec file to the next.
      pool: 'threads',
      maxWorkers: Number(process.env.KATA_WORKERS) || 2,
      isolate: false,
      testTimeout: timeLimitSeconds() * 1000,
    },
  };
});

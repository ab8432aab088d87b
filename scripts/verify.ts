// npm run verify — the maintainers' and CI's check of the whole repository:
//   1. curriculum.json agrees with the files;  2. everything type-checks;
//   3. every spec passes on solutions/;  4. every test fails on the untouched stubs with "not implemented";
//   5. every known mistake in mutants/ makes its spec fail with a message that names it;
//   6. the learner commands work, and a learner's endless loop or syntax error hangs nothing;
//   7. the generated expected values (spec/support/*-cases.ts) are what their generators write.
// Ends with "N passed, N failed" and exits non-zero on any failure. Bounded: no step can hang it.
import { join } from 'node:path';
import { checkCommands } from './lib/check-commands';
import { checkCurriculum } from './lib/check-curriculum';
import { checkPlot } from './lib/check-plot';
import { checkTeacher } from './lib/check-teacher';
import { isPresent, loadCurriculum, pathsOf, root } from './lib/curriculum';
import { execute } from './lib/exec';
import { runMutants } from './lib/mutants';
import { Tally } from './lib/report';
import { runVitest } from './lib/run-vitest';

const LIMIT_SECONDS = 150;

async function main(): Promise<void> {
  const started = Date.now();
  const tally = new Tally();
  const curriculum = loadCurriculum();
  const present = curriculum.exercises.filter((e) => isPresent(e));

  tally.section(`curriculum.json (${present.length} of ${curriculum.exercises.length} exercises present)`);
  for (const [ok, what, detail] of checkCurriculum(curriculum)) tally.check(ok, what, detail);

  tally.section('types');
  const [solutionsRun, stubsRun, generated, ...types] = await Promise.all([
    runVitest({ args: ['--mode', 'solutions'], timeoutMs: 60_000 }),
    runVitest({ timeoutMs: 60_000 }),
    Promise.all(GENERATORS.map(checkGenerated)),
    tsc('tsconfig.json', 'exercises, solutions and specs (specs against exercises/)'),
    tsc('tsconfig.solutions.json', 'specs against solutions/'),
    tsc('scripts/tsconfig.json', 'scripts'),
  ]);
  for (const t of types) tally.check(t.ok, `tsc: ${t.what}`, t.output);

  tally.section('generated expected values are exactly what their command writes today');
  for (const g of generated) tally.check(g.ok, g.what, g.output);

  tally.section('every spec passes on solutions/');
  for (const exercise of present) {
    const file = solutionsRun.files.find((f) => f.file === pathsOf(exercise).spec);
    const failed = file?.tests.filter((t) => t.status !== 'passed') ?? [];
    const ok = !!file && file.status === 'passed' && file.tests.length > 0 && failed.length === 0;
    const detail = !file ? why(solutionsRun) : [file.message, ...failed.map((t) => `${t.name}: ${t.messages[0]?.split('\n')[0] ?? t.status}`)].filter(Boolean).join('\n');
    tally.check(ok, `${exercise.id}: ${file?.tests.length ?? 0} tests pass on the solution`, detail);
  }

  tally.section('every test fails on the untouched stub, saying "not implemented"');
  for (const exercise of present) {
    const file = stubsRun.files.find((f) => f.file === pathsOf(exercise).spec);
    const wrong = file?.tests.filter((t) => t.status !== 'failed' || !t.messages.some((m) => m.includes('not implemented'))) ?? [];
    const ok = !!file && file.tests.length > 0 && wrong.length === 0;
    const detail = !file ? why(stubsRun) : wrong.map((t) => `${t.name}: ${t.status === 'failed' ? t.messages[0]?.split('\n')[0] : 'passes on the stub'}`).join('\n');
    tally.check(ok, `${exercise.id}: ${file?.tests.length ?? 0} tests fail on the stub`, detail);
  }

  // The mutants keep the CPU busy; the command checks mostly wait on time limits: run them together.
  // The teacher checks export first, then grade once the mutants are done (both are CPU-bound).
  const mutants = runMutants(present, 90_000);
  const [outcomes, commandChecks, plot, teacherChecks] = await Promise.all([mutants, checkCommands(curriculum), checkPlot(), checkTeacher(curriculum, mutants)]);
  tally.section('every known mistake in mutants/ is caught and named');
  for (const o of outcomes) tally.check(o.ok, `${o.exercise}: ${o.mutant.name}`, o.why);

  tally.section('learner commands: progress, npm test, hint, reset, watch');
  for (const [ok, what, detail] of commandChecks) tally.check(ok, what, detail);

  tally.section('teacher commands: grade, classroom, export (a template without solutions, graded as Classroom would)');
  for (const [ok, what, detail] of teacherChecks) tally.check(ok, what, detail);

  tally.section('npm run plot, rendered in headless Chromium');
  for (const [ok, what, detail] of plot.checks) tally.check(ok, what, detail);
  if (plot.skipped) tally.skip(plot.skipped);

  console.log(`\nverify took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`\n${tally.summary()}`);
  process.exit(tally.failed === 0 ? 0 : 1);
}

function why(run: { timedOut: boolean; output: string }): string {
  return run.timedOut ? 'the vitest run timed out' : `no result for this spec; vitest said:\n${run.output.slice(-1500)}`;
}

/** The maintainer scripts that write expected values into spec/support (see CONTRIBUTING.md). */
const GENERATORS = [
  { script: 'generate-optimizer-cases.ts', command: 'npm run generate:optimizers', file: 'spec/support/optimizer-cases.ts' },
  { script: 'generate-iris-cases.ts', command: 'npm run generate:iris', file: 'spec/support/iris-cases.ts' },
];

async function checkGenerated(g: (typeof GENERATORS)[number]): Promise<{ ok: boolean; what: string; output: string }> {
  const run = await execute(join(root, 'node_modules', '.bin', 'ts-node'), ['-P', join(root, 'scripts', 'tsconfig.json'), join(root, 'scripts', g.script), '--check'], { timeoutMs: 60_000 });
  return { ok: run.code === 0, what: `${g.file}: \`${g.command} -- --check\``, output: run.timedOut ? 'timed out' : (run.stderr + run.stdout).trim().slice(-1500) };
}

async function tsc(project: string, what: string): Promise<{ ok: boolean; what: string; output: string }> {
  // Incremental: a maintainer's second run reuses what the first one learned (.kata/ is git-ignored).
  const buildInfo = join(root, '.kata', 'tsc', `${project.replace(/[/.]/g, '_')}.tsbuildinfo`);
  const run = await execute(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project, '--pretty', 'false', '--incremental', '--tsBuildInfoFile', buildInfo], { timeoutMs: 60_000 });
  const output = (run.stdout + run.stderr).trim().split('\n').slice(0, 20).join('\n');
  return { ok: run.code === 0, what, output: run.timedOut ? 'tsc timed out' : output };
}

// The whole run is bounded: if anything above hangs, say so and fail.
setTimeout(() => {
  console.log(`\nverify did not finish within ${LIMIT_SECONDS} s\n0 passed, 1 failed`);
  process.exit(1);
}, LIMIT_SECONDS * 1000).unref();

main().catch((error: unknown) => {
  console.error(error);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});

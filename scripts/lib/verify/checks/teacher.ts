// verify's checks of the teacher commands: grade, classroom and export, and the promise behind them —
// a template without solutions whose workflow, run by hand, gives the points `npm run grade` prints,
// and whose grading catches a changed spec. No `npm ci` here: the template borrows this repository's
// node_modules through a symlink, so the section stays within a few seconds of work.
// Over 300 lines: one scenario (an export graded as Classroom would) whose steps share one template.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Check } from '../tally.ts';
import { type Curriculum, type Exercise, isPresent, pathsOf, root } from '../../core/curriculum.ts';
import { execute, type Executed, TSX } from '../../core/exec.ts';
import { isStub } from '../../core/exports.ts';
import { type GradeReport, partialPoints } from '../../grading/points.ts';
import {
  INTEGRITY_RUNNER,
  NOT_COUNTED,
  parseGithubOutput,
  reporterOutcome,
  runnerName,
} from '../../grading/platforms/classroom-results.ts';
import { fingerprints, gitBlobId, scanTexts } from '../../grading/leaks.ts';
import { contentHashes, fingerprintChanges } from '../../grading/regrade.ts';
import { type Assignment, listFiles, MANIFEST_FILE, sealOf, SEAL_ENV, WORKFLOW_FILE } from '../../grading/assignment.ts';
import { applyMutant, loadMutants } from '../mutants.ts';
import { dependenciesOf } from '../../grading/selection.ts';
import { ALLOWED_ACTIONS, inspectWorkflow } from '../../grading/platforms/classroom.ts';

/** A script of this repository (or of `dir`, an exported template), run as npm would. */
const script = (name: string, args: string[], dir = root) =>
  [process.execPath, ['--import', TSX, join(dir, 'scripts', `${name}.ts`), ...args]] as const;
const ENV = { KATA_LANG: 'en', FORCE_COLOR: '0', [SEAL_ENV]: '' };

function json<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function tail(run: Executed, n = 1200): string {
  return `${run.timedOut ? '(timed out) ' : ''}exit ${run.code}\n${(run.stdout + run.stderr).slice(-n)}`;
}

/** The first chapter whose exercises import exercises of other chapters: its export has provided code. */
export function chapterWithDependencies(curriculum: Curriculum): number {
  const present = curriculum.exercises.filter((e) => isPresent(e));
  const chapter = curriculum.chapters.find((c) => {
    const inside = present.filter((e) => e.chapter === c.number);
    return inside.length > 0 && dependenciesOf(curriculum, inside).some((d) => d.chapter !== c.number);
  });
  return chapter?.number ?? present[0]!.chapter;
}

/** The shape `npm run grade -- --json` promises, with every problem named. */
function shapeProblems(report: unknown): string[] {
  const r = report as Partial<GradeReport> | undefined;
  if (!r || typeof r !== 'object') return ['not a JSON object'];
  const problems: string[] = [];
  if (typeof r.total !== 'number') problems.push('total is not a number');
  if (typeof r.max !== 'number') problems.push('max is not a number');
  if (!Array.isArray(r.tampered)) problems.push('tampered is not an array');
  if (!Array.isArray(r.exercises) || r.exercises.length === 0) return [...problems, 'exercises is not a non-empty array'];
  for (const e of r.exercises) {
    if (
      typeof e.id !== 'string' ||
      typeof e.points !== 'number' ||
      typeof e.max !== 'number' ||
      typeof e.status !== 'string' ||
      !Array.isArray(e.tests)
    )
      problems.push(`exercise ${JSON.stringify(e).slice(0, 80)} lacks id, points, max, status or tests`);
    else if (e.tests.some((t) => typeof t.name !== 'string' || typeof t.passed !== 'boolean'))
      problems.push(`${e.id}: a test lacks name or passed`);
  }
  if (r.exercises.reduce((s, e) => s + e.points, 0) !== r.total) problems.push('total is not the sum of the points');
  if (r.exercises.reduce((s, e) => s + e.max, 0) !== r.max) problems.push('max is not the sum of the maxima');
  return problems;
}

/**
 * Run the classroom workflow's grading step by hand in `dir`, as GitHub Actions would (bash, the
 * step's env, a $GITHUB_OUTPUT file), then add up the results as the grading reporter does.
 * `skipInstall` turns the step's `npm ci` into a no-op (node_modules is already there).
 */
export async function runWorkflowByHand(
  dir: string,
  skipInstall: boolean,
  timeoutMs = 80_000,
  runnerEnv: Record<string, string> = {},
): Promise<{ run: Executed; outcome?: ReturnType<typeof reporterOutcome>; error?: string }> {
  const workflow = inspectWorkflow(readFileSync(join(dir, WORKFLOW_FILE), 'utf8'));
  if (!workflow.gradeStep || !workflow.reporter)
    return {
      run: { code: null, stdout: '', stderr: '', timedOut: false, seconds: 0 },
      error: 'the workflow has no grading step or no reporter',
    };
  const scratch = mkdtempSync(join(tmpdir(), 'kata-gh-'));
  const output = join(scratch, 'github_output');
  writeFileSync(output, '');
  // node_modules may be a link to this repository's: only `npm run` and `npm --version` may really run.
  const prelude = skipInstall
    ? 'npm() { case "$1" in run|--version) command npm "$@" ;; *) echo "(npm $1 skipped: node_modules is linked)" ;; esac; }\n'
    : '';
  const run = await execute('bash', ['-e', '-c', prelude + workflow.gradeStep.run], {
    cwd: dir,
    timeoutMs,
    env: { ...runnerEnv, ...workflow.gradeStep.env, GITHUB_OUTPUT: output, npm_config_update_notifier: 'false' },
  });
  const outputs = parseGithubOutput(readFileSync(output, 'utf8'));
  rmSync(scratch, { recursive: true, force: true });
  const env: Record<string, string | undefined> = {};
  for (const [name, template] of Object.entries(workflow.reporter.env)) {
    const ref = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(String(template));
    env[name] = ref ? outputs.get(ref[2]!) : String(template);
  }
  try {
    return { run, outcome: reporterOutcome(workflow.reporter.runners, env) };
  } catch (error) {
    return { run, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The checks. `after`: verify passes the mutants' run, and the grading below waits for it — run at
 * the same time on 2 cores, the two pushed the mutants past their time limit (measured: 13.5 s
 * alone, 21.5 s next to this section). Exporting and the static checks go first, meanwhile.
 */
export async function checkTeacher(curriculum: Curriculum, after: Promise<unknown> = Promise.resolve()): Promise<Check[]> {
  const started = Date.now();
  let waited = 0;
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);
  const present = curriculum.exercises.filter((e) => isPresent(e));
  const tmp = mkdtempSync(join(tmpdir(), 'kata-teacher-'));
  const template = join(tmp, 'template');
  const chapter = chapterWithDependencies(curriculum);
  const assigned = present.filter((e) => e.chapter === chapter);
  const assignedMax = assigned.reduce((s, e) => s + e.points, 0);
  const provided = dependenciesOf(curriculum, assigned).filter((e) => !assigned.includes(e));
  const classroomChapters = [...new Set(present.map((e) => e.chapter))].slice(0, 2);
  try {
    // ── this repository: classroom and export. Grading runs below, in the exported template: the
    // stubs (a student's first push) and the reference solutions copied in, as a teacher would check. ──
    const [classroom, exported] = await Promise.all([
      execute(...script('classroom', ['--chapters', classroomChapters.join(','), '--out', join(tmp, 'classroom.yml')]), {
        env: ENV,
        timeoutMs: 40_000,
      }),
      execute(...script('export', ['--chapters', String(chapter), '--out', template]), { env: ENV, timeoutMs: 50_000 }),
    ]);

    const classroomExercises = present.filter((e) => classroomChapters.includes(e.chapter));
    const yml = existsSync(join(tmp, 'classroom.yml')) ? readFileSync(join(tmp, 'classroom.yml'), 'utf8') : '';
    const wf = yml ? safeInspect(yml) : undefined;
    const wantRunners = [...classroomExercises.map((e) => runnerName(e.id)), INTEGRITY_RUNNER];
    add(
      classroom.code === 0 &&
        !!wf &&
        wf.uses.length > 0 &&
        wf.uses.every((u) => ALLOWED_ACTIONS.some((a) => a.test(u))) &&
        wf.name === 'Autograding Tests' &&
        wf.jobs.join() === 'run-autograding-tests' &&
        !!wf.gradeStep?.run.includes(`scripts/grade.ts --chapters ${classroomChapters.join(',')} --github-output`) &&
        !!wf.gradeStep?.run.includes('npm ci --ignore-scripts') &&
        !!wf.gradeStep?.run.includes('unset NODE_OPTIONS') &&
        wf.reporter?.runners.join() === wantRunners.join() &&
        wantRunners.every((r) => wf.reporter?.env[`${r.toUpperCase()}_RESULTS`] === `\${{ steps.grade.outputs.${r} }}`),
      `classroom --chapters ${classroomChapters.join(',')}: valid YAML naming only ${[...new Set(wf?.uses ?? [])].join(', ')}; "Autograding Tests" / run-autograding-tests; the grader runs once, called directly after npm ci --ignore-scripts, NODE_OPTIONS cleared; ${wantRunners.length} runners (one per exercise + integrity)`,
      tail(classroom) + yml.slice(0, 600),
    );

    // ── the exported template, as files and as git objects ──
    add(
      exported.code === 0 && existsSync(join(template, MANIFEST_FILE)),
      `export --chapters ${chapter} writes a template (${exported.seconds.toFixed(1)} s)`,
      tail(exported),
    );
    if (!existsSync(join(template, MANIFEST_FILE))) return checks;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: template, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const commits = git('rev-list', '--all').trim().split('\n').filter(Boolean);
    const dirty = git('status', '--porcelain').trim();
    const forbidden = ['solutions', 'mutants', '.ci', 'article', '.kata', 'node_modules'].filter((d) => existsSync(join(template, d)));
    add(
      commits.length === 1 && dirty === '' && forbidden.length === 0,
      'the template has a fresh history (one commit, clean tree) and no solutions/, mutants/, .ci/ or .kata/',
      `commits: ${commits.length}; status: ${dirty}; present: ${forbidden.join(', ')}`,
    );

    const leaks = templateLeaks(template, assigned, provided);
    add(
      leaks.problems.length === 0,
      `no reference solution of ${assigned.map((e) => e.id.slice(0, 2)).join(', ')} in the ${leaks.files} files or ${leaks.objects} git objects (${leaks.prints} function bodies and whole files searched, comments and spacing ignored)`,
      leaks.problems.join('\n'),
    );

    const assignment = json<Assignment>(readFileSync(join(template, MANIFEST_FILE), 'utf8'));
    const stubProblems = assigned.flatMap((e) => {
      const p = pathsOf(e);
      const stub = existsSync(join(template, p.stub)) ? readFileSync(join(template, p.stub), 'utf8') : '';
      return [
        ...(isStub(stub, p.stub) ? [] : [`${p.stub} is not a stub`]),
        ...[p.readme, p.readmeKo].filter((r) => !existsSync(join(template, r))).map((r) => `${r} missing`),
        ...(existsSync(join(template, p.spec)) && readFileSync(join(template, p.spec), 'utf8') === readFileSync(join(root, p.spec), 'utf8')
          ? []
          : [`${p.spec} missing or different`]),
      ];
    });
    const providedProblems = provided.flatMap((e) => {
      const code = existsSync(join(template, pathsOf(e).stub)) ? readFileSync(join(template, pathsOf(e).stub), 'utf8') : '';
      return code.includes('PROVIDED') &&
        code.endsWith(readFileSync(join(root, pathsOf(e).solution), 'utf8')) &&
        !existsSync(join(template, pathsOf(e).spec))
        ? []
        : [`${pathsOf(e).stub} is not the marked working code`];
    });
    add(
      stubProblems.length === 0 &&
        providedProblems.length === 0 &&
        provided.length > 0 &&
        assignment?.assigned.join() === assigned.map((e) => e.id).join() &&
        assignment?.provided.join() === provided.map((e) => e.id).join(),
      `assigned ${assigned.map((e) => e.id.slice(0, 2)).join(', ')} as stubs with their specs and READMEs (en, ko); ${provided.map((e) => e.id.slice(0, 2)).join(', ')} (imported, not assigned) as working code marked PROVIDED`,
      [...stubProblems, ...providedProblems].join('\n'),
    );

    const twf = safeInspect(readFileSync(join(template, WORKFLOW_FILE), 'utf8'));
    const want = [...assigned.map((e) => runnerName(e.id)), INTEGRITY_RUNNER];
    add(
      !!twf &&
        !!assignment &&
        twf.uses.every((u) => ALLOWED_ACTIONS.some((a) => a.test(u))) &&
        twf.gradeStep?.env[SEAL_ENV] === sealOf(assignment) &&
        twf.reporter?.runners.join() === want.join(),
      `its workflow is valid YAML, names only allowed actions, grades ${assigned.length} exercises and carries the seal of kata.json (${Object.keys(assignment?.files ?? {}).length} hashed files)`,
      readFileSync(join(template, WORKFLOW_FILE), 'utf8').slice(0, 800),
    );

    const devcontainer = json<{ image?: string; onCreateCommand?: string; customizations?: { vscode?: { extensions?: string[] } } }>(
      readFileSync(join(template, '.devcontainer', 'devcontainer.json'), 'utf8'),
    );
    const pkg = json<{ scripts: Record<string, string>; devDependencies: Record<string, string> }>(
      readFileSync(join(template, 'package.json'), 'utf8'),
    );
    const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const readmes = ['README.md', 'README.ko.md'].map((f) =>
      existsSync(join(template, f)) ? readFileSync(join(template, f), 'utf8') : '',
    );
    const learner = ['test', 'typecheck', 'watch', 'ui', 'progress', 'hint', 'reset', 'grade'];
    add(
      !!devcontainer?.image?.includes(':1-24') &&
        !!devcontainer.onCreateCommand?.startsWith('npm ci') &&
        !!devcontainer.customizations?.vscode?.extensions?.includes('vitest.explorer') &&
        !!pkg &&
        Object.keys(pkg.scripts).sort().join() === [...learner].sort().join() &&
        JSON.stringify(pkg.devDependencies) === JSON.stringify(ours.devDependencies) &&
        readFileSync(join(template, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8') &&
        readmes.every((r) => assigned.every((e) => r.includes(e.id))),
      '.devcontainer (Node 24 image, npm ci on create, Vitest extension), package.json with the learner scripts and the same pins, the lock unchanged, a README in en and ko listing the assignment',
      JSON.stringify({ image: devcontainer?.image, scripts: pkg?.scripts }),
    );

    // ── run it, once the mutants are done: students' copies — the stubs and the solutions (graded with
    // --each), a partly solved one (graded by its workflow), one with a rewritten kata.json, one not installed ──
    const waitFrom = Date.now();
    await after.catch(() => undefined);
    waited = Date.now() - waitFrom;
    symlinkSync(join(root, 'node_modules'), join(template, 'node_modules'), 'dir');
    const students = join(tmp, 'students');
    const copy = (name: string) => {
      const dir = join(students, name);
      mkdirSync(dir, { recursive: true });
      for (const entry of readdirSync(template))
        if (entry !== 'node_modules' && entry !== '.git') cpSync(join(template, entry), join(dir, entry), { recursive: true });
      return dir;
    };
    const stubs = copy('a-stubs');
    const solved = copy('b-solved');
    const partial = join(tmp, 'c-partial');
    cpSync(join(students, 'a-stubs'), partial, { recursive: true });
    for (const e of assigned) for (const dir of [solved, partial]) cpSync(join(root, pathsOf(e).solution), join(dir, pathsOf(e).stub));
    // a known mistake in one exercise (partial credit), a changed spec in another (0 points)
    const mutated = assigned
      .map((e) => ({
        e,
        code: loadMutants(e)
          .map((m) => applyMutant(readFileSync(join(root, pathsOf(e).solution), 'utf8'), m.replace).code)
          .find(Boolean),
      }))
      .find((m) => m.code);
    if (mutated) writeFileSync(join(partial, pathsOf(mutated.e).stub), mutated.code!);
    const changedSpec = assigned.filter((e) => e !== mutated?.e).at(-1)!;
    for (const dir of [partial, stubs]) appendFileSync(join(dir, pathsOf(changedSpec).spec), '\n// a student was here\n');
    symlinkSync(join(root, 'node_modules'), join(partial, 'node_modules'), 'dir');
    const sealed = join(tmp, 'sealed');
    mkdirSync(sealed);
    for (const entry of readdirSync(template))
      if (entry !== '.git') cpSync(join(template, entry), join(sealed, entry), { recursive: true, verbatimSymlinks: true });
    const manifest = JSON.parse(readFileSync(join(sealed, MANIFEST_FILE), 'utf8')) as Assignment;
    manifest.files[pathsOf(changedSpec).spec] = '0'.repeat(64); // a student "fixing" the manifest after changing a spec
    writeFileSync(join(sealed, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

    const uninstalled = join(tmp, 'uninstalled'); // npm ci "succeeds" but installs nothing: grading cannot start
    for (const entry of readdirSync(template))
      if (entry !== 'node_modules' && entry !== '.git') cpSync(join(template, entry), join(uninstalled, entry), { recursive: true });

    const templateBefore = contentHashes(template);
    const [byHand, each, sealRun, fallback] = await Promise.all([
      runWorkflowByHand(partial, true),
      execute(...script('grade', ['--each', students, '--csv', join(tmp, 'grades.csv'), '--json-dir', join(tmp, 'reports')], template), {
        cwd: template,
        env: ENV,
        timeoutMs: 90_000,
      }),
      execute(...script('grade', ['--json'], sealed), { cwd: sealed, env: { ...ENV, [SEAL_ENV]: sealOf(assignment!) }, timeoutMs: 50_000 }),
      runWorkflowByHand(uninstalled, true),
    ]);

    // The step's own `npm run grade` prints the table and its total; the reporter adds up the results.
    const o = byHand.outcome;
    const printed = /Total: (\d+)\/(\d+) points/.exec(byHand.run.stdout);
    const runnerOf = (e: Exercise | undefined) => o?.perRunner.find((r) => r.runner === runnerName(e?.id ?? ''));
    // A passing test that does not count (a contract without a right value) says so in its message.
    const counting = (r: { tests: { status: string; message?: string }[] }) =>
      r.tests.filter((t) => t.status === 'pass' && !t.message?.startsWith(NOT_COUNTED.en) && !t.message?.startsWith(NOT_COUNTED.ko)).length;
    const m = runnerOf(mutated?.e);
    const mPassing = m ? counting(m) : 0;
    const arithmetic =
      o?.perRunner.filter((r) => r.max > 0).every((r) => r.score === partialPoints(r.max, counting(r), r.tests.length)) ?? false;
    add(
      !!o &&
        !!printed &&
        o.points === Number(printed[1]) &&
        o.max === Number(printed[2]) &&
        o.max === assignedMax &&
        !!m &&
        m.score < m.max &&
        arithmetic &&
        o.failed &&
        byHand.run.code === 0,
      `the workflow's commands, run by hand in a partly solved copy: its npm run grade prints ${printed?.[1]}/${printed?.[2]}, the reporter sends ${o?.points}/${o?.max}; ${mutated?.e.id ?? '(no mutant)'} with a known mistake earns ${m?.score}/${m?.max} (${mPassing} of ${m?.tests.length} tests counted, rounded down)`,
      [byHand.error ?? '', tail(byHand.run, 1500)].join('\n'),
    );
    const integrity = o?.perRunner.find((r) => r.runner === INTEGRITY_RUNNER);
    const changed = runnerOf(changedSpec);
    add(
      !!changed &&
        changed.score === 0 &&
        changed.status === 'fail' &&
        !!integrity &&
        integrity.max === 0 &&
        integrity.status === 'fail' &&
        integrity.tests.some((t) => t.name.startsWith(pathsOf(changedSpec).spec)) &&
        byHand.run.stdout.includes(`${pathsOf(changedSpec).spec}: changed`),
      `a changed ${pathsOf(changedSpec).spec} is caught in the workflow: printed, ${changedSpec.id} gets 0, the 0-point integrity runner names it and fails the job`,
      JSON.stringify(integrity?.tests ?? []).slice(0, 600) + tail(byHand.run, 600),
    );

    const csv = existsSync(join(tmp, 'grades.csv'))
      ? readFileSync(join(tmp, 'grades.csv'), 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split(','))
      : [];
    const header = csv[0] ?? [];
    const row = (name: string) => csv.find((r) => r[0] === name) ?? [];
    const totalAt = header.indexOf('total');
    const report = (name: string) =>
      json<GradeReport>(existsSync(join(tmp, 'reports', `${name}.json`)) ? readFileSync(join(tmp, 'reports', `${name}.json`), 'utf8') : '');
    const [a, b] = [report('a-stubs'), report('b-solved')];
    const shape = [...shapeProblems(a), ...shapeProblems(b)];
    const notStarted =
      a?.exercises.filter((e) => e.id !== changedSpec.id).every((e) => e.status === 'not-started' && e.total > 0 && e.passed === 0) ??
      false;
    add(
      !!a &&
        !!b &&
        shape.length === 0 &&
        a.total === 0 &&
        a.max === assignedMax &&
        notStarted &&
        b.total === assignedMax &&
        b.max === assignedMax &&
        b.passed === assigned.length &&
        b.tampered.length === 0 &&
        row('a-stubs')[totalAt] === '0' &&
        row('b-solved')[totalAt] === String(assignedMax) &&
        each.stdout.trimEnd().endsWith(`${assigned.length} passed, ${assigned.length} failed`),
      `grade the template (--each over two students' copies, with the template's specs and kata.json): the stubs 0/${assignedMax}, the reference solutions copied in ${b?.total}/${b?.max}; one CSV row each; the JSON is { total, max, exercises[{ id, points, max, status, tests }], tampered } (${each.seconds.toFixed(1)} s)`,
      [...shape, csv.map((r) => r.join(',')).join('\n'), tail(each, 800)].join('\n'),
    );
    const flagged = a?.tampered.find((t) => t.file === pathsOf(changedSpec).spec);
    add(
      !!flagged &&
        flagged.exercise === changedSpec.id &&
        a?.exercises.find((e) => e.id === changedSpec.id)?.status === 'not-started' &&
        row('a-stubs')
          .join(',')
          .includes(`${pathsOf(changedSpec).spec} (modified)`),
      `a changed ${pathsOf(changedSpec).spec} in a student's copy is reported against the teacher's kata.json (in "tampered" and the CSV) and not used: ${changedSpec.id} is graded with the teacher's spec`,
      JSON.stringify(a?.tampered ?? null),
    );
    const changedHere = fingerprintChanges(templateBefore, contentHashes(template));
    add(
      changedHere.length === 0 && each.stdout.includes('This folder is as it was before'),
      `grading the class left the teacher's template byte for byte as it was (${templateBefore.size} files)`,
      changedHere.join('\n'),
    );

    const f = fallback.outcome;
    add(
      !!f &&
        f.points === 0 &&
        f.max === assignedMax &&
        f.failed &&
        f.perRunner.every((r) => r.status === 'error') &&
        fallback.run.code === 0 &&
        fallback.run.stdout.includes('::error'),
      `when the workflow cannot install or grade, it still reports every exercise: 0/${f?.max} with status "error" and an ::error line`,
      (fallback.error ?? '') + tail(fallback.run, 800),
    );

    const bad = json<GradeReport>(sealRun.stdout);
    add(
      !!bad &&
        bad.total === 0 &&
        bad.exercises.every((e) => e.status === 'manifest-changed') &&
        bad.tampered.some((t) => t.file === MANIFEST_FILE),
      `a kata.json rewritten to match a changed spec no longer matches the workflow's seal: every exercise 0, kata.json flagged (teacher section: ${((Date.now() - started - waited) / 1000).toFixed(1)} s of work, ${(waited / 1000).toFixed(1)} s waiting for the mutants)`,
      tail(sealRun, 600),
    );
  } catch (error) {
    add(false, 'teacher commands', error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return checks;
}

/** Every reference solution of `assigned` found in an exported template's files or git objects. */
export function templateLeaks(
  template: string,
  assigned: readonly Exercise[],
  provided: readonly Exercise[],
): { problems: string[]; files: number; objects: number; prints: number } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: template, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const files = listFiles(template, '.').filter((f) => !f.startsWith('.git/') && !f.startsWith('node_modules/'));
  const providedCode = provided.map((e) => readFileSync(join(template, pathsOf(e).stub), 'utf8'));
  const prints = assigned.flatMap((e) =>
    fingerprints(e.id, readFileSync(join(root, pathsOf(e).solution), 'utf8'), [
      readFileSync(join(root, pathsOf(e).stub), 'utf8'),
      ...providedCode,
    ]),
  );
  const objects = git('cat-file', '--batch-all-objects', '--batch').split(/^[0-9a-f]{40} \w+ \d+$/m);
  const blobIds = new Set(git('cat-file', '--batch-all-objects', '--batch-check=%(objectname)').trim().split('\n'));
  const sameFile = assigned.filter((e) => blobIds.has(gitBlobId(readFileSync(join(root, pathsOf(e).solution)))));
  const leaks = scanTexts(
    [
      ...files.map((f) => ({ where: f, text: readFileSync(join(template, f), 'utf8') })),
      ...objects.map((text, i) => ({ where: `git object #${i}`, text })),
    ],
    prints,
  );
  const problems = [
    ...leaks.map((l) => `${l.where}: ${l.fingerprint.exercise} ${l.fingerprint.what}`),
    ...sameFile.map((e) => `git holds ${pathsOf(e).solution} byte for byte`),
  ];
  if (prints.length < assigned.length) problems.push(`only ${prints.length} fingerprints for ${assigned.length} exercises`);
  return { problems, files: files.length, objects: blobIds.size, prints: prints.length };
}

function safeInspect(text: string): ReturnType<typeof inspectWorkflow> | undefined {
  try {
    YAML.parse(text, { strict: true, uniqueKeys: true });
    return inspectWorkflow(text);
  } catch {
    return undefined;
  }
}

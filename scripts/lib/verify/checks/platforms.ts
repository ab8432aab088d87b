// verify's check of the platform bundles (npm run export -- --platform …): for Classroom 50,
// Gradescope and plain GitHub Actions, export chapter 1, then grade one half-solved student through
// each, end to end, the way the platform would run it:
//   Classroom 50  autograder.py, in the student's checkout (with the two files Classroom 50's accept commit
//                 adds), with the runner's environment variables and CLASSROOM50_BUNDLE_DIR → result.json,
//                 release-body.md, $GITHUB_OUTPUT, held to the schema's contract (check-classroom50.ts);
//   Gradescope    autograder.zip unpacked to ROOT/source, loose files in ROOT/submission, run_autograder
//                 with KATA_GRADESCOPE_ROOT=ROOT → ROOT/results/results.json;
//   Actions       the grade.yml step's script, by hand (bash, its env, $GITHUB_OUTPUT and
//                 $GITHUB_STEP_SUMMARY files) → outputs, summary, annotations, the job's status.
// The student: 01 answered by a lookup table of the public inputs (lib/verify/fixtures/attacks.ts LOOKUPS), 02 and 03
// solved, 04 with a known mistake, 05 untouched. The points must equal npm run grade on the same code
// (the kit's regrade with the held-out checks for the bundles; the student's own repository for the
// workflow, which has only the public checks), the files must have the platforms' documented shapes
// (platforms/shapes.ts), and no template may hold a solution or a held-out check. node_modules is this
// repository's, linked (the bundles skip npm ci when it is there), so the section costs seconds.
// Over 300 lines: one scenario (chapter 1 through three platforms) whose steps share one export.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { LOOKUPS, SECRET } from '../fixtures/attacks.ts';
import { contractCatches, fallbackChecks } from './classroom50.ts';
import { checkClassReport } from './class-report.ts';
import type { Check } from '../tally.ts';
import { templateLeaks } from './teacher.ts';
import { type Curriculum, isPresent, pathsOf, root } from '../../core/curriculum.ts';
import { execute, type Executed, TSX } from '../../core/exec.ts';
import type { GradeReport } from '../../grading/points.ts';
import { parseGithubOutput } from '../../grading/platforms/classroom-results.ts';
import {
  type Assignment,
  CLASSROOM50_ACCEPT_FILES,
  hashFile,
  MANIFEST_FILE,
  sealOf,
  SEAL_ENV,
  WORKFLOW_FILE,
} from '../../grading/assignment.ts';
import { applyMutant, loadMutants } from '../mutants.ts';
import { ACTIONS_WORKFLOW } from '../../grading/platforms/actions.ts';
import { HELD_OUT_MANIFEST } from '../../grading/platforms/kit.ts';
import { classroom50OutputProblems, classroom50Problems, gradescopeProblems } from '../../grading/platforms/shapes.ts';
import { dependenciesOf } from '../../grading/selection.ts';
import { ALLOWED_ACTIONS } from '../../grading/platforms/classroom.ts';
import { NODE_LTS } from '../../grading/platforms/workflow-check.ts';

const script = (name: string, args: string[], dir: string) =>
  [process.execPath, ['--import', TSX, join(dir, 'scripts', `${name}.ts`), ...args]] as const;
const ENV = { KATA_LANG: 'en', FORCE_COLOR: '0' };
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const json = <T>(text: string): T | undefined => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
};
const tail = (run: Executed, n = 1200) => `${run.timedOut ? '(timed out) ' : ''}exit ${run.code}\n${(run.stdout + run.stderr).slice(-n)}`;

export async function checkPlatforms(curriculum: Curriculum): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);
  const assigned = curriculum.exercises.filter((e) => isPresent(e) && e.chapter === 1);
  const provided = dependenciesOf(curriculum, assigned).filter((e) => !assigned.includes(e));
  const max = assigned.reduce((s, e) => s + e.points, 0);
  const [lookedUp, solvedA, solvedB, mistaken] = [assigned[0]!, assigned[1]!, assigned[2]!, assigned[3]!];
  const tmp = mkdtempSync(join(tmpdir(), 'kata-platforms-'));
  const platforms = ['classroom50', 'gradescope', 'actions'] as const;
  const out = (p: string) => join(tmp, p);
  const kit = (p: string) => join(tmp, `${p}-teacher`);
  try {
    const exports = await Promise.all(
      platforms.map((p) =>
        execute(...script('export', ['--platform', p, '--chapters', '1', '--out', out(p), '--slug', 'chapter-1'], root), {
          env: ENV,
          timeoutMs: 60_000,
        }),
      ),
    );
    exports.forEach((run, i) =>
      add(
        run.code === 0 && existsSync(join(kit(platforms[i]!), 'kata', MANIFEST_FILE)),
        `export --platform ${platforms[i]} --chapters 1: a template and a teacher's kit (${run.seconds.toFixed(1)} s)`,
        tail(run),
      ),
    );
    if (exports.some((r) => r.code !== 0)) return checks;

    // ── the templates: nothing of the teacher's; the kits: the held-out checks, as recorded ──
    const heldOutSpecs = assigned.map((e) => `spec/held-out/${e.id}.spec.ts`);
    for (const p of platforms) {
      const leaks = templateLeaks(out(p), assigned, provided);
      const teacherFiles = ['spec/held-out', HELD_OUT_MANIFEST, 'solutions', 'mutants'].filter((f) => existsSync(join(out(p), f)));
      const workflows = existsSync(join(out(p), '.github', 'workflows')) ? readdirSync(join(out(p), '.github', 'workflows')) : [];
      const wantWorkflows = p === 'actions' ? [basename(ACTIONS_WORKFLOW)] : [];
      const readme = read(join(out(p), 'README.md')) + read(join(out(p), 'README.ko.md'));
      add(
        leaks.problems.length === 0 &&
          teacherFiles.length === 0 &&
          workflows.join() === wantWorkflows.join() &&
          readme.includes('held-out checks run when grading') &&
          readme.includes('비공개 검사는'),
        `${p} template: no reference solution (${leaks.files} files, ${leaks.objects} git objects), no held-out check, workflows: ${workflows.join(', ') || 'none'}; its README (en, ko) says the held-out checks run when grading`,
        [...leaks.problems, ...teacherFiles.map((f) => `${f} is in the template`), `workflows: ${workflows.join(', ')}`].join('\n'),
      );
      const kata = join(kit(p), 'kata');
      const recorded = json<{ files: Record<string, string> }>(read(join(kata, HELD_OUT_MANIFEST)))?.files ?? {};
      const wrong = heldOutSpecs.filter((f) => !existsSync(join(kata, f)) || recorded[f] !== hashFile(join(kata, f)));
      add(
        wrong.length === 0 && Object.keys(recorded).length > heldOutSpecs.length,
        `${p} kit: kata/ holds the held-out checks of ${assigned.map((e) => e.id.slice(0, 2)).join(', ')} with their support, hashed in ${HELD_OUT_MANIFEST}`,
        wrong.join('\n'),
      );
    }
    const c50Readme = read(join(kit('classroom50'), 'README.md'));
    add(
      existsSync(join(kit('classroom50'), 'autograder.py')) &&
        !existsSync(join(kit('classroom50'), 'runtime.json')) &&
        c50Readme.includes(`"runtime": { "node": "${NODE_LTS}" }`) &&
        c50Readme.includes('--runtime runtime.json'),
      `classroom50 kit: autograder.py, no runtime.json (read by nothing); its README sets Node ${NODE_LTS} in assignments.json's runtime block (gh teacher assignment add --runtime)`,
      c50Readme.slice(0, 600),
    );
    const actionsYaml = read(join(out('actions'), ACTIONS_WORKFLOW));
    const wf = json<{
      jobs?: {
        grade?: { steps?: { uses?: string; id?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[] };
      };
    }>(JSON.stringify(YAML.parse(actionsYaml)));
    const steps = wf?.jobs?.grade?.steps ?? [];
    const gradeStep = steps.find((s) => s.id === 'grade');
    const assignment = json<Assignment>(read(join(out('actions'), MANIFEST_FILE)));
    add(
      !!gradeStep?.run &&
        !!assignment &&
        steps.every((s) => !s.uses || ALLOWED_ACTIONS.some((a) => a.test(s.uses!))) &&
        steps.some((s) => s.uses?.startsWith('actions/setup-node') && s.with?.['node-version'] === NODE_LTS) &&
        gradeStep.env?.[SEAL_ENV] === sealOf(assignment) &&
        !existsSync(join(out('actions'), WORKFLOW_FILE)),
      `actions template: ${ACTIONS_WORKFLOW} sets up Node ${NODE_LTS}, names only allowed actions and carries the seal of kata.json`,
      actionsYaml.slice(0, 800),
    );

    // ── one half-solved student, in each platform's template ──
    const mutated = loadMutants(mistaken)
      .map((m) => applyMutant(readFileSync(join(root, pathsOf(mistaken).solution), 'utf8'), m.replace).code)
      .find(Boolean);
    const work = (dir: string) => {
      writeFileSync(join(dir, pathsOf(lookedUp).stub), LOOKUPS[lookedUp.id]!);
      for (const e of [solvedA, solvedB]) cpSync(join(root, pathsOf(e).solution), join(dir, pathsOf(e).stub));
      if (mutated) writeFileSync(join(dir, pathsOf(mistaken).stub), mutated);
    };
    cpSync(kit('classroom50'), join(tmp, 'c50-bare-kit'), { recursive: true }); // no node_modules: npm ci runs
    for (const p of platforms) work(out(p));
    // What Classroom 50's accept commit adds to every student repository (runner.py's ACCEPT_COMMIT_PATHS).
    writeFileSync(join(out('classroom50'), '.classroom50.yaml'), 'classroom: kata-course\nassignment: chapter-1\n');
    mkdirSync(join(out('classroom50'), '.github', 'workflows'), { recursive: true });
    writeFileSync(
      join(out('classroom50'), '.github', 'workflows', 'autograde.yaml'),
      'name: Classroom50 Autograde\non: push\njobs:\n  autograde:\n    uses: ORG/classroom50/.github/workflows/autograde-runner.yaml@main\n',
    );
    for (const dir of [join(kit('classroom50'), 'kata'), out('actions')])
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

    // Gradescope: the zip unpacked as Gradescope does, the student's files loose in a folder of theirs.
    const gs = join(tmp, 'gs');
    mkdirSync(join(gs, 'source'), { recursive: true });
    const unzip = await execute(
      'python3',
      [
        '-c',
        'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2])\nprint(" ".join("%s:%o" % (i.filename, i.external_attr >> 16 & 0o777) for i in z.infolist() if "/" not in i.filename))',
        join(kit('gradescope'), 'autograder.zip'),
        join(gs, 'source'),
      ],
      { timeoutMs: 30_000 },
    );
    add(
      unzip.code === 0 &&
        /run_autograder:755/.test(unzip.stdout) &&
        /setup\.sh:755/.test(unzip.stdout) &&
        existsSync(join(gs, 'source', 'kata', MANIFEST_FILE)),
      'gradescope kit: autograder.zip unpacks (python3 zipfile) to setup.sh and run_autograder at its root, executable, with kata/ beside them',
      tail(unzip, 400),
    );
    symlinkSync(join(root, 'node_modules'), join(gs, 'source', 'kata', 'node_modules'), 'dir');
    mkdirSync(join(gs, 'submission', 'my work'), { recursive: true });
    for (const e of assigned) cpSync(join(out('gradescope'), pathsOf(e).stub), join(gs, 'submission', 'my work', basename(e.file)));

    // Classroom 50: the runner's environment (and a token that must reach nothing).
    const c50 = out('classroom50');
    const ghOutput = join(tmp, 'c50-github-output');
    writeFileSync(ghOutput, '');
    const runnerEnv = {
      CLASSROOM: 'kata-course',
      ASSIGNMENT: 'chapter-1',
      SUBMISSION_TAG: 'submit/2026-12-04T00-00-00Z-abc1234',
      USERNAME: 'student-1',
      OWNER: 'student-1',
      ASSIGNMENT_TYPE: 'individual',
      COMMIT_URL: 'https://github.com/o/r/commit/abc1234',
      RELEASE_URL: 'https://github.com/o/r/releases/tag/submit%2F2026-12-04T00-00-00Z-abc1234',
      REVIEW_URL: 'https://github.com/o/r/compare/0000000...abc1234',
      GITHUB_TOKEN: SECRET,
      ...ENV,
    };
    const c50Env = { ...runnerEnv, CLASSROOM50_BUNDLE_DIR: kit('classroom50'), GITHUB_OUTPUT: ghOutput };

    // Actions: the step's script as GitHub runs it; npm ci is a no-op (node_modules is linked).
    const actSummary = join(tmp, 'act-summary.md');
    const actOutput = join(tmp, 'act-output');
    writeFileSync(actSummary, '');
    writeFileSync(actOutput, '');
    const npmShim =
      'npm() { case "$1" in run|--version) command npm "$@" ;; *) echo "(npm $1 skipped: node_modules is linked)" ;; esac; }\n';

    const started = Date.now();
    const junit = join(tmp, 'regrade.xml');
    const [regrade, own, c50Run, gsRun, actRun, fallbacks] = await Promise.all([
      execute(...script('grade', ['--target', c50, '--json', '--junit', junit], join(kit('classroom50'), 'kata')), {
        cwd: join(kit('classroom50'), 'kata'),
        env: ENV,
        timeoutMs: 90_000,
      }),
      execute(...script('grade', ['--json-file', join(tmp, 'own.json')], out('actions')), {
        cwd: out('actions'),
        env: ENV,
        timeoutMs: 90_000,
      }),
      execute('python3', [join(kit('classroom50'), 'autograder.py')], { cwd: c50, env: c50Env, timeoutMs: 90_000 }),
      execute('bash', [join(gs, 'source', 'run_autograder')], {
        cwd: gs,
        env: { KATA_GRADESCOPE_ROOT: gs, GITHUB_TOKEN: SECRET },
        timeoutMs: 90_000,
      }),
      execute('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', npmShim + (gradeStep?.run ?? 'exit 99')], {
        cwd: out('actions'),
        env: {
          ...gradeStep?.env,
          GITHUB_OUTPUT: actOutput,
          GITHUB_STEP_SUMMARY: actSummary,
          GITHUB_TOKEN: SECRET,
          npm_config_update_notifier: 'false',
        },
        timeoutMs: 90_000,
      }),
      fallbackChecks(kit('classroom50'), join(tmp, 'c50-bare-kit'), tmp, runnerEnv, assigned),
    ]);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    // The reference: the kit's regrade (public and held-out checks) of the same student.
    const ref = json<GradeReport>(regrade.stdout);
    const pointsOf = (r: GradeReport | undefined, id: string) => r?.exercises.find((e) => e.id === id)?.points;
    const m = ref?.exercises.find((e) => e.id === mistaken.id);
    add(
      !!ref &&
        ref.max === max &&
        pointsOf(ref, lookedUp.id) === 0 &&
        pointsOf(ref, solvedA.id) === solvedA.points &&
        pointsOf(ref, solvedB.id) === solvedB.points &&
        !!m &&
        m.points < m.max &&
        pointsOf(ref, assigned[4]!.id) === 0,
      `the kit's regrade (npm run grade -- --target, with the held-out checks): ${ref?.total}/${ref?.max} — ${lookedUp.id} answered by lookup 0, ${solvedA.id.slice(0, 2)} and ${solvedB.id.slice(0, 2)} full, ${mistaken.id.slice(0, 2)} with a known mistake ${m?.points}/${m?.max} (all five runs at once: ${seconds} s)`,
      tail(regrade),
    );

    // Classroom 50
    const result = json<{ score: number; 'max-score': number; tests: { 'test-name': string; score: number; passed: unknown }[] }>(
      read(join(c50, 'result.json')),
    );
    const c50Shape = [...classroom50Problems(result), ...classroom50OutputProblems(read(ghOutput))];
    const rowsMatch =
      !!ref &&
      !!result &&
      ref.exercises.every(
        (e, i) =>
          result.tests[i]?.['test-name'].startsWith(e.id) &&
          result.tests[i]?.score === e.points &&
          result.tests[i]?.passed === (e.points === e.max),
      );
    const body = read(join(c50, 'release-body.md'));
    const outputs = parseGithubOutput(read(ghOutput));
    add(
      c50Run.code === 0 && c50Shape.length === 0 && !!ref && result?.score === ref.total && result['max-score'] === max && rowsMatch,
      `classroom50: autograder.py, run as the runner runs it, writes result.json that keeps the schema's contract (integer scores, boolean passed, no extra key): ${result?.score}/${result?.['max-score']}, every row equal to the regrade; ${lookedUp.id} by lookup 0`,
      [...c50Shape, JSON.stringify(result?.tests.map((t) => [t['test-name'].slice(0, 12), t.score, t.passed])), tail(c50Run)].join('\n'),
    );
    add(
      body.includes(`${ref?.total}/${max}`) && body.length <= 2000 && body.includes(mistaken.id) && !outputs.has('status'),
      `classroom50: release-body.md (${body.length} characters, within the 2,000 the runner shows) has the table and the first failure of ${mistaken.id.slice(0, 2)}; no status= in $GITHUB_OUTPUT (the runner derives success|failure)`,
      body.slice(0, 800) + read(ghOutput),
    );
    const flagged = (ref?.tampered ?? []).filter((t) => CLASSROOM50_ACCEPT_FILES.includes(t.file));
    add(
      !!ref && flagged.length === 0 && !/autograde\.yaml|classroom50\.yaml/.test(c50Run.stdout),
      `classroom50: the accept commit's ${CLASSROOM50_ACCEPT_FILES.join(' and ')} in the student's repository are expected, not flagged (the kit's regrade and autograder.py)`,
      [JSON.stringify(ref?.tampered), tail(c50Run, 600)].join('\n'),
    );
    // The lookup fails only held-out checks: the student reads which one, never its input or expected value.
    const lookupFeedback = [
      String(
        (result?.tests.find((t) => t['test-name'].startsWith(lookedUp.id)) as { 'first-failure'?: string } | undefined)?.[
          'first-failure'
        ] ?? '',
      ),
      ...body.split('\n').filter((l) => l.includes(lookedUp.id)),
    ];
    add(
      lookupFeedback[0]!.startsWith('held-out: "') && lookupFeedback.every((l) => !/\[|received|expected/.test(l)),
      `classroom50: ${lookedUp.id}'s lookup sees which held-out check failed, not its input or expected value (a resubmission could add them to the table)`,
      lookupFeedback.join('\n'),
    );
    if (result) checks.push(contractCatches(result as never, read(ghOutput)));
    checks.push(...fallbacks);

    // Gradescope
    const results = json<{ score: number; tests: { name: string; score: number; max_score: number; visibility?: string }[] }>(
      read(join(gs, 'results', 'results.json')),
    );
    const gsShape = gradescopeProblems(results);
    const testSum = results?.tests.reduce((s, t) => s + t.score, 0);
    const heldOutRows = results?.tests.filter((t) => t.name.includes('held-out')) ?? [];
    const lookupRows = results?.tests.filter((t) => t.name.startsWith(lookedUp.id)) ?? [];
    const publicRows = results?.tests.filter((t) => !t.name.includes('held-out')) ?? [];
    const publicMax = publicRows.reduce((s, t) => s + t.max_score, 0);
    add(
      gsRun.code === 0 &&
        gsShape.length === 0 &&
        !!ref &&
        results?.score === ref.total &&
        testSum === ref.total &&
        heldOutRows.length > 0 &&
        heldOutRows.every((t) => t.visibility === 'after_due_date' && t.max_score === 0) &&
        lookupRows.length > 0 &&
        lookupRows.every((t) => t.score === 0) &&
        publicRows.every((t) => t.max_score > 0) &&
        publicMax === max,
      `gradescope: run_autograder (KATA_GRADESCOPE_ROOT for /autograder, the student's files loose in a folder) writes results.json: ${results?.score} points = the regrade, ${results?.tests.length} tests adding up to it, every public row worth points (${publicRows.length} rows, ${publicMax}/${max}: tests worth 0 folded into their exercise's row), ${heldOutRows.length} held-out checks with visibility after_due_date; ${lookedUp.id} by lookup 0`,
      [...gsShape, tail(gsRun)].join('\n'),
    );

    // Actions: the public checks only, in the student's own repository.
    const ownReport = json<GradeReport>(read(join(tmp, 'own.json')));
    const actOut = parseGithubOutput(read(actOutput));
    const summary = read(actSummary);
    const annotated = actRun.stdout.split('\n').filter((l) => l.startsWith('::error file=exercises/'));
    add(
      actRun.code === 1 &&
        !!ownReport &&
        actOut.get('points') === String(ownReport.total) &&
        actOut.get('max') === String(max) &&
        actOut.get('passed') === 'false' &&
        assigned.every((e) => summary.includes(e.id)) &&
        annotated.length === assigned.filter((e) => pointsOf(ownReport, e.id) !== e.points).length &&
        annotated.some((l) => new RegExp(`^::error file=${pathsOf(mistaken).stub},line=[1-9]`).test(l)),
      `actions: the workflow's step, run by hand, reports points=${actOut.get('points')} max=${actOut.get('max')} (= npm run grade in the repository), a job summary of ${assigned.length} exercises, ${annotated.length} annotations (${mistaken.id.slice(0, 2)} on its file and line) and fails the job below 100%`,
      [summary.slice(0, 600), annotated.join('\n'), tail(actRun)].join('\n'),
    );
    add(
      !!ownReport && (pointsOf(ownReport, lookedUp.id) ?? 0) > 0 && pointsOf(ref, lookedUp.id) === 0,
      `actions: the workflow has only the public checks, so ${lookedUp.id}'s lookup earns ${pointsOf(ownReport, lookedUp.id)}/${lookedUp.points} there; the kit's regrade of the same repository gives it ${pointsOf(ref, lookedUp.id)} (TEACHERS.md: regrade at the deadline)`,
      JSON.stringify(ownReport?.exercises.map((e) => [e.id, e.points])),
    );

    // JUnit, parsed by a real XML parser.
    const parsed = await execute(
      'python3',
      [
        '-c',
        'import sys, xml.etree.ElementTree as ET\nr = ET.parse(sys.argv[1]).getroot()\ncases = r.findall(".//testcase")\nprint(r.tag, len(r.findall("testsuite")), len(cases), sum(1 for c in cases if c.find("failure") is not None))',
        junit,
      ],
      { timeoutMs: 20_000 },
    );
    const [tag, suites, cases, failures] = parsed.stdout.trim().split(' ');
    const wantCases = ref?.exercises.reduce((s, e) => s + Math.max(1, e.tests.length + (e.heldOut?.tests.length ?? 0)), 0);
    add(
      parsed.code === 0 &&
        tag === 'testsuites' &&
        Number(suites) === assigned.length &&
        Number(cases) === wantCases &&
        Number(failures) > 0,
      `--junit: well-formed XML (python3's parser): ${suites} test suites, ${cases} test cases (public and held-out), ${failures} failures`,
      tail(parsed, 400),
    );

    const everything =
      [regrade, own, c50Run, gsRun, actRun].map((r) => r.stdout + r.stderr).join('\n') +
      read(join(c50, 'result.json')) +
      body +
      read(join(gs, 'results', 'results.json')) +
      summary +
      read(actOutput) +
      read(ghOutput);
    add(!everything.includes(SECRET), "no result, summary or log holds the token that was in the runner's environment");

    // The class report, from an export of its own (a planted class needs chapters 1 and 3).
    mkdirSync(join(tmp, 'report'));
    checks.push(...(await checkClassReport(curriculum, join(tmp, 'report'))));
  } catch (error) {
    add(false, 'platform bundles', error instanceof Error ? (error.stack ?? error.message) : String(error));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return checks;
}

// verify's Classroom 50 checks beside platforms.ts's end-to-end run:
//   * the contract check itself (platforms/shapes.ts, from result-v1.schema.json and runner.py's
//     validate_result) is shown to catch each planted violation of a result that passes it;
//   * autograder.py writes a valid result whenever grading cannot finish — npm ci failing, the grader
//     crashing, the grader outliving the time limit (its whole process group ended) — so the runner
//     still publishes the submission (status derived from the rows: failure), never status=error.
// Classroom 50's runner itself is not part of this repository; ../shared/notes/platforms.md says how to
// run a kit through it by hand.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from '../tally.ts';
import { execute } from '../../core/exec.ts';
import { classroom50OutputProblems, classroom50Problems } from '../../grading/platforms/shapes.ts';

type Row = Record<string, unknown>;
type Result = Row & { tests: Row[] };

/** Each violation planted in a copy of `good`, and whether the contract check names it. */
export function contractCatches(good: Result, goodOutput: string): Check {
  const planted: [string, (r: Result) => void][] = [
    ['passed: 1', (r) => (r.tests[0]!.passed = 1)],
    ['passed: "true"', (r) => (r.tests[0]!.passed = 'true')],
    ['a row score of 2.5', (r) => (r.tests[0]!.score = 2.5)],
    ['a total of true', (r) => (r.score = true)],
    ['max-score "40"', (r) => (r['max-score'] = String(r['max-score']))],
    ['a row score above its max-score', (r) => (r.tests[0]!.score = Number(r.tests[0]!['max-score']) + 1)],
    ['score above max-score', (r) => (r.score = Number(r['max-score']) + 1)],
    ['a negative score', (r) => (r.score = -1)],
    ['an extra top-level key', (r) => (r.points = 1)],
    ['owner missing', (r) => delete r.owner],
    ['tests missing', (r) => delete (r as Row).tests],
    ['an empty commit', (r) => (r.commit = '')],
    ['a submission outside submit/', (r) => (r.submission = 'v1')],
    ['datetime with milliseconds', (r) => (r.datetime = '2026-12-04T00:00:00.000Z')],
    ['an empty test-name', (r) => (r.tests[0]!['test-name'] = '')],
  ];
  const missed = planted
    .filter(([, plant]) => {
      const bad = JSON.parse(JSON.stringify(good)) as Result;
      plant(bad);
      return classroom50Problems(bad).length === 0;
    })
    .map(([what]) => what);
  const outputs = ['status=passed', 'status=failed', 'status=success\nstatus=ok'];
  const missedOutputs = outputs.filter((o) => classroom50OutputProblems(o).length === 0);
  const clean =
    classroom50Problems(good).length === 0 &&
    classroom50OutputProblems(goodOutput).length === 0 &&
    ['', 'status=success', 'status=failure', 'status=error'].every((o) => classroom50OutputProblems(o).length === 0);
  return [
    clean && missed.length === 0 && missedOutputs.length === 0,
    `classroom50 contract check: the autograder's result passes it, and it names each of ${planted.length} planted violations (passed: 1, a 2.5 score, an extra top-level key, score > max-score, …) and ${outputs.length} status lines that are not success|failure|error (status=passed …)`,
    [...missed.map((m) => `not caught: ${m}`), ...missedOutputs.map((m) => `not caught: ${m}`)].join('\n'),
  ];
}

/**
 * autograder.py when grading cannot finish: npm ci fails (a bundle without node_modules, npm that
 * exits 1), the grader crashes (node exits 3 before writing), the grader hangs (node sleeps; a 2 s limit).
 * `kit` has kata/node_modules; `bareKit` is a copy without it.
 */
export async function fallbackChecks(
  kit: string,
  bareKit: string,
  tmp: string,
  env: Record<string, string>,
  assigned: readonly { id: string; points: number }[],
): Promise<Check[]> {
  const bin = (name: string, script: string) => {
    const dir = join(tmp, `fake-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name.replace(/-.*/, '')), `#!/bin/sh\n${script}\n`);
    chmodSync(join(dir, name.replace(/-.*/, '')), 0o755);
    return dir;
  };
  const pidFile = join(tmp, 'hung-grader.pid');
  const cases = [
    { what: 'npm ci fails', bundle: bareKit, path: bin('npm', 'exit 1'), reason: /npm ci, exit 1/, extra: {} },
    {
      what: 'the grader crashes',
      bundle: kit,
      path: bin('node-crash', 'exit 3'),
      reason: /before it wrote a result \(exit 3\)/,
      extra: {},
    },
    {
      what: 'the grader outlives the time limit',
      bundle: kit,
      path: bin('node-hang', `echo $$ > '${pidFile}'\nexec sleep 120`),
      reason: /longer than/,
      extra: { KATA_C50_TIME_LIMIT: '2' },
    },
  ];
  const max = assigned.reduce((s, e) => s + e.points, 0);
  const runs = await Promise.all(
    cases.map((c) => {
      const cwd = mkdtempSync(join(tmp, 'fallback-'));
      const output = join(cwd, '.github-output');
      writeFileSync(output, '');
      return execute('python3', [join(c.bundle, 'autograder.py')], {
        cwd,
        env: { ...env, ...c.extra, CLASSROOM50_BUNDLE_DIR: c.bundle, GITHUB_OUTPUT: output, PATH: `${c.path}:${process.env.PATH ?? ''}` },
        timeoutMs: 60_000,
      }).then((run) => ({ run, cwd, output }));
    }),
  );
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return runs.map(({ run, cwd, output }, i) => {
    const c = cases[i]!;
    const text = existsSync(join(cwd, 'result.json')) ? readFileSync(join(cwd, 'result.json'), 'utf8') : '';
    let result: Result | undefined;
    try {
      result = JSON.parse(text) as Result;
    } catch {
      result = undefined;
    }
    const problems = [...classroom50Problems(result), ...classroom50OutputProblems(readFileSync(output, 'utf8'))];
    const rows = result?.tests ?? [];
    const recorded =
      rows.length === assigned.length &&
      rows.every(
        (t, j) => t['test-name'] === assigned[j]!.id && t.passed === false && t.score === 0 && c.reason.test(String(t['first-failure'])),
      );
    const body = existsSync(join(cwd, 'release-body.md')) ? readFileSync(join(cwd, 'release-body.md'), 'utf8') : '';
    const hungPid = c.extra.KATA_C50_TIME_LIMIT && existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : undefined;
    const ended = hungPid === undefined ? !c.extra.KATA_C50_TIME_LIMIT : !alive(hungPid);
    return [
      run.code === 0 &&
        problems.length === 0 &&
        recorded &&
        result?.score === 0 &&
        result['max-score'] === max &&
        !/^status=/m.test(readFileSync(output, 'utf8')) &&
        c.reason.test(body) &&
        ended,
      `classroom50: when ${c.what}, autograder.py exits 0 with a valid result.json (every exercise 0/${max} with the reason) and release-body.md, and no status= (the runner derives failure and publishes the Release)${c.extra.KATA_C50_TIME_LIMIT ? `; the hung grader is ended (${run.seconds.toFixed(1)} s)` : ''}`,
      [
        ...problems,
        text.slice(0, 600),
        body.slice(0, 300),
        `hung pid ${hungPid} alive: ${hungPid !== undefined && alive(hungPid)}`,
        `exit ${run.code}\n${(run.stdout + run.stderr).slice(-600)}`,
      ].join('\n'),
    ] as Check;
  });
}

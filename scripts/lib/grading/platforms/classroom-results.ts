// The grade report in GitHub Classroom's result format (the legacy platform: platforms/classroom.ts writes
// its workflow), and the reporter's sums, which verify checks against the grade.
import type { Say } from '../../core/language.ts';
import { josa } from '../../core/josa.ts';
import {
  changeWords,
  consequence,
  countedOutcomes,
  type GradedExercise,
  type GradedTest,
  type GradeReport,
  testShares,
} from '../points.ts';
// The grading reporter (classroom-resources/autograding-grading-reporter) reads, for each name in
// its `runners` input, an environment variable <NAME UPPERCASED>_RESULTS holding base64 JSON. The
// points it sends to Classroom are the sum of tests[].score over all runners, out of the sum of
// max_score; its log table shows (passing tests / tests) × max_score per runner. One runner per
// exercise, one entry per test, whole-number shares as above: the points sent equal the grade.

export interface ClassroomTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  message: string;
  test_code: string;
  filename: string;
  line_no: number;
  duration: number;
}

export interface ClassroomResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: ClassroomTest[];
}

/** The runner (and step output) name of an exercise: '04-cross-entropy' → 'ex04-cross-entropy'. */
export function runnerName(id: string): string {
  return `ex${id}`;
}

/** A runner with max_score 0 that carries the tamper check: it never changes the points, only the status. */
export const INTEGRITY_RUNNER = 'integrity';

export function envNameOf(runner: string): string {
  return `${runner.toUpperCase()}_RESULTS`;
}

export function encodeResult(result: ClassroomResult): string {
  return Buffer.from(JSON.stringify(result)).toString('base64');
}

function test(
  name: string,
  status: ClassroomTest['status'],
  score: number,
  message: string,
  filename: string,
  code: string,
): ClassroomTest {
  return { name: name.slice(0, 200), status, score, message: message.slice(0, 400), test_code: code, filename, line_no: 0, duration: 0 };
}

/** The words on a passing test that earns nothing (it begins with NOT_COUNTED in either language). */
export const NOT_COUNTED = { en: 'Passes, but does not count yet:', ko: '통과했지만 아직 점수가 되지 않습니다:' };
function notCounted(t: GradedTest, say: Say): string {
  return t.contract
    ? say(
        `${NOT_COUNTED.en} checks of bad input and of the input left alone count once one of this exercise's value checks passes.`,
        `${NOT_COUNTED.ko} 잘못된 입력과 입력 보존을 보는 검사는 이 연습의 값 검사가 하나라도 통과해야 점수가 됩니다.`,
      )
    : say(`${NOT_COUNTED.en} the held-out checks did not confirm it.`, `${NOT_COUNTED.ko} 비공개 검사가 확인해 주지 않았습니다.`);
}

/** One exercise as a Classroom result. `say` picks the language of the names and messages. */
export function exerciseResult(e: GradedExercise, say: Say): ClassroomResult {
  const file = `spec/${e.id}.spec.ts`;
  const code = `npm test -- ${e.id.slice(0, 2)}`;
  let tests: ClassroomTest[];
  if (e.status === 'spec-changed') {
    tests = [
      test(
        `${e.id}: ${say('its spec was changed', '스펙이 바뀜')}`,
        'fail',
        0,
        say(
          `${file} differs from the assignment's copy, so this exercise gets 0 points. Put the original back (git checkout -- ${file}).`,
          `${josa(file, '이/가')} 과제의 원본과 달라 이 연습은 0점입니다. 원래대로 되돌리세요 (git checkout -- ${file}).`,
        ),
        file,
        code,
      ),
    ];
  } else if (e.status === 'provided-changed' || e.status === 'grading-changed') {
    const what = e.because ?? say('a file of the grading', '채점 파일');
    tests = [
      test(
        `${e.id}: ${say(`${what} was changed`, `${josa(what, '이/가')} 바뀜`)}`,
        'fail',
        0,
        e.status === 'provided-changed'
          ? say(
              `${what} is provided code this exercise builds on and differs from the assignment's copy, so this exercise gets 0 points. Put it back (git checkout -- ${what}).`,
              `${josa(what, '은/는')} 이 연습이 쓰는 제공 코드인데 과제의 원본과 달라 이 연습은 0점입니다. 되돌리세요 (git checkout -- ${what}).`,
            )
          : say(
              `${what} is part of the grading and differs from the assignment's copy (or is not part of it), so no exercise can be graded. Put it back (git checkout -- ${what}, or delete it).`,
              `${josa(what, '은/는')} 채점에 쓰이는 파일인데 과제의 원본과 다르거나 원래 없던 파일이라 어떤 연습도 채점할 수 없습니다. 되돌리거나 지우세요.`,
            ),
        what,
        code,
      ),
    ];
  } else if (e.status === 'manifest-changed') {
    tests = [
      test(
        `${e.id}: ${say('kata.json was changed', 'kata.json이 바뀜')}`,
        'fail',
        0,
        say(
          'kata.json does not match the seal in the workflow, so no exercise can be graded. Put kata.json back.',
          'kata.json이 워크플로의 봉인과 맞지 않아 어떤 연습도 채점할 수 없습니다. kata.json을 되돌리세요.',
        ),
        'kata.json',
        code,
      ),
    ];
  } else if (e.tests.length === 0) {
    tests = [test(`${e.id}: ${say('the spec did not run', '스펙이 실행되지 않음')}`, 'error', 0, e.firstFailure || e.status, file, code)];
  } else {
    const counts = countedOutcomes(e);
    const shares = testShares(e.max, counts);
    tests = e.tests.map((t, i) =>
      test(
        `${e.id} › ${t.name}`,
        t.passed ? 'pass' : 'fail',
        shares[i]!,
        t.passed && !counts[i] ? notCounted(t, say) : (t.message ?? ''),
        file,
        code,
      ),
    );
  }
  const status = tests.every((t) => t.status === 'pass') ? 'pass' : tests.some((t) => t.status === 'error') ? 'error' : 'fail';
  return { version: 1, status, max_score: e.max, tests };
}

/** The tamper check as a runner worth 0 points: passes when nothing changed, fails naming every change. */
export function integrityResult(report: Pick<GradeReport, 'tampered' | 'warnings' | 'manifest' | 'mode'>, say: Say): ClassroomResult {
  const tests: ClassroomTest[] = [
    ...report.tampered.map((t) =>
      test(
        `${t.file}: ${changeWords(t, say)}`,
        'fail' as const,
        0,
        consequence(t, say, report.mode === 'regrade'),
        t.file,
        'npm run grade',
      ),
    ),
    ...report.warnings.map((w) =>
      test(
        `${w.file}: ${w.message}`,
        'fail' as const,
        0,
        say('Not counted against the points; your teacher sees it.', '점수에는 반영되지 않지만 선생님께 보입니다.'),
        w.file,
        'npm run grade',
      ),
    ),
  ];
  if (tests.length === 0) {
    const what = report.manifest
      ? say('the specs and every file the grading depends on are unchanged', '스펙과 채점에 쓰이는 모든 파일이 그대로입니다')
      : say('no manifest (kata.json) to compare with', '비교할 매니페스트(kata.json)가 없습니다');
    tests.push(test(what, 'pass', 0, '', 'kata.json', 'npm run grade'));
  }
  return { version: 1, status: tests.every((t) => t.status === 'pass') ? 'pass' : 'fail', max_score: 0, tests };
}

/** What the grading step writes to $GITHUB_OUTPUT: `name=base64` lines, one per runner. */
export function githubOutputLines(report: GradeReport, say: Say): string {
  const lines = report.exercises.map((e) => `${runnerName(e.id)}=${encodeResult(exerciseResult(e, say))}`);
  lines.push(`${INTEGRITY_RUNNER}=${encodeResult(integrityResult(report, say))}`);
  return `${lines.join('\n')}\n`;
}

/** The results the workflow reports when grading could not run at all: 0 points, status error. */
export function unreachableOutputLines(
  exercises: readonly { id: string; points: number }[],
  reason: 'failed' | 'changed' = 'failed',
): string {
  const why =
    reason === 'changed'
      ? 'the grading files of this repository differ from kata.json (named in the log of the step "Grade"), so it was not graded. Put them back as they were in the assignment.'
      : 'npm ci or the grader failed before any result was written; see the log of the step "Grade".';
  const lines = exercises.map(
    (e) =>
      `${runnerName(e.id)}=${encodeResult({ version: 1, status: 'error', max_score: e.points, tests: [test(`${e.id}: grading did not run`, 'error', 0, why, `spec/${e.id}.spec.ts`, 'npm run grade')] })}`,
  );
  lines.push(
    `${INTEGRITY_RUNNER}=${encodeResult({ version: 1, status: 'error', max_score: 0, tests: [test('grading did not run', 'error', 0, why, 'kata.json', 'npm run grade')] })}`,
  );
  return lines.join('\n');
}

/** Parse `name=value` lines of a $GITHUB_OUTPUT file (the single-line form). */
export function parseGithubOutput(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) out.set(line.slice(0, i), line.slice(i + 1));
  }
  return out;
}

/**
 * What the grading reporter does with its runners, as its source does it: points = Σ tests[].score
 * over runners with a max_score, out of Σ max_score; the job fails when any runner's status is not pass.
 */
export interface RunnerOutcome {
  runner: string;
  status: ClassroomResult['status'];
  score: number;
  max: number;
  /** What the reporter's log table shows: passing tests / tests × max_score. */
  table: number;
  tests: Pick<ClassroomTest, 'name' | 'status' | 'score' | 'message'>[];
}

export function reporterOutcome(
  runners: readonly string[],
  env: Record<string, string | undefined>,
): { points: number; max: number; failed: boolean; perRunner: RunnerOutcome[] } {
  let points = 0;
  let max = 0;
  let failed = false;
  const perRunner: RunnerOutcome[] = [];
  for (const runner of runners) {
    const encoded = env[envNameOf(runner.trim())];
    if (!encoded) throw new Error(`no ${envNameOf(runner.trim())} for runner ${runner}`);
    const result = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as ClassroomResult;
    const score = result.tests.reduce((s, t) => s + t.score, 0);
    if (result.max_score) {
      max += result.max_score;
      points += score;
    }
    if (result.status !== 'pass') failed = true;
    const passing = result.tests.filter((t) => t.status === 'pass').length;
    perRunner.push({
      runner,
      status: result.status,
      score,
      max: result.max_score,
      table: (passing / result.tests.length) * (result.max_score || 1),
      tests: result.tests.map(({ name, status, score: s, message }) => ({ name, status, score: s, message })),
    });
  }
  return { points, max, failed, perRunner };
}

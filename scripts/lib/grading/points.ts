// Points, the grade report, and its translation into GitHub Classroom's result format.
//
// Partial credit: an exercise worth P points whose spec has N tests, k of them passing, earns
// floor(P × k / N) points. Rounding down keeps every score a whole number (so sums are exact
// everywhere, Classroom included) and means full points only when every test passes.
import type { ExerciseState } from '../runner/runner.ts';
import type { Tampered } from './assignment.ts';
import { josa } from '../core/josa.ts';

/**
 * What an exercise's points rest on: the runner's state, or a change in the student's own repository
 * that costs them (its spec, a provided exercise it builds on, the grading itself, the manifest).
 */
export type GradeStatus = ExerciseState | 'unconfirmed' | 'spec-changed' | 'provided-changed' | 'grading-changed' | 'manifest-changed';

export interface GradedTest {
  name: string;
  passed: boolean;
  /** Milliseconds, as vitest measured the test (JUnit's time). */
  ms?: number;
  /** A check of a contract (bad input rejected, input kept): counts only beside a passing value test, confirms nothing. */
  contract?: boolean;
  /** Where the learner's code threw (a file of exercises/, a line). */
  location?: { file: string; line: number };
  /** The first line of the failure, for a failing test. */
  message?: string;
  /** A failing test's named mistakes (by their ids in the specs) and its first wrong value. */
  mistakes?: { id: string; text: string }[];
  probe?: { name: string; received: string; expected: string };
}

export interface GradedExercise {
  id: string;
  points: number;
  max: number;
  status: GradeStatus;
  passed: number;
  total: number;
  tests: GradedTest[];
  /** The first failure in one line ('' when everything passes). */
  firstFailure: string;
  /** For provided-changed and grading-changed: the changed file that costs the points. */
  because?: string;
  /** The teacher's held-out checks, where they ran (see grade-plan.ts, confirmed). */
  heldOut?: { passed: number; total: number; tests: GradedTest[] };
  /** How many passing public tests count (the points rest on these): held-out checks confirm them, contracts need a value. */
  counted?: number;
}

export interface Warning {
  file: string;
  message: string;
}

export interface GradeReport {
  total: number;
  max: number;
  exercises: GradedExercise[];
  tampered: Tampered[];
  /** Not counted, but worth a look: e.g. an exercise that imports the test library. */
  warnings: Warning[];
  /** Exercises with full points / the others. */
  passed: number;
  failed: number;
  /** The folder whose code was graded. */
  target: string;
  /** own: a repository grading itself; regrade: a student's files against the teacher's copy; tree: a bare tree. */
  mode: 'own' | 'regrade' | 'tree';
  /** The manifest the files were compared with, and whether it lies outside the graded repository. */
  manifest: { file: string; independent: boolean; sealChecked: boolean } | null;
  rounding: 'floor(points × passed tests / tests)';
}

/** floor(points × passed / total), exact for whole numbers. */
export function partialPoints(points: number, passed: number, total: number): number {
  if (total <= 0 || passed <= 0) return 0;
  return Math.floor((points * Math.min(passed, total)) / total);
}

/** Which public tests count: the passing ones, but only the first `counted` where held-out checks ran. */
export function countedOutcomes(e: Pick<GradedExercise, 'tests' | 'counted'>): boolean[] {
  let left = e.counted ?? Number.POSITIVE_INFINITY;
  return e.tests.map((t) => t.passed && left-- > 0);
}

/**
 * Whole-number shares of an exercise's points for its tests, in order: the j-th passing test gets
 * floor(P·j/N) − floor(P·(j−1)/N), so the k passing tests always add up to floor(P·k/N).
 */
export function testShares(points: number, outcomes: readonly boolean[]): number[] {
  let passing = 0;
  return outcomes.map((ok) => {
    if (!ok) return 0;
    passing++;
    return partialPoints(points, passing, outcomes.length) - partialPoints(points, passing - 1, outcomes.length);
  });
}

// ── GitHub Classroom ──────────────────────────────────────────────────────────────────────────
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

function test(name: string, status: ClassroomTest['status'], score: number, message: string, filename: string, code: string): ClassroomTest {
  return { name: name.slice(0, 200), status, score, message: message.slice(0, 400), test_code: code, filename, line_no: 0, duration: 0 };
}

/** The words on a passing test that earns nothing (it begins with NOT_COUNTED in either language). */
export const NOT_COUNTED = { en: 'Passes, but does not count yet:', ko: '통과했지만 아직 점수가 되지 않습니다:' };
function notCounted(t: GradedTest, say: (en: string, ko: string) => string): string {
  return t.contract
    ? say(`${NOT_COUNTED.en} checks of bad input and of the input left alone count once one of this exercise's value checks passes.`, `${NOT_COUNTED.ko} 잘못된 입력과 입력 보존을 보는 검사는 이 연습의 값 검사가 하나라도 통과해야 점수가 됩니다.`)
    : say(`${NOT_COUNTED.en} the held-out checks did not confirm it.`, `${NOT_COUNTED.ko} 비공개 검사가 확인해 주지 않았습니다.`);
}

/** One exercise as a Classroom result. `say` picks the language of the names and messages. */
export function exerciseResult(e: GradedExercise, say: (en: string, ko: string) => string): ClassroomResult {
  const file = `spec/${e.id}.spec.ts`;
  const code = `npm test -- ${e.id.slice(0, 2)}`;
  let tests: ClassroomTest[];
  if (e.status === 'spec-changed') {
    tests = [test(`${e.id}: ${say('its spec was changed', '스펙이 바뀜')}`, 'fail', 0, say(`${file} differs from the assignment's copy, so this exercise gets 0 points. Put the original back (git checkout -- ${file}).`, `${josa(file, '이/가')} 과제의 원본과 달라 이 연습은 0점입니다. 원래대로 되돌리세요 (git checkout -- ${file}).`), file, code)];
  } else if (e.status === 'provided-changed' || e.status === 'grading-changed') {
    const what = e.because ?? say('a file of the grading', '채점 파일');
    tests = [test(`${e.id}: ${say(`${what} was changed`, `${josa(what, '이/가')} 바뀜`)}`, 'fail', 0, e.status === 'provided-changed'
      ? say(`${what} is provided code this exercise builds on and differs from the assignment's copy, so this exercise gets 0 points. Put it back (git checkout -- ${what}).`, `${josa(what, '은/는')} 이 연습이 쓰는 제공 코드인데 과제의 원본과 달라 이 연습은 0점입니다. 되돌리세요 (git checkout -- ${what}).`)
      : say(`${what} is part of the grading and differs from the assignment's copy (or is not part of it), so no exercise can be graded. Put it back (git checkout -- ${what}, or delete it).`, `${josa(what, '은/는')} 채점에 쓰이는 파일인데 과제의 원본과 다르거나 원래 없던 파일이라 어떤 연습도 채점할 수 없습니다. 되돌리거나 지우세요.`), what, code)];
  } else if (e.status === 'manifest-changed') {
    tests = [test(`${e.id}: ${say('kata.json was changed', 'kata.json이 바뀜')}`, 'fail', 0, say('kata.json does not match the seal in the workflow, so no exercise can be graded. Put kata.json back.', 'kata.json이 워크플로의 봉인과 맞지 않아 어떤 연습도 채점할 수 없습니다. kata.json을 되돌리세요.'), 'kata.json', code)];
  } else if (e.tests.length === 0) {
    tests = [test(`${e.id}: ${say('the spec did not run', '스펙이 실행되지 않음')}`, 'error', 0, e.firstFailure || e.status, file, code)];
  } else {
    const counts = countedOutcomes(e);
    const shares = testShares(e.max, counts);
    tests = e.tests.map((t, i) => test(`${e.id} › ${t.name}`, t.passed ? 'pass' : 'fail', shares[i]!, t.passed && !counts[i] ? notCounted(t, say) : t.message ?? '', file, code));
  }
  const status = tests.every((t) => t.status === 'pass') ? 'pass' : tests.some((t) => t.status === 'error') ? 'error' : 'fail';
  return { version: 1, status, max_score: e.max, tests };
}

/** The tamper check as a runner worth 0 points: passes when nothing changed, fails naming every change. */
export function integrityResult(report: Pick<GradeReport, 'tampered' | 'warnings' | 'manifest' | 'mode'>, say: (en: string, ko: string) => string): ClassroomResult {
  const tests: ClassroomTest[] = [
    ...report.tampered.map((t) => test(`${t.file}: ${changeWords(t, say)}`, 'fail' as const, 0, consequence(t, say, report.mode === 'regrade'), t.file, 'npm run grade')),
    ...report.warnings.map((w) => test(`${w.file}: ${w.message}`, 'fail' as const, 0, say('Not counted against the points; your teacher sees it.', '점수에는 반영되지 않지만 선생님께 보입니다.'), w.file, 'npm run grade')),
  ];
  if (tests.length === 0) {
    const what = report.manifest ? say('the specs and every file the grading depends on are unchanged', '스펙과 채점에 쓰이는 모든 파일이 그대로입니다') : say('no manifest (kata.json) to compare with', '비교할 매니페스트(kata.json)가 없습니다');
    tests.push(test(what, 'pass', 0, '', 'kata.json', 'npm run grade'));
  }
  return { version: 1, status: tests.every((t) => t.status === 'pass') ? 'pass' : 'fail', max_score: 0, tests };
}

export function changeWords(t: Tampered, say: (en: string, ko: string) => string): string {
  return t.change === 'modified' ? say('changed', '바뀜') : t.change === 'missing' ? say('missing', '없어짐') : say('added', '추가됨');
}

/** What a change costs. `regrade`: the teacher's regrade, which uses none of the student's grading files. */
export function consequence(t: Tampered, say: (en: string, ko: string) => string, regrade = false): string {
  if (regrade) return say('Not used: graded with the teacher\'s copy; flagged for the teacher.', '쓰이지 않음: 선생님의 사본으로 채점했고, 선생님께 표시됩니다.');
  if (t.kind === 'spec') return say(`${t.exercise} gets 0 points.`, `${josa(t.exercise, '은/는')} 0점입니다.`);
  if (t.kind === 'provided') return say(`every exercise that builds on ${t.exercise} gets 0 points.`, `${josa(t.exercise, '을/를')} 쓰는 연습은 모두 0점입니다.`);
  if (t.kind === 'workflow') return say('Flagged for your teacher (the workflow carries the seal of kata.json).', '선생님께 표시됩니다 (워크플로에 kata.json의 봉인이 들어 있습니다).');
  if (t.kind === 'manifest') return say('The assignment manifest itself was changed: every exercise gets 0 points.', '과제 매니페스트 자체가 바뀌었습니다: 모든 연습이 0점입니다.');
  return say('It is part of the grading (or could change how it runs): every exercise gets 0 points.', '채점에 쓰이는(또는 채점 방식을 바꿀 수 있는) 파일입니다: 모든 연습이 0점입니다.');
}

/** What the grading step writes to $GITHUB_OUTPUT: `name=base64` lines, one per runner. */
export function githubOutputLines(report: GradeReport, say: (en: string, ko: string) => string): string {
  const lines = report.exercises.map((e) => `${runnerName(e.id)}=${encodeResult(exerciseResult(e, say))}`);
  lines.push(`${INTEGRITY_RUNNER}=${encodeResult(integrityResult(report, say))}`);
  return `${lines.join('\n')}\n`;
}

/** The results the workflow reports when grading could not run at all: 0 points, status error. */
export function unreachableOutputLines(exercises: readonly { id: string; points: number }[], reason: 'failed' | 'changed' = 'failed'): string {
  const why = reason === 'changed'
    ? 'the grading files of this repository differ from kata.json (named in the log of the step "Grade"), so it was not graded. Put them back as they were in the assignment.'
    : 'npm ci or the grader failed before any result was written; see the log of the step "Grade".';
  const lines = exercises.map((e) => `${runnerName(e.id)}=${encodeResult({ version: 1, status: 'error', max_score: e.points, tests: [test(`${e.id}: grading did not run`, 'error', 0, why, `spec/${e.id}.spec.ts`, 'npm run grade')] })}`);
  lines.push(`${INTEGRITY_RUNNER}=${encodeResult({ version: 1, status: 'error', max_score: 0, tests: [test('grading did not run', 'error', 0, why, 'kata.json', 'npm run grade')] })}`);
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

export function reporterOutcome(runners: readonly string[], env: Record<string, string | undefined>): { points: number; max: number; failed: boolean; perRunner: RunnerOutcome[] } {
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
    perRunner.push({ runner, status: result.status, score, max: result.max_score, table: (passing / result.tests.length) * (result.max_score || 1), tests: result.tests.map(({ name, status, score: s, message }) => ({ name, status, score: s, message })) });
  }
  return { points, max, failed, perRunner };
}

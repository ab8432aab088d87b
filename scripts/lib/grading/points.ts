// Points and the grade report (GitHub Classroom's result format: platforms/classroom-results.ts).
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
  /** The teacher's held-out checks, where they ran (see plan.ts, confirmed). */
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

export function changeWords(t: Tampered, say: (en: string, ko: string) => string): string {
  return t.change === 'modified' ? say('changed', '바뀜') : t.change === 'missing' ? say('missing', '없어짐') : say('added', '추가됨');
}

/** What a change costs. `regrade`: the teacher's regrade, which uses none of the student's grading files. */
export function consequence(t: Tampered, say: (en: string, ko: string) => string, regrade = false): string {
  if (regrade)
    return say(
      "Not used: graded with the teacher's copy; flagged for the teacher.",
      '쓰이지 않음: 선생님의 사본으로 채점했고, 선생님께 표시됩니다.',
    );
  if (t.kind === 'spec') return say(`${t.exercise} gets 0 points.`, `${josa(t.exercise, '은/는')} 0점입니다.`);
  if (t.kind === 'provided')
    return say(`every exercise that builds on ${t.exercise} gets 0 points.`, `${josa(t.exercise, '을/를')} 쓰는 연습은 모두 0점입니다.`);
  if (t.kind === 'workflow')
    return say(
      'Flagged for your teacher (the workflow carries the seal of kata.json).',
      '선생님께 표시됩니다 (워크플로에 kata.json의 봉인이 들어 있습니다).',
    );
  if (t.kind === 'manifest')
    return say(
      'The assignment manifest itself was changed: every exercise gets 0 points.',
      '과제 매니페스트 자체가 바뀌었습니다: 모든 연습이 0점입니다.',
    );
  return say(
    'It is part of the grading (or could change how it runs): every exercise gets 0 points.',
    '채점에 쓰이는(또는 채점 방식을 바꿀 수 있는) 파일입니다: 모든 연습이 0점입니다.',
  );
}

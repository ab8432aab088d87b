// What each grading platform reads, made from one grade report (npm run grade's JSON):
//   Classroom 50  result.json (classroom50/result/v1: integer scores, boolean `passed`, one row per
//                 exercise, only the schema's top-level keys) and release-body.md (a table, the first
//                 failure of each exercise);
//   Gradescope    results.json (one entry per spec test; held-out checks with their own visibility);
//   GitHub Actions a job summary (Markdown), an annotation per failing exercise, the total as outputs;
//   JUnit         XML, for any CI or LMS that reads it.
// The points are always the report's: per test, whole-number shares that add up to each exercise's
// points (grading.ts, testShares over the tests the held-out checks confirm).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exercise } from '../../core/curriculum.ts';
import { countedOutcomes, type GradedExercise, type GradeReport, testShares } from '../points.ts';
import type { Say } from '../../core/language.ts';

/** An exercise's title in the report's language, e.g. "02-softmax — Softmax". */
function titled(e: GradedExercise, exercises: readonly Exercise[], say: Say): string {
  const x = exercises.find((c) => c.id === e.id);
  return x ? `${e.id} — ${say(x.title.en, x.title.ko)}` : e.id;
}

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

// ── Classroom 50 ──────────────────────────────────────────────────────────────────────────────────

/** What the Classroom 50 runner passes in the environment (runner.py's run_entrypoint). */
export interface Classroom50Env {
  CLASSROOM?: string;
  ASSIGNMENT?: string;
  SUBMISSION_TAG?: string;
  OWNER?: string;
  USERNAME?: string;
  ASSIGNMENT_TYPE?: string;
  COMMIT_URL?: string;
  RELEASE_URL?: string;
  REVIEW_URL?: string;
}

/** A time as the schema writes it: YYYY-MM-DDTHH:MM:SSZ (UTC, no fraction). */
export const classroom50Time = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * result.json. The runner stamps owner, assignment_type, datetime (the commit's time), graded_at and
 * submitted_by itself; the first three are written here too (from OWNER and ASSIGNMENT_TYPE, which the
 * runner passes) so the file is valid against the schema on its own. No other top-level key: the
 * schema has additionalProperties false. Extra keys inside a row are kept by the runner.
 */
export function classroom50Result(
  report: GradeReport,
  exercises: readonly Exercise[],
  env: Classroom50Env,
  say: Say,
  now = new Date(),
): object {
  return {
    schema: 'classroom50/result/v1',
    classroom: env.CLASSROOM ?? '',
    assignment: env.ASSIGNMENT ?? '',
    assignment_type: env.ASSIGNMENT_TYPE || 'individual',
    owner: env.OWNER || env.USERNAME || '',
    submission: env.SUBMISSION_TAG ?? '',
    commit: env.COMMIT_URL ?? '',
    release: env.RELEASE_URL ?? '',
    review: env.REVIEW_URL || env.COMMIT_URL || '',
    datetime: classroom50Time(now),
    score: report.total,
    'max-score': report.max,
    tests: report.exercises.map((e) => ({
      'test-name': titled(e, exercises, say),
      passed: e.points === e.max,
      score: e.points,
      'max-score': e.max,
      'tests-passed': e.passed,
      'tests-total': e.total,
      ...(e.heldOut ? { 'held-out-passed': e.heldOut.passed, 'held-out-total': e.heldOut.total } : {}),
      status: e.status,
      'first-failure': clip(e.firstFailure, 300),
    })),
  };
}

/** The Release's body: short, a line per exercise and the first failure of each that is not full. */
export function releaseBody(report: GradeReport, exercises: readonly Exercise[], say: Say): string {
  const rows = report.exercises.map(
    (e) => `| ${e.points === e.max ? '✅' : e.points > 0 ? '🟡' : '❌'} ${titled(e, exercises, say)} | ${e.points}/${e.max} |`,
  );
  const failures = report.exercises
    .filter((e) => e.points < e.max && e.firstFailure)
    .map((e) => `- **${e.id}**: ${clip(e.firstFailure, 160)}`);
  return [
    `### ${say('Points', '점수')}: ${report.total}/${report.max}`,
    '',
    `| ${say('exercise', '연습')} | ${say('points', '점수')} |`,
    '|---|---|',
    ...rows,
    ...(failures.length ? ['', `**${say('First failure of each exercise', '연습마다 첫 실패')}**`, '', ...failures] : []),
    '',
    say(
      'Run `npm test -- NN` for the whole message, `npm run hint -- NN` for a hint.',
      '전체 메시지는 `npm test -- NN`, 힌트는 `npm run hint -- NN`.',
    ),
    '',
  ].join('\n');
}

// ── Gradescope ────────────────────────────────────────────────────────────────────────────────────

export type Visibility = 'visible' | 'hidden' | 'after_due_date' | 'after_published';
export const VISIBILITIES: readonly Visibility[] = ['visible', 'hidden', 'after_due_date', 'after_published'];

/**
 * results.json: the public tests, carrying their shares of the exercise's points, and one entry per
 * held-out check (worth 0 — they confirm the public ones) with `heldOutVisibility`. A public test whose
 * whole-number share is 0 (an exercise of 5 points with 11 tests has six) is folded into the row before
 * it (the first row of points, for those at the start), so every public row is worth something; a
 * folded row passes when all its tests do, and its output lists them.
 */
export function gradescopeResults(
  report: GradeReport,
  exercises: readonly Exercise[],
  say: Say,
  heldOutVisibility: Visibility,
  seconds: number,
): object {
  const tests = report.exercises.flatMap((e) => {
    const outcomes = countedOutcomes(e);
    const shares = testShares(e.max, outcomes);
    const worth = testShares(
      e.max,
      e.tests.map(() => true),
    );
    const outputOf = (i: number) =>
      e.tests[i]!.passed && !outcomes[i]
        ? say('passes, but not confirmed by the held-out checks', '통과했지만 비공개 검사가 확인하지 않았습니다')
        : (e.tests[i]!.message ?? '');
    // Rows: each test worth points starts one; a test worth 0 joins the row before it (or the first).
    const rows: number[][] = [];
    e.tests.forEach((_, i) => (worth[i]! > 0 || rows.length === 0 ? rows.push([i]) : rows[rows.length - 1]!.push(i)));
    if (rows.length > 1 && rows[0]!.every((i) => worth[i] === 0)) rows[1]!.unshift(...rows.shift()!);
    const whole =
      e.tests.length === 0
        ? [
            {
              name: `${e.id}: ${say('the spec did not run', '스펙이 실행되지 않음')}`,
              score: 0,
              max_score: e.max,
              status: 'failed',
              output: e.firstFailure || e.status,
              visibility: 'visible',
            },
          ]
        : rows.map((row) => ({
            name: `${e.id} › ${e.tests[row[0]!]!.name}${row.length > 1 ? ` ${say(`(+${row.length - 1} more)`, `(외 ${row.length - 1}개)`)}` : ''}`,
            score: row.reduce((sum, i) => sum + shares[i]!, 0),
            max_score: row.reduce((sum, i) => sum + worth[i]!, 0),
            status: row.every((i) => outcomes[i]) ? 'passed' : 'failed',
            output:
              row.length === 1
                ? outputOf(row[0]!)
                : row.map((i) => `${outcomes[i] ? '✓' : '✗'} ${e.tests[i]!.name}${outcomes[i] ? '' : `: ${outputOf(i)}`}`).join('\n'),
            visibility: 'visible',
          }));
    const held = (e.heldOut?.tests ?? []).map((t) => ({
      name: `${e.id} › ${say('held-out', '비공개')}${t.contract ? ` (${say('contract', '계약')})` : ''} › ${t.name}`,
      score: 0,
      max_score: 0,
      status: t.passed ? 'passed' : 'failed',
      // Shown to students at once ('visible'), a message would give away the held-out input and expected value.
      output:
        heldOutVisibility === 'visible' && !t.passed
          ? say('failed (held-out checks show no values before the deadline)', '실패 (비공개 검사는 마감 전에는 값을 보여 주지 않습니다)')
          : (t.message ?? ''),
      visibility: heldOutVisibility,
    }));
    return [...whole, ...held];
  });
  return {
    score: report.total,
    execution_time: Math.round(seconds),
    output: releaseBody(report, exercises, say),
    output_format: 'md',
    visibility: 'visible',
    stdout_visibility: 'hidden',
    tests,
  };
}

// ── GitHub Actions ────────────────────────────────────────────────────────────────────────────────

/** GitHub shows at most this many error annotations of one step; the rest are dropped without a word. */
export const ANNOTATION_CAP = 10;

/**
 * `::error` lines: one per exercise that is not full, on the learner's file — at the line where the
 * first failing test's error was thrown in it, else at the line that declares what the spec calls
 * (its first `export`), where a wrong answer comes from. More than ANNOTATION_CAP: the first
 * ANNOTATION_CAP − 1, then one that names the rest (the job summary lists every exercise).
 */
export function annotations(report: GradeReport, exercises: readonly Exercise[], codePrefix: string): string[] {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const open = report.exercises.filter((e) => e.points < e.max);
  const shown = open.length > ANNOTATION_CAP ? open.slice(0, ANNOTATION_CAP - 1) : open;
  const lines = shown.map((e) => {
    const file = exercises.find((x) => x.id === e.id)?.file ?? `${e.id}/`;
    const where = e.tests.find((t) => !t.passed && t.location)?.location ?? { file, line: declarationLine(join(report.target, file)) };
    const line = where.line ? `,line=${where.line}` : '';
    return `::error file=${codePrefix}${where.file}${line},title=${property(`${e.id}: ${e.points}/${e.max}`)}::${escapeData(clip(e.firstFailure || e.status, 400))}`;
  });
  const rest = open.slice(shown.length);
  if (rest.length > 0)
    lines.push(
      `::error title=${property(`${rest.length} more exercises not full`)}::${escapeData(`${rest.map((e) => `${e.id} ${e.points}/${e.max}`).join(', ')} — GitHub shows at most ${ANNOTATION_CAP} annotations per step; the job summary lists every exercise with its first failure.`)}`,
    );
  return lines;
}

/** The line of the first `export` in a file, 0 if none (or no file). */
function declarationLine(path: string): number {
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
  return lines.findIndex((l) => /^export\b/.test(l)) + 1;
}

/** The job summary: the total, a row per exercise with its first failure. */
export function jobSummary(report: GradeReport, exercises: readonly Exercise[], say: Say, passAt: number): string {
  const rows = report.exercises.map(
    (e) =>
      `| ${e.points === e.max ? '✅' : e.points > 0 ? '🟡' : '❌'} | ${titled(e, exercises, say)} | ${e.points}/${e.max} | ${e.points === e.max ? '' : clip(e.firstFailure, 140).replace(/\|/g, '\\|')} |`,
  );
  const ok = report.max > 0 && report.total >= Math.ceil((passAt / 100) * report.max);
  const open = report.exercises.filter((e) => e.points < e.max).length;
  return [
    `## ${say('Deep-learning kata', '딥러닝 카타')}: ${report.total}/${report.max} ${say('points', '점')}`,
    '',
    ok
      ? say(`✅ passed (at least ${passAt}% needed)`, `✅ 통과 (${passAt}% 이상 필요)`)
      : say(`❌ not yet: ${passAt}% of the points are needed`, `❌ 아직: 점수의 ${passAt}%가 필요합니다`),
    '',
    ...(open > ANNOTATION_CAP
      ? [
          say(
            `${open} exercises are not full; GitHub shows at most ${ANNOTATION_CAP} annotations per step, so the last annotation names the rest. Every exercise is in this table.`,
            `만점이 아닌 연습이 ${open}개입니다. GitHub는 한 단계에 주석을 ${ANNOTATION_CAP}개까지만 보여 주므로 마지막 주석이 나머지를 나열합니다. 모든 연습은 이 표에 있습니다.`,
          ),
          '',
        ]
      : []),
    `| | ${say('exercise', '연습')} | ${say('points', '점수')} | ${say('first failure', '첫 실패')} |`,
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Whether the run passes the teacher's rule: at least `passAt` percent of the points. */
export function passes(report: GradeReport, passAt: number): boolean {
  return report.max > 0 && report.total >= Math.ceil((passAt / 100) * report.max);
}

// ── JUnit ─────────────────────────────────────────────────────────────────────────────────────────

const xml = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML for one or more reports (a class: one `name` each): a testsuite per exercise, `time` in
 * seconds on every test case (vitest's measure) and suite. A student who could not be graded
 * (`notGraded`: why) is one suite with an error.
 */
export function junitXml(reports: readonly { name: string; report?: GradeReport; notGraded?: string }[]): string {
  const suites = reports.flatMap(({ name, report, notGraded }) => {
    if (!report)
      return [
        `  <testsuite name="${xml(name)}" tests="1" failures="0" errors="1" time="0.000">\n    <testcase classname="${xml(name)}" name="not graded" time="0.000"><error message="${xml(clip(`not graded: ${notGraded ?? ''}`, 500))}"/></testcase>\n  </testsuite>`,
      ];
    return report.exercises.map((e) => {
      const outcomes = countedOutcomes(e);
      const cases = [
        ...e.tests.map((t, i) => ({
          name: t.name,
          ok: outcomes[i]!,
          ms: t.ms ?? 0,
          message: t.passed && !outcomes[i] ? 'not confirmed by the held-out checks' : (t.message ?? ''),
        })),
        ...(e.heldOut?.tests ?? []).map((t) => ({ name: `held-out › ${t.name}`, ok: t.passed, ms: t.ms ?? 0, message: t.message ?? '' })),
      ];
      const failures = cases.filter((c) => !c.ok).length;
      const classname = xml(`${name ? `${name}.` : ''}${e.id}`);
      const body = cases.map(
        (c) =>
          `    <testcase classname="${classname}" name="${xml(c.name)}" time="${seconds(c.ms)}">${c.ok ? '' : `<failure message="${xml(clip(c.message, 500))}"/>`}</testcase>`,
      );
      if (cases.length === 0)
        body.push(
          `    <testcase classname="${classname}" name="${xml(e.id)}" time="0.000"><error message="${xml(clip(e.firstFailure || e.status, 500))}"/></testcase>`,
        );
      return `  <testsuite name="${xml(`${name ? `${name} › ` : ''}${e.id}`)}" tests="${Math.max(1, cases.length)}" failures="${failures}" errors="${cases.length ? 0 : 1}" time="${seconds(cases.reduce((s, c) => s + c.ms, 0))}">\n    <properties><property name="points" value="${e.points}"/><property name="max" value="${e.max}"/></properties>\n${body.join('\n')}\n  </testsuite>`;
    });
  });
  const tests = reports.reduce(
    (s, r) => s + (r.report ? r.report.exercises.reduce((t, e) => t + Math.max(1, e.tests.length + (e.heldOut?.tests.length ?? 0)), 0) : 1),
    0,
  );
  const total = reports.reduce(
    (s, r) =>
      s +
      (r.report?.exercises ?? []).reduce((t, e) => t + [...e.tests, ...(e.heldOut?.tests ?? [])].reduce((u, x) => u + (x.ms ?? 0), 0), 0),
    0,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="deep-learning kata" tests="${tests}" time="${seconds(total)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

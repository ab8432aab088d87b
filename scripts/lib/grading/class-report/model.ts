// The class report's numbers, from the grade reports of `npm run grade -- --each` (render.ts turns them
// into Markdown and a self-contained HTML page). What a teacher needs to decide what to reteach:
//   * per exercise, how the points are spread, and how many students have full points;
//   * the pass rate of every spec test (public, then held-out);
//   * how many students hit each named mistake (Mistake.id in the specs, carried by the test's meta);
//   * the wrong answers no named mistake explains, grouped by what they return on the same fixed inputs
//     (the held-out checks' inputs where they ran, else the public tests'), largest group first;
//   * every student, needing help first, and a heat map students × exercises (students.ts);
//   * where asked, pairs of submissions that look alike (similarity.ts).
// A failure that follows from an earlier exercise the same student got wrong (students.ts) is counted
// under that earlier exercise: mistakes and unexplained answers count root causes only.
import type { Exercise } from '../../core/curriculum.ts';
import type { GradedExercise, GradedTest, GradeReport } from '../points.ts';
import type { Similarity } from './similarity.ts';
import { type StudentSummary, studentsOf } from './students.ts';

/** A student's row of the class run: graded (report), or not graded and why (in the grader's language). */
export interface ClassRow {
  folder: string;
  /** The repository's remote or last author, where the folder is a git repository (identity.ts). */
  identity: string;
  report?: GradeReport;
  notGraded?: string;
}

export interface TestRate {
  name: string;
  heldOut: boolean;
  passed: number;
  ran: number;
}

export interface MistakeCount {
  id: string;
  text: string;
  /** Students for whom it is a cause. */
  students: string[];
  /** Students whose failure shows it but follows from an earlier exercise: student → the exercises it follows from. */
  knockOns: { student: string; from: string[] }[];
}

/** A named mistake across the class, for the misconception ranking (root causes first). */
export interface Misconception extends MistakeCount {
  exercise: string;
}

export interface Probe {
  name: string;
  received: string;
  expected: string;
}

/** Students whose wrong answers agree on every fixed input, and what those answers are. */
export interface AnswerGroup {
  students: string[];
  probes: Probe[];
}

export interface ExerciseSummary {
  id: string;
  title: string;
  max: number;
  /** Each student's points, in the order of `students`. */
  points: number[];
  full: number;
  notStarted: number;
  tests: TestRate[];
  mistakes: MistakeCount[];
  unexplained: AnswerGroup[];
  /** Students whose failure here follows from an earlier exercise. */
  knockOns: number;
}

export interface ClassSummary {
  /** The graded students (the distributions are theirs). */
  students: string[];
  max: number;
  totals: number[];
  exercises: ExerciseSummary[];
  /** Every student, graded or not, needing help first. */
  view: StudentSummary[];
  misconceptions: Misconception[];
  similarity?: Similarity;
}

const NOT_ANSWERS = new Set([
  'not-started',
  'timeout',
  'syntax',
  'crash',
  'missing',
  'spec-changed',
  'provided-changed',
  'grading-changed',
  'manifest-changed',
]);

export function summarise(
  rows: readonly ClassRow[],
  exercises: readonly Exercise[],
  columns: readonly Exercise[],
  say: (en: string, ko: string) => string,
  similarity?: Similarity,
): ClassSummary {
  const view = studentsOf(rows, columns, say);
  const graded = rows.filter((r): r is ClassRow & { report: GradeReport } => r.report !== undefined);
  const students = graded.map((r) => r.folder);
  /** For each graded student, exercise → the exercises its failure follows from (none: a cause of its own). */
  const follows = graded.map((r) => new Map(view.find((v) => v.name === r.folder)!.cells.map((c) => [c.id, c.follows])));
  const summaries = columns.map((x): ExerciseSummary => {
    const id = x.id;
    const all = graded.map((r) => r.report.exercises.find((e) => e.id === id));
    const from = follows.map((f) => f.get(id) ?? []);
    const causes = all.map((e, i) => (from[i]!.length > 0 ? undefined : e));
    const ex = exercises.find((e) => e.id === id);
    return {
      id,
      title: ex ? say(ex.title.en, ex.title.ko) : id,
      max: x.points,
      points: all.map((e) => e?.points ?? 0),
      full: all.filter((e) => e && e.points === e.max).length,
      notStarted: all.filter((e) => e?.status === 'not-started').length,
      tests: rates(all),
      mistakes: mistakeCounts(all, students, from),
      unexplained: groups(causes, students),
      knockOns: from.filter((f, i) => f.length > 0 && all[i] && all[i]!.points < all[i]!.max).length,
    };
  });
  const misconceptions = summaries
    .flatMap((e) => e.mistakes.map((m) => ({ ...m, exercise: e.id })))
    .sort(
      (a, b) =>
        b.students.length - a.students.length ||
        b.knockOns.length - a.knockOns.length ||
        a.exercise.localeCompare(b.exercise) ||
        a.id.localeCompare(b.id),
    );
  return {
    students,
    max: columns.reduce((s, e) => s + e.points, 0),
    totals: graded.map((r) => r.report.total),
    exercises: summaries,
    view,
    misconceptions,
    ...(similarity ? { similarity } : {}),
  };
}

function rates(graded: readonly (GradedExercise | undefined)[]): TestRate[] {
  const byName = new Map<string, TestRate>();
  const add = (t: GradedTest, heldOut: boolean) => {
    const key = `${heldOut ? 'h' : 'p'}:${t.name}`;
    const rate = byName.get(key) ?? { name: t.name, heldOut, passed: 0, ran: 0 };
    rate.ran += 1;
    if (t.passed) rate.passed += 1;
    byName.set(key, rate);
  };
  for (const e of graded) {
    if (!e || NOT_ANSWERS.has(e.status)) continue; // a stub, a crash or a timeout says nothing about a test
    for (const t of e.tests) add(t, false);
    for (const t of e.heldOut?.tests ?? []) add(t, true);
  }
  return [...byName.values()];
}

const failing = (e: GradedExercise) => [...e.tests, ...(e.heldOut?.tests ?? [])].filter((t) => !t.passed);

function mistakeCounts(
  graded: readonly (GradedExercise | undefined)[],
  students: readonly string[],
  follows: readonly string[][],
): MistakeCount[] {
  const byId = new Map<string, MistakeCount>();
  graded.forEach((e, i) => {
    if (!e) return;
    const seen = new Set<string>();
    for (const m of failing(e).flatMap((t) => t.mistakes ?? [])) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const count = byId.get(m.id) ?? { id: m.id, text: m.text, students: [], knockOns: [] };
      if (follows[i]!.length > 0) count.knockOns.push({ student: students[i]!, from: follows[i]! });
      else count.students.push(students[i]!);
      byId.set(m.id, count);
    }
  });
  return [...byId.values()].sort(
    (a, b) => b.students.length - a.students.length || b.knockOns.length - a.knockOns.length || a.id.localeCompare(b.id),
  );
}

/**
 * Students with wrong answers and no named mistake, grouped by their answers on the fixed inputs: the
 * failing held-out value checks where there are any (one fixed input each), else the failing public tests
 * that compared a value (a property test's input is generated, so those groups can split).
 */
function groups(graded: readonly (GradedExercise | undefined)[], students: readonly string[]): AnswerGroup[] {
  const byKey = new Map<string, AnswerGroup>();
  graded.forEach((e, i) => {
    if (!e || NOT_ANSWERS.has(e.status)) return;
    const wrong = failing(e);
    if (wrong.length === 0 || wrong.some((t) => t.mistakes?.length)) return;
    const probesOf = (tests: readonly GradedTest[]) =>
      tests.filter((t) => !t.passed && !t.contract).flatMap((t) => (t.probe ? [t.probe] : []));
    const held = probesOf(e.heldOut?.tests ?? []);
    const probes = held.length > 0 ? held : probesOf(e.tests);
    if (probes.length === 0) return; // failing contracts only (rejects, keeps its input): not a wrong answer
    const key = probes.map((p) => `${p.name}\u0000${p.received}`).join('\u0001');
    const group = byKey.get(key) ?? { students: [], probes };
    group.students.push(students[i]!);
    byKey.set(key, group);
  });
  return [...byKey.values()].sort((a, b) => b.students.length - a.students.length);
}

/** Points → how many students have them, for every value from 0 to max. */
export function histogram(points: readonly number[], max: number): number[] {
  const counts = new Array<number>(max + 1).fill(0);
  for (const p of points) counts[Math.max(0, Math.min(max, p))]! += 1;
  return counts;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

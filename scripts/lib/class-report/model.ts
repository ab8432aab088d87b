// The class report's numbers, from the grade reports of `npm run grade -- --each` (render.ts turns them
// into Markdown and a self-contained HTML page). What a teacher needs to decide what to reteach:
//   * per exercise, how the points are spread, and how many students have full points;
//   * the pass rate of every spec test (public, then held-out);
//   * how many students hit each named mistake (Mistake.id in the specs, carried by the test's meta);
//   * the wrong answers no named mistake explains, grouped by what they return on the same fixed inputs
//     (the held-out checks' inputs where they ran, else the public tests'), largest group first.
import type { Exercise } from '../curriculum';
import type { GradedExercise, GradedTest, GradeReport } from '../grading';

export interface TestRate {
  name: string;
  heldOut: boolean;
  passed: number;
  ran: number;
}

export interface MistakeCount {
  id: string;
  text: string;
  students: string[];
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
}

export interface ClassSummary {
  students: string[];
  max: number;
  totals: number[];
  exercises: ExerciseSummary[];
}

const NOT_ANSWERS = new Set(['not-started', 'timeout', 'syntax', 'crash', 'missing', 'spec-changed', 'provided-changed', 'grading-changed', 'manifest-changed']);

export function summarise(rows: readonly { folder: string; report: GradeReport }[], exercises: readonly Exercise[], say: (en: string, ko: string) => string): ClassSummary {
  const students = rows.map((r) => r.folder);
  const ids = rows[0]?.report.exercises.map((e) => e.id) ?? [];
  return {
    students,
    max: rows[0]?.report.max ?? 0,
    totals: rows.map((r) => r.report.total),
    exercises: ids.map((id) => {
      const graded = rows.map((r) => r.report.exercises.find((e) => e.id === id));
      const x = exercises.find((e) => e.id === id);
      return {
        id,
        title: x ? say(x.title.en, x.title.ko) : id,
        max: graded.find(Boolean)?.max ?? 0,
        points: graded.map((e) => e?.points ?? 0),
        full: graded.filter((e) => e && e.points === e.max).length,
        notStarted: graded.filter((e) => e?.status === 'not-started').length,
        tests: rates(graded),
        mistakes: mistakeCounts(graded, students),
        unexplained: groups(graded, students),
      };
    }),
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

function mistakeCounts(graded: readonly (GradedExercise | undefined)[], students: readonly string[]): MistakeCount[] {
  const byId = new Map<string, MistakeCount>();
  graded.forEach((e, i) => {
    if (!e) return;
    const seen = new Set<string>();
    for (const m of failing(e).flatMap((t) => t.mistakes ?? [])) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const count = byId.get(m.id) ?? { id: m.id, text: m.text, students: [] };
      count.students.push(students[i]!);
      byId.set(m.id, count);
    }
  });
  return [...byId.values()].sort((a, b) => b.students.length - a.students.length || a.id.localeCompare(b.id));
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
    const probesOf = (tests: readonly GradedTest[]) => tests.filter((t) => !t.passed && !t.contract).flatMap((t) => (t.probe ? [t.probe] : []));
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

// The class report's student view: one row per student, one cell per exercise, in the order a teacher
// helps — students who could not be graded first, then the lowest share of the points of what they
// attempted, then the most failures that no named mistake explains (a syntax error, an endless loop, a
// crash, a wrong answer nobody has named).
//
// Causes, not knock-ons: a later exercise imports the earlier ones it `dependsOn` (curriculum.json), so
// when an earlier one fails, the later one usually fails with it. Such a failure is marked "follows from
// NN" (the earliest failing exercise on the way) and is not counted as a misconception of its own.
import { josa } from '../../core/josa.ts';
import type { Exercise } from '../../core/curriculum.ts';
import type { GradedExercise, GradeReport } from '../points.ts';
import type { Say } from '../../core/language.ts';

export type CellState =
  | 'passed'
  | 'points'
  | 'mistake'
  | 'not-started'
  | 'syntax'
  | 'timeout'
  | 'memory'
  | 'crash'
  | 'tampered'
  | 'not-graded';

export interface Cell {
  id: string;
  state: CellState;
  points: number;
  max: number;
  /** What the cell says, short: "7/10", "does not parse (line 6)", "not started". */
  label: string;
  /** More: the named mistake's id, the reason it was not graded, what was tampered with. */
  detail: string;
  /** The root exercises this failure follows from (empty: a cause of its own). */
  follows: string[];
}

export interface Failure {
  exercise: string;
  test: string;
  message: string;
}

export interface StudentSummary {
  name: string;
  identity: string;
  total: number;
  max: number;
  /** Points of the exercises the student attempted (not a stub), and the share of them earned. */
  attempted: number;
  share: number;
  /** Failures no named mistake explains and that follow from nothing earlier. */
  unexplained: number;
  notGraded?: string;
  tampered: string[];
  cells: Cell[];
  failures: Failure[];
}

/** The sandbox's words for a child that ran out of memory (scripts/lib/sandbox/client/session.mjs), in both languages. */
const OUT_OF_MEMORY = /ran out of memory|메모리가 부족/;
const FAILURES = new Set<CellState>(['points', 'mistake', 'syntax', 'timeout', 'memory', 'crash']);

const messages = (e: GradedExercise) => [
  e.firstFailure,
  ...e.tests.map((t) => t.message ?? ''),
  ...(e.heldOut?.tests.map((t) => t.message ?? '') ?? []),
];

/** "… (12-backprop/backprop.ts:6:3)" → { file: '12-backprop/backprop.ts', line: 6 } */
function parseLocation(text: string): { file: string; line: number } | undefined {
  const m = /(\d\d-[a-z0-9-]+\/[^\s:()]+):(\d+)/.exec(text);
  return m ? { file: m[1]!, line: Number(m[2]) } : undefined;
}

function cellOf(e: GradedExercise | undefined, id: string, max: number, report: GradeReport, say: Say): Cell {
  const cell = (state: CellState, label: string, detail = ''): Cell => ({
    id,
    state,
    points: e?.points ?? 0,
    max,
    label,
    detail,
    follows: [],
  });
  const notGraded = say('not graded', '채점하지 않음');
  // A file the regrade left out (grade-plan.ts: a warning "not graded: why", in the grader's language).
  const refused = report.warnings.find((w) => w.file.startsWith(`exercises/${id}/`) && /^(not graded|채점하지 않음)/.test(w.message));
  if (refused) return cell('not-graded', notGraded, `${refused.file}: ${refused.message.replace(/^(not graded|채점하지 않음):?\s*/, '')}`);
  if (!e || e.status === 'missing') return cell('not-graded', notGraded, e?.firstFailure ?? '');
  const changed = report.tampered.filter((t) => t.exercise === id);
  if (['spec-changed', 'provided-changed', 'grading-changed', 'manifest-changed'].includes(e.status))
    return cell('tampered', say('tampered', '변경됨'), e.because ?? changed.map((t) => t.file).join(', ') ?? e.status);
  if (changed.length > 0)
    return cell(
      'tampered',
      `${say('tampered', '변경됨')} · ${e.points}/${max}`,
      say(
        `${changed.map((t) => t.file).join(', ')} changed (not used: graded with the teacher's copy)`,
        `${changed.map((t) => t.file).join(', ')} 바뀜 (쓰지 않음: 선생님의 사본으로 채점)`,
      ),
    );
  if (e.points === max) return cell('passed', `${e.points}/${max}`);
  if (e.status === 'not-started') return cell('not-started', say('not started', '시작 전'));
  if (e.status === 'syntax') {
    const at = parseLocation(e.firstFailure);
    return cell(
      'syntax',
      at ? say(`does not parse (line ${at.line})`, `구문 오류 (${at.line}행)`) : say('does not parse', '구문 오류'),
      e.firstFailure,
    );
  }
  if (e.status === 'timeout') return cell('timeout', say('did not finish', '끝나지 않음'), e.firstFailure);
  if (messages(e).some((m) => OUT_OF_MEMORY.test(m))) return cell('memory', say('ran out of memory', '메모리 부족'), e.firstFailure);
  if (e.status === 'crash') return cell('crash', say('throws while loading', '불러오는 중 오류'), e.firstFailure);
  const named = [...e.tests, ...(e.heldOut?.tests ?? [])].filter((t) => !t.passed).flatMap((t) => t.mistakes ?? []);
  if (named.length > 0) return cell('mistake', `${e.points}/${max} · ${named[0]!.id}`, named[0]!.text);
  return cell(
    'points',
    `${e.points}/${max}`,
    e.status === 'unconfirmed' ? say('passes the public tests only', '공개 테스트만 통과') : e.firstFailure,
  );
}

/**
 * Mark knock-ons: a failing cell whose exercise depends on an exercise that is not full follows from
 * that one's roots (or from it, when it is a cause itself). A syntax error in the exercise's own file
 * is its own cause, whatever it imports.
 */
function markKnockOns(cells: Cell[], exercises: readonly Exercise[], report: GradeReport): void {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const graded = new Map(report.exercises.map((e) => [e.id, e]));
  for (const c of cells) {
    if (!FAILURES.has(c.state)) continue;
    const own = exercises.find((x) => x.id === c.id);
    if (c.state === 'syntax' && parseLocation(graded.get(c.id)?.firstFailure ?? '')?.file.startsWith(`${c.id}/`)) continue;
    const roots = new Set<string>();
    for (const dep of own?.dependsOn ?? []) {
      const d = byId.get(dep);
      if (!d || d.state === 'passed' || (d.state === 'tampered' && d.points === d.max)) continue;
      for (const r of d.follows.length > 0 ? d.follows : [dep]) roots.add(r);
    }
    c.follows = [...roots].sort();
  }
}

export function studentsOf(
  rows: readonly { folder: string; identity: string; report?: GradeReport; notGraded?: string }[],
  columns: readonly Exercise[],
  say: Say,
): StudentSummary[] {
  const out = rows.map((row): StudentSummary => {
    if (!row.report) {
      const cells = columns.map(
        (x): Cell => ({
          id: x.id,
          state: 'not-graded',
          points: 0,
          max: x.points,
          label: say('not graded', '채점하지 않음'),
          detail: row.notGraded ?? '',
          follows: [],
        }),
      );
      return {
        name: row.folder,
        identity: row.identity,
        total: 0,
        max: cells.reduce((s, c) => s + c.max, 0),
        attempted: 0,
        share: 0,
        unexplained: 0,
        notGraded: row.notGraded ?? '',
        tampered: [],
        cells,
        failures: [],
      };
    }
    const r = row.report;
    const cells = columns.map((x) =>
      cellOf(
        r.exercises.find((e) => e.id === x.id),
        x.id,
        x.points,
        r,
        say,
      ),
    );
    markKnockOns(cells, columns, r);
    const attemptedCells = cells.filter((c) => c.state !== 'not-started' && c.state !== 'not-graded');
    const attempted = attemptedCells.reduce((s, c) => s + c.max, 0);
    const earned = attemptedCells.reduce((s, c) => s + c.points, 0);
    const failures = r.exercises
      .filter((e) => e.points < e.max && e.status !== 'not-started')
      .flatMap((e): Failure[] => {
        const failing = [
          ...e.tests.filter((t) => !t.passed).map((t) => ({ test: t.name, message: t.message ?? '' })),
          ...(e.heldOut?.tests ?? [])
            .filter((t) => !t.passed)
            .map((t) => ({ test: `${say('held-out', '비공개')} › ${t.name}`, message: t.message ?? '' })),
        ];
        const list = failing.length > 0 ? failing.slice(0, 6) : [{ test: e.status, message: e.firstFailure }];
        return list.map((f) => ({ exercise: e.id, test: f.test, message: f.message.slice(0, 400) }));
      });
    return {
      name: row.folder,
      identity: row.identity,
      total: r.total,
      max: r.max,
      attempted,
      share: attempted === 0 ? 0 : earned / attempted,
      unexplained: cells.filter((c) => c.follows.length === 0 && ['points', 'syntax', 'timeout', 'memory', 'crash'].includes(c.state))
        .length,
      tampered: r.tampered.map((t) => `${t.file} (${t.change})`),
      cells,
      failures,
    };
  });
  return out.sort(
    (a, b) =>
      Number(b.notGraded !== undefined) - Number(a.notGraded !== undefined) ||
      a.share - b.share ||
      b.unexplained - a.unexplained ||
      a.name.localeCompare(b.name),
  );
}

/** The CSV's note for a student: what needs the teacher's eye, in a line. */
export function noteOf(s: StudentSummary, say: Say): string {
  if (s.notGraded !== undefined) return `${say('not graded', '채점하지 않음')}: ${s.notGraded}`;
  const notes = s.cells
    .filter((c) => c.follows.length === 0 && ['syntax', 'timeout', 'memory', 'crash', 'tampered', 'not-graded'].includes(c.state))
    .map((c) => `${c.id.slice(0, 2)}: ${c.label}${c.state === 'not-graded' || c.state === 'tampered' ? ` (${c.detail})` : ''}`);
  const knockOns = s.cells.filter((c) => c.follows.length > 0);
  if (knockOns.length > 0)
    notes.push(
      say(
        `${knockOns.map((c) => c.id.slice(0, 2)).join(', ')} follow from ${[...new Set(knockOns.flatMap((c) => c.follows))].map((id) => id.slice(0, 2)).join(', ')}`,
        `${josa(knockOns.map((c) => c.id.slice(0, 2)).join(', '), '은/는')} ${[...new Set(knockOns.flatMap((c) => c.follows))].map((id) => id.slice(0, 2)).join(', ')}에서 비롯됨`,
      ),
    );
  return notes.join('; ');
}

// What `npm run grade` grades, and what its points rest on (scripts/grade.ts prints it):
//   own      — no --target: this repository's exercises/ with its own specs (a student's clone, their
//              workflow). Its files are compared with its kata.json, sealed by the workflow; a change
//              costs the points of what it touches (lib/grading/assignment.ts, zeroedBy).
//   regrade  — --target STUDENT (a repository with exercises/): the teacher's regrade, from this
//              folder's pristine copy of the export (lib/grading/regrade.ts); the student's changes are reported.
//   tree     — --target DIR without exercises/ (solutions/, a maintainer's copy): that tree, no manifest.
// Every mode runs the learner's code in grading mode (scripts/lib/sandbox/).
// Over 300 lines: the plan and the report it becomes are one rule: what the points rest on.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { type Curriculum, type Exercise, isPresent, pathsOf, root } from '../core/curriculum.ts';
import type { GradedExercise, GradeReport, GradeStatus, Warning } from './points.ts';
import { outsideImports } from './imports.ts';
import {
  type Assignment,
  canonicalJson,
  compareWithManifest,
  hashFile,
  MANIFEST_FILE,
  parseAssignment,
  readAssignment,
  SEAL_ENV,
  sealOf,
  type Tampered,
  workflowOf,
  zeroedBy,
} from './assignment.ts';
import { assembleTree, pristineOf, studentChanges, teacherProblems } from './regrade.ts';
import type { ExerciseResult, TestOutcome } from '../runner/runner.ts';
import { selected, SelectionError, selectionFrom } from './selection.ts';
import { firstLine } from '../core/text.ts';
import { josa, particleFor } from '../core/josa.ts';
import type { Say } from '../core/language.ts';

export interface Reference {
  assignment: Assignment;
  file: string;
  /** Outside the graded repository (the teacher's copy): the student cannot have changed it. */
  independent: boolean;
}

export interface Plan {
  mode: 'own' | 'regrade' | 'tree';
  exercises: Exercise[];
  /** Where the list of exercises came from, for the heading. */
  source: string;
  /** The tree the sandbox runs. */
  codeDir: string;
  /** What the reader is told was graded. */
  shown: string;
  repoRoot?: string;
  reference?: Reference;
  /** The manifest cannot be trusted: unreadable, or its seal does not match. Everything scores 0. */
  manifestBroken?: string;
  sealChecked: boolean;
  tampered: Tampered[];
  /** Own mode: exercises whose points a change costs, and whether it costs all of them. */
  zeroed: { all: boolean; exercises: Map<string, Tampered> };
  /** Regrade: files of the student's that were not taken (links, too large). */
  skipped: string[];
  /** A scratch folder to remove afterwards (the regrade's tree). */
  scratch?: string;
}

export class UsageError extends SelectionError {}

/** `collected`: the target is a submission's files gathered into a folder (Gradescope), not a repository: nothing to compare. */
export function plan(
  curriculum: Curriculum,
  args: readonly string[],
  target: string | undefined,
  say: Say,
  optionValue: (name: string) => string | undefined,
  collected = false,
): Plan {
  let mode: Plan['mode'] = 'own';
  let repoRoot: string | undefined = root;
  let student: string | undefined;
  if (target) {
    const dir = resolve(target);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(`${target} is not a folder`, `${josa(target, '은/는')} 폴더가 아닙니다`);
    if (dir === root) mode = 'own';
    else if (existsSync(join(dir, 'exercises'))) {
      mode = 'regrade';
      student = dir;
      repoRoot = dir;
    } else {
      mode = 'tree';
      repoRoot = undefined;
      student = dir;
    }
  }

  // The manifest: --manifest FILE, else this folder's kata.json (in a student's clone their copy, in
  // the teacher's export the teacher's). A regrade never reads the student's.
  let reference: Reference | undefined;
  let manifestBroken: string | undefined;
  const explicit = optionValue('--manifest');
  const own = explicit ? parseAssignment(resolve(explicit)) : readAssignment(root);
  if (own?.ok) reference = { assignment: own.assignment, file: own.path, independent: explicit !== undefined || mode === 'regrade' };
  else if (own && explicit) throw new UsageError(`${explicit}: ${own.error}`, `${explicit}: ${own.error}`);
  else if (own)
    manifestBroken = say(
      `${relative(process.cwd(), own.path)} cannot be read (${own.error})`,
      `${josa(relative(process.cwd(), own.path), '을/를')} 읽을 수 없습니다 (${own.error})`,
    );

  // The seal: the workflow passes the hash of the manifest it was made with.
  const seal = process.env[SEAL_ENV]?.trim();
  let sealChecked = false;
  if (seal && mode === 'own') {
    sealChecked = true;
    if (reference && sealOf(reference.assignment) !== seal)
      manifestBroken = say('kata.json does not match the seal in the workflow', 'kata.json이 워크플로의 봉인과 맞지 않습니다');
    else if (!reference && !manifestBroken)
      manifestBroken = say('kata.json is missing, but the workflow expects one', 'kata.json이 없는데 워크플로는 있어야 한다고 합니다');
  }

  // Which exercises.
  const selection = selectionFrom(args, curriculum);
  let exercises: Exercise[];
  let source: string;
  if (selection) {
    exercises = selected(curriculum, selection);
    source = [
      selection.chapters?.length ? say(`chapters ${selection.chapters.join(', ')}`, `${selection.chapters.join(', ')}장`) : '',
      selection.exercises?.length ? say(`exercises ${selection.exercises.join(', ')}`, `연습 ${selection.exercises.join(', ')}`) : '',
    ]
      .filter(Boolean)
      .join(' + ');
  } else if (reference) {
    exercises = curriculum.exercises.filter((e) => reference!.assignment.assigned.includes(e.id));
    source = say(`the assignment in ${MANIFEST_FILE}`, `${MANIFEST_FILE}의 과제`);
  } else {
    exercises = curriculum.exercises.filter((e) => isPresent(e));
    source = say('every exercise present', '있는 연습 전부');
  }
  const assigned = new Set(reference?.assignment.assigned ?? []);
  exercises = exercises.filter((e) => isPresent(e) || assigned.has(e.id));
  if (exercises.length === 0)
    throw new UsageError(
      'nothing to grade: no exercise of that selection has a spec yet',
      '채점할 것이 없습니다: 고른 연습 중 스펙이 있는 것이 없습니다',
    );

  const base = {
    exercises,
    source,
    reference,
    sealChecked,
    skipped: [] as string[],
    zeroed: { all: false, exercises: new Map<string, Tampered>() },
  };
  if (mode === 'tree') return { ...base, mode, codeDir: student!, shown: student!, tampered: [] };

  if (mode === 'regrade') {
    const pristine = pristineOf(
      root,
      curriculum,
      exercises.map((e) => e.id),
    );
    const problems = teacherProblems(pristine);
    if (problems.length > 0) {
      throw new UsageError(
        `this folder is not a pristine copy of the export, so no grade from it could be trusted:\n  ${problems.join('\n  ')}\nExport the assignment again (npm run export) and run npm ci there.`,
        `이 폴더가 내보낸 과제의 원본 그대로가 아니어서, 여기서 매긴 점수는 믿을 수 없습니다:\n  ${problems.join('\n  ')}\n과제를 다시 내보내고(npm run export) 그곳에서 npm ci 하세요.`,
      );
    }
    const scratch = mkdtempSync(join(tmpdir(), 'kata-regrade-'));
    let skipped: string[];
    try {
      ({ skipped } = assembleTree(student!, pristine, scratch));
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      throw error;
    }
    const tampered = collected ? [] : studentChanges(student!, pristine);
    // A teacher's regrade never uses the student's kata.json or workflow; they are compared, and reported.
    if (pristine.assignment && !collected) {
      const theirs = readAssignment(student!);
      if (!theirs?.ok || canonicalJson(theirs.assignment) !== canonicalJson(pristine.assignment))
        tampered.push({ file: MANIFEST_FILE, change: theirs ? 'modified' : 'missing', kind: 'manifest' });
      const file = workflowOf(pristine.assignment);
      const ours = file ? join(root, file) : undefined;
      const workflow = file ? join(student!, file) : undefined;
      if (file && ours && workflow && existsSync(ours) && (!existsSync(workflow) || hashFile(workflow) !== hashFile(ours)))
        tampered.push({ file, change: existsSync(workflow) ? 'modified' : 'missing', kind: 'workflow' });
    }
    return {
      ...base,
      mode,
      codeDir: scratch,
      shown: join(student!, 'exercises'),
      repoRoot,
      tampered,
      skipped,
      scratch,
      manifestBroken: undefined,
    };
  }

  // Own mode: this repository grades itself.
  const tampered: Tampered[] = [];
  if (reference) tampered.push(...compareWithManifest(root, reference.assignment));
  if (manifestBroken && !tampered.some((t) => t.file === MANIFEST_FILE))
    tampered.push({ file: MANIFEST_FILE, change: existsSync(join(root, MANIFEST_FILE)) ? 'modified' : 'missing', kind: 'manifest' });
  const byId = new Map(curriculum.exercises.map((e) => [e.id, e]));
  const zeroed = reference ? zeroedBy(tampered, reference.assignment, (id) => byId.get(id)?.dependsOn ?? []) : base.zeroed;
  return {
    ...base,
    mode,
    codeDir: join(root, 'exercises'),
    shown: join(root, 'exercises'),
    repoRoot,
    tampered,
    zeroed,
    ...(manifestBroken ? { manifestBroken } : {}),
  };
}

/** The held-out spec of an exercise in this folder, if there is one (a teacher's kit or this repository). */
export function heldOutSpec(e: Exercise): string | undefined {
  const file = join(root, 'spec', 'held-out', `${e.id}.spec.ts`);
  return existsSync(file) ? file : undefined;
}

/**
 * Held-out checks confirm the public ones: an exercise's passing public tests count only as far as its
 * held-out value checks pass, ⌊tests × held-out passed ÷ held-out value checks⌋ (the held-out checks of
 * contracts, marked with contract(), catch mistakes but confirm nothing: a looked-up answer can keep a
 * contract). An answer written for the public inputs passes the public tests and no held-out value
 * check, and so counts nothing; honest work passes both alike and loses little or nothing.
 */
export function confirmed(passed: number, total: number, heldOut: { passed: number; total: number } | undefined): number {
  if (!heldOut) return passed;
  if (heldOut.total === 0) return 0;
  return Math.min(passed, Math.floor((total * heldOut.passed) / heldOut.total));
}

/** The exercises whose specs may run: none when grading itself is in doubt, never a changed spec. */
export function runnable(p: Plan): Exercise[] {
  if (p.manifestBroken || p.zeroed.all) return [];
  return p.exercises.filter((e) => !(p.zeroed.exercises.get(e.id)?.kind === 'spec') && existsSync(join(root, pathsOf(e).spec)));
}

/** The spec files to run for a plan: each runnable exercise's spec, and its held-out spec if there is one. */
export function specFiles(p: Plan): { file: string; id: string; heldOut: boolean }[] {
  return runnable(p).flatMap((e) => {
    const held = heldOutSpec(e);
    return [{ file: join(root, pathsOf(e).spec), id: e.id, heldOut: false }, ...(held ? [{ file: held, id: e.id, heldOut: true }] : [])];
  });
}

/** The report, from the plan and the runner's results. */
/** What a failing test saw, as the runner reported it (spec/support/evidence.ts). */
function evidence(t: TestOutcome): Pick<TestOutcome, 'mistakes' | 'probe' | 'ms'> {
  return {
    ...(t.ms !== undefined ? { ms: t.ms } : {}),
    ...(t.mistakes ? { mistakes: t.mistakes } : {}),
    ...(t.probe ? { probe: t.probe } : {}),
  };
}

export function report(
  p: Plan,
  results: ReadonlyMap<string, ExerciseResult>,
  heldOut: ReadonlyMap<string, ExerciseResult>,
  say: Say,
  partialPoints: (points: number, passed: number, total: number) => number,
): GradeReport {
  const exercises: GradedExercise[] = p.exercises.map((e) => {
    const r = results.get(e.id);
    const h = heldOut.get(e.id);
    const heldTests = h
      ? h.tests.map((t) => ({
          name: shortName(t.name),
          passed: t.passed,
          ...(t.contract ? { contract: true } : {}),
          ...(t.passed ? {} : { message: firstLine(t.message) }),
          ...evidence(t),
        }))
      : undefined;
    const zero = p.zeroed.exercises.get(e.id);
    let status: GradeStatus = r?.state ?? 'missing';
    if (p.manifestBroken) status = 'manifest-changed';
    else if (p.zeroed.all) status = 'grading-changed';
    else if (zero?.kind === 'spec') status = 'spec-changed';
    else if (zero) status = 'provided-changed';
    const tests = (r?.tests ?? []).map((t) => ({
      name: shortName(t.name),
      passed: t.passed,
      ...(t.contract ? { contract: true } : {}),
      ...(t.passed ? {} : { message: firstLine(t.message) }),
      ...(t.location ? { location: t.location } : {}),
      ...evidence(t),
    }));
    const passed = tests.filter((t) => t.passed).length;
    // Rejecting bad input and keeping the input are worth points only beside a right value: a stub
    // that throws a RangeError naming every argument has computed nothing.
    const earned = tests.some((t) => t.passed && !t.contract) ? passed : 0;
    const held = heldTests ? { passed: heldTests.filter((t) => t.passed).length, total: heldTests.length, tests: heldTests } : undefined;
    const values = heldTests?.filter((t) => !t.contract);
    const counted = confirmed(
      earned,
      tests.length,
      values && values.length > 0 ? { passed: values.filter((t) => t.passed).length, total: values.length } : undefined,
    );
    if (status === 'done' && counted < passed) status = 'unconfirmed';
    const counts = !['spec-changed', 'manifest-changed', 'grading-changed', 'provided-changed'].includes(status);
    // Only the check's name: its message would show the held-out input and expected value to a student
    // who reads a bundle's feedback, and a resubmission could then add it to a lookup table.
    const heldName = heldTests?.find((t) => !t.passed)?.name ?? '';
    const firstHeldOut =
      h && held && held.passed < held.total
        ? say(
            `held-out: "${heldName}" failed (${held.total - held.passed} of ${held.total} held-out checks)`,
            `공개하지 않은 검사: "${heldName}" 실패 (${held.total}개 중 ${held.total - held.passed}개)`,
          )
        : '';
    return {
      id: e.id,
      points: counts ? partialPoints(e.points, counted, tests.length) : 0,
      max: e.points,
      status,
      passed,
      total: tests.length,
      tests,
      firstFailure:
        r?.firstFailure ||
        firstHeldOut ||
        (status === 'missing' ? say(`${pathsOf(e).spec} is missing`, `${josa(pathsOf(e).spec, '이/가')} 없습니다`) : ''),
      ...(held || counted < passed ? { ...(held ? { heldOut: held } : {}), counted } : {}),
      ...(zero && status !== 'spec-changed' ? { because: zero.file } : {}),
    };
  });
  const warnings: Warning[] = [
    ...outsideImports(
      p.codeDir,
      p.exercises.map((e) => e.id),
    ).map((w) => ({
      file: w.file.replace(/^[^/]+\//, 'exercises/'),
      message: say(
        `imports "${w.specifier}" — exercises should import only each other (while grading, nothing else can be loaded)`,
        `"${w.specifier}"${particleFor(w.specifier, '을/를')} import 합니다 — 연습은 서로만 import 해야 합니다 (채점 중에는 다른 것을 불러올 수 없습니다)`,
      ),
    })),
    ...p.skipped.map((s) => ({
      file: s.split(':')[0]!,
      message: say(`not graded: ${s.split(': ').slice(1).join(': ')}`, `채점하지 않음: ${s.split(': ').slice(1).join(': ')}`),
    })),
  ];
  const total = exercises.reduce((s, e) => s + e.points, 0);
  const max = exercises.reduce((s, e) => s + e.max, 0);
  const full = exercises.filter((e) => e.points === e.max).length;
  return {
    total,
    max,
    exercises,
    tampered: p.tampered,
    warnings,
    passed: full,
    failed: exercises.length - full,
    target: p.shown,
    mode: p.mode,
    manifest: p.reference
      ? { file: p.reference.file, independent: p.reference.independent || p.mode === 'regrade', sealChecked: p.sealChecked }
      : null,
    rounding: 'floor(points × passed tests / tests)',
  };
}

/** "02 softmax > the article's logits" → "the article's logits": the exercise is known already. */
function shortName(name: string): string {
  return name.replace(/^\d\d[ -][^>]*> /, '');
}

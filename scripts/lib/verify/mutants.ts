// Mutants: deliberately broken copies of a reference solution, one known mistake each
// (mutants/<id>.json). Every mutant must make its exercise's spec fail with a message that
// names the mistake. All of them run in one vitest process (mutants/vitest.config.ts),
// each in .kata/mutants-XXXX/<id>.<n>/: the broken file plus a copy of the spec that imports it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type Exercise, pathsOf, root } from '../core/curriculum.ts';
import { runVitest, type FileResult } from './run-vitest.ts';

export interface Mutant {
  /** The mistake, as a learner would make it. */
  name: string;
  /** [find, replace] pairs applied to the exercise's solution file; each find must occur exactly once. */
  replace: [string, string][];
  /** A fragment of the English failure message that must appear: the spec names the mistake. */
  expect?: string;
  /**
   * Not a mistake but an unusual, right way to write it (another loop direction, another order of the
   * checks …): every public and held-out test must pass on it, and nothing may be named.
   */
  right?: true;
  /** Why the name may come after the first failure (that failure already says it in its own words, say). */
  late?: string;
  /**
   * Why no name fits: a slip whose values another slip gives too on every input the spec shows (lr = 1 − α).
   * It must fail, and nothing may be named: each name there would be a false one.
   */
  unnamed?: string;
  /**
   * The ids of the known mistakes (Mistake.id) this mutant may be named by. Without it: the ids whose
   * words contain `expect`. A failure that names any other id is a false diagnosis, and fails verify.
   */
  ids?: string[];
  /**
   * Two mistakes planted at once (the ids of both in `ids`): the tests (fragments of their names) whose
   * failure may say it follows from a mistake an earlier test named. A follow-on note anywhere else
   * fails verify — it would blame the earlier mistake for a value that mistake does not give.
   */
  followOn?: string[];
}

export interface MutantOutcome {
  exercise: string;
  mutant: Mutant;
  ok: boolean;
  why: string;
}

export function mutantsFile(exercise: Exercise): string {
  return join(root, 'mutants', `${exercise.id}.json`);
}

export function loadMutants(exercise: Exercise): Mutant[] {
  const file = mutantsFile(exercise);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Mutant[]) : [];
}

/**
 * `code` with a mutant's [find, replace] pairs applied in order, literally (a replacement's `$&` or `$1`
 * is text, not a pattern); `misfit` says which find does not occur exactly once.
 */
export function applyMutant(code: string, replace: readonly (readonly [string, string])[]): { code?: string; misfit?: string } {
  let out = code;
  for (const [find, replacement] of replace) {
    const count = out.split(find).length - 1;
    if (count !== 1) return { misfit: `"${find}" occurs ${count} times` };
    out = out.replace(find, () => replacement);
  }
  return { code: out };
}

/** Build one directory per mutant: a broken tree plus a copy of the spec that imports it. */
function prepare(exercise: Exercise, mutant: Mutant, dir: string, grading: boolean): string | undefined {
  // Only the broken file is copied; everything else it or its spec imports resolves to solutions/
  // (mutants/vitest.config.ts), so those modules are transformed and loaded once for all mutants.
  const target = join(dir, 'tree', exercise.file);
  mkdirSync(dirname(target), { recursive: true });
  const { code, misfit } = applyMutant(readFileSync(join(root, pathsOf(exercise).solution), 'utf8'), mutant.replace);
  if (code === undefined) return `${misfit} in ${pathsOf(exercise).solution}, expected once`;
  writeFileSync(target, code);
  mkdirSync(join(dir, 'spec'));
  symlinkSync(join(root, 'spec', 'support'), join(dir, 'spec', 'support'), 'dir');
  // Learner mode: the spec imports the broken tree directly. Grading mode: it keeps `@kata/`, which the
  // grading plugin of mutants/vitest.config.ts leads to this mutant's tree in the sandbox.
  const source = readFileSync(join(root, pathsOf(exercise).spec), 'utf8');
  const spec = grading ? source : source.replace(/(['"])@kata\//g, '$1../tree/');
  writeFileSync(join(dir, 'spec', `${exercise.id}.spec.ts`), spec);
  // The held-out checks of the exercise run on the mutant too, and must catch it.
  const heldOut = heldOutSpec(exercise);
  if (existsSync(heldOut)) {
    mkdirSync(join(dir, 'spec', 'held-out'));
    symlinkSync(join(root, 'spec', 'held-out', 'support'), join(dir, 'spec', 'held-out', 'support'), 'dir');
    const text = readFileSync(heldOut, 'utf8');
    writeFileSync(
      join(dir, 'spec', 'held-out', `${exercise.id}.spec.ts`),
      grading ? text : text.replace(/(['"])@kata\//g, '$1../../tree/'),
    );
  }
  return undefined;
}

/** The held-out spec of an exercise (a teacher's, spec/held-out/; it may not exist). */
export function heldOutSpec(exercise: Exercise): string {
  return join(root, 'spec', 'held-out', `${exercise.id}.spec.ts`);
}

/** Run every mutant of `exercises`: in learner mode (in vitest's process) or in grading mode (in the sandbox). */
export async function runMutants(exercises: Exercise[], timeoutMs = 60_000, grading = false): Promise<MutantOutcome[]> {
  // A fresh folder per run, so that two runs at once (two maintainers' shells) never collide.
  mkdirSync(join(root, '.kata'), { recursive: true });
  // What a run killed outright (SIGKILL) could not remove; an hour old, it is no other run's.
  for (const name of readdirSync(join(root, '.kata'))) {
    const old = join(root, '.kata', name);
    if (name.startsWith('mutants-') && Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, { recursive: true, force: true });
  }
  const workDir = mkdtempSync(join(root, '.kata', 'mutants-'));
  const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
  if (!process.env.KATA_KEEP_MUTANTS) process.once('exit', removeWorkDir); // also when verify is interrupted
  const planned: { exercise: Exercise; mutant: Mutant; dir: string; problem?: string }[] = [];
  for (const exercise of exercises) {
    loadMutants(exercise).forEach((mutant, i) => {
      const dir = join(workDir, `${exercise.id}.${i + 1}`);
      mkdirSync(dir);
      const problem = prepare(exercise, mutant, dir, grading);
      planned.push({ exercise, mutant, dir, ...(problem ? { problem } : {}) });
    });
  }
  if (planned.length === 0) {
    removeWorkDir();
    process.off('exit', removeWorkDir);
    return [];
  }

  const run = await runVitest({
    args: ['--config', join(root, 'mutants', 'vitest.config.ts')],
    env: { KATA_MUTANTS_DIR: relative(root, workDir), ...(grading ? { KATA_GRADING: '1' } : {}) },
    timeoutMs,
    companions: grading,
  });
  const byFile = new Map(run.files.map((f) => [f.file, f]));
  const outcomes = planned.map(({ exercise, mutant, dir, problem }) => {
    const file = byFile.get(join(relative(root, workDir), basename(dir), 'spec', `${exercise.id}.spec.ts`));
    const heldOut = existsSync(heldOutSpec(exercise))
      ? (byFile.get(join(relative(root, workDir), basename(dir), 'spec', 'held-out', `${exercise.id}.spec.ts`)) ?? null)
      : undefined;
    const verdict = judge(mutant, file, problem, run.timedOut, heldOut ?? undefined);
    if (
      !mutant.right &&
      verdict.ok &&
      heldOut !== undefined &&
      !(heldOut && (heldOut.status === 'failed' || heldOut.tests.some((t) => t.status === 'failed')))
    ) {
      return {
        exercise: exercise.id,
        mutant,
        ok: false,
        why: heldOut ? 'the public spec names it, but the held-out checks pass on it' : 'no result for the held-out spec',
      };
    }
    return {
      exercise: exercise.id,
      mutant,
      ...verdict,
      ...(verdict.ok && heldOut && !mutant.right ? { why: `${verdict.why}; the held-out checks catch it too` } : {}),
    };
  });
  if (!process.env.KATA_KEEP_MUTANTS) removeWorkDir();
  process.off('exit', removeWorkDir);
  return outcomes;
}

function judge(
  mutant: Mutant,
  file: FileResult | undefined,
  problem: string | undefined,
  timedOut: boolean,
  heldOut?: FileResult,
): { ok: boolean; why: string } {
  if (problem) return { ok: false, why: problem };
  if (!file) return { ok: false, why: timedOut ? 'the mutant run timed out' : 'no result for its spec' };
  if (mutant.right) {
    const rejected = [...file.tests, ...(heldOut?.tests ?? [])].filter((t) => t.status !== 'passed');
    return rejected.length === 0 && file.status === 'passed' && (!heldOut || heldOut.status === 'passed')
      ? { ok: true, why: 'right, and accepted: every public and held-out test passes' }
      : {
          ok: false,
          why: `right code rejected: ${rejected.map((t) => `"${t.name}": ${t.messages[0]?.split('\n')[0] ?? t.status}`).join('; ') || file.message}`,
        };
  }
  const expect = mutant.expect ?? '';
  const failures = file.tests.filter((t) => t.status === 'failed');
  if (failures.length === 0 && file.status !== 'failed') return { ok: false, why: 'the spec still passes: the mistake goes unnoticed' };
  const text = [file.message, ...failures.flatMap((t) => t.messages)].join('\n');
  if (!text.includes(expect)) {
    const first = (failures[0]?.messages[0] ?? file.message).split('\n').slice(0, 3).join(' | ');
    return { ok: false, why: `the spec fails, but no message says "${expect}"; first failure: ${first}` };
  }
  // Precision: every diagnosis shown must be this mutant's own mistake.
  const all = [...failures, ...(heldOut?.tests ?? [])];
  const named = all.flatMap((t) => t.mistakes.map((id) => ({ id, test: t })));
  if (mutant.unnamed) {
    return named.length === 0
      ? { ok: true, why: `${failures.length} failing test(s), none names a mistake (${mutant.unnamed})` }
      : {
          ok: false,
          why: `a false diagnosis: nothing fits this slip (${mutant.unnamed}), but ${named.map((n) => `"${n.test.name}" names ${n.id}`).join('; ')}`,
        };
  }
  const own = mutant.ids ?? ownIds(mutant, failures);
  const foreign = named.filter((n) => !own.includes(n.id));
  if (foreign.length > 0) {
    return {
      ok: false,
      why: `a false diagnosis: it is named "${expect}" (${own.join(', ') || 'no id'}), but ${foreign.map((f) => `"${f.test.name}" names ${f.id}`).join('; ')}`,
    };
  }
  // A name the mutant declares must really be given (a message that only happens to contain the words is not enough).
  if (mutant.ids && !failures.some((t) => t.mistakes.some((id) => mutant.ids!.includes(id)))) {
    return {
      ok: false,
      why: `no failing test names it by its id (${mutant.ids.join(', ')}); first failure: ${(failures[0]?.messages[0] ?? file.message).split('\n')[0]}`,
    };
  }
  // The name on the first failure a learner sees: a later one is read only after a screen of numbers.
  const first = failures[0];
  if (first && !mutant.late && !first.mistakes.some((id) => own.includes(id)) && !first.messages.some((m) => m.includes(expect))) {
    return { ok: false, why: `named late: the first failure, "${first.name}", says only ${(first.messages[0] ?? '').split('\n')[0]}` };
  }
  const followOn = checkFollowOn(mutant, all, own);
  if (followOn) return { ok: false, why: followOn };
  return {
    ok: true,
    why: `${failures.length} failing test(s) name it, none names another mistake${mutant.followOn ? `; the follow-on note only where the earlier mistake gives the value (${mutant.followOn.length} test(s))` : ''}`,
  };
}

/** The words of the follow-on note (spec/support/mistakes.ts, followsFrom), in both languages. */
const FOLLOW_ON = /above named a mistake|테스트가 실수 하나를 짚었습니다/;

/**
 * A follow-on note ("this failure likely follows from the mistake named above") must be one that
 * diagnose() checked — the earlier mistake, applied to this test's input, gives this value — and
 * blame this mutant's own mistake; with two mistakes planted, it appears exactly where `followOn` says.
 */
function checkFollowOn(mutant: Mutant, tests: FileResult['tests'], own: string[]): string | undefined {
  const unchecked = tests.filter((t) => !t.followsFrom && t.messages.some((m) => FOLLOW_ON.test(m)));
  if (unchecked.length > 0) return `a follow-on note that no model checked: ${unchecked.map((t) => `"${t.name}"`).join(', ')}`;
  const foreign = tests.filter((t) => t.followsFrom && !own.includes(t.followsFrom));
  if (foreign.length > 0)
    return `a follow-on note blames another mistake: ${foreign.map((t) => `"${t.name}" → ${t.followsFrom}`).join(', ')}`;
  if (!mutant.followOn) return undefined;
  const noted = tests.filter((t) => t.followsFrom);
  const unexpected = noted.filter((t) => !mutant.followOn!.some((f) => t.name.includes(f)));
  const missing = mutant.followOn.filter((f) => !noted.some((t) => t.name.includes(f)));
  if (unexpected.length > 0)
    return `a follow-on note where the earlier mistake does not explain the value: ${unexpected.map((t) => `"${t.name}" → ${t.followsFrom}`).join(', ')}`;
  if (missing.length > 0) return `no follow-on note where the earlier mistake gives the value: ${missing.map((f) => `"${f}"`).join(', ')}`;
  return undefined;
}

/** The ids of the mistakes whose words, shown in a failure message, contain the mutant's `expect`. */
function ownIds(mutant: Mutant, failures: FileResult['tests']): string[] {
  const ids = new Set<string>();
  for (const t of failures) {
    const message = t.messages.join('\n');
    if (mutant.expect && message.includes(mutant.expect)) for (const id of t.mistakes) ids.add(id);
  }
  return [...ids];
}

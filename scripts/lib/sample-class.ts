// A made-up class for trying the teacher's tools (verify's class report check, npm run bench, the
// screenshot in the notes): student repositories whose exercise files are, by a fixed pattern, the
// reference solution, a known mistake from mutants/ (the specs name it), an answer no mistake explains
// (WRONG below), the lookup table of lib/attacks.ts, or the untouched stub. Deterministic: the same
// call writes the same class.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOOKUPS } from './attacks';
import { type Exercise, pathsOf, root } from './curriculum';
import { loadMutants } from './mutants';

/** Wrong answers that no named mistake in the specs describes, as edits of the solution. */
const WRONG: Record<string, [string, string][]> = {
  '02-softmax': [['const exps = logits.map((z) => Math.exp(z - m));', 'const exps = logits.map(() => 1);']],
};

export type Work = 'solved' | 'stub' | 'lookup' | 'wrong' | { mutant: number };

function edited(code: string, edits: readonly [string, string][]): string | undefined {
  let out = code;
  for (const [find, by] of edits) {
    if (!out.includes(find)) return undefined;
    out = out.replace(find, by);
  }
  return out;
}

/** The file a student with `work` hands in for `e`; undefined keeps the stub. */
export function fileFor(e: Exercise, work: Work): string | undefined {
  const solution = readFileSync(join(root, pathsOf(e).solution), 'utf8');
  if (work === 'solved') return solution;
  if (work === 'lookup') return LOOKUPS[e.id] ?? solution;
  if (work === 'wrong') return WRONG[e.id] ? edited(solution, WRONG[e.id]!) : fileFor(e, { mutant: 1 });
  if (work === 'stub') return undefined;
  const mutants = loadMutants(e);
  for (let k = 0; k < mutants.length; k++) {
    const code = edited(solution, mutants[(work.mutant + k) % mutants.length]!.replace);
    if (code) return code;
  }
  return undefined;
}

/** Student i's work on exercise j of n students: mostly solved, some known mistakes, a few of the rest. */
export function patternWork(i: number, j: number): Work {
  const r = (i * 7 + j * 3) % 10;
  if (r < 4 || r === 9) return 'solved';
  if (r < 7) return { mutant: i + j };
  if (r === 7) return i % 3 === 0 ? 'stub' : 'solved';
  return 'wrong';
}

/** Write student repositories `dir/name/` as copies of `template` (a student template) with their work. */
export function writeClass(dir: string, template: string, exercises: readonly Exercise[], students: readonly { name: string; work: (e: Exercise, j: number) => Work }[]): void {
  for (const s of students) {
    const repo = join(dir, s.name);
    mkdirSync(repo, { recursive: true });
    for (const entry of readdirSync(template)) if (entry !== '.git' && entry !== 'node_modules') cpSync(join(template, entry), join(repo, entry), { recursive: true });
    exercises.forEach((e, j) => {
      const code = fileFor(e, s.work(e, j));
      if (code !== undefined) writeFileSync(join(repo, pathsOf(e).stub), code);
    });
  }
}

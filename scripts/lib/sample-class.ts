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

/**
 * An answer of their own, written differently from the reference (loops where it maps), that one student
 * hands in — and a classmate copies with every name changed (COPIED): the pair similarity must find.
 */
export const OWN_WAY: Record<string, string> = {
  '02-softmax': `export function softmax(logits: readonly number[]): number[] {
  if (!Array.isArray(logits)) throw new TypeError('softmax: logits must be an array');
  if (logits.length === 0) throw new RangeError('softmax: logits is empty');
  let largest = -Infinity;
  for (let k = 0; k < logits.length; k++) {
    const value = logits[k];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(\`softmax: logits[\${k}] is not a finite number\`);
    if (value > largest) largest = value;
  }
  const out = new Array<number>(logits.length);
  let total = 0;
  for (let k = 0; k < logits.length; k++) {
    out[k] = Math.exp(logits[k]! - largest);
    total += out[k]!;
  }
  for (let k = 0; k < out.length; k++) out[k] = out[k]! / total;
  return out;
}
`,
  '05-dense': `import { argmax } from '../01-argmax/argmax';
import { softmax } from '../02-softmax/softmax';

export function dense(weights: readonly (readonly number[])[], input: readonly number[]): number[] {
  if (!Array.isArray(input) || input.length === 0) throw new RangeError('dense: input must not be empty');
  if (!Array.isArray(weights) || weights.length === 0) throw new RangeError('dense: weights must not be empty');
  for (const [k, v] of input.entries()) if (!Number.isFinite(v)) throw new TypeError(\`dense: input[\${k}] is not finite\`);
  return weights.map((row, r) => {
    if (!Array.isArray(row) || row.length !== input.length) throw new RangeError(\`dense: weights[\${r}] needs \${input.length} entries\`);
    return row.reduce((acc, w, c) => {
      if (!Number.isFinite(w)) throw new TypeError(\`dense: weights[\${r}][\${c}] is not finite\`);
      return acc + w * input[c]!;
    }, 0);
  });
}

export function predict(weights: readonly (readonly number[])[], input: readonly number[]): number {
  return argmax(softmax(dense(weights, input)));
}
`,
};

/** OWN_WAY with every local name changed, as a student who copies and renames would. */
export function copied(code: string): string {
  const names: [RegExp, string][] = [[/\blargest\b/g, 'top'], [/\bout\b/g, 'probs'], [/\btotal\b/g, 'denom'], [/\bk\b/g, 'idx'], [/\bvalue\b/g, 'x'], [/\brow\b/g, 'line'], [/\bacc\b/g, 'sum'], [/\bw\b/g, 'weight'], [/\br\b/g, 'j'], [/\bc\b/g, 'i'], [/\bv\b/g, 'entry']];
  return names.reduce((text, [from, to]) => text.replace(from, to), code);
}

/** Where SYNTAX breaks a solution: the first `return` becomes `return return` (on that line). */
export function syntaxError(solution: string): { code: string; line: number } {
  const at = solution.indexOf('  return ');
  return { code: `${solution.slice(0, at)}  return return ${solution.slice(at + 9)}`, line: solution.slice(0, at).split('\n').length };
}

/** An endless loop before the last `return` of the file's outermost function (after its argument checks). */
export function endlessLoop(solution: string): string {
  const at = solution.lastIndexOf('\n  return ');
  return `${solution.slice(0, at)}\n  for (;;) { /* thinking */ }${solution.slice(at)}`;
}

export type Work = 'solved' | 'stub' | 'lookup' | 'wrong' | 'syntax' | 'loop' | 'own-way' | 'copied' | { mutant: number };

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
  if (work === 'syntax') return syntaxError(solution).code;
  if (work === 'loop') return endlessLoop(solution);
  if (work === 'own-way' || work === 'copied') return OWN_WAY[e.id] ? (work === 'copied' ? copied(OWN_WAY[e.id]!) : OWN_WAY[e.id]) : solution;
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
export function writeClass(dir: string, template: string, exercises: readonly Exercise[], students: readonly { name: string; work: (e: Exercise, j: number) => Work; after?: (repo: string) => void }[]): void {
  for (const s of students) {
    const repo = join(dir, s.name);
    mkdirSync(repo, { recursive: true });
    for (const entry of readdirSync(template)) if (entry !== '.git' && entry !== 'node_modules') cpSync(join(template, entry), join(repo, entry), { recursive: true });
    exercises.forEach((e, j) => {
      const code = fileFor(e, s.work(e, j));
      if (code !== undefined) writeFileSync(join(repo, pathsOf(e).stub), code);
    });
    s.after?.(repo);
  }
}

// --similarity: which submissions look alike. Every pair of submissions of each exercise is compared with
// Dolos (@dodona/dolos-lib, the similarity tool of the Dodona platform: tree-sitter parses TypeScript,
// winnowed k-grams of the syntax tree, so renamed variables and moved whitespace change nothing).
//   * The stub's own code is ignored (Dolos's ignored file): every student starts from it.
//   * Code that more than half of the submissions share is common ground (the natural way to write it),
//     not evidence: Dolos ignores fingerprints found in more than max(2, ⌊n/2⌋) of the n files.
//   * Pairs at or above THRESHOLD are listed, with the shared lines side by side.
// Similarity is a reason to look, never a verdict: the report says so where it lists them.
//
// Dolos builds native parsers when installed, so it is not a dependency of the kata (a learner's npm ci
// never builds it): it is installed on demand into .kata/similarity (KATA_DOLOS_DIR to use another
// folder), pinned, the first time a teacher asks for --similarity. It runs in a child process of its own
// (similarity-child.mjs), with the code passed on stdin and a time limit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Exercise } from '../../core/curriculum.ts';
import type { Say } from '../../core/language.ts';

export const DOLOS_VERSION = '3.5.1';
export const THRESHOLD = 0.6;
const LIMIT_MS = 120_000;

export interface Submission {
  student: string;
  exercise: string;
  code: string;
}

export interface SimilarPair {
  exercise: string;
  left: string;
  right: string;
  similarity: number;
  /** The shared code, side by side: the left student's lines and the right student's, with line numbers. */
  blocks: { left: { from: number; lines: string[] }; right: { from: number; lines: string[] } }[];
}

export interface Similarity {
  threshold: number;
  pairs: SimilarPair[];
  /** How many submissions were compared, over how many exercises. */
  submissions: number;
  seconds: number;
  error?: string;
}

export type Dolos = { dir: string } | { error: string };

/** The command a teacher runs by hand to install Dolos where --similarity looks for it. */
export function installCommand(dir: string): string {
  return `npm install --no-audit --no-fund --prefix ${relative(process.cwd(), dir) || '.'} @dodona/dolos-lib@${DOLOS_VERSION}`;
}

/** Dolos, installed in its side folder (installing it now if it is not). */
export async function ensureDolos(root: string, say: Say): Promise<Dolos> {
  const dir = process.env.KATA_DOLOS_DIR || join(root, '.kata', 'similarity');
  const installed = join(dir, 'node_modules', '@dodona', 'dolos-lib', 'package.json');
  if (existsSync(installed)) return { dir };
  console.log(
    say(
      `--similarity: installing Dolos (@dodona/dolos-lib ${DOLOS_VERSION}) into ${relative(process.cwd(), dir)} — once; it builds its tree-sitter parsers (a C compiler and Python are needed), a few minutes:\n  ${installCommand(dir)}`,
      `--similarity: Dolos(@dodona/dolos-lib ${DOLOS_VERSION})를 ${relative(process.cwd(), dir)}에 설치합니다 — 한 번만; tree-sitter 파서를 빌드하므로(C 컴파일러와 Python 필요) 몇 분 걸립니다:\n  ${installCommand(dir)}`,
    ),
  );
  mkdirSync(dir, { recursive: true });
  // Its own package.json: the pin, and the three packages whose install scripts build the parsers.
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'kata-similarity', private: true, description: 'Dolos for npm run grade -- --each DIR --similarity (installed on demand; not part of the kata)', dependencies: { '@dodona/dolos-lib': DOLOS_VERSION }, allowScripts: { '@dodona/dolos-parsers': true, 'tree-sitter': true, 'tree-sitter-compat': true } }, null, 2)}\n`,
  );
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 20 * 60_000,
  });
  if (run.status === 0 && existsSync(installed)) return { dir };
  return {
    error: say(
      `Dolos could not be installed, so there is no similarity section. Install it by hand and run again:\n  ${installCommand(dir)}`,
      `Dolos를 설치하지 못해 유사도 부분이 없습니다. 직접 설치하고 다시 실행하세요:\n  ${installCommand(dir)}`,
    ),
  };
}

/** Lines [from, to] (0-based rows, inclusive) of `code`, numbered from 1. */
function linesOf(code: string, from: number, to: number): { from: number; lines: string[] } {
  return { from: from + 1, lines: code.split('\n').slice(from, Math.min(to, from + 40) + 1) };
}

/** Ranges that overlap or touch, merged. */
function merge(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export async function compareSubmissions(
  dolos: Dolos,
  submissions: readonly Submission[],
  columns: readonly Exercise[],
  root: string,
  say: Say,
): Promise<Similarity> {
  const started = Date.now();
  const empty = (error: string): Similarity => ({
    threshold: THRESHOLD,
    pairs: [],
    submissions: submissions.length,
    seconds: (Date.now() - started) / 1000,
    error,
  });
  if ('error' in dolos) return empty(dolos.error);
  const exercises = columns.map((x) => {
    const stubFile = join(root, 'exercises', x.file);
    const ignored = existsSync(stubFile) ? readFileSync(stubFile, 'utf8') : '';
    // A file that is still the stub is no submission.
    const files = submissions
      .filter((s) => s.exercise === x.id && s.code.trim() !== ignored.trim())
      .map((s) => ({ student: s.student, code: s.code }));
    return { id: x.id, ignored, maxCount: Math.max(2, Math.floor(files.length / 2)), files };
  });
  const child = spawn(process.execPath, [join(import.meta.dirname, 'similarity-child.mjs'), dolos.dir], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {},
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, LIMIT_MS);
  child.stdin.on('error', () => {}); // a child that died early: its exit says why
  child.stdin.end(JSON.stringify({ exercises }));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  type Raw = {
    exercise: string;
    left: string;
    right: string;
    similarity: number;
    fragments: { left: [number, number]; right: [number, number] }[];
  };
  let raw: Raw[];
  try {
    if (code !== 0) throw new Error(err.trim().split('\n').slice(-3).join(' | ') || `exit ${code}`);
    raw = (JSON.parse(out) as { pairs: Raw[] }).pairs;
  } catch (error) {
    return empty(
      say(
        `Dolos failed, so there is no similarity section: ${error instanceof Error ? error.message : String(error)}`,
        `Dolos가 실패해 유사도 부분이 없습니다: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
  const codeOf = (student: string, exercise: string) =>
    submissions.find((s) => s.student === student && s.exercise === exercise)?.code ?? '';
  const pairs = raw
    .filter((p) => p.similarity >= THRESHOLD)
    .map((p): SimilarPair => {
      const [left, right] = [p.left, p.right].sort() as [string, string];
      const swap = left !== p.left;
      const sides = p.fragments.map((f) => (swap ? { left: f.right, right: f.left } : f));
      const lefts = merge(sides.map((f) => f.left));
      const rights = merge(sides.map((f) => f.right));
      const blocks = lefts.map((l, i) => ({
        left: linesOf(codeOf(left, p.exercise), l[0], l[1]),
        right: linesOf(
          codeOf(right, p.exercise),
          (rights[i] ?? rights[rights.length - 1] ?? l)[0],
          (rights[i] ?? rights[rights.length - 1] ?? l)[1],
        ),
      }));
      return { exercise: p.exercise, left, right, similarity: p.similarity, blocks };
    })
    .sort((a, b) => b.similarity - a.similarity || a.exercise.localeCompare(b.exercise));
  return {
    threshold: THRESHOLD,
    pairs,
    submissions: exercises.reduce((s, e) => s + e.files.length, 0),
    seconds: (Date.now() - started) / 1000,
  };
}

// Tamper evidence for an exported assignment. `npm run export` writes kata.json: what is assigned,
// what is provided, and the SHA-256 of every file the grading depends on (the assigned specs,
// spec/support, vitest.config.ts, the scripts, package.json and its lock, curriculum.json, the
// provided code). Grading compares a repository's files with such a manifest and lists every
// difference; an exercise whose spec differs gets 0 points.
//
// A manifest inside the student's repository is only as trustworthy as that repository, so two more
// things back it up: the classroom workflow carries the manifest's own hash (the "seal",
// KATA_MANIFEST_SHA256), so a rewritten kata.json must come with an edited workflow, which GitHub
// Classroom's protected paths flag; and `npm run grade -- --each` run from the teacher's own copy of
// the template compares every student's files with the teacher's manifest, which no student can touch.
import { createHash } from 'node:crypto';
import { type Dirent, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Selection } from './selection.ts';

export const MANIFEST_FILE = 'kata.json';
export const WORKFLOW_FILE = '.github/workflows/classroom.yml';
export const SEAL_ENV = 'KATA_MANIFEST_SHA256';
export const MANIFEST_FORMAT = 'deep-learning-kata/assignment@1';

/** kata.json */
export interface Assignment {
  format: typeof MANIFEST_FORMAT;
  /** How the teacher chose: --chapters and/or --exercises. */
  selection: Selection;
  /** The exercises to do, graded. */
  assigned: string[];
  /** Exercises the assigned ones import, given as working code; not graded. */
  provided: string[];
  /** The kata commit the export was made from, and whether the working tree had changes. */
  exportedFrom: { commit: string | null; uncommittedChanges: boolean };
  /** path (relative, with /) → SHA-256 of the file, line endings normalised to \n. */
  files: Record<string, string>;
  /** Where the course grades (npm run export -- --platform); absent in older exports (legacy Classroom). */
  platform?: string;
  /** The workflow that grades in the student's repository and carries the seal; null: none. */
  workflow?: string | null;
}

/** The grading workflow of an assignment: its own, else the legacy Classroom one; undefined when it has none. */
export function workflowOf(assignment: Pick<Assignment, 'workflow'>): string | undefined {
  return assignment.workflow === undefined ? WORKFLOW_FILE : (assignment.workflow ?? undefined);
}

/**
 * What a changed file is to the grading: a spec (its exercise), spec support code, the grader itself
 * (scripts, configuration, package.json and its lock, curriculum.json), a provided exercise, the
 * manifest, the workflow, or a root dotfile that npm, Node or vite would read (.npmrc, .env …).
 */
export type ChangeKind = 'spec' | 'support' | 'grading' | 'config' | 'provided' | 'manifest' | 'workflow';

export interface Tampered {
  file: string;
  change: 'modified' | 'missing' | 'added';
  kind: ChangeKind;
  /** For a spec: the exercise that gets 0 points. */
  exercise?: string;
}

/**
 * Folders where a file the manifest does not list is suspicious in itself. Only the workflows of
 * .github/: GitHub Classroom's own commits may add other files there (e.g. .github/.keep).
 */
const WATCHED_DIRS = ['spec', 'scripts', '.github/workflows'];

/**
 * The two files Classroom 50's `gh student accept` adds to every student repository in its accept
 * commit (runner.py's ACCEPT_COMMIT_PATHS): its marker and its workflow. Nothing of the grading reads
 * them, so in a Classroom 50 assignment they are expected, not changes.
 */
export const CLASSROOM50_ACCEPT_FILES: readonly string[] = ['.classroom50.yaml', '.github/workflows/autograde.yaml'];
const expectedAdditions = (assignment: Pick<Assignment, 'platform'>) =>
  assignment.platform === 'classroom50' ? CLASSROOM50_ACCEPT_FILES : [];

/**
 * Root dotfiles that no tool of the grading reads: an editor's, git's, the operating system's. Any
 * other file at the root whose name starts with a dot (.npmrc, .env, .yarnrc …) may change how npm,
 * Node or vite run the grader, so it counts as a change to the grading itself.
 */
const HARMLESS_DOTFILES =
  /^\.(gitignore|gitattributes|gitkeep|editorconfig|DS_Store|nvmrc|node-version|prettierrc(\..+)?|prettierignore|eslintrc(\..+)?|eslintignore|markdownlint.*)$/;
/** Files at the root that npm reads in place of, or beside, package-lock.json (npm ci prefers a shrinkwrap). */
export const NPM_READS = ['npm-shrinkwrap.json', 'yarn.lock'];
/** The same rule as text, for the workflow's own check (lib/grading/platforms/workflow-check.ts). */
export const HARMLESS_DOTFILES_SOURCE = HARMLESS_DOTFILES.source;

const MAX_HASHED_BYTES = 50_000_000;

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The hash of a file as the manifest records it. Text is hashed with \r\n turned into \n, so that a
 * checkout on Windows (core.autocrlf) does not look like tampering; binary files are hashed as they are.
 */
export function hashFile(path: string): string {
  // Never read through a link, a folder, a device or a pipe (kata.json → /dev/stdin would wait forever),
  // nor a file too large to be part of the kata: their "hash" matches nothing.
  const stat = lstatSync(path);
  if (!stat.isFile()) return `not a regular file: ${stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'special'}`;
  if (stat.size > MAX_HASHED_BYTES) return `larger than ${MAX_HASHED_BYTES} bytes`;
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return sha256(bytes);
  return sha256(bytes.toString('utf8').replace(/\r\n/g, '\n'));
}

/** JSON with sorted keys and no spacing: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The seal: the hash of the manifest's content (not of its formatting). */
export function sealOf(assignment: Assignment): string {
  return sha256(canonicalJson(assignment));
}

export type ManifestRead = { ok: true; assignment: Assignment; path: string } | { ok: false; path: string; error: string } | undefined;

/** kata.json of `dir`: undefined when there is none, an error when it does not parse or is not one. */
export function readAssignment(dir: string): ManifestRead {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path) && !isLink(path)) return undefined;
  return parseAssignment(path);
}

export function parseAssignment(path: string): Exclude<ManifestRead, undefined> {
  try {
    if (!lstatSync(path).isFile()) return { ok: false, path, error: 'not a regular file (a link, a folder or a device)' };
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Assignment>;
    if (
      value.format !== MANIFEST_FORMAT ||
      !Array.isArray(value.assigned) ||
      !Array.isArray(value.provided) ||
      !value.files ||
      typeof value.files !== 'object'
    ) {
      return { ok: false, path, error: `not a ${MANIFEST_FORMAT} manifest` };
    }
    return { ok: true, assignment: value as Assignment, path };
  } catch (error) {
    return { ok: false, path, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What a file is to the grading. */
export function kindOf(file: string, assignment: Pick<Assignment, 'assigned' | 'provided'>): { kind: ChangeKind; exercise?: string } {
  const spec = /^spec\/(\d\d-[a-z0-9-]+)\.spec\.ts$/.exec(file);
  if (spec && assignment.assigned.includes(spec[1]!)) return { kind: 'spec', exercise: spec[1]! };
  if (file.startsWith('spec/')) return { kind: 'support' };
  if (file === MANIFEST_FILE) return { kind: 'manifest' };
  if (file.startsWith('.github/')) return { kind: 'workflow' };
  if (/^\.[^/]+$/.test(file)) return { kind: 'config' };
  const provided = /^exercises\/(\d\d-[a-z0-9-]+)\//.exec(file);
  if (provided && assignment.provided.includes(provided[1]!)) return { kind: 'provided', exercise: provided[1]! };
  return { kind: 'grading' };
}

/**
 * Which exercises a set of changes costs their points, when a student's repository grades itself
 * (their own workflow, `npm run grade` in their clone): a changed spec, its exercise; a changed
 * provided exercise, every assigned exercise that builds on it; anything that runs in the grader or
 * decides how it runs (spec support code, scripts, configuration, package.json, the lock, a root
 * dotfile such as .npmrc, kata.json), every exercise. A changed workflow is only flagged here: the
 * workflow carries the seal, and a teacher's regrade never uses the student's.
 */
export function zeroedBy(
  tampered: readonly Tampered[],
  assignment: Pick<Assignment, 'assigned'>,
  dependsOn: (id: string) => readonly string[],
): { all: boolean; exercises: Map<string, Tampered> } {
  const exercises = new Map<string, Tampered>();
  let all = false;
  const builtOn = (id: string, on: string, seen = new Set<string>()): boolean =>
    dependsOn(id).some((d) => {
      if (d === on) return true;
      if (seen.has(d)) return false;
      seen.add(d);
      return builtOn(d, on, seen);
    });
  for (const t of tampered) {
    if (t.kind === 'workflow') continue;
    if (t.kind === 'spec' && t.exercise) exercises.set(t.exercise, exercises.get(t.exercise) ?? t);
    else if (t.kind === 'provided' && t.exercise) {
      for (const id of assignment.assigned) if (builtOn(id, t.exercise) && !exercises.has(id)) exercises.set(id, t);
    } else all = true;
  }
  return { all, exercises };
}

/** Every file under `dir`/`sub`, relative to `dir`, with / separators (node_modules skipped). */
export function listFiles(dir: string, sub: string): string[] {
  const start = join(dir, sub);
  if (!existsSync(start) && !isLink(start)) return [];
  const out: string[] = [];
  const walk = (path: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return void out.push(`${relative(dir, path).split(sep).join('/')}/`); // unreadable: reported as it is
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  // lstat: a link named spec/ is listed, never followed (it may lead to /proc).
  if (lstatSync(start).isDirectory()) walk(start);
  else out.push(sub);
  return out.sort();
}

/**
 * Compare the files of repository `dir` with a manifest: every file that differs, is missing, or
 * was added where only listed files belong (spec/, scripts/, .github/workflows/; the classroom
 * workflow itself is compared separately, since it carries the seal).
 */
export function compareWithManifest(dir: string, assignment: Assignment): Tampered[] {
  const out: Tampered[] = [];
  for (const [file, hash] of Object.entries(assignment.files).sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(dir, file);
    // A link or a folder where the file belongs is a change too (and never followed or read).
    const stat = existsSync(path) || isLink(path) ? lstatSync(path) : undefined;
    const change = !stat ? 'missing' : !stat.isFile() || hashFile(path) !== hash ? 'modified' : undefined;
    if (change) out.push({ file, change, ...kindOf(file, assignment) });
  }
  for (const file of strayEntries(dir, assignment))
    if (!out.some((t) => t.file === file)) out.push({ file, change: 'added', ...kindOf(file, assignment) });
  const expected = expectedAdditions(assignment);
  for (const sub of WATCHED_DIRS) {
    for (const file of listFiles(dir, sub)) {
      if (file === workflowOf(assignment) || file in assignment.files || expected.includes(file)) continue;
      out.push({ file, change: 'added', ...kindOf(file, assignment) });
    }
  }
  for (const file of rootDotfiles(dir))
    if (!(file in assignment.files) && !expected.includes(file)) out.push({ file, change: 'added', kind: 'config' });
  for (const file of NPM_READS)
    if ((existsSync(join(dir, file)) || isLink(join(dir, file))) && !(file in assignment.files))
      out.push({ file, change: 'added', kind: 'grading' });
  return out;
}

/**
 * What Node or vite could load instead of the real thing: a node_modules folder anywhere but the root
 * (Node looks in the nearest one first: spec/node_modules/fast-check would replace the real one), and
 * any link outside the assigned exercises (the grader never follows those: compile.mjs, regrade.ts).
 */
export function strayEntries(dir: string, assignment: Pick<Assignment, 'assigned'>): string[] {
  const out: string[] = [];
  const own = new Set(assignment.assigned.map((id) => `exercises/${id}/`));
  const walk = (sub: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, sub), { withFileTypes: true });
    } catch {
      return void out.push(`${sub}/`);
    }
    for (const entry of entries) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      // The student's own exercise folders: the grader compiles their source files and nothing else there.
      if (path === 'node_modules' || path === '.git' || own.has(`${path}/`)) continue;
      if (entry.isSymbolicLink()) out.push(path);
      else if (entry.isDirectory()) {
        if (entry.name === 'node_modules') out.push(`${path}/`);
        else walk(path);
      }
    }
  };
  walk('');
  return out.sort();
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Files at the root of `dir` whose names start with a dot and that a tool of the grading might read. */
export function rootDotfiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name.startsWith('.') && !HARMLESS_DOTFILES.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** The manifest's entry for every file an export lists: path → hash, sorted. */
export function hashAll(dir: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries([...files].sort().map((f) => [f, hashFile(join(dir, f))]));
}

/** A student's copy of an assignment: kata.json, and no held-out checks (the teacher's kit has them). */
export function isStudentCopy(dir: string): boolean {
  return existsSync(join(dir, MANIFEST_FILE)) && !existsSync(join(dir, 'spec', 'held-out'));
}

/** What a student is told once the public checks pass: they are not the whole grade. */
export const HELD_OUT_NOTICE = {
  en: "public checks passed; your teacher's held-out checks run when grading",
  ko: '공개 검사 통과, 선생님의 비공개 검사는 채점할 때 실행됩니다',
};

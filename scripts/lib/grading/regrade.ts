// The teacher's regrade (`npm run grade -- --target STUDENT` and `--each DIR`): a student is graded
// from the teacher's own copy of the export — its specs, support code, configuration, scripts and
// node_modules — taking from the student's repository nothing but the assigned exercise files.
// Those are copied (regular files only, no links, at most 1 MB each) into a scratch tree, next to the
// teacher's own copy of the provided exercises, and that tree is what the sandbox runs. The student's
// spec/, configuration, package.json, .npmrc and node_modules are never read, let alone run; how they
// differ from the teacher's kata.json is reported, for the teacher to see.
//
// Before grading, the teacher's own folder is checked: against its kata.json (a changed spec or script
// there would bend every grade) and node_modules against the lock file. A fingerprint of the folder
// (every file's size, time and inode) is taken, compared again after the class, so a grader that wrote
// anywhere in it would be caught.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Curriculum } from '../core/curriculum.ts';
import { SelectionError } from './selection.ts';
import { type Assignment, compareWithManifest, hashFile, readAssignment, sha256, type Tampered } from './assignment.ts';

const MAX_FILE_BYTES = 1_000_000;

/** What the regrade takes from where, for one assignment. */
export interface Pristine {
  /** The teacher's folder (the export, or this repository). */
  root: string;
  /** The teacher's kata.json, when the folder is an export. */
  assignment?: Assignment;
  /** Exercises taken from the student. */
  fromStudent: string[];
  /** Exercises taken from the teacher's folder (provided code). */
  fromTeacher: string[];
}

export function pristineOf(root: string, curriculum: Curriculum, selected: readonly string[]): Pristine {
  const read = readAssignment(root);
  if (read && !read.ok) throw new Error(`${read.path}: ${read.error}`);
  if (read?.ok) return { root, assignment: read.assignment, fromStudent: read.assignment.assigned, fromTeacher: read.assignment.provided };
  // This repository itself (no kata.json): every exercise is the student's own, the selected ones and
  // those they build on.
  const needed = new Set(selected);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of curriculum.exercises) {
      if (!needed.has(e.id)) continue;
      for (const d of e.dependsOn) {
        if (needed.has(d)) continue;
        needed.add(d);
        grew = true;
      }
    }
  }
  return { root, fromStudent: curriculum.exercises.filter((e) => needed.has(e.id)).map((e) => e.id), fromTeacher: [] };
}

/** Problems of the teacher's own folder that make any regrade meaningless. */
export function teacherProblems(p: Pristine): string[] {
  const out: string[] = [];
  // A teacher's kit also holds the held-out checks, with their hashes in held-out.json.
  const heldOutFile = join(p.root, 'held-out.json');
  const heldOut = existsSync(heldOutFile) ? (JSON.parse(readFileSync(heldOutFile, 'utf8')) as { files: Record<string, string> }).files : {};
  for (const [file, hash] of Object.entries(heldOut)) {
    if (!existsSync(join(p.root, file))) out.push(`${file} is missing (held-out.json)`);
    else if (hashFile(join(p.root, file)) !== hash) out.push(`${file} differs from held-out.json`);
  }
  if (p.assignment) {
    for (const t of compareWithManifest(p.root, p.assignment)) {
      if (t.kind === 'workflow' || t.kind === 'config') continue; // not read by a regrade
      if (t.change === 'added' && t.file in heldOut) continue;
      out.push(`${t.file} (${t.change}) differs from kata.json`);
    }
  }
  out.push(...nodeModulesProblems(p.root));
  return out;
}

/** node_modules against package-lock.json: every locked package installed, at its locked version. */
export function nodeModulesProblems(root: string): string[] {
  const lockFile = join(root, 'package-lock.json');
  if (!existsSync(lockFile)) return ['package-lock.json is missing'];
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as {
    packages?: Record<string, { version?: string; optional?: boolean; dev?: boolean }>;
  };
  const out: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path.startsWith('node_modules/') || !entry.version) continue;
    const manifest = join(root, path, 'package.json');
    if (!existsSync(manifest)) {
      if (!entry.optional) out.push(`${path} is not installed (npm ci)`);
      continue;
    }
    const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
    if (version !== entry.version) out.push(`${path} is ${version}, the lock says ${entry.version}`);
  }
  return out.slice(0, 20);
}

/**
 * The student's part of the tree to grade, copied into `out`: their files of `fromStudent`, the
 * teacher's of `fromTeacher`. Returns the files that were left out, and why. Nothing is followed out
 * of the student's repository: a link on the way to a file (the repository, exercises/, an exercise's
 * folder, the file) is refused — for the first two the whole student (NotGradable), else that file.
 */
export function assembleTree(student: string, p: Pristine, out: string): { skipped: string[] } {
  for (const [path, shown] of [
    [student, 'the repository folder'],
    [join(student, 'exercises'), 'exercises/'],
  ] as const) {
    if (existsSync(path) && lstatSync(path).isSymbolicLink())
      throw new NotGradable(`${shown} is a link`, `${shown === 'exercises/' ? 'exercises/' : '저장소 폴더'}가 링크입니다`);
  }
  const skipped: string[] = [];
  const copyFolder = (from: string, id: string, own: boolean) => {
    const dir = join(from, 'exercises', id);
    if (!lstatOrUndefined(dir)) return;
    if (!lstatSync(dir).isDirectory()) {
      if (own) skipped.push(`exercises/${id}: ${lstatSync(dir).isSymbolicLink() ? 'a link' : 'not a folder'}, not followed`);
      return;
    }
    mkdirSync(join(out, id), { recursive: true });
    for (const entry of readdirSync(dir)) {
      if (!/\.(ts|mts|js|mjs)$/.test(entry)) continue;
      const file = join(dir, entry);
      const stat = lstatSync(file);
      if (!stat.isFile())
        skipped.push(`exercises/${id}/${entry}: ${stat.isSymbolicLink() ? 'a link' : 'not a regular file'}, not followed`);
      else if (stat.size > MAX_FILE_BYTES) skipped.push(`exercises/${id}/${entry}: larger than 1 MB`);
      else copyFileSync(file, join(out, id, entry));
    }
  };
  mkdirSync(out, { recursive: true });
  for (const id of p.fromStudent) copyFolder(student, id, true);
  for (const id of p.fromTeacher) copyFolder(p.root, id, false);
  return { skipped };
}

/** A student repository the regrade refuses as a whole (its row says why; every other student is graded). */
export class NotGradable extends SelectionError {}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** How the student's repository differs from the teacher's kata.json (reported, not used). */
export function studentChanges(student: string, p: Pristine): Tampered[] {
  return p.assignment ? compareWithManifest(student, p.assignment) : [];
}

/** A fingerprint of every file under `dir` (size, modification time, inode), to see that nothing changed. */
export function fingerprint(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (skip(path)) continue;
      const stat = lstatSync(join(dir, path));
      if (entry.isDirectory()) walk(path);
      else out.set(path, `${stat.size}:${stat.mtimeMs}:${stat.ino}`);
    }
  };
  walk('');
  return out;
}

/** Every file under `dir` (links not followed; node_modules and .git left out) with the hash of its content. */
export function contentHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path] of fingerprint(dir, (p) => p === 'node_modules' || p === '.git')) {
    try {
      out.set(path, sha256(readFileSync(join(dir, path))));
    } catch {
      out.set(path, 'unreadable');
    }
  }
  return out;
}

/** The files that differ between two fingerprints. */
export function fingerprintChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [path, v] of after) if (before.get(path) !== v) out.push(before.has(path) ? `${path} changed` : `${path} added`);
  for (const path of before.keys()) if (!after.has(path)) out.push(`${path} removed`);
  return out.sort();
}

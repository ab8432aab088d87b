// A Gradescope submission as a student repository: Gradescope puts what the student uploaded in
// /autograder/submission/ — a whole repository, or loose files. Each exercise's file is found by its
// name (softmax.ts for 02-softmax), preferring the path the assignment gives it, and copied into a new
// folder laid out like a repository (exercises/02-softmax/softmax.ts), which the regrade then reads
// like any student's. Only regular files of at most 1 MB; links and everything else are ignored.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Exercise } from '../../core/curriculum.ts';

const MAX_FILE_BYTES = 1_000_000;

/** Every regular file under `dir` (relative paths with /), skipping node_modules and .git. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') walk(path);
      } else if (entry.isFile() && lstatSync(join(dir, path)).size <= MAX_FILE_BYTES) out.push(path);
    }
  };
  if (existsSync(dir)) walk('');
  return out;
}

/** Copy the files of `exercises` found in `submission` into `into`/exercises/; what was found, what not. */
export function collectSubmission(
  submission: string,
  exercises: readonly Exercise[],
  into: string,
): { found: string[]; missing: string[] } {
  const all = files(submission);
  const found: string[] = [];
  const missing: string[] = [];
  for (const e of exercises) {
    const name = basename(e.file);
    const candidates = all.filter((f) => basename(f) === name);
    const best =
      candidates.find((f) => f.endsWith(`exercises/${e.file}`)) ??
      candidates.find((f) => f.endsWith(e.file)) ??
      candidates.sort((a, b) => a.length - b.length)[0];
    if (!best) {
      missing.push(e.file);
      continue;
    }
    const target = join(into, 'exercises', ...e.file.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(submission, best), target);
    found.push(relative(submission, join(submission, best)).split(sep).join('/'));
  }
  mkdirSync(join(into, 'exercises'), { recursive: true });
  return { found, missing };
}

// The student template of an export (npm run export): stubs and instructions of the assigned exercises,
// working code of the ones they build on, and what the specs and learner commands need — followed through
// their imports, never a reference solution, mutant or held-out check.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { type Curriculum, type Exercise, pathsOf, root } from '../core/curriculum.ts';
import { isStub } from '../core/exports.ts';
import { josa } from '../core/josa.ts';
import { timeLimitSeconds } from '../core/time-limit.ts';
import type { Say } from '../core/language.ts';
import { importsOf } from './imports.ts';
import { SelectionError } from './selection.ts';
import type { Platform } from './platforms/kit.ts';
import { gradingText } from './platforms/student-text.ts';

/** The learner commands a student repository keeps (everything else in package.json "scripts" is the maintainers'). */
const STUDENT_SCRIPTS = ['test', 'typecheck', 'watch', 'ui', 'progress', 'hint', 'reset', 'grade'];
/** The scripts those commands run; their imports are followed to find the rest. */
const SCRIPT_ENTRIES = [
  'scripts/test.mjs',
  'scripts/progress.ts',
  'scripts/hint.ts',
  'scripts/reset.ts',
  'scripts/watch.ts',
  'scripts/grade.ts',
];
/** Never part of a student repository. */
const FORBIDDEN = /^(solutions|mutants|article|\.kata|\.ci|node_modules)\//;

export type Files = Map<string, string>;

export function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export function git(cwd: string, ...gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The stub of an exercise: the working-tree file if it still is one, else the committed one. */
function stubOf(exercise: Exercise, say: Say): string {
  const path = pathsOf(exercise).stub;
  const current = existsSync(join(root, path)) ? read(path) : undefined;
  if (current !== undefined && isStub(current, path)) return current;
  try {
    const committed = git(root, 'show', `HEAD:${path}`);
    if (isStub(committed, path)) {
      console.log(
        say(
          `  note: ${path} is not a stub here (solved in this checkout?); exporting the committed stub`,
          `  참고: 여기의 ${josa(path, '은/는')} 스텁이 아닙니다(이 체크아웃에서 풀었나요?). 커밋된 스텁을 내보냅니다`,
        ),
      );
      return `${committed}\n`;
    }
  } catch {
    // not committed
  }
  throw new SelectionError(
    `${path} is not a stub (every exported function must throw "not implemented"), and no stub of it is committed`,
    `${josa(path, '은/는')} 스텁이 아니고(내보내는 함수가 모두 "not implemented"를 던져야 함), 커밋된 스텁도 없습니다`,
  );
}

/**
 * The given files and what they need, followed to the end (inside the repository): relative imports,
 * and files named next to them in a string, like `join(import.meta.dirname, 'child.mjs')`.
 */
function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  const isFile = (c: string) => !c.startsWith('..') && existsSync(join(root, c)) && statSync(join(root, c)).isFile();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = read(file);
    for (const specifier of importsOf(code)) {
      if (!specifier.startsWith('.')) continue;
      const base = posix.normalize(posix.join(posix.dirname(file), specifier));
      const found = [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, `${base}/index.ts`].find(isFile);
      if (found) queue.push(found);
    }
    for (const [, name] of code.matchAll(/['"`]([\w.-]+\.(?:mjs|cjs|js|ts))['"`]/g)) {
      const sibling = posix.join(posix.dirname(file), name!);
      if (isFile(sibling)) queue.push(sibling);
    }
  }
  return [...seen].sort();
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      const p = posix.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`template value ${key} missing`);
    return values[key]!;
  });
}

/** Links to exercises that are not in the repository become plain text. */
function unlinkMissing(markdown: string, present: ReadonlySet<string>): string {
  return markdown.replace(/\[([^\]]+)\]\(\.\.\/(\d\d-[a-z0-9-]+)\/README(?:\.ko)?\.md\)/g, (link, text: string, id: string) =>
    present.has(id) ? link : text,
  );
}

function providedBanner(users: string[]): string {
  const rule = `// ${'─'.repeat(96)}`;
  return [
    rule,
    `// PROVIDED — working code, not part of this assignment: ${users.join(', ')} ${users.length > 1 ? 'import' : 'imports'} it.`,
    `// 제공된 코드 — 이 과제에 포함되지 않은 연습의 완성된 코드입니다. ${users.join(', ')}에서 사용합니다.`,
    '// You do not need to change it; grading flags changes to it (kata.json).',
    '// 고칠 필요가 없습니다. 바꾸면 채점할 때 표시됩니다 (kata.json).',
    rule,
    '',
  ].join('\n');
}

function providedReadme(exercise: Exercise, users: string[], ko: boolean): string {
  return ko
    ? `# ${exercise.id} — ${exercise.title.ko} (제공된 코드)\n\n이 연습은 **이번 과제에 포함되지 않습니다**. ${users.join(', ')}에서 import 하기 때문에 완성된 코드가\n\`${posix.basename(exercise.file)}\`에 들어 있습니다. 읽어 보는 것은 좋지만 고칠 필요는 없습니다.\n\n[English](README.md)\n`
    : `# ${exercise.id} — ${exercise.title.en} (provided)\n\nThis exercise is **not part of your assignment**. Its working code is in \`${posix.basename(exercise.file)}\`\nbecause ${users.join(', ')} ${users.length > 1 ? 'import' : 'imports'} it. Read it if you like; you do not need to change it.\n\n[한국어](README.ko.md)\n`;
}

export function build(
  curriculum: Curriculum,
  assigned: Exercise[],
  provided: Exercise[],
  title: string,
  assignmentText: { en: string; ko: string },
  platform: Platform | undefined,
  say: Say,
): Files {
  const files: Files = new Map();
  const inRepo = new Set([...assigned, ...provided].map((e) => e.id));
  const usersOf = (e: Exercise) => [...assigned, ...provided].filter((x) => x.dependsOn.includes(e.id)).map((x) => x.id);

  // Exercises: stubs and instructions of the assigned ones, working code of the provided ones.
  for (const e of assigned) {
    const p = pathsOf(e);
    files.set(p.stub, stubOf(e, say));
    files.set(p.readme, unlinkMissing(read(p.readme), inRepo));
    files.set(p.readmeKo, unlinkMissing(read(p.readmeKo), inRepo));
    files.set(p.spec, read(p.spec));
  }
  for (const e of provided) {
    const folder = posix.dirname(pathsOf(e).solution);
    if (!existsSync(join(root, pathsOf(e).solution)))
      throw new SelectionError(
        `${e.id} must be provided (it is imported) but has no solution yet`,
        `${josa(e.id, '은/는')} import 되므로 제공해야 하지만 아직 해답이 없습니다`,
      );
    for (const file of filesUnder(folder)) {
      const target = posix.join('exercises', posix.relative('solutions', file));
      files.set(target, file.endsWith('.ts') ? providedBanner(usersOf(e)) + read(file) : read(file));
    }
    files.set(pathsOf(e).readme, providedReadme(e, usersOf(e), false));
    files.set(pathsOf(e).readmeKo, providedReadme(e, usersOf(e), true));
  }

  // What the specs and the learner commands need: followed through their imports.
  const entries = [
    'vitest.config.ts',
    ...filesUnder('spec/support'),
    ...filesUnder('spec/harness'),
    ...assigned.map((e) => pathsOf(e).spec),
    ...SCRIPT_ENTRIES,
  ];
  for (const file of importClosure(entries)) if (!files.has(file)) files.set(file, read(file));
  files.set('scripts/tsconfig.json', read('scripts/tsconfig.json'));

  // package.json: the learner scripts only; everything else (the pins) unchanged, and the lock as it is.
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  pkg.scripts = Object.fromEntries(STUDENT_SCRIPTS.filter((s) => s in pkg.scripts).map((s) => [s, pkg.scripts[s]!]));
  files.set('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  files.set('package-lock.json', read('package-lock.json'));
  const tsconfig = JSON.parse(read('tsconfig.json')) as { include: string[] };
  tsconfig.include = ['exercises', 'spec', 'vitest.config.ts'];
  files.set('tsconfig.json', `${JSON.stringify(tsconfig, null, 2)}\n`);
  files.set('exercises/tsconfig.json', read('exercises/tsconfig.json')); // the learner's editor settings (npm run typecheck)
  files.set('exercises/globals.d.ts', read('exercises/globals.d.ts')); // the standard globals it knows (structuredClone, console)
  const chapters = curriculum.chapters.filter((c) => [...assigned, ...provided].some((e) => e.chapter === c.number));
  files.set(
    'curriculum.json',
    `${JSON.stringify({ chapters, article: curriculum.article, exercises: curriculum.exercises.filter((e) => inRepo.has(e.id)) }, null, 2)}\n`,
  );

  files.set('.gitignore', ['node_modules/', '.kata/', 'grade.json', 'grades.csv', '*.log', ''].join('\n'));
  files.set('.gitattributes', '* text=auto eol=lf\n');
  files.set('.devcontainer/devcontainer.json', read('scripts/templates/devcontainer.json'));
  files.set('.vscode/extensions.json', `${JSON.stringify({ recommendations: ['vitest.explorer'] }, null, 2)}\n`);

  // The student README, in English and Korean.
  const max = assigned.reduce((s, e) => s + e.points, 0);
  for (const ko of [false, true]) {
    const l = ko ? 'ko' : 'en';
    const table = assigned
      .map((e) => `| [${e.id}](${ko ? pathsOf(e).readmeKo : pathsOf(e).readme}) | ${e.title[l]} | ${e.points} |`)
      .join('\n');
    const providedRows = provided
      .map((e) => `| [${e.id}](${ko ? pathsOf(e).readmeKo : pathsOf(e).readme}) | ${e.title[l]} | ${usersOf(e).join(', ')} |`)
      .join('\n');
    const providedSection =
      provided.length === 0
        ? ''
        : ko
          ? `\n## 제공된 코드\n\n아래 연습은 이번 과제가 아니지만 위의 연습이 import 하므로, 완성된 코드로 들어 있습니다(파일 맨 위에\n\`PROVIDED\` 표시). 읽어 보는 것은 좋지만 고칠 필요는 없고, 점수에도 들어가지 않습니다.\n\n| 연습 | 주제 | 사용하는 연습 |\n|---|---|---|\n${providedRows}\n`
          : `\n## Provided code\n\nThese exercises are not part of this assignment, but the ones above import them, so they are here as\nworking code (marked \`PROVIDED\` at the top of the file). Read them if you like; you do not need to\nchange them, and they earn no points.\n\n| exercise | topic | used by |\n|---|---|---|\n${providedRows}\n`;
    const first = assigned[0]!;
    files.set(
      ko ? 'README.ko.md' : 'README.md',
      fill(read(`scripts/templates/student-README${ko ? '.ko' : ''}.md`), {
        title: ko && title === defaultTitle(assignmentText.en) ? defaultTitle(assignmentText.ko, true) : title,
        assignment: assignmentText[l],
        count: String(assigned.length),
        max: String(max),
        exercise_table: table,
        provided_section: providedSection,
        first: first.id.slice(0, 2),
        first_id: first.id,
        limit: String(timeLimitSeconds()),
        ...gradingText(platform ?? 'none', l),
      }),
    );
  }
  for (const file of files.keys()) if (FORBIDDEN.test(file) || file.startsWith('..')) throw new Error(`refusing to export ${file}`);
  return files;
}

export function defaultTitle(assignment: string, ko = false): string {
  return ko ? `딥러닝 카타 — ${assignment}` : `Deep-learning kata — ${assignment}`;
}

/** The files whose hashes kata.json records: everything the grading depends on. */
export function manifestFiles(files: Iterable<string>, provided: readonly Exercise[]): string[] {
  const providedDirs = provided.map((e) => `exercises/${e.id}/`);
  return [...files]
    .filter(
      (f) =>
        f.startsWith('spec/') ||
        f.startsWith('scripts/') ||
        ['vitest.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json', 'curriculum.json'].includes(f) ||
        (providedDirs.some((d) => f.startsWith(d)) && !/README(\.ko)?\.md$/.test(f)),
    )
    .sort();
}

// npm run export -- --chapters 1-3 --out DIR — a standalone student repository for GitHub Classroom,
// with a fresh git history (one commit):
//   * the assigned exercises as stubs, with their specs and instructions;
//   * the exercises they import but that are not assigned, as working code marked PROVIDED;
//   * the learner commands (npm test, watch, ui, progress, hint, reset) and npm run grade;
//   * a student README (en + ko), .devcontainer/ for Codespaces, the classroom workflow;
//   * package.json (learner scripts only) and the unchanged lock, so `npm ci` installs the same pins;
//   * kata.json: the assignment and the SHA-256 of every file the grading depends on.
// No reference solution of an assigned exercise is written anywhere: every file is searched for the
// solutions' fingerprints (lib/grading/leaks.ts) before anything is written, and the export stops if one is found.
//   --exercises 04,12   single exercises (with or instead of --chapters)
//   --title "…"         the README's heading (default: "Deep-learning kata — chapters …")
//   --feedback-lang ko|en   language of the grading log on GitHub (default: --lang)
//   --lang ko|en
import { randomInt } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { type Curriculum, type Exercise, isPresent, loadCurriculum, pathsOf, root } from './lib/core/curriculum.ts';
import { isStub } from './lib/core/exports.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { importsOf } from './lib/grading/imports.ts';
import { fingerprints, scanTexts } from './lib/grading/leaks.ts';
import { type Assignment, hashAll, MANIFEST_FILE, MANIFEST_FORMAT, sealOf, WORKFLOW_FILE } from './lib/grading/assignment.ts';
import { checkOptions, dependenciesOf, describeSelection, optionValue, runCommand, selected, SelectionError, selectionArgs, selectionFrom } from './lib/grading/selection.ts';
import { timeLimitSeconds } from './lib/core/time-limit.ts';
import { workflowYaml } from './lib/grading/platforms/classroom.ts';
import { ACTIONS_WORKFLOW, actionsWorkflowYaml } from './lib/grading/platforms/actions.ts';
import { type Platform, PLATFORMS, writeKit } from './lib/grading/platforms/kit.ts';
import { VISIBILITIES, type Visibility } from './lib/grading/platforms/results.ts';
import { gradingText } from './lib/grading/platforms/student-text.ts';
import { josa } from './lib/core/josa.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);

/** The learner commands a student repository keeps (everything else in package.json "scripts" is the maintainers'). */
const STUDENT_SCRIPTS = ['test', 'typecheck', 'watch', 'ui', 'progress', 'hint', 'reset', 'grade'];
/** The scripts those commands run; their imports are followed to find the rest. */
const SCRIPT_ENTRIES = ['scripts/test.mjs', 'scripts/progress.ts', 'scripts/hint.ts', 'scripts/reset.ts', 'scripts/watch.ts', 'scripts/grade.ts'];
/** Never part of a student repository. */
const FORBIDDEN = /^(solutions|mutants|article|\.kata|\.ci|node_modules)\//;

type Files = Map<string, string>;

const USAGE = {
  en: 'Usage: npm run export -- --platform classroom50|gradescope|actions|classroom --chapters 1-3 --out DIR\n  (where your course grades: see TEACHERS.md; without --platform, the legacy Classroom template alone;\n  --exercises 04,12, --title "…", --feedback-lang ko|en, --teacher-out DIR, --slug NAME,\n  --held-out-visibility after_due_date|visible|hidden|after_published (Gradescope), --pass-at 100% (actions),\n  --held-out-seed N (the held-out inputs drawn again as before; new ones each export by default))',
  ko: '사용법: npm run export -- --platform classroom50|gradescope|actions|classroom --chapters 1-3 --out 폴더\n  (수업이 채점하는 곳: TEACHERS.ko.md 참고. --platform이 없으면 예전 Classroom 템플릿만;\n  --exercises 04,12, --title "…", --feedback-lang ko|en, --teacher-out 폴더, --slug 이름,\n  --held-out-visibility after_due_date|visible|hidden|after_published (Gradescope), --pass-at 100% (actions),\n  --held-out-seed N (같은 비공개 검사 입력을 다시 만듭니다. 없으면 내보낼 때마다 새로 뽑습니다))',
};

function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

function git(cwd: string, ...gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The stub of an exercise: the working-tree file if it still is one, else the committed one. */
function stubOf(exercise: Exercise): string {
  const path = pathsOf(exercise).stub;
  const current = existsSync(join(root, path)) ? read(path) : undefined;
  if (current !== undefined && isStub(current, path)) return current;
  try {
    const committed = git(root, 'show', `HEAD:${path}`);
    if (isStub(committed, path)) {
      console.log(say(`  note: ${path} is not a stub here (solved in this checkout?); exporting the committed stub`, `  참고: 여기의 ${josa(path, '은/는')} 스텁이 아닙니다(이 체크아웃에서 풀었나요?). 커밋된 스텁을 내보냅니다`));
      return `${committed}\n`;
    }
  } catch {
    // not committed
  }
  throw new SelectionError(`${path} is not a stub (every exported function must throw "not implemented"), and no stub of it is committed`, `${josa(path, '은/는')} 스텁이 아니고(내보내는 함수가 모두 "not implemented"를 던져야 함), 커밋된 스텁도 없습니다`);
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
  return markdown.replace(/\[([^\]]+)\]\(\.\.\/(\d\d-[a-z0-9-]+)\/README(?:\.ko)?\.md\)/g, (link, text: string, id: string) => (present.has(id) ? link : text));
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

function build(curriculum: Curriculum, assigned: Exercise[], provided: Exercise[], title: string, assignmentText: { en: string; ko: string }, platform: Platform | undefined): Files {
  const files: Files = new Map();
  const inRepo = new Set([...assigned, ...provided].map((e) => e.id));
  const usersOf = (e: Exercise) => [...assigned, ...provided].filter((x) => x.dependsOn.includes(e.id)).map((x) => x.id);

  // Exercises: stubs and instructions of the assigned ones, working code of the provided ones.
  for (const e of assigned) {
    const p = pathsOf(e);
    files.set(p.stub, stubOf(e));
    files.set(p.readme, unlinkMissing(read(p.readme), inRepo));
    files.set(p.readmeKo, unlinkMissing(read(p.readmeKo), inRepo));
    files.set(p.spec, read(p.spec));
  }
  for (const e of provided) {
    const folder = posix.dirname(pathsOf(e).solution);
    if (!existsSync(join(root, pathsOf(e).solution))) throw new SelectionError(`${e.id} must be provided (it is imported) but has no solution yet`, `${josa(e.id, '은/는')} import 되므로 제공해야 하지만 아직 해답이 없습니다`);
    for (const file of filesUnder(folder)) {
      const target = posix.join('exercises', posix.relative('solutions', file));
      files.set(target, file.endsWith('.ts') ? providedBanner(usersOf(e)) + read(file) : read(file));
    }
    files.set(pathsOf(e).readme, providedReadme(e, usersOf(e), false));
    files.set(pathsOf(e).readmeKo, providedReadme(e, usersOf(e), true));
  }

  // What the specs and the learner commands need: followed through their imports.
  const entries = ['vitest.config.ts', ...filesUnder('spec/support'), ...filesUnder('spec/harness'), ...assigned.map((e) => pathsOf(e).spec), ...SCRIPT_ENTRIES];
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
  files.set('curriculum.json', `${JSON.stringify({ chapters, article: curriculum.article, exercises: curriculum.exercises.filter((e) => inRepo.has(e.id)) }, null, 2)}\n`);

  files.set('.gitignore', ['node_modules/', '.kata/', 'grade.json', 'grades.csv', '*.log', ''].join('\n'));
  files.set('.gitattributes', '* text=auto eol=lf\n');
  files.set('.devcontainer/devcontainer.json', read('scripts/templates/devcontainer.json'));
  files.set('.vscode/extensions.json', `${JSON.stringify({ recommendations: ['vitest.explorer'] }, null, 2)}\n`);

  // The student README, in English and Korean.
  const max = assigned.reduce((s, e) => s + e.points, 0);
  for (const ko of [false, true]) {
    const l = ko ? 'ko' : 'en';
    const table = assigned.map((e) => `| [${e.id}](${ko ? pathsOf(e).readmeKo : pathsOf(e).readme}) | ${e.title[l]} | ${e.points} |`).join('\n');
    const providedRows = provided.map((e) => `| [${e.id}](${ko ? pathsOf(e).readmeKo : pathsOf(e).readme}) | ${e.title[l]} | ${usersOf(e).join(', ')} |`).join('\n');
    const providedSection = provided.length === 0 ? '' : ko
      ? `\n## 제공된 코드\n\n아래 연습은 이번 과제가 아니지만 위의 연습이 import 하므로, 완성된 코드로 들어 있습니다(파일 맨 위에\n\`PROVIDED\` 표시). 읽어 보는 것은 좋지만 고칠 필요는 없고, 점수에도 들어가지 않습니다.\n\n| 연습 | 주제 | 사용하는 연습 |\n|---|---|---|\n${providedRows}\n`
      : `\n## Provided code\n\nThese exercises are not part of this assignment, but the ones above import them, so they are here as\nworking code (marked \`PROVIDED\` at the top of the file). Read them if you like; you do not need to\nchange them, and they earn no points.\n\n| exercise | topic | used by |\n|---|---|---|\n${providedRows}\n`;
    const first = assigned[0]!;
    files.set(ko ? 'README.ko.md' : 'README.md', fill(read(`scripts/templates/student-README${ko ? '.ko' : ''}.md`), {
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
    }));
  }
  for (const file of files.keys()) if (FORBIDDEN.test(file) || file.startsWith('..')) throw new Error(`refusing to export ${file}`);
  return files;
}

function defaultTitle(assignment: string, ko = false): string {
  return ko ? `딥러닝 카타 — ${assignment}` : `Deep-learning kata — ${assignment}`;
}

/** The files whose hashes kata.json records: everything the grading depends on. */
function manifestFiles(files: Iterable<string>, provided: readonly Exercise[]): string[] {
  const providedDirs = provided.map((e) => `exercises/${e.id}/`);
  return [...files].filter((f) =>
    f.startsWith('spec/') || f.startsWith('scripts/') || ['vitest.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json', 'curriculum.json'].includes(f) ||
    (providedDirs.some((d) => f.startsWith(d)) && !/README(\.ko)?\.md$/.test(f)),
  ).sort();
}

function main(): number {
  checkOptions(args, ['--chapters', '--exercises', '--out', '--title', '--feedback-lang', '--platform', '--teacher-out', '--slug', '--held-out-visibility', '--pass-at', '--held-out-seed'], [], USAGE);
  const platform = optionValue(args, '--platform') as Platform | undefined;
  if (platform !== undefined && !PLATFORMS.includes(platform)) throw new SelectionError(`--platform is one of ${PLATFORMS.join(', ')}`, `--platform은 ${PLATFORMS.join(', ')} 중 하나입니다`);
  const visibility = (optionValue(args, '--held-out-visibility') ?? 'after_due_date') as Visibility;
  if (!VISIBILITIES.includes(visibility)) throw new SelectionError(`--held-out-visibility is one of ${VISIBILITIES.join(', ')}`, `--held-out-visibility는 ${VISIBILITIES.join(', ')} 중 하나입니다`);
  const seedArg = optionValue(args, '--held-out-seed');
  const heldOutSeed = seedArg === undefined ? randomInt(1, 2 ** 31) : Number(seedArg);
  if (!Number.isInteger(heldOutSeed) || heldOutSeed < 0) throw new SelectionError('--held-out-seed is a whole number', '--held-out-seed는 0 이상의 정수입니다');
  const passAt = Number((optionValue(args, '--pass-at') ?? '100').replace(/%$/, ''));
  if (!(passAt >= 0 && passAt <= 100)) throw new SelectionError('--pass-at is a percentage from 0 to 100', '--pass-at은 0부터 100까지의 백분율입니다');
  const curriculum = loadCurriculum();
  const selection = selectionFrom(args, curriculum);
  const outArg = optionValue(args, '--out');
  if (!selection || !outArg) throw new SelectionError(USAGE.en, USAGE.ko);
  const out = resolve(outArg);
  if (existsSync(out) && readdirSync(out).length > 0) throw new SelectionError(`${outArg} exists and is not empty; choose a new folder (nothing was changed)`, `${josa(outArg, '이/가')} 이미 있고 비어 있지 않습니다. 새 폴더를 고르세요 (아무것도 바꾸지 않았습니다)`);
  const feedback = optionValue(args, '--feedback-lang') ?? lang;
  if (feedback !== 'en' && feedback !== 'ko') throw new SelectionError('--feedback-lang is en or ko', '--feedback-lang은 en 또는 ko입니다');

  const chosen = selected(curriculum, selection);
  const assigned = chosen.filter((e) => isPresent(e));
  const skipped = chosen.filter((e) => !isPresent(e));
  if (assigned.length === 0) throw new SelectionError('none of those exercises has a spec yet; nothing to export', '고른 연습 중 스펙이 있는 것이 없어 내보낼 것이 없습니다');
  const provided = dependenciesOf(curriculum, assigned).filter((e) => !assigned.includes(e));
  const assignmentText = { en: describeSelection(selection, 'en'), ko: describeSelection(selection, 'ko') };
  const title = optionValue(args, '--title') ?? defaultTitle(assignmentText.en);

  const files = build(curriculum, assigned, provided, title, assignmentText, platform);

  // No solution of an assigned exercise, anywhere: search every file before writing any.
  const providedCode = provided.map((e) => files.get(pathsOf(e).stub) ?? '');
  const prints = assigned.flatMap((e) => (existsSync(join(root, pathsOf(e).solution)) ? fingerprints(e.id, read(pathsOf(e).solution), [files.get(pathsOf(e).stub)!, ...providedCode]) : []));
  const leaks = scanTexts([...files].map(([where, text]) => ({ where, text })), prints);
  if (leaks.length > 0) {
    const list = leaks.map((l) => `  ${l.where}: ${l.fingerprint.exercise} ${l.fingerprint.what}`).join('\n');
    throw new SelectionError(`refusing to export: these files contain reference solutions of assigned exercises:\n${list}`, `내보내기를 거부합니다: 다음 파일에 과제 연습의 해답이 들어 있습니다:\n${list}`);
  }

  for (const [file, text] of files) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  }
  let commit: string | null = null;
  let uncommittedChanges = false;
  try {
    commit = git(root, 'rev-parse', 'HEAD');
    uncommittedChanges = git(root, 'status', '--porcelain', '--', 'exercises', 'spec', 'scripts', 'curriculum.json', 'package.json', 'package-lock.json', 'vitest.config.ts') !== '';
  } catch {
    // not a git checkout
  }
  // The workflow that grades in the student's repository: Classroom's (legacy, the default), the
  // actions platform's, or none (Classroom 50 writes its own on accept; Gradescope grades elsewhere).
  const workflowFile = platform === 'classroom50' || platform === 'gradescope' ? undefined : platform === 'actions' ? ACTIONS_WORKFLOW : WORKFLOW_FILE;
  const assignment: Assignment = {
    format: MANIFEST_FORMAT,
    selection,
    assigned: assigned.map((e) => e.id),
    provided: provided.map((e) => e.id),
    exportedFrom: { commit, uncommittedChanges },
    files: hashAll(out, manifestFiles(files.keys(), provided)),
    ...(platform ? { platform, workflow: workflowFile ?? null } : {}),
  };
  writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify(assignment, null, 2)}\n`);
  if (workflowFile) {
    mkdirSync(dirname(join(out, workflowFile)), { recursive: true });
    const common = { exercises: assigned, selectionArgs: selectionArgs(selection), feedbackLang: feedback as 'en' | 'ko', seal: sealOf(assignment) };
    writeFileSync(join(out, workflowFile), platform === 'actions' ? actionsWorkflowYaml({ ...common, passAt }) : workflowYaml(common));
  }

  // A fresh history: one commit, nothing of the kata's own history.
  git(out, 'init', '--quiet', '--initial-branch=main');
  const identity = (() => {
    try {
      git(out, 'config', 'user.email');
      return [];
    } catch {
      return ['-c', 'user.name=Deep-learning kata', '-c', 'user.email=kata@users.noreply.github.com'];
    }
  })();
  git(out, 'add', '--all');
  git(out, ...identity, '-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-m', `Assignment: ${assignmentText.en} of the deep-learning kata`);

  // The teacher's kit: the pristine copy with the held-out checks, and the platform's bundle.
  const kit = platform ? resolve(optionValue(args, '--teacher-out') ?? `${out}-teacher`) : undefined;
  let heldOut: string[] = [];
  if (kit) {
    if (existsSync(kit) && readdirSync(kit).length > 0) throw new SelectionError(`${kit} exists and is not empty; choose a new folder with --teacher-out`, `${josa(kit, '이/가')} 이미 있고 비어 있지 않습니다. --teacher-out으로 새 폴더를 고르세요`);
    const slug = optionValue(args, '--slug') ?? basename(out).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    heldOut = writeKit({ platform: platform!, template: out, kit, assigned, slug, feedbackLang: feedback as 'en' | 'ko', heldOutVisibility: visibility, passAt, heldOutSeed });
  }

  const max = assigned.reduce((s, e) => s + e.points, 0);
  const near = relative(process.cwd(), out);
  const where = near && !near.startsWith('..') ? near : out;
  console.log(say(`Exported ${assignmentText.en} to ${where} (one commit, ${files.size + 2} files)`, `${assignmentText.ko} 과제를 ${where}에 내보냈습니다 (커밋 1개, 파일 ${files.size + 2}개)`));
  console.log(`  ${say('assigned', '과제')}: ${assigned.map((e) => e.id).join(', ')} — ${say(`${max} points`, `${max}점`)}`);
  if (provided.length > 0) console.log(`  ${say('provided as working code', '완성된 코드로 제공')}: ${provided.map((e) => e.id).join(', ')}`);
  if (skipped.length > 0) console.log(`  ${say('not included (no spec yet)', '제외 (아직 스펙 없음)')}: ${skipped.map((e) => e.id).join(', ')}`);
  const count = Object.keys(assignment.files).length;
  const seal = sealOf(assignment).slice(0, 12);
  const sealWords = workflowFile
    ? say(`${MANIFEST_FILE} records ${count} files; ${workflowFile} carries its seal ${seal}…`, `${MANIFEST_FILE}에 파일 ${count}개를 기록하고, ${workflowFile}에 봉인 ${seal}…을 넣었습니다`)
    : say(`${MANIFEST_FILE} records ${count} files; the bundle grades from its own copy, so nothing the student changes is read`, `${MANIFEST_FILE}에 파일 ${count}개를 기록했습니다. 번들은 자기 사본으로 채점하므로 학생이 바꾼 것은 읽지 않습니다`);
  console.log(`  ${say('tamper evidence', '변경 검사')}: ${sealWords}`);
  if (uncommittedChanges) console.log(say('  note: exported from a checkout with uncommitted changes', '  참고: 커밋하지 않은 변경이 있는 체크아웃에서 내보냈습니다'));
  if (kit) {
    const k = relative(process.cwd(), kit) || kit;
    console.log(`  ${say('teacher\'s kit (never for students)', '선생님용 키트 (학생에게 주지 마세요)')}: ${k} — ${say(`${platform} bundle, ${heldOut.length} held-out spec(s), the steps in its README.md`, `${platform} 번들, 비공개 스펙 ${heldOut.length}개, 단계는 README.md에`)}`);
    console.log(`  ${say('held-out inputs', '비공개 검사 입력')}: ${say(`drawn for this course from seed ${heldOutSeed} (--held-out-seed ${heldOutSeed} draws them again)`, `이 수업을 위해 시드 ${heldOutSeed}에서 새로 뽑음 (--held-out-seed ${heldOutSeed}로 다시 만들 수 있음)`)}`);
  }
  console.log(`\n${say('Next', '다음')}:`);
  const then: Record<Platform | 'none', [string, string]> = {
    classroom50: [`then push it as a template repository and commit the kit's bundle to your config repository — see ${kit ? relative(process.cwd(), kit) || kit : ''}/README.md`, `그다음 템플릿 저장소로 push 하고 키트의 번들을 설정 저장소에 커밋 — ${kit ? relative(process.cwd(), kit) || kit : ''}/README.md 참고`],
    gradescope: ['then give it to students (a template repository or a zip) and upload the kit\'s autograder.zip to Gradescope', '그다음 학생에게 나눠 주고(템플릿 저장소나 zip) 키트의 autograder.zip을 Gradescope에 올리세요'],
    actions: ['then push it to GitHub as a template repository: every push is graded by its workflow', '그다음 GitHub에 템플릿 저장소로 push: push마다 워크플로가 채점합니다'],
    classroom: ['then push it to GitHub as a template repository (legacy Classroom workflow) — see TEACHERS.md', '그다음 GitHub에 템플릿 저장소로 push (예전 Classroom 워크플로) — TEACHERS.ko.md 참고'],
    none: ['then push it to GitHub as a template repository — see TEACHERS.md', '그다음 GitHub에 템플릿 저장소로 push — TEACHERS.ko.md 참고'],
  };
  const [thenEn, thenKo] = then[platform ?? 'none'];
  console.log(say(
    `  cd ${where} && npm ci && npm test        # try it: every test fails with "not implemented"\n  npm run grade                              # 0/${max}\n  ${thenEn}`,
    `  cd ${where} && npm ci && npm test        # 확인: 모든 테스트가 "not implemented"로 실패\n  npm run grade                              # 0/${max}\n  ${thenKo}`,
  ));
  return 0;
}

runCommand(main, lang);

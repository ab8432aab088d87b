// npm run grade — points for the assigned exercises, as GitHub Classroom will record them.
//
//   npm run grade                          the assignment in kata.json, else every exercise present
//   npm run grade -- --chapters 1,3        only these chapters (--exercises 04,12 for single ones)
//   npm run grade -- --target DIR          grade another folder: a student's repository (DIR/exercises)
//                                          or a tree with the layout of solutions/
//   npm run grade -- --each DIR            every student repository under DIR → one CSV gradebook
//                                          (--csv FILE, --jobs N, --json-dir DIR for every full report)
//   --json            print the report as JSON (also written to grade.json; --json-file FILE moves it)
//   --github-output   write one Classroom result per exercise to $GITHUB_OUTPUT (the workflow's step)
//   --time-limit S    seconds per exercise (default KATA_TIME_LIMIT or 10) · --lang ko|en
//
// All exercises run in ONE vitest process, through the same runner and time limit as progress.
// Points: floor(points × passing tests / tests) per exercise. Files are checked against kata.json
// (lib/manifest.ts); an exercise whose spec was changed gets 0. Ends with "N passed, N failed",
// counted in exercises (passed = full points).
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Curriculum, type Exercise, isPresent, loadCurriculum, pathsOf, root } from './lib/curriculum';
import { type GradedExercise, type GradeReport, type GradeStatus, type Warning, changeWords, consequence, githubOutputLines, partialPoints } from './lib/grading';
import { langFrom, translator, withoutLang } from './lib/i18n';
import { outsideImports } from './lib/imports';
import { type Assignment, type Tampered, compareWithManifest, hashFile, MANIFEST_FILE, parseAssignment, readAssignment, SEAL_ENV, sealOf, canonicalJson, WORKFLOW_FILE } from './lib/manifest';
import { type ExerciseResult, runExercises } from './lib/runner';
import { checkOptions, hasOption, optionValue, runCommand, selected, SelectionError, selectionFrom } from './lib/selection';
import { gradeEach } from './lib/gradebook';
import { columns, firstLine, pad } from './lib/text';
import { timeLimitSeconds } from './lib/time-limit';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);
const limit = Number(optionValue(args, '--time-limit')) || timeLimitSeconds();

interface Reference {
  assignment: Assignment;
  file: string;
  /** Outside the graded repository (the teacher's copy): the student cannot have changed it. */
  independent: boolean;
}

interface Plan {
  exercises: Exercise[];
  /** Where the list of exercises came from, for the heading. */
  source: string;
  codeDir: string;
  repoRoot?: string;
  reference?: Reference;
  /** The manifest cannot be trusted: unreadable, or its seal does not match. Everything scores 0. */
  manifestBroken?: string;
  sealChecked: boolean;
  tampered: Tampered[];
}

class UsageError extends SelectionError {}

function plan(curriculum: Curriculum, target: string | undefined): Plan {
  let codeDir = join(root, 'exercises');
  let repoRoot: string | undefined = root;
  if (target) {
    const dir = resolve(target);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${target} is not a folder`, `${target}은(는) 폴더가 아닙니다`);
    if (existsSync(join(dir, 'exercises'))) codeDir = join(dir, 'exercises');
    else {
      codeDir = dir;
      repoRoot = undefined; // a bare tree like solutions/: nothing to compare with a manifest
    }
    if (repoRoot !== undefined) repoRoot = dir;
  }

  // The manifest to compare with: --manifest FILE, else this checkout's kata.json (in a student's own
  // repository that is their copy; in the teacher's template it is the teacher's), else the graded
  // repository's own.
  let reference: Reference | undefined;
  let manifestBroken: string | undefined;
  const explicit = optionValue(args, '--manifest');
  const candidates: { read: ReturnType<typeof readAssignment>; independent: boolean }[] = [];
  if (explicit) candidates.push({ read: parseAssignment(resolve(explicit)), independent: true });
  else {
    const own = readAssignment(root);
    if (own) candidates.push({ read: own, independent: repoRoot !== undefined && resolve(repoRoot) !== root });
    else if (repoRoot && resolve(repoRoot) !== root) candidates.push({ read: readAssignment(repoRoot), independent: false });
  }
  const chosen = candidates.find((c) => c.read);
  if (chosen?.read) {
    if (chosen.read.ok) reference = { assignment: chosen.read.assignment, file: chosen.read.path, independent: chosen.independent };
    else if (explicit) throw new UsageError(`${explicit}: ${chosen.read.error}`, `${explicit}: ${chosen.read.error}`);
    else manifestBroken = say(`${relative(process.cwd(), chosen.read.path)} cannot be read (${chosen.read.error})`, `${relative(process.cwd(), chosen.read.path)}을(를) 읽을 수 없습니다 (${chosen.read.error})`);
  }

  // The seal: the workflow passes the hash of the manifest it was made with.
  const seal = process.env[SEAL_ENV]?.trim();
  let sealChecked = false;
  if (seal && reference && !reference.independent) {
    sealChecked = true;
    if (sealOf(reference.assignment) !== seal) manifestBroken = say('kata.json does not match the seal in the classroom workflow', 'kata.json이 classroom 워크플로의 봉인과 맞지 않습니다');
  } else if (seal && !reference && !manifestBroken && repoRoot) {
    sealChecked = true;
    manifestBroken = say('kata.json is missing, but the classroom workflow expects one', 'kata.json이 없는데 classroom 워크플로는 있어야 한다고 합니다');
  }

  // Which exercises.
  const selection = selectionFrom(args, curriculum);
  let exercises: Exercise[];
  let source: string;
  if (selection) {
    exercises = selected(curriculum, selection);
    source = [selection.chapters?.length ? say(`chapters ${selection.chapters.join(', ')}`, `${selection.chapters.join(', ')}장`) : '', selection.exercises?.length ? say(`exercises ${selection.exercises.join(', ')}`, `연습 ${selection.exercises.join(', ')}`) : ''].filter(Boolean).join(' + ');
  } else if (reference) {
    exercises = curriculum.exercises.filter((e) => reference!.assignment.assigned.includes(e.id));
    source = say(`the assignment in ${MANIFEST_FILE}`, `${MANIFEST_FILE}의 과제`);
  } else {
    exercises = curriculum.exercises.filter((e) => isPresent(e));
    source = say('every exercise present', '있는 연습 전부');
  }
  const assigned = new Set(reference?.assignment.assigned ?? []);
  exercises = exercises.filter((e) => isPresent(e) || assigned.has(e.id));
  if (exercises.length === 0) throw new UsageError('nothing to grade: no exercise of that selection has a spec yet', '채점할 것이 없습니다: 고른 연습 중 스펙이 있는 것이 없습니다');

  // The tamper check.
  const tampered: Tampered[] = [];
  if (reference && repoRoot) {
    tampered.push(...compareWithManifest(repoRoot, reference.assignment));
    if (reference.independent) {
      // Grading someone else's repository from the template: their kata.json and workflow must be the template's.
      const theirs = readAssignment(repoRoot);
      if (!theirs || !theirs.ok || canonicalJson(theirs.assignment) !== canonicalJson(reference.assignment)) {
        tampered.push({ file: MANIFEST_FILE, change: theirs ? 'modified' : 'missing', kind: 'manifest' });
      }
      const ours = join(root, WORKFLOW_FILE);
      const workflow = join(repoRoot, WORKFLOW_FILE);
      if (existsSync(ours) && (!existsSync(workflow) || hashFile(workflow) !== hashFile(ours))) {
        tampered.push({ file: WORKFLOW_FILE, change: existsSync(workflow) ? 'modified' : 'missing', kind: 'workflow' });
      }
    }
  } else if (manifestBroken && repoRoot) {
    tampered.push({ file: MANIFEST_FILE, change: existsSync(join(repoRoot, MANIFEST_FILE)) ? 'modified' : 'missing', kind: 'manifest' });
  }
  if (manifestBroken && reference && !tampered.some((t) => t.file === MANIFEST_FILE)) tampered.push({ file: MANIFEST_FILE, change: 'modified', kind: 'manifest' });

  return { exercises, source, codeDir, repoRoot, reference, manifestBroken, sealChecked, tampered };
}

async function grade(curriculum: Curriculum, p: Plan): Promise<GradeReport> {
  const specChanged = new Set(p.tampered.filter((t) => t.kind === 'spec').map((t) => t.exercise!));
  // Changed specs do not run at all: with isolate: false a spec file could bend the others.
  const runnable = p.manifestBroken ? [] : p.exercises.filter((e) => !specChanged.has(e.id) && existsSync(join(root, pathsOf(e).spec)));
  const results = new Map<string, ExerciseResult>();
  if (runnable.length > 0) {
    for (const r of await runExercises(runnable, { target: p.codeDir, limitSeconds: limit, lang, grading: true })) results.set(r.id, r);
  }
  const exercises: GradedExercise[] = p.exercises.map((e) => {
    const r = results.get(e.id);
    let status: GradeStatus = r?.state ?? 'missing';
    if (p.manifestBroken) status = 'manifest-changed';
    else if (specChanged.has(e.id)) status = 'spec-changed';
    const tests = (r?.tests ?? []).map((t) => ({ name: shortName(t.name), passed: t.passed, ...(t.passed ? {} : { message: firstLine(t.message) }) }));
    const passed = tests.filter((t) => t.passed).length;
    const counts = status !== 'spec-changed' && status !== 'manifest-changed';
    return {
      id: e.id,
      points: counts ? partialPoints(e.points, passed, tests.length) : 0,
      max: e.points,
      status,
      passed,
      total: tests.length,
      tests,
      firstFailure: r?.firstFailure ?? (status === 'missing' ? say(`${pathsOf(e).spec} is missing`, `${pathsOf(e).spec}이(가) 없습니다`) : ''),
    };
  });
  const warnings: Warning[] = outsideImports(p.codeDir, p.exercises.map((e) => e.id)).map((w) => ({
    file: w.file,
    message: say(`imports "${w.specifier}" — exercises should import only each other`, `"${w.specifier}"을(를) import 합니다 — 연습은 서로만 import 해야 합니다`),
  }));
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
    target: p.codeDir,
    manifest: p.reference ? { file: p.reference.file, independent: p.reference.independent, sealChecked: p.sealChecked } : null,
    rounding: 'floor(points × passed tests / tests)',
  };
}

/** "02 softmax > the article's logits" → "the article's logits": the exercise is known already. */
function shortName(name: string): string {
  return name.replace(/^\d\d[ -][^>]*> /, '');
}

// ── Printing ──────────────────────────────────────────────────────────────────────────────────

function statusWords(e: GradedExercise): string {
  switch (e.status) {
    case 'done': return say('done', '완료');
    case 'failing': return say('failing', '진행 중');
    case 'not-started': return say('not started', '시작 전');
    case 'timeout': return say(`did not finish within ${limit} s`, `${limit}초 안에 끝나지 않음`);
    case 'syntax': return say('does not parse', '구문 오류');
    case 'crash': return say('throws while loading', '불러오는 중에 오류');
    case 'missing': return say('no result', '결과 없음');
    case 'spec-changed': return say('spec changed → 0', '스펙이 바뀜 → 0점');
    case 'manifest-changed': return say('kata.json changed → 0', 'kata.json이 바뀜 → 0점');
  }
}

function printReport(report: GradeReport, p: Plan): void {
  const where = relative(process.cwd(), report.target) || '.';
  console.log(`${say('Deep-learning kata — grade', '딥러닝 카타 — 채점')} · ${where} · ${p.source}\n`);
  const idWidth = Math.max(...report.exercises.map((e) => e.id.length)) + 2;
  const statusWidth = Math.max(14, ...report.exercises.map((e) => columns(statusWords(e)) + 2));
  console.log(`    ${pad(say('exercise', '연습'), idWidth)}${pad(say('status', '상태'), statusWidth)}${pad(say('tests', '테스트'), 9)}${say('points', '점수')}`);
  for (const e of report.exercises) {
    const mark = e.points === e.max ? '✓' : e.points > 0 ? '◐' : '✗';
    console.log(`  ${mark} ${pad(e.id, idWidth)}${pad(statusWords(e), statusWidth)}${pad(e.total ? `${e.passed}/${e.total}` : '–', 9)}${e.points}/${e.max}`);
  }
  console.log(`\n${say('Total', '합계')}: ${say(`${report.total}/${report.max} points`, `${report.total}/${report.max}점`)}`);
  console.log(say(
    'Partial credit: points × passing tests ÷ tests, rounded down — full points only when every test passes.',
    '부분 점수: 배점 × 통과한 테스트 수 ÷ 테스트 수, 소수점 아래는 버림 — 모든 테스트를 통과해야 만점입니다.',
  ));

  const firstFailures = report.exercises.filter((e) => e.points < e.max && e.firstFailure && e.status !== 'not-started');
  if (firstFailures.length > 0) {
    console.log(`\n${say('First failure of each exercise that is not yet full', '만점이 아닌 연습의 첫 실패')}:`);
    for (const e of firstFailures) console.log(`  ${e.id}: ${firstLine(e.firstFailure)}`);
  }

  if (p.manifestBroken || report.manifest || p.repoRoot || report.warnings.length > 0) console.log('');
  if (p.manifestBroken) console.log(`✗ ${p.manifestBroken} — ${say('every exercise gets 0 points', '모든 연습이 0점입니다')}`);
  if (report.manifest) {
    const file = relative(process.cwd(), report.manifest.file) || report.manifest.file;
    const m = report.manifest;
    const against = m.independent ? say(`against the teacher's copy ${file}`, `선생님의 사본 ${file} 기준`) : say(`against this repository's ${file}`, `이 저장소의 ${file} 기준`);
    const seal = m.independent ? '' : m.sealChecked ? say(' The seal in the workflow matches.', ' 워크플로의 봉인은 맞습니다.') : say(' (The seal of kata.json is checked in the classroom workflow.)', ' (kata.json의 봉인은 classroom 워크플로에서 확인합니다.)');
    if (report.tampered.length === 0) console.log(`✓ ${say('Tamper check', '변경 검사')} (${against}): ${say('the specs and every file the grading depends on are unchanged.', '스펙과 채점에 쓰이는 모든 파일이 그대로입니다.')}${seal}`);
    else {
      console.log(`✗ ${say('Tamper check', '변경 검사')} (${against}): ${say(`${report.tampered.length} file(s) differ.`, `${report.tampered.length}개 파일이 다릅니다.`)}${seal}`);
      for (const t of report.tampered) console.log(`    ${t.file}: ${changeWords(t, say)} — ${consequence(t, say)}`);
    }
  } else if (p.repoRoot && !p.manifestBroken) {
    console.log(`· ${say('Tamper check: no kata.json here, nothing to compare with (export an assignment to get one)', '변경 검사: 여기에는 kata.json이 없어 비교할 것이 없습니다 (과제를 export 하면 생깁니다)')}`);
  }
  if (report.warnings.length > 0) {
    console.log(`! ${say('Worth a look (not counted)', '확인해 볼 것 (점수에는 반영 안 됨)')}:`);
    for (const w of report.warnings) console.log(`    ${w.file}: ${w.message}`);
  }
}

// ── main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  checkOptions(args, ['--chapters', '--exercises', '--target', '--json-file', '--time-limit', '--manifest', '--each', '--csv', '--jobs', '--json-dir'], ['--json', '--github-output'], {
    en: 'Usage: npm run grade [-- --chapters 1,3 | --exercises 04,12] [--target DIR | --each DIR] [--json] [--time-limit S] [--lang ko|en]   (see TEACHERS.md)',
    ko: '사용법: npm run grade [-- --chapters 1,3 | --exercises 04,12] [--target 폴더 | --each 폴더] [--json] [--time-limit 초] [--lang ko|en]   (TEACHERS.ko.md 참고)',
  });
  const curriculum = loadCurriculum();
  const each = optionValue(args, '--each');
  if (hasOption(args, '--each')) {
    if (!each) throw new UsageError('--each needs a folder of student repositories', '--each 뒤에 학생 저장소들이 든 폴더가 필요합니다');
    return gradeEach(each, { args, lang, limit, say, columnsOf: (folder) => plan(curriculum, folder).exercises });
  }
  const target = optionValue(args, '--target');
  if (hasOption(args, '--target') && !target) throw new UsageError('--target needs a folder', '--target 뒤에 폴더가 필요합니다');
  const p = plan(curriculum, target);
  // --github-output uses $GITHUB_OUTPUT; --github-output=FILE writes elsewhere (to try the workflow's step by hand).
  const githubOutput = hasOption(args, '--github-output') ? args.find((a) => a.startsWith('--github-output='))?.slice('--github-output='.length) || process.env.GITHUB_OUTPUT : undefined;
  if (hasOption(args, '--github-output') && !githubOutput) throw new UsageError('--github-output needs $GITHUB_OUTPUT (set in GitHub Actions) or --github-output=FILE', '--github-output에는 $GITHUB_OUTPUT(GitHub Actions가 설정) 또는 --github-output=FILE이 필요합니다');

  const report = await grade(curriculum, p);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const jsonFile = optionValue(args, '--json-file') ?? (args.includes('--json') ? join(root, 'grade.json') : undefined);
  if (jsonFile) writeFileSync(resolve(jsonFile), json);
  if (githubOutput) appendFileSync(githubOutput, githubOutputLines(report, say));

  if (args.includes('--json')) {
    process.stdout.write(json);
    return 0;
  }
  printReport(report, p);
  if (githubOutput) console.log(`\n${say(`Classroom results for ${report.exercises.length} exercises written to $GITHUB_OUTPUT: ${report.total}/${report.max} points`, `연습 ${report.exercises.length}개의 Classroom 결과를 $GITHUB_OUTPUT에 썼습니다: ${report.total}/${report.max}점`)}`);
  console.log(`\n${report.passed} passed, ${report.failed} failed`);
  return 0;
}

runCommand(main, lang);

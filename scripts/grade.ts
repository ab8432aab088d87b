// npm run grade — points for the assigned exercises, as the course's platform will record them.
//
//   npm run grade                          the assignment in kata.json, else every exercise present
//   npm run grade -- --chapters 1,3        only these chapters (--exercises 04,12 for single ones)
//   npm run grade -- --target DIR          grade another folder from this one: a student's repository
//                                          (DIR/exercises) or a tree with the layout of solutions/
//   npm run grade -- --each DIR            every student repository under DIR → one CSV gradebook and a
//                                          class report (--csv FILE, --report PATH, --jobs N,
//                                          --json-dir DIR for every full report, --junit FILE,
//                                          --similarity: pairs of submissions that look alike, by Dolos)
//   --json            print the report as JSON (also written to grade.json when a repository grades
//                     itself; --json-file FILE writes it there instead)
//   --github-output   write one Classroom result per exercise to $GITHUB_OUTPUT (the workflow's step)
//   --time-limit S    seconds per exercise (default KATA_TIME_LIMIT or 10) · --lang ko|en
//
// All exercises run in ONE vitest process in grading mode: the learner's code in confined child
// processes (lib/sandbox/), the verdict here. What is graded from where: lib/grading/plan.ts (a
// repository grading itself loses the points of what a changed file touches; a teacher's --target or
// --each regrade takes only the student's exercise files, next to its own pristine copy).
// Points: floor(points × passing tests / tests) per exercise. Ends with "N passed, N failed",
// counted in exercises (passed = full points).
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { isPresent, loadCurriculum, root } from './lib/core/curriculum.ts';
import { type GradedExercise, type GradeReport, changeWords, consequence, partialPoints } from './lib/grading/points.ts';
import { githubOutputLines } from './lib/grading/platforms/classroom-results.ts';
import { type Plan, plan, report, specFiles, UsageError } from './lib/grading/plan.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { josa } from './lib/core/josa.ts';
import { HELD_OUT_NOTICE, isStudentCopy, readAssignment } from './lib/grading/assignment.ts';
import { writeOutputs } from './lib/grading/platforms/outputs.ts';
import { VISIBILITIES, type Visibility } from './lib/grading/platforms/results.ts';
import { collectSubmission } from './lib/grading/platforms/submission.ts';
import { type ExerciseResult, SpecSession } from './lib/runner/runner.ts';
import { checkOptions, hasOption, optionValue, runCommand } from './lib/grading/selection.ts';
import { gradeEach } from './lib/grading/gradebook.ts';
import { columns, firstLine, pad } from './lib/core/text.ts';
import { timeLimitSeconds } from './lib/core/time-limit.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);
const limit = Number(optionValue(args, '--time-limit')) || timeLimitSeconds();

async function grade(p: Plan): Promise<GradeReport> {
  const results = new Map<string, ExerciseResult>();
  const heldOut = new Map<string, ExerciseResult>();
  const files = specFiles(p);
  if (files.length > 0) {
    const session = new SpecSession({ target: p.codeDir, limitSeconds: limit, lang, grading: true, heldOut: files.some((f) => f.heldOut) });
    try {
      const byFile = await session.runFiles(files);
      for (const f of files) (f.heldOut ? heldOut : results).set(f.id, byFile.get(f.file)!);
    } finally {
      await session.close();
    }
  }
  return report(p, results, heldOut, say, partialPoints);
}

// ── Printing ──────────────────────────────────────────────────────────────────────────────────

function statusWords(e: GradedExercise): string {
  switch (e.status) {
    case 'done':
      return say('done', '완료');
    case 'unconfirmed':
      return say('public checks only', '공개 검사만 통과');
    case 'failing':
      return say('failing', '진행 중');
    case 'not-started':
      return say('not started', '시작 전');
    case 'timeout':
      return say(`did not finish within ${limit} s`, `${limit}초 안에 끝나지 않음`);
    case 'syntax':
      return say('does not parse', '구문 오류');
    case 'crash':
      return say('throws while loading', '불러오는 중에 오류');
    case 'missing':
      return say('no result', '결과 없음');
    case 'spec-changed':
      return say('spec changed → 0', '스펙이 바뀜 → 0점');
    case 'provided-changed':
      return say('provided code changed → 0', '제공 코드가 바뀜 → 0점');
    case 'grading-changed':
      return say('grading changed → 0', '채점 파일이 바뀜 → 0점');
    case 'manifest-changed':
      return say('kata.json changed → 0', 'kata.json이 바뀜 → 0점');
  }
}

function printReport(report: GradeReport, p: Plan): void {
  const where = relative(process.cwd(), report.target) || '.';
  console.log(`${say('Deep-learning kata — grade', '딥러닝 카타 — 채점')} · ${where} · ${p.source}\n`);
  const idWidth = Math.max(...report.exercises.map((e) => e.id.length)) + 2;
  const statusWidth = Math.max(14, ...report.exercises.map((e) => columns(statusWords(e)) + 2));
  const held = report.exercises.some((e) => e.heldOut);
  const heldOutColumn = (e: GradedExercise) => {
    if (!held) return '';
    const values = e.heldOut?.tests.filter((t) => !t.contract);
    return pad(values ? `${values.filter((t) => t.passed).length}/${values.length}` : '–', 10);
  };
  console.log(
    `    ${pad(say('exercise', '연습'), idWidth)}${pad(say('status', '상태'), statusWidth)}${pad(say('tests', '테스트'), 9)}${held ? pad(say('held-out', '비공개'), 10) : ''}${say('points', '점수')}`,
  );
  for (const e of report.exercises) {
    const mark = e.points === e.max ? '✓' : e.points > 0 ? '◐' : '✗';
    console.log(
      `  ${mark} ${pad(e.id, idWidth)}${pad(statusWords(e), statusWidth)}${pad(e.total ? `${e.passed}/${e.total}` : '–', 9)}${heldOutColumn(e)}${e.points}/${e.max}`,
    );
  }
  console.log(`\n${say('Total', '합계')}: ${say(`${report.total}/${report.max} points`, `${report.total}/${report.max}점`)}`);
  console.log(
    say(
      'Partial credit: points × passing tests ÷ tests, rounded down — full points only when every test passes.',
      '부분 점수: 배점 × 통과한 테스트 수 ÷ 테스트 수, 소수점 아래는 버림 — 모든 테스트를 통과해야 만점입니다.',
    ),
  );
  if (p.mode === 'own' && p.repoRoot && isStudentCopy(p.repoRoot) && report.passed > 0)
    console.log(`✓ ${say(`${HELD_OUT_NOTICE.en}.`, `${HELD_OUT_NOTICE.ko}.`)}`);
  if (held) {
    console.log(
      say(
        "Held-out checks (the teacher's, on other inputs) confirm the public tests: passing tests count up to tests × held-out value checks passed ÷ held-out value checks.",
        '비공개 검사(선생님의 것, 다른 입력)가 공개 테스트를 확인합니다: 통과한 테스트는 테스트 수 × 통과한 비공개 값 검사 ÷ 비공개 값 검사 수까지만 셉니다.',
      ),
    );
  }

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
    const against =
      p.mode === 'regrade'
        ? say(
            `the student's repository against the teacher's ${file}; graded with the teacher's specs, taking only the exercise files`,
            `학생 저장소를 선생님의 ${josa(file, '와/과')} 비교; 연습 파일만 가져와 선생님의 스펙으로 채점`,
          )
        : m.independent
          ? say(`against ${file}`, `${file} 기준`)
          : say(`against this repository's ${file}`, `이 저장소의 ${file} 기준`);
    const seal = m.independent
      ? ''
      : m.sealChecked
        ? say(' The seal in the workflow matches.', ' 워크플로의 봉인은 맞습니다.')
        : say(' (The seal of kata.json is checked in the classroom workflow.)', ' (kata.json의 봉인은 classroom 워크플로에서 확인합니다.)');
    if (report.tampered.length === 0)
      console.log(
        `✓ ${say('Tamper check', '변경 검사')} (${against}): ${say('the specs and every file the grading depends on are unchanged.', '스펙과 채점에 쓰이는 모든 파일이 그대로입니다.')}${seal}`,
      );
    else {
      console.log(
        `✗ ${say('Tamper check', '변경 검사')} (${against}): ${say(`${report.tampered.length} file(s) differ.`, `${report.tampered.length}개 파일이 다릅니다.`)}${seal}`,
      );
      for (const t of report.tampered) console.log(`    ${t.file}: ${changeWords(t, say)} — ${consequence(t, say, p.mode === 'regrade')}`);
    }
  } else if (p.repoRoot && !p.manifestBroken) {
    console.log(
      `· ${say('Tamper check: no kata.json here, nothing to compare with (export an assignment to get one)', '변경 검사: 여기에는 kata.json이 없어 비교할 것이 없습니다 (과제를 export 하면 생깁니다)')}`,
    );
  }
  if (report.warnings.length > 0) {
    console.log(`! ${say('Worth a look (not counted)', '확인해 볼 것 (점수에는 반영 안 됨)')}:`);
    for (const w of report.warnings) console.log(`    ${w.file}: ${w.message}`);
  }
}

// ── main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  checkOptions(
    args,
    [
      '--chapters',
      '--exercises',
      '--target',
      '--json-file',
      '--time-limit',
      '--manifest',
      '--each',
      '--csv',
      '--jobs',
      '--json-dir',
      '--junit',
      '--classroom50',
      '--pass-at',
      '--held-out-visibility',
      '--report',
    ],
    ['--json', '--github-output', '--gradescope', '--actions', '--similarity'],
    {
      en: 'Usage: npm run grade [-- --chapters 1,3 | --exercises 04,12] [--target DIR | --each DIR] [--json] [--junit FILE] [--time-limit S] [--lang ko|en]   (see TEACHERS.md)',
      ko: '사용법: npm run grade [-- --chapters 1,3 | --exercises 04,12] [--target 폴더 | --each 폴더] [--json] [--junit 파일] [--time-limit 초] [--lang ko|en]   (TEACHERS.ko.md 참고)',
    },
  );
  const started = Date.now();
  const visibility = (optionValue(args, '--held-out-visibility') ?? 'after_due_date') as Visibility;
  if (!VISIBILITIES.includes(visibility))
    throw new UsageError(
      `--held-out-visibility is one of ${VISIBILITIES.join(', ')}`,
      `--held-out-visibility는 ${VISIBILITIES.join(', ')} 중 하나입니다`,
    );
  const passAt = Number((optionValue(args, '--pass-at') ?? '100').replace(/%$/, ''));
  if (!(passAt >= 0 && passAt <= 100))
    throw new UsageError(
      '--pass-at is a percentage from 0 to 100, e.g. 100% or 60',
      '--pass-at은 0부터 100까지의 백분율입니다. 예: 100% 또는 60',
    );
  const curriculum = loadCurriculum();
  const each = optionValue(args, '--each');
  if (hasOption(args, '--each')) {
    if (!each) throw new UsageError('--each needs a folder of student repositories', '--each 뒤에 학생 저장소들이 든 폴더가 필요합니다');
    return gradeEach(each, {
      args,
      lang,
      limit,
      say,
      exercises: curriculum.exercises,
      planOf: (folder) => plan(curriculum, args, folder, say, (name) => optionValue(args, name)),
    });
  }
  let target = optionValue(args, '--target');
  if (hasOption(args, '--target') && !target) throw new UsageError('--target needs a folder', '--target 뒤에 폴더가 필요합니다');
  // Gradescope: the submission's files, found by name, become the student's repository.
  const gradescopeRoot = args.includes('--gradescope') ? resolve(process.env.KATA_GRADESCOPE_ROOT ?? '/autograder') : undefined;
  let collectedDir: string | undefined;
  if (gradescopeRoot) {
    collectedDir = mkdtempSync(join(tmpdir(), 'kata-submission-'));
    const assigned = readAssignment(root);
    const wanted = curriculum.exercises.filter((e) => (assigned?.ok ? assigned.assignment.assigned.includes(e.id) : isPresent(e)));
    const { missing } = collectSubmission(join(gradescopeRoot, 'submission'), wanted, collectedDir);
    if (missing.length) console.log(say(`not in the submission: ${missing.join(', ')}`, `제출물에 없음: ${missing.join(', ')}`));
    target = collectedDir;
  }
  const p = plan(curriculum, args, target, say, (name) => optionValue(args, name), collectedDir !== undefined);
  // --github-output uses $GITHUB_OUTPUT; --github-output=FILE writes elsewhere (to try the workflow's step by hand).
  const githubOutput = hasOption(args, '--github-output')
    ? args.find((a) => a.startsWith('--github-output='))?.slice('--github-output='.length) || process.env.GITHUB_OUTPUT
    : undefined;
  if (hasOption(args, '--github-output') && !githubOutput)
    throw new UsageError(
      '--github-output needs $GITHUB_OUTPUT (set in GitHub Actions) or --github-output=FILE',
      '--github-output에는 $GITHUB_OUTPUT(GitHub Actions가 설정) 또는 --github-output=FILE이 필요합니다',
    );

  let report: GradeReport;
  try {
    report = await grade(p);
  } finally {
    if (p.scratch) rmSync(p.scratch, { recursive: true, force: true });
    if (collectedDir) rmSync(collectedDir, { recursive: true, force: true });
  }
  const code = writeOutputs(report, curriculum.exercises, say, {
    ...(optionValue(args, '--classroom50') ? { classroom50: resolve(optionValue(args, '--classroom50')!) } : {}),
    ...(gradescopeRoot ? { gradescopeRoot } : {}),
    heldOutVisibility: visibility,
    actions: args.includes('--actions'),
    passAt,
    ...(optionValue(args, '--junit') ? { junit: optionValue(args, '--junit')! } : {}),
    seconds: (Date.now() - started) / 1000,
  });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  // A regrade writes nothing into the teacher's folder unless asked (--json-file); its JSON goes to stdout.
  const jsonFile = optionValue(args, '--json-file') ?? (args.includes('--json') && p.mode === 'own' ? join(root, 'grade.json') : undefined);
  if (jsonFile) writeFileSync(resolve(jsonFile), json);
  if (githubOutput) appendFileSync(githubOutput, githubOutputLines(report, say));

  if (args.includes('--json')) {
    process.stdout.write(json);
    return code;
  }
  printReport(report, p);
  if (githubOutput)
    console.log(
      `\n${say(`Classroom results for ${report.exercises.length} exercises written to $GITHUB_OUTPUT: ${report.total}/${report.max} points`, `연습 ${report.exercises.length}개의 Classroom 결과를 $GITHUB_OUTPUT에 썼습니다: ${report.total}/${report.max}점`)}`,
    );
  console.log(`\n${report.passed} passed, ${report.failed} failed`);
  return code;
}

runCommand(main, lang);

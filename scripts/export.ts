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
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isPresent, loadCurriculum, pathsOf, root } from './lib/core/curriculum.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { fingerprints, scanTexts } from './lib/grading/leaks.ts';
import { type Assignment, hashAll, MANIFEST_FILE, MANIFEST_FORMAT, sealOf, WORKFLOW_FILE } from './lib/grading/assignment.ts';
import {
  checkOptions,
  dependenciesOf,
  describeSelection,
  optionValue,
  runCommand,
  selected,
  SelectionError,
  selectionArgs,
  selectionFrom,
} from './lib/grading/selection.ts';
import { workflowYaml } from './lib/grading/platforms/classroom.ts';
import { ACTIONS_WORKFLOW, actionsWorkflowYaml } from './lib/grading/platforms/actions.ts';
import { type Platform, PLATFORMS, writeKit } from './lib/grading/platforms/kit.ts';
import { VISIBILITIES, type Visibility } from './lib/grading/platforms/results.ts';
import { josa } from './lib/core/josa.ts';
import { build, defaultTitle, git, manifestFiles, read } from './lib/grading/template.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);

const USAGE = {
  en: 'Usage: npm run export -- --platform classroom50|gradescope|actions|classroom --chapters 1-3 --out DIR\n  (where your course grades: see TEACHERS.md; without --platform, the legacy Classroom template alone;\n  --exercises 04,12, --title "…", --feedback-lang ko|en, --teacher-out DIR, --slug NAME,\n  --held-out-visibility after_due_date|visible|hidden|after_published (Gradescope), --pass-at 100% (actions),\n  --held-out-seed N (the held-out inputs drawn again as before; new ones each export by default))',
  ko: '사용법: npm run export -- --platform classroom50|gradescope|actions|classroom --chapters 1-3 --out 폴더\n  (수업이 채점하는 곳: TEACHERS.ko.md 참고. --platform이 없으면 예전 Classroom 템플릿만;\n  --exercises 04,12, --title "…", --feedback-lang ko|en, --teacher-out 폴더, --slug 이름,\n  --held-out-visibility after_due_date|visible|hidden|after_published (Gradescope), --pass-at 100% (actions),\n  --held-out-seed N (같은 비공개 검사 입력을 다시 만듭니다. 없으면 내보낼 때마다 새로 뽑습니다))',
};

function main(): number {
  checkOptions(
    args,
    [
      '--chapters',
      '--exercises',
      '--out',
      '--title',
      '--feedback-lang',
      '--platform',
      '--teacher-out',
      '--slug',
      '--held-out-visibility',
      '--pass-at',
      '--held-out-seed',
    ],
    [],
    USAGE,
  );
  const platform = optionValue(args, '--platform') as Platform | undefined;
  if (platform !== undefined && !PLATFORMS.includes(platform))
    throw new SelectionError(`--platform is one of ${PLATFORMS.join(', ')}`, `--platform은 ${PLATFORMS.join(', ')} 중 하나입니다`);
  const visibility = (optionValue(args, '--held-out-visibility') ?? 'after_due_date') as Visibility;
  if (!VISIBILITIES.includes(visibility))
    throw new SelectionError(
      `--held-out-visibility is one of ${VISIBILITIES.join(', ')}`,
      `--held-out-visibility는 ${VISIBILITIES.join(', ')} 중 하나입니다`,
    );
  const seedArg = optionValue(args, '--held-out-seed');
  const heldOutSeed = seedArg === undefined ? randomInt(1, 2 ** 31) : Number(seedArg);
  if (!Number.isInteger(heldOutSeed) || heldOutSeed < 0)
    throw new SelectionError('--held-out-seed is a whole number', '--held-out-seed는 0 이상의 정수입니다');
  const passAt = Number((optionValue(args, '--pass-at') ?? '100').replace(/%$/, ''));
  if (!(passAt >= 0 && passAt <= 100))
    throw new SelectionError('--pass-at is a percentage from 0 to 100', '--pass-at은 0부터 100까지의 백분율입니다');
  const curriculum = loadCurriculum();
  const selection = selectionFrom(args, curriculum);
  const outArg = optionValue(args, '--out');
  if (!selection || !outArg) throw new SelectionError(USAGE.en, USAGE.ko);
  const out = resolve(outArg);
  if (existsSync(out) && readdirSync(out).length > 0)
    throw new SelectionError(
      `${outArg} exists and is not empty; choose a new folder (nothing was changed)`,
      `${josa(outArg, '이/가')} 이미 있고 비어 있지 않습니다. 새 폴더를 고르세요 (아무것도 바꾸지 않았습니다)`,
    );
  const feedback = optionValue(args, '--feedback-lang') ?? lang;
  if (feedback !== 'en' && feedback !== 'ko') throw new SelectionError('--feedback-lang is en or ko', '--feedback-lang은 en 또는 ko입니다');

  const chosen = selected(curriculum, selection);
  const assigned = chosen.filter((e) => isPresent(e));
  const skipped = chosen.filter((e) => !isPresent(e));
  if (assigned.length === 0)
    throw new SelectionError(
      'none of those exercises has a spec yet; nothing to export',
      '고른 연습 중 스펙이 있는 것이 없어 내보낼 것이 없습니다',
    );
  const provided = dependenciesOf(curriculum, assigned).filter((e) => !assigned.includes(e));
  const assignmentText = { en: describeSelection(selection, 'en'), ko: describeSelection(selection, 'ko') };
  const title = optionValue(args, '--title') ?? defaultTitle(assignmentText.en);

  const files = build(curriculum, assigned, provided, title, assignmentText, platform, say);

  // No solution of an assigned exercise, anywhere: search every file before writing any.
  const providedCode = provided.map((e) => files.get(pathsOf(e).stub) ?? '');
  const prints = assigned.flatMap((e) =>
    existsSync(join(root, pathsOf(e).solution))
      ? fingerprints(e.id, read(pathsOf(e).solution), [files.get(pathsOf(e).stub)!, ...providedCode])
      : [],
  );
  const leaks = scanTexts(
    [...files].map(([where, text]) => ({ where, text })),
    prints,
  );
  if (leaks.length > 0) {
    const list = leaks.map((l) => `  ${l.where}: ${l.fingerprint.exercise} ${l.fingerprint.what}`).join('\n');
    throw new SelectionError(
      `refusing to export: these files contain reference solutions of assigned exercises:\n${list}`,
      `내보내기를 거부합니다: 다음 파일에 과제 연습의 해답이 들어 있습니다:\n${list}`,
    );
  }

  for (const [file, text] of files) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  }
  let commit: string | null = null;
  let uncommittedChanges = false;
  try {
    commit = git(root, 'rev-parse', 'HEAD');
    uncommittedChanges =
      git(
        root,
        'status',
        '--porcelain',
        '--',
        'exercises',
        'spec',
        'scripts',
        'curriculum.json',
        'package.json',
        'package-lock.json',
        'vitest.config.ts',
      ) !== '';
  } catch {
    // not a git checkout
  }
  // The workflow that grades in the student's repository: Classroom's (legacy, the default), the
  // actions platform's, or none (Classroom 50 writes its own on accept; Gradescope grades elsewhere).
  const workflowFile =
    platform === 'classroom50' || platform === 'gradescope' ? undefined : platform === 'actions' ? ACTIONS_WORKFLOW : WORKFLOW_FILE;
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
    const common = {
      exercises: assigned,
      selectionArgs: selectionArgs(selection),
      feedbackLang: feedback as 'en' | 'ko',
      seal: sealOf(assignment),
    };
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
  git(
    out,
    ...identity,
    '-c',
    'commit.gpgsign=false',
    'commit',
    '--quiet',
    '--no-verify',
    '-m',
    `Assignment: ${assignmentText.en} of the deep-learning kata`,
  );

  // The teacher's kit: the pristine copy with the held-out checks, and the platform's bundle.
  const kit = platform ? resolve(optionValue(args, '--teacher-out') ?? `${out}-teacher`) : undefined;
  let heldOut: string[] = [];
  if (kit) {
    if (existsSync(kit) && readdirSync(kit).length > 0)
      throw new SelectionError(
        `${kit} exists and is not empty; choose a new folder with --teacher-out`,
        `${josa(kit, '이/가')} 이미 있고 비어 있지 않습니다. --teacher-out으로 새 폴더를 고르세요`,
      );
    const slug =
      optionValue(args, '--slug') ??
      basename(out)
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
    heldOut = writeKit({
      platform: platform!,
      template: out,
      kit,
      assigned,
      slug,
      feedbackLang: feedback as 'en' | 'ko',
      heldOutVisibility: visibility,
      passAt,
      heldOutSeed,
    });
  }

  const max = assigned.reduce((s, e) => s + e.points, 0);
  const near = relative(process.cwd(), out);
  const where = near && !near.startsWith('..') ? near : out;
  console.log(
    say(
      `Exported ${assignmentText.en} to ${where} (one commit, ${files.size + 2} files)`,
      `${assignmentText.ko} 과제를 ${where}에 내보냈습니다 (커밋 1개, 파일 ${files.size + 2}개)`,
    ),
  );
  console.log(`  ${say('assigned', '과제')}: ${assigned.map((e) => e.id).join(', ')} — ${say(`${max} points`, `${max}점`)}`);
  if (provided.length > 0)
    console.log(`  ${say('provided as working code', '완성된 코드로 제공')}: ${provided.map((e) => e.id).join(', ')}`);
  if (skipped.length > 0)
    console.log(`  ${say('not included (no spec yet)', '제외 (아직 스펙 없음)')}: ${skipped.map((e) => e.id).join(', ')}`);
  const count = Object.keys(assignment.files).length;
  const seal = sealOf(assignment).slice(0, 12);
  const sealWords = workflowFile
    ? say(
        `${MANIFEST_FILE} records ${count} files; ${workflowFile} carries its seal ${seal}…`,
        `${MANIFEST_FILE}에 파일 ${count}개를 기록하고, ${workflowFile}에 봉인 ${seal}…을 넣었습니다`,
      )
    : say(
        `${MANIFEST_FILE} records ${count} files; the bundle grades from its own copy, so nothing the student changes is read`,
        `${MANIFEST_FILE}에 파일 ${count}개를 기록했습니다. 번들은 자기 사본으로 채점하므로 학생이 바꾼 것은 읽지 않습니다`,
      );
  console.log(`  ${say('tamper evidence', '변경 검사')}: ${sealWords}`);
  if (uncommittedChanges)
    console.log(
      say('  note: exported from a checkout with uncommitted changes', '  참고: 커밋하지 않은 변경이 있는 체크아웃에서 내보냈습니다'),
    );
  if (kit) {
    const k = relative(process.cwd(), kit) || kit;
    console.log(
      `  ${say("teacher's kit (never for students)", '선생님용 키트 (학생에게 주지 마세요)')}: ${k} — ${say(`${platform} bundle, ${heldOut.length} held-out spec(s), the steps in its README.md`, `${platform} 번들, 비공개 스펙 ${heldOut.length}개, 단계는 README.md에`)}`,
    );
    console.log(
      `  ${say('held-out inputs', '비공개 검사 입력')}: ${say(`drawn for this course from seed ${heldOutSeed} (--held-out-seed ${heldOutSeed} draws them again)`, `이 수업을 위해 시드 ${heldOutSeed}에서 새로 뽑음 (--held-out-seed ${heldOutSeed}로 다시 만들 수 있음)`)}`,
    );
  }
  console.log(`\n${say('Next', '다음')}:`);
  const then: Record<Platform | 'none', [string, string]> = {
    classroom50: [
      `then push it as a template repository and commit the kit's bundle to your config repository — see ${kit ? relative(process.cwd(), kit) || kit : ''}/README.md`,
      `그다음 템플릿 저장소로 push 하고 키트의 번들을 설정 저장소에 커밋 — ${kit ? relative(process.cwd(), kit) || kit : ''}/README.md 참고`,
    ],
    gradescope: [
      "then give it to students (a template repository or a zip) and upload the kit's autograder.zip to Gradescope",
      '그다음 학생에게 나눠 주고(템플릿 저장소나 zip) 키트의 autograder.zip을 Gradescope에 올리세요',
    ],
    actions: [
      'then push it to GitHub as a template repository: every push is graded by its workflow',
      '그다음 GitHub에 템플릿 저장소로 push: push마다 워크플로가 채점합니다',
    ],
    classroom: [
      'then push it to GitHub as a template repository (legacy Classroom workflow) — see TEACHERS.md',
      '그다음 GitHub에 템플릿 저장소로 push (예전 Classroom 워크플로) — TEACHERS.ko.md 참고',
    ],
    none: [
      'then push it to GitHub as a template repository — see TEACHERS.md',
      '그다음 GitHub에 템플릿 저장소로 push — TEACHERS.ko.md 참고',
    ],
  };
  const [thenEn, thenKo] = then[platform ?? 'none'];
  console.log(
    say(
      `  cd ${where} && npm ci && npm test        # try it: every test fails with "not implemented"\n  npm run grade                              # 0/${max}\n  ${thenEn}`,
      `  cd ${where} && npm ci && npm test        # 확인: 모든 테스트가 "not implemented"로 실패\n  npm run grade                              # 0/${max}\n  ${thenKo}`,
    ),
  );
  return 0;
}

runCommand(main, lang);

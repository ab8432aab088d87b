// npm run classroom -- --chapters 1,3 — write .github/workflows/classroom.yml for GitHub Classroom.
// The workflow runs `npm run grade` once for the chosen exercises and hands one result per exercise
// to the classroom-resources grading reporter, so Classroom records what `npm run grade` prints.
//   --chapters 1,3 | 1-3   --exercises 04,12   (in an exported assignment: default = kata.json's)
//   --feedback-lang ko|en  language of the test names and messages in the Actions log (default: --lang)
//   --out FILE             write elsewhere (default .github/workflows/classroom.yml of this repository)
//   --lang ko|en
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isPresent, loadCurriculum, root } from './lib/core/curriculum.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { readAssignment, sealOf, WORKFLOW_FILE } from './lib/grading/assignment.ts';
import {
  checkOptions,
  describeSelection,
  optionValue,
  runCommand,
  selected,
  SelectionError,
  selectionArgs,
  selectionFrom,
  type Selection,
} from './lib/grading/selection.ts';
import { workflowYaml } from './lib/grading/platforms/classroom.ts';
import { josa } from './lib/core/josa.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);

function main(): number {
  checkOptions(args, ['--chapters', '--exercises', '--out', '--feedback-lang'], [], {
    en: 'Usage: npm run classroom -- --chapters 1,3   (or --exercises 04,12; --out FILE, --feedback-lang ko|en; see TEACHERS.md)',
    ko: '사용법: npm run classroom -- --chapters 1,3   (또는 --exercises 04,12; --out 파일, --feedback-lang ko|en; TEACHERS.ko.md 참고)',
  });
  const curriculum = loadCurriculum();
  const manifest = readAssignment(root);
  if (manifest && !manifest.ok)
    throw new SelectionError(`kata.json cannot be read: ${manifest.error}`, `kata.json을 읽을 수 없습니다: ${manifest.error}`);
  const assignment = manifest?.assignment;
  const selection: Selection | undefined = selectionFrom(args, curriculum) ?? assignment?.selection;
  if (!selection)
    throw new SelectionError(
      'Which chapters? e.g. npm run classroom -- --chapters 1,3',
      '어느 장인가요? 예: npm run classroom -- --chapters 1,3',
    );
  const exercises = selected(curriculum, selection).filter((e) => isPresent(e) || assignment?.assigned.includes(e.id));
  const missing = selected(curriculum, selection).filter((e) => !exercises.includes(e));
  if (exercises.length === 0) throw new SelectionError('none of those exercises has a spec yet', '고른 연습 중 스펙이 있는 것이 없습니다');
  if (assignment && exercises.map((e) => e.id).join() !== assignment.assigned.join()) {
    throw new SelectionError(
      `kata.json assigns ${assignment.assigned.join(', ')}; a workflow for another selection would grade something else. Export a new assignment instead.`,
      `kata.json의 과제는 ${assignment.assigned.join(', ')}입니다. 다른 선택으로 워크플로를 만들면 다른 것을 채점하게 됩니다. 새 과제를 export 하세요.`,
    );
  }
  const feedback = optionValue(args, '--feedback-lang');
  if (feedback !== undefined && feedback !== 'en' && feedback !== 'ko')
    throw new SelectionError('--feedback-lang is en or ko', '--feedback-lang은 en 또는 ko입니다');
  const text = workflowYaml({
    exercises,
    selectionArgs: selectionArgs(selection),
    feedbackLang: (feedback as 'en' | 'ko' | undefined) ?? lang,
    ...(assignment ? { seal: sealOf(assignment) } : {}),
  });
  const out = resolve(optionValue(args, '--out') ?? join(root, WORKFLOW_FILE));
  const before = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const max = exercises.reduce((s, e) => s + e.points, 0);
  const near = relative(process.cwd(), out);
  const where = near && !near.startsWith('..') ? near : out;
  console.log(
    before === undefined
      ? say(`Wrote ${where}`, `${josa(where, '을/를')} 썼습니다`)
      : before === text
        ? say(`${where} is already up to date`, `${josa(where, '은/는')} 이미 최신입니다`)
        : say(`Updated ${where}`, `${josa(where, '을/를')} 고쳤습니다`),
  );
  console.log(
    say(
      `  grades ${describeSelection(selection, 'en')}: ${exercises.length} exercises, ${max} points, in one run per push`,
      `  ${describeSelection(selection, 'ko')} 채점: 연습 ${exercises.length}개, ${max}점, push마다 한 번 실행`,
    ),
  );
  if (missing.length > 0)
    console.log(
      say(
        `  not included (no spec yet): ${missing.map((e) => e.id).join(', ')}`,
        `  제외 (아직 스펙 없음): ${missing.map((e) => e.id).join(', ')}`,
      ),
    );
  console.log(
    assignment
      ? say(
          '  sealed with the hash of kata.json: a changed kata.json fails the grading',
          '  kata.json의 해시로 봉인: kata.json을 바꾸면 채점이 실패합니다',
        )
      : say(
          '  no kata.json here, so no tamper check: use npm run export for a student repository',
          '  여기에는 kata.json이 없어 변경 검사가 없습니다. 학생용 저장소는 npm run export로 만드세요',
        ),
  );
  console.log(
    say(
      `  try it by hand: npm run grade -- ${selectionArgs(selection).join(' ')}`,
      `  직접 해 보기: npm run grade -- ${selectionArgs(selection).join(' ')}`,
    ),
  );
  return 0;
}

runCommand(main, lang);

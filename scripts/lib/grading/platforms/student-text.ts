// What the student README (scripts/templates/student-README*.md) says about grading, per platform:
// how to hand work in (step 5), the row of `npm run grade` in the command table, "How you are graded",
// and what changing the tests does (0 points where the repository grades itself; nothing where a
// bundle grades from the teacher's copy). The rest of the README is the same everywhere. Every platform's teacher can also run the held-out checks
// (the kit's regrade), so every README says so: passing the public checks is needed, not enough.
import type { Platform } from './kit.ts';

type Both = { en: string; ko: string };
export type StudentPlatform = Platform | 'none';

const PARTIAL: Both = {
  en: 'Each exercise is worth its points, with partial credit per test: **points × passing tests ÷ tests,\nrounded down** — so full points need every test to pass. An exercise that does not load or does not\nfinish gets the points of the tests that passed, usually 0.',
  ko: '연습마다 배점이 있고, 테스트 단위로 부분 점수를 줍니다: **배점 × 통과한 테스트 수 ÷ 테스트 수,\n소수점 아래는 버림**. 그래서 만점을 받으려면 모든 테스트를 통과해야 합니다. 불러오지 못하거나 끝나지\n않는 연습은 그 전에 통과한 테스트만큼의 점수를 받으며, 보통 0점입니다.',
};

const HELD_OUT: Both = {
  en: '**Your teacher also runs held-out checks** when grading: the same contracts on inputs you have not\nseen. Your passing tests count as far as the held-out checks confirm them, so an answer written for the\ninputs in `spec/` earns nothing. When everything passes here, `npm test` says "public checks passed;\nyour teacher\'s held-out checks run when grading" — write the function, not the table of answers.',
  ko: '**선생님은 채점할 때 비공개 검사도 실행합니다**: 같은 약속을 여러분이 보지 못한 입력으로 확인합니다.\n통과한 테스트는 비공개 검사가 확인해 주는 만큼만 점수가 되므로, `spec/`의 입력에 맞춰 답을 적어 둔\n코드는 점수를 받지 못합니다. 여기서 모두 통과하면 `npm test`가 "공개 검사 통과, 선생님의 비공개 검사는\n채점할 때 실행됩니다"라고 알려 줍니다 — 답의 표가 아니라 함수를 작성하세요.',
};

/** Where the repository grades itself on every push. */
const PUSH: Both = {
  en: 'Commit and push. Every push is graded (see below); push as often as you like.',
  ko: 'commit 하고 push 하세요. push 할 때마다 채점됩니다(아래 참고). 몇 번이든 push 해도 됩니다.',
};

const SUBMIT: Record<StudentPlatform, Both> = {
  classroom50: {
    en: 'Commit and push, then submit: `gh student submit` (or on classroom50.org; for some assignments a push is the submission). Submit as often as you like.',
    ko: 'commit 하고 push 한 다음 제출하세요: `gh student submit` (또는 classroom50.org에서. 과제에 따라 push가 곧 제출입니다). 몇 번이든 제출해도 됩니다.',
  },
  gradescope: {
    en: 'Commit (and push, if your course uses GitHub), then submit on Gradescope; submit as often as you like.',
    ko: 'commit 하고 (수업이 GitHub를 쓰면 push 하고) Gradescope에 제출하세요. 몇 번이든 제출해도 됩니다.',
  },
  actions: PUSH,
  classroom: PUSH,
  none: PUSH,
};

/** In the student's repository, a changed spec costs the exercise's points (the workflow grades it there). */
const LEAVE_ALONE_HERE: Both = {
  en: "**Leave the tests and the grading alone.** `spec/`, `scripts/`, `.github/`, `kata.json`,\n`package.json`, `package-lock.json`, `curriculum.json`, `vitest.config.ts`, `tsconfig.json` and the\nprovided code are recorded in `kata.json` with their SHA-256 hashes. Grading lists every changed file\nfor your teacher, and **an exercise whose spec was changed gets 0 points**. If a test looks wrong to\nyou, tell your teacher. To undo an accidental change: `git checkout -- spec` (or the file's path).",
  ko: '**테스트와 채점 파일은 건드리지 마세요.** `spec/`, `scripts/`, `.github/`, `kata.json`, `package.json`,\n`package-lock.json`, `curriculum.json`, `vitest.config.ts`, `tsconfig.json`, 그리고 제공된 코드는\nSHA-256 해시와 함께 `kata.json`에 기록되어 있습니다. 채점할 때 바뀐 파일은 모두 선생님께 표시되고,\n**스펙이 바뀐 연습은 0점입니다**. 테스트가 틀린 것 같으면 선생님께 알려 주세요. 실수로 바꿨다면\n`git checkout -- spec` (또는 그 파일의 경로)으로 되돌릴 수 있습니다.',
};

/** Graded from the teacher's own copy: a changed spec is simply not read. */
const LEAVE_ALONE_BUNDLE: Both = {
  en: "**Only your exercise files are graded.** Your teacher grades them with their own copy of `spec/`,\n`scripts/` and everything else, so changing the tests changes nothing but what you see here. If a test\nlooks wrong to you, tell your teacher. To undo an accidental change: `git checkout -- spec` (or the\nfile's path).",
  ko: '**채점에는 연습 파일만 쓰입니다.** 선생님은 자기 `spec/`, `scripts/` 등의 사본으로 채점하므로, 테스트를\n바꿔도 여기서 보이는 것만 달라질 뿐입니다. 테스트가 틀린 것 같으면 선생님께 알려 주세요. 실수로 바꿨다면\n`git checkout -- spec` (또는 그 파일의 경로)으로 되돌릴 수 있습니다.',
};

/** The legacy Classroom workflow (and exports without --platform). */
const CLASSROOM_WORKFLOW: { row: Both; how: Both } = {
  row: {
    en: 'your points, exactly as the workflow *Autograding Tests* will report them',
    ko: '내 점수. *Autograding Tests* 워크플로가 보고할 점수와 똑같습니다',
  },
  how: {
    en: "Every push runs the workflow *Autograding Tests* (the repository's *Actions* tab). It runs\n`npm run grade` once for all exercises; `npm run grade` on your own computer prints the same points,\nand the Actions log lists every test with its message.",
    ko: 'push 할 때마다 *Autograding Tests* 워크플로가 실행됩니다(저장소의 *Actions* 탭). 이 워크플로는\n`npm run grade`를 한 번 실행해 모든 연습을 채점합니다. 내 컴퓨터에서 `npm run grade`를 실행하면 같은\n점수가 나오고, Actions 로그에는 테스트마다 결과와 메시지가 나옵니다.',
  },
};

const WHERE: Record<StudentPlatform, { row: Both; how: Both }> = {
  classroom50: {
    row: {
      en: "your points on the public checks (your teacher's grade adds the held-out checks)",
      ko: '공개 검사로 매긴 내 점수 (선생님의 채점에는 비공개 검사가 더해집니다)',
    },
    how: {
      en: "Each submission is graded by your teacher's autograder on Classroom 50, which takes only your exercise\nfiles: the result appears as a Release of your repository (*View grade*), with a table of exercises,\npoints and the first failure of each.",
      ko: '제출할 때마다 Classroom 50에서 선생님의 자동 채점기가 여러분의 연습 파일만 가져가 채점합니다. 결과는\n저장소의 Release(*View grade*)로 나타나고, 연습마다 점수와 첫 실패가 담긴 표가 있습니다.',
    },
  },
  gradescope: {
    row: {
      en: 'your points on the public checks (Gradescope adds the held-out checks)',
      ko: '공개 검사로 매긴 내 점수 (Gradescope는 비공개 검사를 더합니다)',
    },
    how: {
      en: 'You submit on Gradescope: this repository (GitHub upload) or just your exercise files — each is found\nby its name (`softmax.ts` for 02). Gradescope grades only those files, with its own copy of the specs,\nand shows every test with its points and message.',
      ko: '제출은 Gradescope에서 합니다: 이 저장소(GitHub 업로드)나 연습 파일만 올리면 되고, 파일은 이름으로\n찾습니다(02라면 `softmax.ts`). Gradescope는 그 파일만 자기 스펙 사본으로 채점하고, 테스트마다 점수와\n메시지를 보여 줍니다.',
    },
  },
  actions: {
    row: {
      en: 'your points, exactly as the workflow *Grade* will report them',
      ko: '내 점수. *Grade* 워크플로가 보고할 점수와 똑같습니다',
    },
    how: {
      en: "Every push runs the workflow *Grade* (the repository's *Actions* tab): its summary has a table of\nexercises, points and the first failure of each, and every exercise not yet full is marked on your\nfile and line. `npm run grade` on your own computer prints the same points.",
      ko: 'push 할 때마다 *Grade* 워크플로가 실행됩니다(저장소의 *Actions* 탭). 요약에는 연습마다 점수와 첫 실패가\n담긴 표가 있고, 아직 만점이 아닌 연습은 여러분의 파일과 줄에 표시됩니다. 내 컴퓨터에서 `npm run grade`를\n실행하면 같은 점수가 나옵니다.',
    },
  },
  classroom: CLASSROOM_WORKFLOW,
  none: CLASSROOM_WORKFLOW,
};

/** The README's placeholders {{submit_step}}, {{grade_row}}, {{graded_how}} and {{leave_alone}} for a platform, in one language. */
export function gradingText(
  platform: StudentPlatform,
  lang: 'en' | 'ko',
): { submit_step: string; grade_row: string; graded_how: string; leave_alone: string } {
  const w = WHERE[platform];
  const bundle = platform === 'classroom50' || platform === 'gradescope';
  return {
    submit_step: SUBMIT[platform][lang],
    grade_row: w.row[lang],
    graded_how: [w.how[lang], PARTIAL[lang], HELD_OUT[lang]].join('\n\n'),
    leave_alone: (bundle ? LEAVE_ALONE_BUNDLE : LEAVE_ALONE_HERE)[lang],
  };
}

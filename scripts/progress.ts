// npm run progress — where am I, and what's next? On one 80×24 screen: the total, every chapter with a
// bar (the chapter being worked on lists its exercises with their state), then the next exercise to do.
// `--json` for tools, `--lang ko|en`, `--target DIR` to look at another folder, `--time-limit S` per exercise.
import { relative } from 'node:path';
import { isPresent, loadCurriculum, numberOf, pathsOf, root, type Exercise } from './lib/core/curriculum.ts';
import { HELD_OUT_NOTICE, isStudentCopy } from './lib/grading/assignment.ts';
import { type Lang, langFrom, translator, withoutLang } from './lib/core/language.ts';
import { josa } from './lib/core/josa.ts';
import { runExercises, type ExerciseResult, type ExerciseState } from './lib/runner/runner.ts';
import { pad } from './lib/core/text.ts';
import { isLoopGuardMessage, timeLimitSeconds } from './lib/core/time-limit.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const marks: Record<ExerciseState, string> = {
  done: '✓',
  failing: '✗',
  'not-started': '·',
  timeout: '⏱',
  syntax: '!',
  crash: '!',
  missing: '?',
};

/** npm test's words for a crash (scripts/lib/runner/summary.mjs), loaded in main(). */
let blame: (cause: 'oom' | 'killed' | 'crashed', limit: number) => string = (cause) => cause;

function describe(r: ExerciseResult, limit: number): string {
  switch (r.state) {
    case 'done':
      return say(`done (${r.total} tests)`, `완료 (테스트 ${r.total}개)`);
    case 'failing':
      return say(`failing: ${r.passed} of ${r.total} tests pass`, `진행 중: 테스트 ${r.total}개 중 ${r.passed}개 통과`);
    case 'not-started':
      return say('not started', '시작 전');
    case 'timeout': {
      // The loop guard's own words say whether it was memory, slow rounds or an endless loop.
      const guard = r.tests.find((t) => !t.passed && isLoopGuardMessage(t.message))?.message.split('\n')[0];
      return guard ?? say(`did not finish within ${limit} s — an endless loop?`, `${limit}초 안에 끝나지 않음 — 무한 루프?`);
    }
    case 'syntax':
      return `${say('does not parse', '구문 오류')}${elsewhere(r)}: ${r.firstFailure.replace(/^SyntaxError: /, '')}`;
    case 'crash':
      if (r.cause) return blame(r.cause, limit);
      return `${say('throws while loading', '불러오는 중에 오류')}${elsewhere(r)}: ${r.firstFailure}`;
    case 'missing':
      return say('no result', '결과 없음');
  }
}

/** When the file that breaks is another exercise's, which this one imports, say so. */
function elsewhere(r: ExerciseResult): string {
  const other = /(\d\d-[a-z0-9-]+)\/[^/\s]+\.ts/.exec(r.firstFailure)?.[1];
  return other && other !== r.id ? say(` (in ${other}, which it imports)`, ` (이 연습이 import 하는 ${other}에서)`) : '';
}

function bar(done: number, total: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${done}/${total}`;
}

async function main(): Promise<void> {
  const curriculum = loadCurriculum();
  const exercises = curriculum.exercises.filter((e) => isPresent(e));
  const limit = Number(option('--time-limit')) || timeLimitSeconds();
  // Type errors are a note on the next exercise: checked while the tests run (learner's own tree only).
  const { typeErrors } = await import('./lib/runner/typecheck.mjs'); // ESM, shared with test.mjs
  process.env.KATA_LANG = lang; // runner/summary.mjs reads the language when it loads
  blame = (await import('./lib/runner/summary.mjs')).blameText;
  const types =
    option('--target') || args.includes('--json')
      ? Promise.resolve([] as string[])
      : typeErrors(
          root,
          exercises.map((e) => pathsOf(e).stub),
          200,
        );
  const results = await runExercises(exercises, { target: option('--target'), limitSeconds: limit, lang });
  const byId = new Map(results.map((r) => [r.id, r]));
  const done = results.filter((r) => r.state === 'done');
  const next = exercises.find((e) => byId.get(e.id)?.state !== 'done');
  const points = (list: Exercise[]) => list.reduce((s, e) => s + e.points, 0);

  if (args.includes('--json')) {
    const json = {
      exercises: results.map(({ tests, ...r }) => ({ ...r, tests: tests.map((t) => ({ name: t.name, passed: t.passed })) })),
      next: next?.id ?? null,
      passed: done.length,
      failed: results.length - done.length,
    };
    console.log(JSON.stringify(json, null, 2));
    return;
  }

  // One screen, 80×24 (scripts/lib/runner/screen.mjs): the chapters folded, the next exercise's chapter open.
  const { clip, columns, foldChapters, HEIGHT } = await import('./lib/runner/screen.mjs');
  const width = Math.max(...exercises.map((e) => e.id.length));
  const rows = exercises.map((e) => {
    const r = byId.get(e.id)!;
    return { id: e.id, chapter: e.chapter, state: r.state, line: `${marks[r.state]} ${e.id.padEnd(width)}  ${describe(r, limit)}` };
  });
  const heldOut = done.length > 0 && isStudentCopy(option('--target') ?? root);
  const own = next ? (await types).filter((l) => l.startsWith(`${pathsOf(next).stub}:`)) : [];
  const doneExercises = exercises.filter((e) => byId.get(e.id)?.state === 'done');
  // The total on the title line; in a student's copy of an assignment, ✓ means the public checks: the teacher's grade has more.
  const lines = [
    `${say('Deep-learning kata — progress', '딥러닝 카타 — 진행 상황')}  ${bar(done.length, exercises.length)} · ${say('points', '점수')} ${points(doneExercises)}/${points(exercises)}`,
  ];
  if (heldOut) lines.push(clip(`✓ = ${say(HELD_OUT_NOTICE.en, HELD_OUT_NOTICE.ko)}`));
  lines.push('');
  // Besides the chapters: blank, Next, code, start or first failure, type errors, run it, blank, the count.
  const fixed = lines.length + (next ? 5 + (own.length > 0 ? 1 : 0) : 2) + 2;
  const label = (chapter: { number: number; title: Record<Lang, string> }) =>
    `${say(`Chapter ${chapter.number}`, `${chapter.number}장`)} · ${chapter.title[lang]}`;
  const labelWidth = Math.max(...curriculum.chapters.map((c) => columns(label(c)))) + 2;
  lines.push(
    ...foldChapters(curriculum.chapters, rows, next?.id, HEIGHT - fixed, (chapter, list, folded) => {
      const finished = list.filter((r) => r.state === 'done').length;
      const mark = finished === list.length ? '✓' : list.every((r) => r.state === 'not-started') ? '·' : folded ? '✗' : ' ';
      const trouble = folded ? list.filter((r) => r.state !== 'done' && r.state !== 'not-started').map((r) => r.id.slice(0, 2)) : [];
      const fix = trouble.length > 0 ? say(`  to fix: ${trouble.join(', ')}`, `  고칠 것: ${trouble.join(', ')}`) : '';
      return `${mark} ${pad(label(chapter), labelWidth)}${bar(finished, list.length)}${fix}`;
    }),
  );

  if (next) {
    const r = byId.get(next.id)!;
    const p = pathsOf(next);
    const n = numberOf(next.id);
    lines.push('', clip(`${say('Next', '다음')}: ${next.id} — ${next.title[lang]}`));
    const line = (en: string, ko: string, text: string) => lines.push(clip(`  ${pad(say(en, ko), 15)}${text}`));
    line('code', '코드', relative(process.cwd(), `${root}/${p.stub}`));
    const readme = relative(process.cwd(), `${root}/${lang === 'ko' ? p.readmeKo : p.readme}`);
    if (r.state === 'not-started') line('start', '시작', say(`read ${readme}`, `${josa(readme, '을/를')} 읽으세요`));
    else if (r.firstFailure) line('first failure', '첫 실패', r.firstFailure);
    if (own.length > 0)
      line(
        'type errors',
        '타입 오류',
        `${own.length}${say(' (a note; the tests decide): ', '개 (참고용, 통과 여부는 테스트가 정함): ')}${own[0]}`,
      );
    line('run it', '실행', `npm test -- ${n}   ${say('hint', '힌트')}: npm run hint -- ${n}`);
  } else {
    lines.push('', say('Every exercise is done. Well done!', '모든 연습을 마쳤습니다. 수고하셨습니다!'));
  }
  lines.push(
    '',
    say(`${done.length} passed, ${results.length - done.length} failed`, `통과 ${done.length}, 실패 ${results.length - done.length}`),
  );
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

// npm run watch [-- 04] — rerun the current exercise (the first not done, or the one named)
// every time a file of yours is saved; show its state; once it passes, move on to the next.
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { findExercise, isPresent, loadCurriculum, numberOf, pathsOf, root, type Exercise } from './lib/core/curriculum.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { SpecSession, type ExerciseResult } from './lib/runner/runner.ts';
import { oneLine } from './lib/core/text.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const query = withoutLang(argv).find((a) => !a.startsWith('-'));
const target = resolve(process.env.KATA_TARGET ?? join(root, 'exercises'));
const exercises = loadCurriculum().exercises.filter((e) => isPresent(e));
const session = new SpecSession({ lang });

function show(exercise: Exercise, result: ExerciseResult, ms: number): void {
  if (process.stdout.isTTY) process.stdout.write('\x1Bc');
  const n = numberOf(exercise.id);
  console.log(
    `${say('Watching', '지켜보는 중')}: ${exercise.id} — ${exercise.title[lang]}   (${ms} ms · Ctrl-C ${say('to stop', '로 끝내기')})\n`,
  );
  for (const test of result.tests) console.log(`  ${test.passed ? '✓' : '✗'} ${test.name.replace(/^\S+ \S+ > /, '')}`);
  if (result.state === 'timeout')
    console.log(
      `  ⏱ ${say(`did not finish within ${session.limitMs / 1000} s — an endless loop?`, `${session.limitMs / 1000}초 안에 끝나지 않음 — 무한 루프?`)}`,
    );
  const failure = result.tests.find((t) => !t.passed);
  if (failure) {
    const lines = failure.message
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 12);
    console.log(
      `\n${say('First failure', '첫 번째 실패')}: ${failure.name.replace(/^\S+ \S+ > /, '')}\n${lines.map((l) => `    ${l}`).join('\n')}`,
    );
  } else if (result.total === 0) {
    console.log(`  ! ${oneLine(result.firstFailure)}`);
  }
  console.log(
    `\n${result.passed}/${result.total} ${say('tests pass', '개 테스트 통과')} · ${say('edit', '수정')} ${pathsOf(exercise).stub} · ${say('hint', '힌트')}: npm run hint -- ${n}`,
  );
}

async function runAndShow(exercise: Exercise): Promise<ExerciseResult> {
  const started = Date.now();
  const { typeErrors, typeNote } = await import('./lib/runner/typecheck.mjs'); // ESM, shared with test.mjs
  // The type note is about the learner's own tree (not another folder given with KATA_TARGET).
  const types = target === join(root, 'exercises') ? typeErrors(root, [pathsOf(exercise).stub]) : Promise.resolve([]);
  const [result] = await session.run([exercise]);
  show(exercise, result!, Date.now() - started);
  const note = typeNote(await types, say);
  if (note) console.log(note);
  return result!;
}

async function main(): Promise<void> {
  let current: Exercise | undefined;
  if (query) {
    current = findExercise(loadCurriculum(), query);
    if (!current) throw new Error(say(`No exercise "${query}"`, `"${query}" 연습이 없습니다`));
  } else {
    const results = await session.run(exercises);
    current = exercises.find((_, i) => results[i]?.state !== 'done');
    if (!current) {
      console.log(say('Every exercise is done. Well done!', '모든 연습을 마쳤습니다. 수고하셨습니다!'));
      await session.close();
      return;
    }
  }
  // Runs queue up one after another; each shows the current exercise and, once it passes, moves on.
  let queue = Promise.resolve();
  const rerun = () =>
    (queue = queue.then(async () => {
      let result = await runAndShow(current!);
      while (result.state === 'done') {
        console.log(`\n✓ ${current!.id} ${say('passes!', '통과!')}`);
        // The next exercise not done yet: the ones after this that already pass are skipped.
        const later = exercises.slice(exercises.findIndex((e) => e.id === current!.id) + 1);
        const states = later.length > 0 ? await session.run(later) : [];
        const next = later.find((_, i) => states[i]?.state !== 'done');
        if (!next) {
          console.log(say('Every exercise from here on passes. Well done!', '여기서부터 끝까지 모든 연습을 통과했습니다. 수고하셨습니다!'));
          return;
        }
        console.log(
          `${say('Next', '다음')}: ${next.id} — ${next.title[lang]} (${lang === 'ko' ? pathsOf(next).readmeKo : pathsOf(next).readme})`,
        );
        current = next;
        await new Promise((done) => setTimeout(done, 1500));
        result = await runAndShow(current);
      }
    }));

  // Watch before the first run, so that a save during it is not missed.
  let timer: NodeJS.Timeout | undefined;
  watch(target, { recursive: true }, (_event, name) => {
    if (!name || !String(name).endsWith('.ts')) return;
    session.invalidate(join(target, String(name)));
    clearTimeout(timer);
    timer = setTimeout(rerun, 80);
  });
  await rerun();
  process.on('SIGINT', () => void session.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});

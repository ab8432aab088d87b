// npm run hint -- 04 — the next hint of exercise 04 that you have not seen yet, one more per call.
// `--all` shows them all. Without an exercise id: the hints of the first exercise not yet done.
// What was shown is remembered in .kata/hints.json.
import { findExercise, isPresent, loadCurriculum, numberOf, pathsOf, type Exercise } from './lib/core/curriculum.ts';
import { langFrom, translator, withoutLang } from './lib/core/language.ts';
import { runExercises } from './lib/runner/runner.ts';
import { readState, writeState } from './lib/runner/state.ts';

const argv = process.argv.slice(2);
const lang = langFrom(argv);
const say = translator(lang);
const args = withoutLang(argv);
const all = args.includes('--all');
const query = args.find((a) => !a.startsWith('-'));

async function pick(): Promise<Exercise | undefined> {
  const curriculum = loadCurriculum();
  if (query) return findExercise(curriculum, query);
  const present = curriculum.exercises.filter((e) => isPresent(e));
  const results = await runExercises(present, { lang });
  return present.find((_, i) => results[i]?.state !== 'done') ?? present.at(-1);
}

async function main(): Promise<number> {
  const exercise = await pick();
  if (!exercise) {
    console.error(say(`No exercise "${query}". Try: npm run hint -- 04`, `"${query}" 연습이 없습니다. 예: npm run hint -- 04`));
    return 2;
  }
  const hints = exercise.hints[lang];
  const seen = readState<Record<string, number>>('hints.json', {});
  const shown = all ? hints.length : Math.min((seen[exercise.id] ?? 0) + 1, hints.length);
  writeState('hints.json', { ...seen, [exercise.id]: Math.max(shown, seen[exercise.id] ?? 0) });

  console.log(`${exercise.id} — ${exercise.title[lang]}`);
  const first = all ? 0 : shown - 1;
  hints.slice(first, shown).forEach((hint, i) => console.log(`\n${say('Hint', '힌트')} ${first + i + 1}/${hints.length}: ${hint}`));
  const readme = lang === 'ko' ? pathsOf(exercise).readmeKo : pathsOf(exercise).readme;
  if (shown < hints.length) {
    console.log(
      `\n${say(`Still stuck? Run it again for hint ${shown + 1}/${hints.length}:`, `그래도 막혔다면 한 번 더 실행하면 다음 힌트(${shown + 1}/${hints.length})가 나옵니다:`)}  npm run hint -- ${numberOf(exercise.id)}`,
    );
  } else {
    console.log(
      `\n${say("That was the last hint. The instructions work the article's example through:", '마지막 힌트였습니다. 설명 파일에서 글의 예제를 단계별로 따라가 보세요:')} ${readme}`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

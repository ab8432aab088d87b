// @ts-check
// npm test — vitest's `vitest run` for learners:
//   * `npm test` alone prints a summary that fits a screen: one line per exercise in number order, the
//     first failure of the first unfinished one, the next command (scripts/lib/runner/summary.mjs);
//     `npm test -- --verbose` (or any other vitest option, e.g. `-- --reporter dot`) prints vitest's own;
//   * `npm test -- 4` or `-- 04` runs exactly exercise 04 (not 14 or 24) with vitest's full output, and
//     once it passes names the next exercise; a number that is no exercise is answered as such;
//   * a spec file that hangs, runs out of memory or takes the process down is named with its cause, and
//     the other files run again; the run never ends green with a spec file missing.
// Plain JavaScript so that every run starts as fast as vitest itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blameCrash, deathCause, diedOfMemory, fillingMemory } from './lib/core/deaths.mjs';
import { startedFiles } from './lib/core/markers.mjs';
import { chaptersIn, closing, exercisesIn, say, summary } from './lib/runner/summary.mjs';
import { typeErrors, typeNote } from './lib/runner/typecheck.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const limit = Number(process.env.KATA_TIME_LIMIT) || 10;
const exercises = exercisesIn(root);

const argv = process.argv.slice(2);
const numbers = argv.filter((a) => /^\d{1,3}$/.test(a));
const others = argv.filter((a) => !/^\d{1,3}$/.test(a) && a !== '--verbose');
const unknown = numbers.filter((n) => !exercises.some((e) => e.id.startsWith(`${n.padStart(2, '0')}-`)));
if (unknown.length > 0) {
  const range = `${exercises[0]?.id.slice(0, 2)}–${exercises[exercises.length - 1]?.id.slice(0, 2)}`;
  console.error(
    say(
      `There is no exercise ${unknown.join(', ')}. The exercises are numbered ${range}; npm test alone shows them all, npm run progress where you stand.`,
      `${unknown.join(', ')}번 연습은 없습니다. 연습 번호는 ${range}입니다. npm test 만 입력하면 모두 보이고, npm run progress 는 진행 상황을 보여 줍니다.`,
    ),
  );
  process.exit(1);
}
const chosen = numbers.map(
  (n) => /** @type {import('./lib/runner/summary.mjs').Exercise} */ (exercises.find((e) => e.id.startsWith(`${n.padStart(2, '0')}-`))),
);
const summaryMode = numbers.length === 0 && argv.length === 0;
const expected = chosen.length > 0 ? chosen : exercises;
const specOf = (/** @type {{ id: string }} */ e) => join(root, 'spec', `${e.id}.spec.ts`);
const idOf = (/** @type {string} */ file) => relative(join(root, 'spec'), file).replace(/\.spec\.ts$/, '');

// The type errors of the exercises asked for: a note, checked while the tests run.
const types =
  chosen.length > 0 && !process.env.KATA_TARGET
    ? typeErrors(
        root,
        chosen.map((e) => `exercises/${e.file}`),
      )
    : Promise.resolve([]);
const state = mkdtempSync(join(tmpdir(), 'kata-test-'));
/** @type {Map<string, import('./lib/runner/summary.mjs').FileRecord>} */
const records = new Map();
/** @type {Map<string, import('./lib/runner/summary.mjs').Blame>} */
const blamed = new Map();
let failedRound = false;
/** Spec files that were running together when the process died: each runs alone next, to find the one. */
const suspects = [];

for (let round = 0; round < 16; round++) {
  const record = join(state, `record-${round}.jsonl`);
  const started = join(state, `started-${round}`);
  const hungFile = join(state, `hung-${round}.json`);
  mkdirSync(started);
  const suspect = suspects.shift();
  const settled = [...records.keys(), ...blamed.keys()].map((id) => relative(root, specOf({ id })));
  const files = suspect
    ? [relative(root, suspect)]
    : chosen.filter((e) => !records.has(e.id) && !blamed.has(e.id)).map((e) => relative(root, specOf(e)));
  if (!suspect && chosen.length > 0 && files.length === 0) break;
  const run = spawnSync(process.execPath, [vitest, 'run', ...files, ...others, ...settled.flatMap((f) => ['--exclude', f])], {
    cwd: root,
    stdio: ['inherit', summaryMode ? 'ignore' : 'inherit', 'pipe'],
    env: {
      ...process.env,
      KATA_WATCHDOG_STATE: hungFile,
      KATA_RECORD: record,
      KATA_STARTED_DIR: started,
      KATA_QUIET: summaryMode ? '1' : '',
      ...(suspect ? { KATA_WORKERS: '1' } : {}),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const stderr = run.stderr?.toString() ?? '';
  const ended = new Set();
  if (existsSync(record)) {
    for (const line of readFileSync(record, 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line);
      ended.add(r.file);
      records.set(idOf(r.file), r);
    }
  }
  const watchdog = existsSync(hungFile) ? JSON.parse(readFileSync(hungFile, 'utf8')) : { hung: [] };
  const hung = watchdog.hung;
  // Stuck while holding gigabytes: the memory is filling (an allocating loop, endless or not), not the clock.
  const filling = fillingMemory(watchdog.rss, watchdog.grown);
  for (const file of hung) blamed.set(idOf(file), filling ? 'oom' : 'hung');
  const inFlight = startedFiles(started, ended)
    .map(([file]) => file)
    .filter((f) => !hung.includes(f));
  const crashed = run.signal !== null || (run.status !== 0 && run.status !== 1) || diedOfMemory(stderr);
  // vitest's own words, unless they are V8's dump of a crash: that is told below, as the exercise's cause.
  if (stderr && !crashed && !summaryMode) process.stderr.write(stderr);
  if (crashed) {
    // The file that was running takes the blame, with its cause; two at once are run again alone.
    const cause = deathCause({ stderr, signal: run.signal, code: run.status });
    const { culprit, suspects: again } = blameCrash(inFlight, suspect);
    if (culprit) blamed.set(idOf(culprit), cause);
    else if (again.length > 0) suspects.push(...again.filter((f) => !suspects.includes(f)));
    else if (round > 0) break; // nothing to blame and nothing new learnt: the files left have no result
    continue;
  }
  if (hung.length > 0 || suspect || suspects.length > 0) continue;
  if (run.status !== 0) failedRound = true;
  if (records.size === 0 && stderr) process.stderr.write(stderr); // vitest could not start: say why
  break;
}
rmSync(state, { recursive: true, force: true });

// The verdict is the kata's, file by file: any failure, crash, hang, or file without a result is red.
const missing = expected.filter((e) => !records.has(e.id) && !blamed.has(e.id));
const red =
  failedRound ||
  blamed.size > 0 ||
  missing.length > 0 ||
  [...records.values()].some((r) => r.errors.length > 0 || r.tests.some((t) => t.state === 'failed'));
if (summaryMode) console.log(summary(exercises, records, blamed, limit, chaptersIn(root)));
else {
  const tail = closing(
    root,
    exercises,
    chosen.length > 0
      ? chosen
      : [...blamed.keys(), ...missing.map((e) => e.id)]
          .map((id) => /** @type {any} */ (exercises.find((e) => e.id === id)))
          .filter(Boolean),
    records,
    blamed,
    limit,
  );
  if (tail) console.log(tail);
  const note = typeNote(await types, say);
  if (note) console.log(note);
}
// In a student's copy of an assignment (kata.json, no held-out checks), green is the public checks only
// (the words of HELD_OUT_NOTICE in scripts/lib/grading/assignment.ts).
if (!red && existsSync(join(root, 'kata.json')) && !existsSync(join(root, 'spec', 'held-out'))) {
  console.log(
    say(
      "\n✓ public checks passed; your teacher's held-out checks run when grading",
      '\n✓ 공개 검사 통과, 선생님의 비공개 검사는 채점할 때 실행됩니다',
    ),
  );
}
process.exit(red ? 1 : 0);

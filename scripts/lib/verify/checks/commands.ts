// verify's checks of the learner commands: progress, npm test, hint, reset and watch, including
// the promise that a learner's bug never hangs a run or hides the other exercises.
// Over 300 lines: the learner commands run side by side on shared trees, so their checks read together.
import { execSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Check } from '../tally.ts';
import { type Curriculum, type Exercise, isPresent, pathsOf, root } from '../../core/curriculum.ts';
import { execute, type Executed, TSX } from '../../core/exec.ts';

const script = (name: string, ...args: string[]) =>
  [process.execPath, ['--import', TSX, join(root, 'scripts', `${name}.ts`), ...args]] as const;
const LIMIT = 5; // seconds per spec file for the planted slow and exiting code: short, since each one spends it
// The broken tree's sound specs run beside its loop, its recursion, the mutants and eight commands: 5 s let one time out on CI.
const BROKEN_LIMIT = 12;

interface ProgressJson {
  exercises: { id: string; state: string; passed: number; total: number; firstFailure: string }[];
  next: string | null;
  passed: number;
  failed: number;
}

/** A copy of solutions/ with an endless loop in 01, a syntax error in 03, runaway recursion in 04 and a process killed from 07. */
function brokenTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-broken-'));
  cpSync(join(root, 'solutions'), dir, { recursive: true });
  const plant = (file: string, find: string, replace: string) => {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(find, replace));
  };
  plant('01-argmax/argmax.ts', '  let best = 0;', '  let best = 0;\n  while (true) {}');
  plant('03-one-hot/one-hot.ts', 'export function oneHot(', 'export function oneHot((');
  plant(
    '07-gradient-descent/gradient-descent.ts',
    'learningRate: number): number {',
    "learningRate: number): number {\n  process.kill(process.pid, 'SIGKILL');",
  );
  writeFileSync(
    join(dir, '04-cross-entropy', 'cross-entropy.ts'),
    [
      'function grow(n: number): number {',
      '  try { return grow(n + 1) + grow(n + 2); } catch { return grow(n + 1); }',
      '}',
      'export function crossEntropy(p: readonly number[], q: readonly number[]): number {',
      '  return grow(p.length + q.length);',
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}

/**
 * Copies of solutions/ with 01's argmax made to fill the memory in a loop that ends (40 rounds of 160 MB
 * each, more than a run may hold), or to run a loop that ends but whose rounds are slow: neither is an endless loop.
 */
export function costlyTrees(): { memory: string; slow: string; exits: string } {
  const plant = (code: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kata-costly-'));
    cpSync(join(root, 'solutions'), dir, { recursive: true });
    const path = join(dir, '01-argmax', 'argmax.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace('  let best = 0;', `${code}\n  let best = 0;`));
    return dir;
  };
  return {
    memory: plant(
      '  const kept: number[][] = [];\n  for (let round = 0; round < 40; round++) kept.push(new Array(2e7).fill(round));\n  if (kept.length !== 40) return -1;',
    ),
    exits: plant('  if (scores.length > 0) process.exit(1);'),
    slow: plant(
      '  let largest = 0;\n  for (let round = 0; round < 1e6; round++) largest = Math.max(largest, [...Array(20000).keys()].sort((a, b) => b - a)[0]!);\n  if (largest < 0) return -1;',
    ),
  };
}

/** Exercises that import none of `broken`, directly or through others. */
function unaffected(curriculum: Curriculum, broken: Set<string>): Exercise[] {
  const hit = new Set(broken);
  for (const e of curriculum.exercises) if (e.dependsOn.some((d) => hit.has(d))) hit.add(e.id);
  return curriculum.exercises.filter((e) => isPresent(e) && !hit.has(e.id));
}

/** No process of this machine still mentions `path` (a worker or vitest left behind). */
function leftovers(path: string): string[] {
  try {
    return execSync('ps -eo pid,args', { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(path) && !l.includes('ps -eo'));
  } catch {
    return [];
  }
}

/** One line per exercise that is not done: its state, tests passed and first failure. */
function notDone(progress: ProgressJson): string {
  return progress.exercises
    .filter((e) => e.state !== 'done')
    .map((e) => `${e.id}: ${e.state} (${e.passed}/${e.total}) ${e.firstFailure}`)
    .join('\n');
}

function parse(text: string): ProgressJson | undefined {
  try {
    return JSON.parse(text) as ProgressJson;
  } catch {
    return undefined;
  }
}

export async function checkCommands(curriculum: Curriculum): Promise<Check[]> {
  const present = curriculum.exercises.filter((e) => isPresent(e));
  const first = present[0]!;
  const stateDir = mkdtempSync(join(tmpdir(), 'kata-state-'));
  const env = { KATA_LANG: 'en', KATA_STATE_DIR: stateDir };
  const broken = brokenTree();
  const costly = costlyTrees();
  // The learner's tsconfig knows the standard globals (exercises/globals.d.ts): a deep copy in 14, a print.
  const typed = mkdtempSync(join(tmpdir(), 'kata-typed-'));
  cpSync(join(root, 'exercises'), typed, { recursive: true });
  appendFileSync(
    join(typed, '14-train', 'train.ts'),
    '\nexport const copied: number[][] = structuredClone([[1, 2]]);\nconsole.log(copied, performance.now());\nsetTimeout(() => undefined, 0);\n',
  );
  const watchTarget = mkdtempSync(join(tmpdir(), 'kata-watch-'));
  cpSync(join(root, 'exercises'), watchTarget, { recursive: true });

  // The hints run one after another (each remembers the last); everything else at once.
  const hints = async (): Promise<[Executed, Executed, Executed]> => [
    await execute(...script('hint', '04'), { env, timeoutMs: 20_000 }),
    await execute(...script('hint', '04'), { env, timeoutMs: 20_000 }),
    await execute(...script('hint', '04', '--all', '--lang', 'ko'), { env, timeoutMs: 20_000 }),
  ];
  const testCommand = (...args: string[]) =>
    execute(process.execPath, [join(root, 'scripts', 'test.mjs'), ...args], { env: { ...env, FORCE_COLOR: '0' }, timeoutMs: 40_000 });
  // The memory runs keep npm test's own limit (10 s), the one a learner meets: a busy machine allocates slowly.
  const costlyTest = (target: string, lang: string, limit = 10) =>
    execute(process.execPath, [join(root, 'scripts', 'test.mjs'), '01'], {
      env: { ...env, KATA_LANG: lang, KATA_TARGET: target, KATA_TIME_LIMIT: String(limit), FORCE_COLOR: '0' },
      timeoutMs: 90_000,
    });
  const [
    text,
    solutions,
    brokenProgress,
    brokenTest,
    watched,
    ui,
    [hint1, hint2, hintKo],
    resetNone,
    resetStub,
    [firstRun, noSuch, syntaxKo, onePasses],
  ] = await Promise.all([
    execute(...script('progress'), { env, timeoutMs: 90_000 }), // beside the two below and the mutants: 30 s ran out on a slow machine
    // This check is about what progress reports, not about speed: a roomy limit keeps a busy CI machine
    // (nine commands and the mutants share two cores here) from turning a slow sound spec into "timeout".
    execute(...script('progress', '--json', '--target', join(root, 'solutions'), '--time-limit', '60'), { env, timeoutMs: 90_000 }),
    execute(...script('progress', '--json', '--target', broken, '--time-limit', String(BROKEN_LIMIT)), { env, timeoutMs: 180_000 }),
    execute(process.execPath, [join(root, 'scripts', 'test.mjs')], {
      env: { ...env, KATA_TARGET: broken, KATA_TIME_LIMIT: String(BROKEN_LIMIT), FORCE_COLOR: '0' },
      timeoutMs: 180_000,
    }),
    watchOnce(first, watchTarget, env),
    uiServes(),
    hints(),
    execute(...script('reset'), { env, timeoutMs: 20_000 }),
    execute(...script('reset', '01'), { env, timeoutMs: 20_000 }),
    Promise.all([
      testCommand(),
      testCommand('99'),
      execute(process.execPath, [join(root, 'scripts', 'test.mjs'), '03'], {
        env: { ...env, KATA_LANG: 'ko', KATA_TARGET: broken, FORCE_COLOR: '0' },
        timeoutMs: 40_000,
      }),
      execute(process.execPath, [join(root, 'scripts', 'test.mjs'), '02'], {
        env: { ...env, KATA_TARGET: broken, FORCE_COLOR: '0' },
        timeoutMs: 40_000,
      }),
    ]),
  ]);
  // After the others: filling the memory slows everything else on the machine.
  const memoryEn = await costlyTest(costly.memory, 'en');
  const memoryKo = await costlyTest(costly.memory, 'ko');
  // The same two in grading mode, where the code runs in the sandbox's child: its guard and refusals say the same.
  const gradingTest = (target: string, lang: string) =>
    execute(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'spec/01-'], {
      env: { ...env, KATA_LANG: lang, KATA_TARGET: target, KATA_GRADING: '1', KATA_TIME_LIMIT: String(LIMIT), FORCE_COLOR: '0' },
      timeoutMs: 90_000,
    });
  const [slowRun, exitRun, slowGraded, exitGraded, typecheck] = await Promise.all([
    costlyTest(costly.slow, 'en', LIMIT),
    costlyTest(costly.exits, 'ko', LIMIT),
    gradingTest(costly.slow, 'en'),
    gradingTest(costly.exits, 'ko'),
    execute(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', typed, '--pretty', 'false'], {
      timeoutMs: 240_000, // a hang guard: a cold tsc beside the mutants took over 60 s on CI
    }),
  ]);
  const checks: Check[] = [];
  const add = (ok: boolean, what: string, detail = '') => checks.push([ok, what, detail]);

  // Every chapter folded to one line, "· Chapter N · title … 0/N" (scripts/lib/runner/screen.mjs).
  const chapters = curriculum.chapters.filter((c) => present.some((e) => e.chapter === c.number));
  const notStarted = chapters.filter((c) =>
    new RegExp(`^· Chapter ${c.number} · .* 0/${present.filter((e) => e.chapter === c.number).length}$`, 'm').test(text.stdout),
  ).length;
  add(
    notStarted === chapters.length &&
      text.stdout.includes(`Next: ${first.id}`) &&
      text.stdout.includes(pathsOf(first).readme) &&
      text.stdout.trimEnd().endsWith(`0 passed, ${present.length} failed`),
    `progress on the stubs: all ${chapters.length} chapters "not started" (0/N, one line each), next is ${first.id} with its instructions, and it ends with "N passed, N failed"`,
    text.stdout.slice(-1500) + text.stderr.slice(-600),
  );

  const sol = parse(solutions.stdout);
  add(
    !!sol && sol.exercises.every((e) => e.state === 'done') && sol.next === null,
    `progress on solutions/: all ${present.length} done (${solutions.seconds.toFixed(1)} s)`,
    sol ? notDone(sol) : solutions.stdout.slice(0, 800) + solutions.stderr.slice(-800),
  );

  const b = parse(brokenProgress.stdout);
  const state = (id: string) => b?.exercises.find((e) => e.id === id)?.state;
  const others = unaffected(curriculum, new Set(['01-argmax', '03-one-hot', '04-cross-entropy', '07-gradient-descent']));
  const killed = b?.exercises.find((e) => e.id === '07-gradient-descent') as { state?: string; cause?: string } | undefined;
  add(
    !!b &&
      state('01-argmax') === 'timeout' &&
      state('03-one-hot') === 'syntax' &&
      state('04-cross-entropy') === 'timeout' &&
      killed?.state === 'crash' &&
      killed.cause === 'killed' &&
      others.every((e) => state(e.id) === 'done'),
    `progress with an endless loop, a syntax error, runaway recursion and a killed process: those reported (07 as killed), the other ${others.length} graded (${brokenProgress.seconds.toFixed(1)} s)`,
    b ? notDone(b) : brokenProgress.stdout.slice(0, 1200) + brokenProgress.stderr.slice(-600),
  );
  const out = (brokenTest.stdout + brokenTest.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  const says = (id: string, words: string) => new RegExp(`${id}\\s+${words}`).test(out);
  add(
    !brokenTest.timedOut &&
      brokenTest.code !== 0 &&
      says('01-argmax', 'did not finish within') &&
      says('03-one-hot', 'does not load') &&
      says('04-cross-entropy', 'did not finish within') &&
      says('07-gradient-descent', 'the process was killed') &&
      /✓ 02-softmax/.test(out) &&
      out.trimEnd().split('\n').length <= 40,
    `npm test with the same bugs finishes in one screen, names each with its cause and runs the rest (${brokenTest.seconds.toFixed(1)} s)`,
    out.slice(-1500),
  );
  const first40 = firstRun.stdout.trimEnd().split('\n');
  add(
    firstRun.code !== 0 &&
      first40.length <= 40 &&
      firstRun.stdout.includes(`Next: ${first.id}`) &&
      firstRun.stdout.includes(`npm test -- ${first.id.slice(0, 2)}`),
    `npm test on a fresh clone: ${first40.length} lines (at most 40), every chapter in order, ${first.id} named first with the command to run it`,
    firstRun.stdout.slice(-1500) + firstRun.stderr.slice(-500),
  );
  add(
    noSuch.code === 1 && noSuch.stderr.includes('There is no exercise 99') && !noSuch.stdout.includes('RUN'),
    "npm test -- 99 answers in the kata's words that there is no such exercise",
    noSuch.stdout + noSuch.stderr,
  );
  const syntaxOut = syntaxKo.stdout + syntaxKo.stderr;
  add(
    syntaxKo.code === 1 &&
      /✗ 03-one-hot: exercises\/03-one-hot\/one-hot\.ts의 \d+번째 줄 \d+번째 글자에서 코드를 읽을 수 없습니다: .+ 문법 오류입니다/.test(
        syntaxOut,
      ),
    "npm test -- 03 (KATA_LANG=ko) on a syntax error: the line and column in Korean, in the kata's words around the compiler's",
    syntaxOut.slice(-900),
  );
  add(
    onePasses.code === 0 && /✓ 02-softmax passes/.test(onePasses.stdout),
    'npm test -- 02 on a passing 02 says so and what comes next',
    onePasses.stdout.slice(-800) + onePasses.stderr.slice(-400),
  );
  // Memory, slowness and an endless loop told apart, in the learner's language from the first word.
  const memoryOut = (memoryEn.stdout + memoryEn.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  const memoryKoOut = (memoryKo.stdout + memoryKo.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  const endless =
    memoryOut.replace(/not an endless loop|endless or not/g, '').includes('endless loop') ||
    memoryKoOut.replace(/무한 루프가 아니라/g, '').includes('무한 루프');
  add(
    memoryEn.code !== 0 &&
      /ran out of memory|memory, not an endless loop/.test(memoryOut) &&
      /메모리가 바닥났습니다|메모리 문제입니다/.test(memoryKoOut) &&
      !/did not finish/.test(memoryKoOut) &&
      !endless,
    'npm test -- 01 with a loop that fills the memory in 40 rounds and ends: called memory (English and Korean), never an endless loop',
    `${memoryOut.slice(-900)}\n---\n${memoryKoOut.slice(-900)}`,
  );
  const slowOut = (slowRun.stdout + slowRun.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  add(
    slowRun.code !== 0 && /slow rather than endless — its loops ran only [\d,]+ rounds/.test(slowOut),
    'npm test -- 01 with a loop of slow rounds: called slow (with the rounds it ran), not endless',
    slowOut.slice(-900),
  );
  const exitOut = (exitRun.stdout + exitRun.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  add(
    exitRun.code !== 0 && /Error: 코드가 process\.exit\(1\)을 불렀습니다/.test(exitOut),
    'npm test -- 01 (KATA_LANG=ko) with process.exit(1) in argmax: vitest\'s "process.exit unexpectedly called" said in Korean from the first word',
    exitOut.slice(-900),
  );
  const slowGradedOut = (slowGraded.stdout + slowGraded.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  add(
    slowGraded.code !== 0 &&
      /slow rather than endless — its loops ran only [\d,]+ rounds/.test(slowGradedOut) &&
      !slowGradedOut.includes('[kata-guard'),
    "grading mode (the sandbox's child), 01 with a loop of slow rounds: called slow with the rounds it ran, as npm test says it",
    slowGradedOut.slice(-900),
  );
  const exitGradedOut = (exitGraded.stdout + exitGraded.stderr).replace(/\u001b\[[0-9;]*m/g, '');
  add(
    exitGraded.code !== 0 &&
      /process\.exit\(\) 호출: 채점하는 동안에는/.test(exitGradedOut) &&
      !/was called|while grading/.test(exitGradedOut),
    "grading mode (KATA_LANG=ko), process.exit(1) in argmax: the child's refusal is told in Korean",
    exitGradedOut.slice(-900),
  );
  add(
    typecheck.code === 0 && !typecheck.timedOut,
    "npm run typecheck (exercises/tsconfig.json) knows structuredClone, console, performance and setTimeout without Node's types",
    (typecheck.stdout + typecheck.stderr).slice(0, 800),
  );
  const left = leftovers(broken);
  add(left.length === 0, 'no process is left running after those runs', left.join('\n'));

  add(
    hint1.stdout.includes('Hint 1/') &&
      hint2.stdout.includes('Hint 2/') &&
      !hint2.stdout.includes('Hint 1/') &&
      hintKo.stdout.includes('힌트 1/') &&
      hintKo.stdout.includes('힌트 2/'),
    'hint shows one more hint per call, --all shows all, in English and Korean',
    [hint1.stdout, hint2.stdout, hintKo.stdout].join('\n---\n'),
  );

  add(
    resetNone.code === 2 &&
      resetNone.stderr.includes('npm run reset -- 04') &&
      resetStub.code === 0 &&
      resetStub.stdout.includes('already is the original stub'),
    'reset refuses without an exercise id, and finds the original stub in git history',
    resetNone.stderr + resetStub.stdout + resetStub.stderr,
  );

  add(
    watched.ok,
    `watch reruns ${first.id} when it is saved and moves on once it passes (${watched.ms} ms after the save)`,
    watched.output.slice(-1200),
  );

  add(ui.ok, 'ui: @vitest/ui serves its page on localhost', ui.detail);

  for (const dir of [stateDir, broken, watchTarget, costly.memory, costly.slow, costly.exits, typed])
    rmSync(dir, { recursive: true, force: true });
  return checks;
}

/** Start watch on a copy of the stubs, save the solution of `exercise` into it, and wait for "passes". */
export async function watchOnce(
  exercise: Exercise,
  target: string,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; ms: number; output: string }> {
  let savedAt = 0;
  let passedAt = 0;
  const file = join(target, exercise.file);
  const result = await execute(...script('watch', exercise.id.slice(0, 2)), {
    env: { ...env, KATA_TARGET: target },
    timeoutMs: 90_000, // a guard: it stops as soon as the exercise passes (25 s ran out on a loaded machine)
    onStdout: (out, stop) => {
      if (!savedAt && out.includes('tests pass')) {
        savedAt = Date.now();
        cpSync(join(root, pathsOf(exercise).solution), file);
      }
      if (savedAt && !passedAt && out.includes(`${exercise.id} passes`)) {
        passedAt = Date.now();
        setTimeout(stop, 100);
      }
    },
  });
  const ok = passedAt > 0 && existsSync(file);
  return { ok, ms: ok ? passedAt - savedAt : NaN, output: result.stdout + result.stderr };
}

/** `npm run ui` (vitest --ui): start it on a free port, fetch the page, stop it. */
async function uiServes(): Promise<{ ok: boolean; detail: string }> {
  const port = 51300 + Math.floor(Math.random() * 500);
  const url = `http://127.0.0.1:${port}/__vitest__/`;
  let stop = () => {};
  let ok = false;
  const run = execute(
    process.execPath,
    [join(root, 'node_modules', 'vitest', 'vitest.mjs'), '--ui', '--open=false', '--watch', '--api.port', String(port)],
    {
      timeoutMs: 90_000,
      onStdout: (_out, kill) => (stop = kill),
    },
  );
  for (let i = 0; i < 250 && !ok; i++) {
    await new Promise((done) => setTimeout(done, 300));
    ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
  }
  stop();
  const result = await run;
  return { ok, detail: ok ? '' : `${url} did not answer; vitest said:\n${(result.stdout + result.stderr).slice(-800)}` };
}

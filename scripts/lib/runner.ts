// The runner behind progress, grade and watch: every exercise's spec in ONE vitest process
// (through vitest's Node API), each spec file's outcome recorded as it ends, under a time limit.
// Endless loops in learner code are stopped inside vitest by the loop guard (spec/support/
// loop-guard.ts); the watchdog here is the backstop for anything the guard cannot stop: a spec
// file still running well after the limit is reported as "did not finish", vitest is closed
// (which terminates its worker threads), and the files that had not run yet run again.
import { join, resolve } from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node' with { 'resolution-mode': 'import' };
import { type Exercise, pathsOf, root } from './curriculum';
import { graceMs, LOOP_GUARD_MARK as GUARD_MARK, timeLimitSeconds } from './time-limit';

export type ExerciseState = 'done' | 'failing' | 'not-started' | 'timeout' | 'syntax' | 'crash' | 'missing';

export interface TestOutcome {
  name: string;
  passed: boolean;
  message: string;
}

export interface ExerciseResult {
  id: string;
  state: ExerciseState;
  passed: number;
  total: number;
  tests: TestOutcome[];
  /** The first failing check, in one line. */
  firstFailure: string;
}

export interface RunnerOptions {
  /** The tree to test (exercises/ by default). */
  target?: string;
  /** Seconds one spec file may run (default KATA_TIME_LIMIT or 10). */
  limitSeconds?: number;
  /** Language of the specs' messages. */
  lang?: 'en' | 'ko';
}


/** Strip colours and keep the first line that says something. */
export function oneLine(text: string): string {
  const clean = text.replace(/\u001b\[[0-9;]*m/g, '');
  return (clean.split('\n').find((l) => l.trim() !== '') ?? '').trim();
}

/** What state an exercise is in, from the tests of its spec file. */
export function classify(id: string, tests: TestOutcome[], moduleErrors: string[]): ExerciseResult {
  const passed = tests.filter((t) => t.passed).length;
  const failures = tests.filter((t) => !t.passed);
  const all = [...moduleErrors, ...failures.map((t) => t.message)];
  let state: ExerciseState;
  if (all.some((m) => m.includes(GUARD_MARK))) state = 'timeout';
  else if (tests.length === 0 && moduleErrors.some((m) => /SyntaxError|Transform failed|Parse error|Unexpected token|Expected/.test(m))) state = 'syntax';
  else if (tests.length === 0) state = 'crash';
  else if (failures.length === 0) state = 'done';
  else if (passed === 0 && failures.every((t) => t.message.includes('not implemented'))) state = 'not-started';
  else state = 'failing';
  const first = failures[0];
  const firstFailure = moduleErrors.length > 0 ? oneLine(moduleErrors[0]!) : first ? `${first.name} — ${oneLine(first.message)}` : '';
  return { id, state, passed, total: tests.length, tests, firstFailure };
}

function outcomeOf(module: TestModule): { tests: TestOutcome[]; errors: string[] } {
  const tests = [...module.children.allTests()].map((test) => {
    const result = test.result();
    return {
      name: test.fullName,
      passed: result.state === 'passed',
      message: (result.errors ?? []).map((e) => e.message ?? String(e)).join('\n'),
    };
  });
  const errors = module.errors().map(describeModuleError);
  return { tests, errors };
}

/** A spec file that failed to load: say where, in one line, as plainly as possible. */
export function describeModuleError(error: { name?: string; message?: string; __vitest_rollup_error__?: { id?: string } }): string {
  const message = (error.message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const parse = /\[PARSE_ERROR\]\s*(.+)\n[\s\S]*?\[\s*(\S+:\d+:\d+)\s*\]/.exec(message);
  if (parse) return `SyntaxError: ${parse[1]!.trim()} (${shortPath(parse[2]!)})`;
  const file = error.__vitest_rollup_error__?.id;
  return `${error.name ?? 'Error'}: ${oneLine(message)}${file ? ` (${shortPath(file)})` : ''}`;
}

/** exercises/02-softmax/softmax.ts:6:1 → 02-softmax/softmax.ts:6:1 */
function shortPath(path: string): string {
  return /\d\d-[a-z0-9-]+\/[^/]+$/.exec(path)?.[0] ?? path;
}

/**
 * A vitest instance kept open between runs (watch reruns one file in a fraction of a second).
 * Each run has the watchdog; after a hang the instance is closed and the next run opens a new one.
 */
export class SpecSession {
  private vitest: Vitest | undefined;
  private started = new Map<string, number>();
  private record: (file: string, outcome: { tests: TestOutcome[]; errors: string[] }) => void = () => {};
  readonly limitMs: number;

  constructor(options: RunnerOptions = {}) {
    this.limitMs = (options.limitSeconds ?? timeLimitSeconds()) * 1000;
    process.env.KATA_TIME_LIMIT = String(this.limitMs / 1000);
    if (options.target) process.env.KATA_TARGET = resolve(options.target);
    if (options.lang) process.env.KATA_LANG = options.lang;
  }

  private async open(): Promise<Vitest> {
    if (this.vitest) return this.vitest;
    const { createVitest } = await import('vitest/node');
    const reporter: Reporter = {
      onTestModuleStart: (m) => void this.started.set(m.moduleId, Date.now()),
      onTestModuleEnd: (m) => {
        this.started.delete(m.moduleId);
        this.record(m.moduleId, outcomeOf(m));
      },
    };
    this.vitest = await createVitest(
      'test',
      { config: join(root, 'vitest.config.ts'), run: true, watch: false, reporters: [reporter], silent: true },
      { logLevel: 'silent' },
    );
    return this.vitest;
  }

  /** Load a module of the target tree (or any .ts file) the way the specs see it, loop guard included. */
  async import<T>(file: string): Promise<T> {
    const vitest = await this.open();
    return vitest.import<T>(file);
  }

  /** Forget what vitest has cached of a changed file, so the next run loads it afresh. */
  invalidate(file: string): void {
    this.vitest?.invalidateFile(file);
  }

  /** Run the specs of `exercises`; one result per exercise, in order. */
  async run(exercises: Exercise[]): Promise<ExerciseResult[]> {
    const bySpec = new Map(exercises.map((e) => [resolve(root, pathsOf(e).spec), e]));
    const results = new Map<string, ExerciseResult>();
    this.record = (file, outcome) => {
      const e = bySpec.get(file);
      if (e) results.set(e.id, classify(e.id, outcome.tests, outcome.errors));
    };
    let pending = [...bySpec.keys()];
    while (pending.length > 0) {
      const hung = await this.runOnce(pending);
      for (const file of hung) {
        const e = bySpec.get(file)!;
        results.set(e.id, { ...classify(e.id, [], [`${GUARD_MARK} ${this.limitMs / 1000} s`]), state: 'timeout' });
      }
      pending = pending.filter((f) => !results.has(bySpec.get(f)!.id));
      if (hung.length === 0) break; // everything that could run has run
    }
    return exercises.map((e) => results.get(e.id) ?? { ...classify(e.id, [], ['no result: the spec file did not run']), state: 'missing' as const });
  }

  /** One vitest run over `files`; returns the files the watchdog gave up on. */
  private async runOnce(files: string[]): Promise<string[]> {
    const vitest = await this.open();
    this.started.clear();
    let hung: string[] = [];
    let giveUp = () => {};
    const gaveUp = new Promise<void>((done) => (giveUp = done));
    const watchdog = setInterval(() => {
      const now = Date.now();
      hung = [...this.started].filter(([, t]) => now - t > this.limitMs + graceMs(this.limitMs)).map(([f]) => f);
      if (hung.length > 0) giveUp();
    }, 250);
    try {
      await Promise.race([vitest.runTestFiles(files), gaveUp]);
    } catch {
      // a run closed under it rejects; what finished is already recorded
    } finally {
      clearInterval(watchdog);
    }
    if (hung.length > 0) await this.close(); // terminates the worker that is stuck
    return hung;
  }

  async close(): Promise<void> {
    const vitest = this.vitest;
    this.vitest = undefined;
    if (vitest) await Promise.race([vitest.close(), sleep(3000)]);
  }
}

/** Run the specs of `exercises` once against the target tree; one result per exercise, in order. */
export async function runExercises(exercises: Exercise[], options: RunnerOptions = {}): Promise<ExerciseResult[]> {
  const session = new SpecSession(options);
  try {
    return await session.run(exercises);
  } finally {
    await session.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms).unref());
}
